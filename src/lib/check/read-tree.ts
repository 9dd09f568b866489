/**
 * Reads the content tree from disk (the listing comes from src/lib/content-files.ts). Anything that
 * would not become a page (a stray folder, a `.md` file, a bad file name) is a problem, never skipped.
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_DIR, type EntryFile, listContent } from '../content-files.ts';
import { ID_RULE, isValidId } from '../ids.ts';
import { sitePageAt } from '../routes.ts';
import type { Problem } from './problems.ts';

export const MAX_FILE_BYTES = 200 * 1024;

export interface ContentFile extends EntryFile {
  text: string;
}

interface ContentTree {
  /** Files that were read. */
  files: ContentFile[];
  /** Files too large to read: they are refused, but their ids still exist for references. */
  unread: EntryFile[];
  problems: Problem[];
}

export function readContentTree(projectRoot: string, contentDir = CONTENT_DIR): ContentTree {
  const listing = listContent(projectRoot, contentDir);
  const problems: Problem[] = listing.missing ? [listing.missing] : [...listing.strays];
  const files: ContentFile[] = [];
  const unread: EntryFile[] = [];
  for (const entry of listing.entries) {
    if (!isValidId(entry.id)) {
      problems.push({ file: entry.file, message: `the file name "${entry.id}" is not a valid id`, expected: ID_RULE });
    }
    const taken = sitePageAt(entry.collection, entry.id);
    if (taken) {
      problems.push({
        file: entry.file,
        message: `the file name "${entry.id}" would put the entry at ${taken}, which is the site’s own page`,
        expected: 'another id',
      });
    }
    const full = path.resolve(projectRoot, entry.file);
    // Size first: an oversized file is refused without being read.
    const { size } = statSync(full);
    if (size > MAX_FILE_BYTES) {
      problems.push({
        file: entry.file,
        message: `is ${Math.ceil(size / 1024)} KB`,
        expected: `an entry file of at most ${MAX_FILE_BYTES / 1024} KB`,
      });
      unread.push(entry);
      continue;
    }
    const bytes = readFileSync(full);
    if (!isUtf8(bytes)) {
      // Read as UTF-8 anyway, the bad bytes would become U+FFFD and the build would fail on its own terms.
      const line = bytes.subarray(0, firstInvalidUtf8(bytes)).filter((byte) => byte === 0x0a).length + 1;
      problems.push({ file: entry.file, line, message: 'is not valid UTF-8 text', expected: 'save the file as UTF-8' });
      unread.push(entry);
      continue;
    }
    files.push({ ...entry, text: bytes.toString('utf8') });
  }
  return { files, unread, problems };
}

/** The offset of the first byte that breaks UTF-8 (for a file `isUtf8` refused). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const byte = bytes[i]!;
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte < 0xe0
          ? 2
          : byte >= 0xe0 && byte < 0xf0
            ? 3
            : byte >= 0xf0 && byte < 0xf5
              ? 4
              : 0;
    if (!length || i + length > bytes.length || !isUtf8(bytes.subarray(i, i + length))) return i;
    i += length;
  }
  return bytes.length;
}
