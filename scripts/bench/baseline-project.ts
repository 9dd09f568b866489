/**
 * The yardstick for our build: a plain Astro 7 project as `npm create astro -- --template minimal`
 * gives it, installed from its own lockfile (peer-install.ts), plus only what rendering the same
 * MDX needs: `@astrojs/mdx`, one glob collection without a schema, one route that renders each
 * body. No schemas, entry graph, backlinks or search: our build time divided by its build time is
 * the cost of what we add.
 */
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SILENCE_HEAD_INJECT_WARNING, TEMPLATE_TSCONFIG } from './peer-install.ts';

/** Astro 7 compiles Markdown and MDX with Sätteri by default, as ours does: nothing to set. */
const CONFIG = `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [mdx()],
  ${SILENCE_HEAD_INJECT_WARNING}
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  entries: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: './content', generateId: ({ entry }) => entry.replace(/\\.mdx$/, '') }) }),
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
 * Writes the baseline's own files into `root` (installed by installPeer) and copies the MDX of
 * `contentDir` into its `content/`, replacing the tree before.
 */
export async function writeBaselineProject(root: string, contentDir: string): Promise<void> {
  await rm(path.join(root, 'content'), { recursive: true, force: true });
  await cp(contentDir, path.join(root, 'content'), { recursive: true });
  await mkdir(path.join(root, 'src/pages'), { recursive: true });
  await writeFile(path.join(root, 'astro.config.mjs'), CONFIG);
  await writeFile(path.join(root, 'tsconfig.json'), TEMPLATE_TSCONFIG);
  await writeFile(path.join(root, 'src/content.config.ts'), CONTENT_CONFIG);
  await writeFile(path.join(root, 'src/pages/[...id].astro'), PAGE);
  // The one allow-listed component, as a bare element.
  await mkdir(path.join(root, 'src/components'), { recursive: true });
  await writeFile(path.join(root, 'src/components/Correction.astro'), '<aside><slot /></aside>\n');
}
