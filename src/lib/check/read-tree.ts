/**
 * Reads the content tree from disk: `content/<collection>/<id>.mdx`, one level deep. Anything that
 * would not become a page (a stray folder, a `.md` file, a bad file name) is a problem, never skipped.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { COLLECTIONS, type CollectionName, isCollectionName } from '../collections.ts';
import { ID_RULE, isValidId } from '../ids.ts';
import type { Problem } from './problems.ts';

export const MAX_FILE_BYTES = 200 * 1024;

export interface ContentFile {
  /** Relative to the project root, with forward slashes. */
  file: string;
  collection: CollectionName;
  id: string;
  text: string;
}

const IGNORED = new Set(['.DS_Store', '.gitkeep', 'README.md']);

export async function readContentTree(projectRoot: string, contentDir = 'content'): Promise<{ files: ContentFile[]; problems: Problem[] }> {
  const files: ContentFile[] = [];
  const problems: Problem[] = [];
  const root = path.join(projectRoot, contentDir);
  const rel = (...parts: string[]) => [contentDir, ...parts].join('/');

  let top: import('node:fs').Dirent[];
  try {
    top = await readdir(root, { withFileTypes: true });
  } catch {
    return { files, problems: [{ file: contentDir, message: 'the content folder is missing', expected: `a folder with ${COLLECTIONS.join(', ')}` }] };
  }
  for (const dirent of top) {
    if (IGNORED.has(dirent.name)) continue;
    if (!dirent.isDirectory() || !isCollectionName(dirent.name)) {
      problems.push({ file: rel(dirent.name), message: 'is not a collection folder, so nothing in it would be published', expected: `one of content/${COLLECTIONS.join('/, content/')}/` });
    }
  }

  await Promise.all(COLLECTIONS.map(async (collection) => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await readdir(path.join(root, collection), { withFileTypes: true });
    } catch {
      return; // An empty collection may have no folder yet.
    }
    await Promise.all(entries.map(async (dirent) => {
      const file = rel(collection, dirent.name);
      if (IGNORED.has(dirent.name)) return;
      if (!dirent.isFile() || !dirent.name.endsWith('.mdx')) {
        problems.push({ file, message: dirent.isFile() ? 'is not an .mdx file, so it would not be published' : 'is a folder; entries sit directly in the collection folder', expected: `content/${collection}/<id>.mdx` });
        return;
      }
      const id = dirent.name.slice(0, -'.mdx'.length);
      if (!isValidId(id)) {
        problems.push({ file, message: `the file name "${id}" is not a valid id`, expected: ID_RULE });
      }
      const full = path.join(root, collection, dirent.name);
      const { size } = await stat(full);
      if (size > MAX_FILE_BYTES) {
        problems.push({ file, message: `is ${Math.ceil(size / 1024)} KB`, expected: `an entry file of at most ${MAX_FILE_BYTES / 1024} KB` });
        return;
      }
      files.push({ file, collection, id, text: await readFile(full, 'utf8') });
    }));
  }));
  files.sort((a, b) => a.file.localeCompare(b.file));
  return { files, problems };
}
