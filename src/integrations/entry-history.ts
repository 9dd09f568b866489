/**
 * Gives every entry page its "Last updated" date, "Edit this page" link and "Report an error" link
 * (the last also on the about and 404 pages). Runs git twice per
 * build (not per page) when the config is set up, and hands the result to the pages as the virtual
 * module `virtual:ept/entry-history`. Without git, outside a repository, or for files git does not
 * know or (in a shallow clone) cannot date, the date is left out rather than guessed.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CONTENT_DIR } from '../lib/content-files.ts';
import { editBase } from '../lib/edit-url.ts';
import { gitDates } from '../lib/git-history.ts';
import { newIssueBase } from '../lib/issue-forms.ts';
import { virtualModule } from './virtual-module.ts';

/** What the pages get: see src/virtual-modules.d.ts. */
export interface EntryHistory {
  /** Base of "Edit this page" links, or undefined when none is configured. */
  editBase?: string;
  /** `https://github.com/<owner>/<repo>/issues/new`, for links to the issue forms; undefined off GitHub. */
  newIssue?: string;
  /** The project folder inside the repository, prefixed to a file's path in edit links. */
  prefix: string;
  /** Last change per file (`content/quotes/x.mdx` → `YYYY-MM-DD`), only where git knows it for sure. */
  lastUpdated: Record<string, string>;
}

export function entryHistory(): AstroIntegration {
  return {
    name: 'encryption-policy-tracker:entry-history',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig, logger }) => {
        const root = fileURLToPath(config.root);
        const packageJson = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
          repository?: unknown;
        };
        const edit = editBase(process.env, packageJson.repository);
        if (edit.problem) throw new Error(`"Edit this page" links: ${edit.problem}`);
        const { prefix, dates, note } = await gitDates(root, CONTENT_DIR);
        if (note) logger.warn(note);
        const lastUpdated = Object.fromEntries([...dates].filter((pair): pair is [string, string] => pair[1] !== null));
        logger.info(
          `${Object.keys(lastUpdated).length} content files dated from git; "Edit this page" links ${edit.base ? `to ${edit.base}` : 'off (set EDIT_URL or package.json repository)'}`,
        );
        const newIssue = newIssueBase(packageJson.repository);
        const history: EntryHistory = {
          prefix,
          lastUpdated,
          ...(edit.base ? { editBase: edit.base } : {}),
          ...(newIssue ? { newIssue } : {}),
        };
        const { plugin } = virtualModule(
          'virtual:ept/entry-history',
          () => `export default ${JSON.stringify(history)};`,
        );
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
