/**
 * A `supersedes` chain is one body's stance history: a position may only supersede a position of
 * the same actor. Otherwise one body's word would silently replace another's, and the map, the
 * current-stance table and the stance charts would report the wrong body as current.
 */
import type { Problem } from './problems.ts';
import type { RelationalEntry } from './relational-entry.ts';

/** The problem when `entry` supersedes `replaced` and their actors differ; undefined when they agree. */
export function crossActorProblem(entry: RelationalEntry, replaced: RelationalEntry): Problem | undefined {
  const actor = entry.data.actor;
  const replacedActor = replaced.data.actor;
  // A missing or malformed actor is reported by the schema; compare only actors that are ids.
  if (typeof actor !== 'string' || typeof replacedActor !== 'string' || actor === replacedActor) return undefined;
  return {
    file: entry.file,
    line: entry.lineOf(['supersedes']),
    field: 'supersedes',
    message: `"${replaced.id}" (${replaced.file}) is a position of ${replacedActor}, this one of ${actor}`,
    expected: `a position of ${actor}, or no supersedes: a chain is one body\u2019s stance history, and different bodies stand side by side`,
  };
}
