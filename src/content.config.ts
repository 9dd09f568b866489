/**
 * The seven collections, loaded from the top-level content/ folder. The schemas live in
 * src/lib/schemas.ts so that the content check validates with exactly the same rules.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { checkFailure, checkReport } from './lib/check/in-flight.ts';
import { COLLECTIONS, type CollectionName } from './lib/collections.ts';
import { CONTENT_DIR } from './lib/content-files.ts';
import { schemas } from './lib/schemas.ts';

/**
 * Astro stops at the first file it cannot load, in its own words; the content check, running
 * beside it in a build, names every problem with its line, so its report is shown instead.
 */
function reportingTheCheck(loader: Loader): Loader {
  return {
    ...loader,
    async load(context) {
      try {
        await loader.load(context);
      } catch (error) {
        const report = await checkReport();
        throw report ? checkFailure(report) : error;
      }
    },
  };
}

function collection<C extends CollectionName>(name: C) {
  return defineCollection({
    // The id is the file name exactly (the check has already refused ids that are not lower-case).
    loader: reportingTheCheck(
      glob({
        pattern: '*.mdx',
        base: `./${CONTENT_DIR}/${name}`,
        generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
      }),
    ),
    schema: schemas[name],
  });
}

export const collections = Object.fromEntries(COLLECTIONS.map((name) => [name, collection(name)])) as {
  [C in CollectionName]: ReturnType<typeof collection<C>>;
};
