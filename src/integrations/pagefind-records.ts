/**
 * Reads the search records back out of a written Pagefind index, so the build can check what was
 * really indexed rather than what was meant to be. Pagefind's Node API reports a page count but
 * not which pages became records; each record's fragment file holds its URL, meta and filters.
 */
import { gunzipSync } from 'node:zlib';
import type { IndexFile } from 'pagefind';

/** Pagefind's marker at the start of every decompressed index file. */
const SIGNATURE = 'pagefind_dcd';

export interface IndexedRecord {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** The records of an index, from its in-memory files (`index.getFiles()`). */
export function readIndexedRecords(files: readonly IndexFile[]): IndexedRecord[] {
  return files
    .filter((file) => file.path.endsWith('.pf_fragment'))
    .map((file) => {
      const text = gunzipSync(file.content).toString('utf8');
      if (!text.startsWith(SIGNATURE)) {
        throw new Error(`${file.path} is not a Pagefind fragment this build understands (no ${SIGNATURE} signature)`);
      }
      const { url, meta = {}, filters = {} } = JSON.parse(text.slice(SIGNATURE.length)) as Partial<IndexedRecord>;
      if (typeof url !== 'string') throw new Error(`${file.path} has no URL`);
      return { url, meta, filters };
    });
}
