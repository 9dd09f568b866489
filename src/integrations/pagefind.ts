/**
 * Builds the Pagefind search index as the last step of `astro build`, so a build is always
 * searchable and the index cannot drift from the pages. Then checks that nothing was lost: every
 * content file has exactly one page and one search record. Any failure fails the build.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { COLLECTIONS } from '../lib/collections.ts';
import type { EntryFile } from '../lib/content-files.ts';
import { coverageProblems } from '../lib/search-coverage.ts';
import { readWrittenRecords } from './pagefind-records.ts';

/**
 * The pages Pagefind reads: entry pages only (`dist/<collection>/<id>/index.html`). Collection
 * indexes and the views (timeline, map, signatories) are not what search finds, and reading them
 * would cost time that grows with the record.
 */
const ENTRY_PAGES_GLOB = `{${COLLECTIONS.join(',')}}/*/index.html`;

function failIf(errors: string[], step: string): void {
  if (errors.length) throw new Error(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
}

/**
 * `contentFiles` lists what the build was meant to publish: the files the content check passed
 * (src/integrations/content-check.ts), so the tree is not listed a second time.
 */
export function pagefindIndex(options: { contentFiles: () => EntryFile[] }): AstroIntegration {
  let root = '';
  return {
    name: 'encryption-policy-tracker:pagefind',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const outputPath = path.join(outDir, 'pagefind');
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          failIf(errors, 'start');
          if (!index) throw new Error('Pagefind returned no index');
          const added = await index.addDirectory({ path: outDir, glob: ENTRY_PAGES_GLOB });
          const addedAt = performance.now();
          failIf(added.errors, `index ${outDir}`);
          const written = await index.writeFiles({ outputPath });
          failIf(written.errors, `write ${outputPath}`);
          // The indexer's work is done: let its process go, with its memory, before the records are read back.
          await pagefind.close();
          const writtenAt = performance.now();
          const records = readWrittenRecords(outputPath);
          const problems = coverageProblems({
            contentFiles: options.contentFiles(),
            pages: pages.map((page) => page.pathname),
            records: records.map((record) => record.url),
          });
          if (problems.length) {
            throw new Error(
              `Nothing lost: the build does not have one page and one search record per content file.\n  ${problems.join('\n  ')}`,
            );
          }
          logger.info(
            `${records.length} entries indexed (of ${added.page_count} pages read) into ${path.relative(root, outputPath)}/ in ` +
              `${Math.round(performance.now() - started)} ms (reading pages ${Math.round(addedAt - started)} ms, writing ${Math.round(writtenAt - addedAt)} ms, ` +
              `checking ${Math.round(performance.now() - writtenAt)} ms); every content file has one page and one search record`,
          );
        } finally {
          // On failure too; closing twice is harmless.
          await pagefind.close();
        }
      },
    },
  };
}
