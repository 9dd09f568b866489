/**
 * Who said a quote, as a reader wants it: the speaker's name with the role they held on the quote's
 * date ("James Comey, Director, Federal Bureau of Investigation"). The quote page, search results,
 * the share description and the feeds all attribute through here, so a quote reads the same everywhere.
 */
import { whollyBefore } from './dates.ts';
import { actorName } from './entry-facts.ts';
import type { EntryGraph } from './graph.ts';
import type { EntryData } from './schemas.ts';

type Role = NonNullable<EntryData['people']['roles']>[number];

/** Whether a role's `from`–`to` span can hold the date (a partial date counts if it may fall inside). */
function heldOn(role: Role, date: string): boolean {
  if (role.from && whollyBefore(date, role.from)) return false;
  if (role.to && whollyBefore(role.to, date)) return false;
  return true;
}

/**
 * The role a person held on a date: the first dated role whose span holds it; else, when the person
 * has one role and it is undated, that role; else none (with several undated roles, which one held
 * on the day is not known).
 */
export function roleOn(roles: readonly Role[], date: string): Role | undefined {
  const dated = roles.filter((role) => role.from || role.to);
  const held = dated.find((role) => heldOn(role, date));
  if (held) return held;
  return roles.length === 1 && dated.length === 0 ? roles[0] : undefined;
}

/**
 * Each graph's roles as words, worked out once: every list, feed and search record that names a
 * speaker asks again, and matching the names as whole words compiles a pattern per name.
 */
const roleTexts = new WeakMap<EntryGraph, WeakMap<Role, string>>();

/** A role as words: its title, then its organisation unless the title already names it. */
export function roleText(graph: EntryGraph, role: Role): string {
  let known = roleTexts.get(graph);
  if (!known) roleTexts.set(graph, (known = new WeakMap()));
  let text = known.get(role);
  if (text === undefined) {
    text = roleWords(graph, role);
    known.set(role, text);
  }
  return text;
}

function roleWords(graph: EntryGraph, role: Role): string {
  const organisation = role.organisation ? graph.get('organisations', role.organisation) : undefined;
  if (!organisation) return role.title;
  const names = [organisation.data.name, ...(organisation.data.aliases ?? [])];
  // As whole words: an alias such as "EU" must not be found inside "Deputy".
  const named = names.some((name) =>
    new RegExp(`(^|\\P{L})${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|\\P{L})`, 'iu').test(role.title),
  );
  return named ? role.title : `${role.title}, ${organisation.data.name}`;
}

/** The role the speaker of a quote held on its date, as words; undefined for an organisation or when no role fits. */
export function speakerRole(graph: EntryGraph, quote: { speaker: string; date: string }): string | undefined {
  const person = graph.get('people', quote.speaker);
  const role = person ? roleOn(person.data.roles ?? [], quote.date) : undefined;
  return role ? roleText(graph, role) : undefined;
}

/** The speaker of a quote with their role on its date, or their name alone when no role fits. */
export function quoteAttribution(graph: EntryGraph, quote: { speaker: string; date: string }): string {
  const name = actorName(graph, quote.speaker);
  const role = speakerRole(graph, quote);
  return role ? `${name}, ${role}` : name;
}
