/**
 * Checks that need every entry at once: ids that collide, references and body links to entries
 * that do not exist, `supersedes` chains that loop, fork or cross jurisdictions or bodies, and two sources
 * for one URL.
 */
import { type CollectionName, COLLECTIONS } from '../collections.ts';
import { collectionFolder } from '../content-files.ts';
import { compareDates, dateInputToString, parsePartialDate } from '../dates.ts';
import { IdIndex, idTakenProblem } from '../id-index.ts';
import { REFERENCE_FIELDS, referencesIn, type ReferenceTable } from '../references.ts';
import { crossActorProblem } from './actor-chains.ts';
import { chainLoops } from './chain-loops.ts';
import { duplicateSourceProblems } from './duplicate-sources.ts';
import type { Problem } from './problems.ts';
import type { RelationalEntry } from './relational-entry.ts';

/** Every entry by collection and id, as the supersession checks look them up. */
function byId(entries: RelationalEntry[], collection: CollectionName): Map<string, RelationalEntry> {
  return new Map(entries.filter((entry) => entry.collection === collection).map((entry) => [entry.id, entry]));
}

/** `references`: which fields name entries, as the schemas mark them (a test passes its own). */
export function relationProblems(entries: RelationalEntry[], references: ReferenceTable = REFERENCE_FIELDS): Problem[] {
  const problems: Problem[] = [];
  // In collection order, so that of a person and an organisation sharing an id the organisation is named.
  const ordered = COLLECTIONS.flatMap((collection) => entries.filter((entry) => entry.collection === collection));
  const index = new IdIndex(ordered);

  // Ids that differ only in case collide on case-insensitive file systems and in Astro's ids; actor
  // fields take a bare id, so a person and an organisation may not share one either.
  for (const { entry, other } of index.collisions) {
    problems.push({ file: entry.file, ...idTakenProblem(entry.collection, entry.id, other) });
  }

  for (const entry of entries) {
    for (const { reference, path, id } of referencesIn(references[entry.collection], entry.data)) {
      const problem = index.referenceProblem(reference.target, id);
      if (!problem) continue;
      // A field that also takes keywords (a translator) says so beside the missing id.
      problems.push({
        file: entry.file,
        line: entry.lineOf(path),
        field: reference.field,
        ...problem,
        expected: reference.expected ?? problem.expected,
      });
    }
    for (const link of entry.bodyLinks) {
      if (index.has(link.collection, link.id)) continue;
      problems.push({
        file: entry.file,
        line: link.line,
        field: 'body',
        message: `links to ${link.url}, but there is no entry ${link.collection}/${link.id}`,
        expected: `a path /${link.collection}/<id>/ whose id is a file in ${collectionFolder(link.collection)}`,
      });
    }
  }

  problems.push(
    ...supersessionProblems(byId(entries, 'positions'), byId(entries, 'jurisdictions'), byId(entries, 'organisations')),
  );
  problems.push(...duplicateSourceProblems(entries));
  return problems;
}

function supersessionProblems(
  positions: Map<string, RelationalEntry>,
  jurisdictions: Map<string, RelationalEntry>,
  organisations: Map<string, RelationalEntry>,
): Problem[] {
  const problems: Problem[] = [];
  const supersededBy = new Map<string, string>();
  const target = (entry: RelationalEntry) =>
    typeof entry.data.supersedes === 'string' ? entry.data.supersedes : undefined;

  for (const entry of positions.values()) {
    const replacedId = target(entry);
    const replaced = replacedId ? positions.get(replacedId) : undefined;
    if (!replacedId || !replaced) continue; // A missing id is reported with the other references.
    const line = entry.lineOf(['supersedes']);
    const base = { file: entry.file, line, field: 'supersedes' };
    // One mistake, one message: a jurisdiction that does not exist is reported as a missing reference only.
    const known = [entry, replaced].every((position) => jurisdictions.has(String(position.data.jurisdiction)));
    if (known && replaced.data.jurisdiction !== entry.data.jurisdiction) {
      problems.push({
        ...base,
        message: `"${replacedId}" is a position of ${String(replaced.data.jurisdiction)}, this one of ${String(entry.data.jurisdiction)}`,
        expected: 'a position of the same jurisdiction: a chain is one jurisdiction\u2019s stance history',
      });
    } else if ([entry, replaced].every((position) => organisations.has(String(position.data.actor)))) {
      // Within one jurisdiction, a chain is also one body's: different bodies stand side by side. An
      // actor that is no organisation is reported as a reference only.
      const crossActor = crossActorProblem(entry, replaced);
      if (crossActor) problems.push(crossActor);
    }
    const earlier = supersededBy.get(replacedId);
    if (earlier) {
      problems.push({
        ...base,
        message: `"${replacedId}" is already superseded by positions/${earlier}`,
        expected: 'a position is superseded once: supersede the newest position in the chain',
      });
    } else {
      supersededBy.set(replacedId, entry.id);
    }
    // Unquoted YAML years are numbers; compare them as the schema reads them.
    const dates = [entry.data.date, replaced.data.date].map(dateInputToString);
    // An invalid date is reported by the schema; compare only dates that parse.
    if (
      dates.every((d) => typeof d === 'string' && !('error' in parsePartialDate(d))) &&
      compareDates(dates[0] as string, dates[1] as string) < 0
    ) {
      problems.push({
        ...base,
        message: `this position (${String(dates[0])}) is older than the one it supersedes (${String(dates[1])})`,
        expected: 'supersede an earlier position',
      });
    }
  }

  // A chain that comes back to where it started is a loop, reported once, at its first position.
  for (const loop of chainLoops([...positions.keys()], (id) => target(positions.get(id)!))) {
    const entry = positions.get(loop[0]!)!;
    problems.push({
      file: entry.file,
      line: entry.lineOf(['supersedes']),
      field: 'supersedes',
      message: `the chain loops: ${[...loop, loop[0]].join(' → ')}`,
      expected: 'each position supersedes an older one, and the oldest supersedes none',
    });
  }
  return problems;
}
