/**
 * "Nothing lost": after a build, every content file has exactly one page and exactly one search
 * record, and nothing else has either. Compares what was written with what was meant to be; the
 * Pagefind integration fails the build on any problem this returns.
 */
import { COLLECTIONS } from './collections.ts';
import type { EntryFile } from './content-files.ts';
import { sitePathOf } from './base-path.ts';
import { entryPath, routeOf } from './routes.ts';

interface BuildOutput {
  contentFiles: readonly EntryFile[];
  /** Site paths of the pages built, e.g. `/quotes/x/` (a leading slash is added when missing). */
  pages: readonly string[];
  /** Site paths of the search records written to the index. */
  records: readonly string[];
}

const ENTRY_PAGE = new RegExp(`^/(${COLLECTIONS.join('|')})/[^/]+/$`);

function sitePath(path: string): string {
  return path.startsWith('/') ? path : `/${path}`;
}

function countBy(paths: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const path of paths.map(sitePath)) counts.set(path, (counts.get(path) ?? 0) + 1);
  return counts;
}

function times(count: number): string {
  return count === 1 ? 'once' : `${count} times`;
}

/** Every way the build output differs from one page and one record per content file, as messages. */
export function coverageProblems({ contentFiles, pages, records }: BuildOutput): string[] {
  const problems: string[] = [];
  const pageCounts = countBy(pages);
  const recordCounts = countBy(records);
  // Built pages and records are root paths (dist/people/x/), whatever the base path.
  const expected = new Map(contentFiles.map((ref) => [sitePathOf(entryPath(ref.collection, ref.id)), ref.file]));

  for (const [path, file] of expected) {
    const pageCount = pageCounts.get(path) ?? 0;
    const recordCount = recordCounts.get(path) ?? 0;
    if (pageCount !== 1) {
      problems.push(
        `${file}: page: ${pageCount === 0 ? `none at ${path}` : `${path} built ${times(pageCount)}`} — exactly one page per content file`,
      );
    }
    if (recordCount !== 1) {
      const found =
        recordCount === 0
          ? `none for ${path} (does its page mark its content with data-pagefind-body?)`
          : `${path} indexed ${times(recordCount)}`;
      problems.push(`${file}: search record: ${found} — exactly one search record per content file`);
    }
  }
  for (const [path, count] of pageCounts) {
    // A site page shaped like an entry's (`/letters/signatories/`) is the site's own, not a lost entry.
    if (ENTRY_PAGE.test(path) && !expected.has(path) && routeOf(path)?.kind !== 'page') {
      problems.push(
        `${path}: page: an entry page built ${times(count)} with no content file — every entry page comes from one file in content/`,
      );
    }
  }
  for (const [path, count] of recordCounts) {
    if (!expected.has(path)) {
      problems.push(
        `${path}: search record: indexed ${times(count)}, but it is not an entry page — only entry pages are indexed`,
      );
    }
  }
  return problems;
}
