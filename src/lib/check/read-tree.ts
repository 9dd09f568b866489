/**
 * Reads the content tree from disk (the listing comes from src/lib/content-files.ts). Anything that
 * would not become a page (a stray folder, a `.md` file, a bad file name) is a problem, never skipped.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_DIR, type EntryFile, listContent } from '../content-files.ts';
import { ID_RULE, isValidId } from '../ids.ts';
import type { Problem } from './problems.ts';

export const MAX_FILE_BYTES = 200 * 1024;

export interface ContentFile extends EntryFile {
  text: string;
}

export interface ContentTree {
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
    files.push({ ...entry, text: readFileSync(full, 'utf8') });
  }
  return { files, unread, problems };
}
