/**
 * Reads the search records back out of a written Pagefind index, so the build can check what was
 * really indexed rather than what was meant to be. Pagefind's Node API reports a page count but
 * not which pages became records; each record's fragment file holds its URL, meta and filters.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Pagefind's marker at the start of every decompressed index file. */
const SIGNATURE = 'pagefind_dcd';

interface IndexedRecord {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

function decodeFragment(filePath: string, text: string): IndexedRecord {
  if (!text.startsWith(SIGNATURE)) {
    throw new Error(`${filePath} is not a Pagefind fragment this build understands (no ${SIGNATURE} signature)`);
  }
  const { url, meta = {}, filters = {} } = JSON.parse(text.slice(SIGNATURE.length)) as Partial<IndexedRecord>;
  if (typeof url !== 'string') throw new Error(`${filePath} has no URL`);
  return { url, meta, filters };
}

/**
 * The records of an index written to `outputPath`, read from its fragment files. Reading the disk
 * is cheaper than asking Pagefind for every file again (`getFiles()` sends the whole bundle back
 * over its pipe); one file after another, as nothing else runs meanwhile, is cheaper than
 * thousands of reads and decompressions in flight at once.
 */
export function readWrittenRecords(outputPath: string): IndexedRecord[] {
  const dir = path.join(outputPath, 'fragment');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.pf_fragment'))
    .map((name) => {
      const file = path.join(dir, name);
      return decodeFragment(file, gunzipSync(readFileSync(file)).toString('utf8'));
    });
}
