/**
 * Runs the content check before Astro loads any content, and hands what it read to the rest of the
 * build: in a build, any problem stops it before a single file is written; otherwise the checked
 * entries (frontmatter and body links) become the virtual module `virtual:ept/checked-content`, the
 * entry graph's only input, and the list of files the Pagefind integration expects pages for. In
 * dev, problems are printed (and printed again as files change) and pages keep the last good record.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { annotations, inGitHubActions } from '../lib/check/annotations.ts';
import { type CheckedEntry, checkContent, formatReport } from '../lib/check/index.ts';
import { CONTENT_DIR, type EntryFile } from '../lib/content-files.ts';
import type { AnyGraphInput } from '../lib/graph.ts';
import { virtualModule } from './virtual-module.ts';

/** The graph's inputs: what the check read of each entry, without what only the check needs. */
function graphInputs(entries: readonly CheckedEntry[]): AnyGraphInput[] {
  return entries.map(
    ({ collection, id, data, bodyLinks, corrections }) =>
      ({
        collection,
        id,
        data,
        bodyLinks: bodyLinks.map((link) => ({ collection: link.collection, id: link.id })),
        ...(corrections.length ? { corrections } : {}),
      }) as AnyGraphInput,
  );
}

/** The module's text: JSON parsed at run time, which is faster to bundle and load than an object literal. */
function moduleSource(entries: readonly CheckedEntry[]): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(graphInputs(entries)))});`;
}

/** Makes the dev server load the module afresh, as Astro does for its own content modules. */
function invalidate(server: ViteDevServer, resolvedId: string): void {
  for (const environment of Object.values(server.environments)) {
    const module = environment.moduleGraph.getModuleById(resolvedId);
    if (module) environment.moduleGraph.invalidateModule(module);
    const runner = (environment as { runner?: { evaluatedModules: ModuleCache } }).runner;
    const evaluated = runner?.evaluatedModules.getModuleById(resolvedId);
    if (evaluated) runner!.evaluatedModules.invalidateModule(evaluated);
  }
}

interface ModuleCache {
  getModuleById(id: string): object | undefined;
  invalidateModule(module: object): void;
}

interface ContentCheckIntegration extends AstroIntegration {
  /** The entry files the check passed, for the integrations that run after it. */
  checkedFiles(): EntryFile[];
}

export function contentCheck(): ContentCheckIntegration {
  let root = '';
  /** The last record that passed the check: what the pages are built from. */
  let passed: CheckedEntry[] | undefined;
  let lastReport: string | undefined;
  const checkedContent = virtualModule('virtual:ept/checked-content', () => {
    if (!passed) throw new Error(`The content check failed, so there is no record to show.\n${lastReport}`);
    return moduleSource(passed);
  });

  async function runCheck(logger: AstroIntegrationLogger): Promise<string | undefined> {
    const started = performance.now();
    const { problems, entries } = await checkContent(root);
    lastReport = problems.length ? formatReport(problems) : undefined;
    if (lastReport) {
      // On a pull request, each problem also shows on the diff at its line.
      if (inGitHubActions()) console.log(annotations(problems));
      return lastReport;
    }
    passed = entries;
    logger.info(`${entries.length} entries checked in ${Math.round(performance.now() - started)} ms`);
    return undefined;
  }

  return {
    name: 'encryption-policy-tracker:content-check',
    checkedFiles() {
      if (!passed) throw new Error('The content check has not passed in this build.');
      return passed.map(({ file, collection, id }) => ({ file, collection, id }));
    },
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        root = fileURLToPath(config.root);
        const report = await runCheck(logger);
        if (report && command === 'build') {
          throw new Error(
            `The content check failed; nothing was built.\n${report}\nRun npm run check to see these again.`,
          );
        }
        if (report) logger.error(report);
        updateConfig({ vite: { plugins: [checkedContent.plugin] } });
      },
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.on('all', async (_event, file) => {
          if (!file.includes(`/${CONTENT_DIR}/`)) return;
          const report = await runCheck(logger);
          if (report) logger.error(report);
          else invalidate(server, checkedContent.resolvedId);
        });
      },
    },
  };
}
