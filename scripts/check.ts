/**
 * `npm run check`: validates the whole content tree without building the site, prints every problem
 * as `file:line: field: what was found — what is accepted`, and exits 1 if there is any. Under GitHub
 * Actions it also prints each problem as a workflow annotation on standard output, so the pull
 * request shows it on the diff (src/lib/check/annotations.ts).
 *
 *   npm run check                      the project's content/
 *   npm run check -- --content path    another tree (relative to the project root, or absolute)
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { annotations, inGitHubActions } from '../src/lib/check/annotations.ts';
import { checkContent, formatReport } from '../src/lib/check/index.ts';
import { CONTENT_DIR } from '../src/lib/content-files.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

const { values } = parseArgs({
  options: { content: { type: 'string', default: CONTENT_DIR }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  console.log(
    'Usage: npm run check [-- --content <folder>]\nChecks every entry and reports each problem as file:line: field: what was found — what is accepted.',
  );
  process.exit(0);
}

// checkContent takes a root and a folder under it; an absolute --content is split accordingly.
const contentPath = path.resolve(projectRoot, values.content);
const root = path.dirname(contentPath);
const contentDir = path.basename(contentPath);

const started = performance.now();
const { problems, entries } = await checkContent(root, contentDir);
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (problems.length) {
  if (inGitHubActions()) console.log(annotations(problems));
  console.error(formatReport(problems));
  console.error(
    `\nThe check failed: ${entries.length} entries read in ${seconds} s. Fix the problems above and run npm run check again.`,
  );
  process.exitCode = 1;
} else {
  console.log(`OK: ${entries.length} entries checked in ${seconds} s, no problems.`);
}
