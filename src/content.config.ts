/**
 * The seven collections, loaded from the top-level content/ folder. The schemas live in
 * src/lib/schemas.ts so that the content check validates with exactly the same rules.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, type CollectionName } from './lib/collections.ts';
import { CONTENT_DIR } from './lib/content-files.ts';
import { schemas } from './lib/schemas.ts';

function collection<C extends CollectionName>(name: C) {
  return defineCollection({
    // The id is the file name exactly (the check has already refused ids that are not lower-case).
    loader: glob({
      pattern: '*.mdx',
      base: `./${CONTENT_DIR}/${name}`,
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
    schema: schemas[name],
  });
}

export const collections = Object.fromEntries(COLLECTIONS.map((name) => [name, collection(name)])) as {
  [C in CollectionName]: ReturnType<typeof collection<C>>;
};
