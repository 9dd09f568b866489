/**
 * One source entry per document: a second entry with the same URL splits the document's citations
 * and backlinks between two pages, so the later id (in alphabetical order) is refused and pointed
 * at the first.
 */
import type { Problem } from './problems.ts';
import type { RelationalEntry } from './relational-entry.ts';

/** The address as a browser would fetch it: normalised by URL, without a #fragment. */
function documentKey(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return undefined; // The schema reports a malformed URL.
  }
}

export function duplicateSourceProblems(entries: readonly RelationalEntry[]): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<string, RelationalEntry>();
  const sources = entries
    .filter((entry) => entry.collection === 'sources')
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const entry of sources) {
    const key = documentKey(entry.data.url);
    if (!key) continue;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, entry);
      continue;
    }
    problems.push({
      file: entry.file,
      line: entry.lineOf(['url']),
      field: 'url',
      message: `${String(entry.data.url)} is already recorded as ${earlier.file}`,
      expected: `one source entry per URL: cite ${earlier.id} instead`,
    });
  }
  return problems;
}
