/**
 * The yardstick for our build: a plain Astro 7 project that renders the same MDX files as bare
 * pages through the same Markdown processor and MDX guard plugin, with no schemas, entry graph,
 * backlinks or search. Our build time divided by its build time is the cost of what we add.
 */
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

const CONFIG = (guard: string) => `import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { satteriMdxGuard } from ${JSON.stringify(guard)};

export default defineConfig({
  markdown: { processor: satteri({ mdastPlugins: [satteriMdxGuard()] }) },
  integrations: [mdx()],
  vite: { build: { rolldownOptions: { onLog(level, log, handler) { if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log); } } } },
});
`;

const CONTENT_CONFIG = (contentDir: string) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  entries: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: ${JSON.stringify(contentDir)}, generateId: ({ entry }) => entry.replace(/\\.mdx$/, '') }) }),
};
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';
import Correction from '../components/Correction.astro';

export async function getStaticPaths() {
  return (await getCollection('entries')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>{entry.id}</title></head>
<body><main><Content components={{ Correction }} /></main></body></html>
`;

/**
 * Where the site's config imports the MDX guard from, so the baseline runs the same plugin from
 * the same copy of the site (`siteRoot`), wherever the file moves.
 */
async function guardModule(siteRoot: string): Promise<string> {
  const config = await readFile(path.join(siteRoot, 'astro.config.mjs'), 'utf8');
  const from = /import\s*\{\s*satteriMdxGuard\s*\}\s*from\s*'([^']+)'/.exec(config)?.[1];
  if (!from) throw new Error('astro.config.mjs no longer imports satteriMdxGuard: update baseline-project.ts');
  return path.resolve(siteRoot, from);
}

/** Writes the baseline project into `root`, reading MDX from `contentDir`. */
export async function writeBaselineProject(
  root: string,
  contentDir: string,
  projectRoot: string,
  siteRoot = projectRoot,
): Promise<void> {
  await mkdir(path.join(root, 'src/pages'), { recursive: true });
  await writeFile(path.join(root, 'package.json'), JSON.stringify({ name: 'baseline', private: true, type: 'module' }));
  await writeFile(path.join(root, 'astro.config.mjs'), CONFIG(await guardModule(siteRoot)));
  await writeFile(path.join(root, 'src/content.config.ts'), CONTENT_CONFIG(contentDir));
  await writeFile(path.join(root, 'src/pages/[...id].astro'), PAGE);
  // The one allow-listed component, as a bare element.
  await mkdir(path.join(root, 'src/components'), { recursive: true });
  await writeFile(path.join(root, 'src/components/Correction.astro'), '<aside><slot /></aside>\n');
  await symlink(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
}
