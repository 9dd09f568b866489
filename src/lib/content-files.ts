/**
 * Where the record lives on disk: the content folder, the file of an entry, and the listing of the
 * tree. The content check, the build's integrations, the components and `npm run new` all ask this
 * module, so the layout `content/<collection>/<id>.mdx` is written down once.
 */
import { type Dirent, readdirSync } from 'node:fs';
import path from 'node:path';
import { COLLECTIONS, type CollectionName, isCollectionName } from './collections.ts';

/** The content folder, relative to the project root. */
export const CONTENT_DIR = 'content';

const ENTRY_EXTENSION = '.mdx';

/** Files that may sit in the tree without being entries. */
const IGNORED = new Set(['.DS_Store', '.gitkeep', 'README.md']);

/** An entry file: where it is (relative to the project root, with forward slashes) and its id. */
export interface EntryFile {
  file: string;
  collection: CollectionName;
  id: string;
}

/** Something in the tree that would not become a page, and why. */
interface StrayFile {
  file: string;
  message: string;
  expected: string;
}

/** The file of an entry, relative to the project root: `content/<collection>/<id>.mdx`. */
export function entryFile(collection: CollectionName, id: string, contentDir = CONTENT_DIR): string {
  return `${contentDir}/${collection}/${id}${ENTRY_EXTENSION}`;
}

/** Where a collection's files go, for messages: `content/<collection>/`. */
export function collectionFolder(collection: CollectionName, contentDir = CONTENT_DIR): string {
  return `${contentDir}/${collection}/`;
}

interface ContentListing {
  /** Every `.mdx` file directly in a collection folder, sorted by path; ids not yet validated. */
  entries: EntryFile[];
  /** Everything else: a stray folder, a `.md` file, a symbolic link. */
  strays: StrayFile[];
  /** Set when the content folder itself is missing. */
  missing?: StrayFile;
}

/**
 * Lists the tree, one level deep, from file names alone (fast at any size). Synchronous on purpose:
 * for 10,000 small files it is ten times faster than fs/promises.
 */
export function listContent(projectRoot: string, contentDir = CONTENT_DIR): ContentListing {
  const root = path.resolve(projectRoot, contentDir);
  const rel = (...parts: string[]) => [contentDir, ...parts].join('/');
  const entries: EntryFile[] = [];
  const strays: StrayFile[] = [];
  let top: Dirent[];
  try {
    top = readdirSync(root, { withFileTypes: true });
  } catch {
    const expected = `a folder with ${COLLECTIONS.join(', ')}`;
    return { entries, strays, missing: { file: contentDir, message: 'the content folder is missing', expected } };
  }
  for (const dirent of top) {
    if (IGNORED.has(dirent.name)) continue;
    if (!dirent.isDirectory() || !isCollectionName(dirent.name)) {
      strays.push({
        file: rel(dirent.name),
        message: 'is not a collection folder, so nothing in it would be published',
        expected: `one of ${COLLECTIONS.map((c) => collectionFolder(c, contentDir)).join(', ')}`,
      });
    }
  }
  for (const collection of COLLECTIONS) {
    let dirents: Dirent[];
    try {
      dirents = readdirSync(path.join(root, collection), { withFileTypes: true });
    } catch {
      continue; // An empty collection may have no folder yet.
    }
    for (const dirent of dirents) {
      if (IGNORED.has(dirent.name)) continue;
      const file = rel(collection, dirent.name);
      if (dirent.isFile() && dirent.name.endsWith(ENTRY_EXTENSION)) {
        entries.push({ file, collection, id: dirent.name.slice(0, -ENTRY_EXTENSION.length) });
        continue;
      }
      const message = dirent.isFile()
        ? 'is not an .mdx file, so it would not be published'
        : dirent.isSymbolicLink()
          ? 'is a symbolic link; an entry is a plain file'
          : dirent.isDirectory()
            ? 'is a folder; entries sit directly in the collection folder'
            : 'is not a plain file';
      strays.push({ file, message, expected: entryFile(collection, '<id>', contentDir) });
    }
  }
  entries.sort((a, b) => a.file.localeCompare(b.file));
  return { entries, strays };
}
