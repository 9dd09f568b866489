/**
 * Runs the content check before Astro loads any content. In a build, any problem stops it before a
 * single file is written; in dev, problems are printed and printed again as files change.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkContent, formatReport } from '../lib/check/index.ts';

async function runCheck(root: string, logger: AstroIntegrationLogger): Promise<string | undefined> {
  const started = performance.now();
  const { problems, entries } = await checkContent(root);
  if (problems.length) return formatReport(problems);
  logger.info(`${entries.length} entries checked in ${Math.round(performance.now() - started)} ms`);
  return undefined;
}

export function contentCheck(): AstroIntegration {
  let root = '';
  return {
    name: 'encryption-policy-tracker:content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        const report = await runCheck(root, logger);
        if (!report) return;
        if (command === 'build') {
          throw new Error(
            `The content check failed; nothing was built.\n${report}\nRun npm run check to see these again.`,
          );
        }
        logger.error(report);
      },
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.on('all', async (_event, file) => {
          if (!file.includes('/content/')) return;
          const report = await runCheck(root, logger);
          if (report) logger.error(report);
        });
      },
    },
  };
}
