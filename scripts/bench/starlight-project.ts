/**
 * The second yardstick: Astro Starlight, the documentation framework a user would pick instead,
 * building the same MDX files as docs pages. The project is what `npm create astro -- --template
 * starlight` gives, installed from its own lockfile (peer-install.ts), with Starlight's defaults
 * (Sätteri, MDX `optimize`, Expressive Code, its layout, its Pagefind search) apart from a short
 * sidebar. What else differs from the template, and why, is listed in docs/performance.md.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CollectionName } from '../../src/lib/collections.ts';
import { SILENCE_HEAD_INJECT_WARNING, TEMPLATE_TSCONFIG } from './peer-install.ts';
import { parseEntryText } from './record-shape.ts';

/**
 * A sidebar of one link per collection, as our header has. Starlight's default lists every page on
 * every page, which at 10,000 entries makes each page 10,000 links long: no one would ship that.
 */
const CONFIG = (collections: string[]) => `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [starlight({ title: 'Bench', sidebar: ${JSON.stringify(collections.map((c) => ({ label: c, link: `/${c}/` })))} })],
  ${SILENCE_HEAD_INJECT_WARNING}
});
`;

/** The template's own content config. */
const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * A docs page for an entry, with only what Starlight uses and a user would write: a `title` (the
 * entry's title or name; quotes and positions have neither, so their id) and, where the entry has
 * a summary, it as the `description`. The body stays as it is; our routes pass `<Correction>` in,
 * so here the file imports it.
 */
export function toDocsPage(collection: CollectionName, id: string, text: string): string {
  const { data } = parseEntryText(collection, id, text);
  const title = typeof data.title === 'string' ? data.title : typeof data.name === 'string' ? data.name : id;
  const lines = [`title: ${JSON.stringify(title)}`];
  if (typeof data.summary === 'string') lines.push(`description: ${JSON.stringify(data.summary)}`);
  let body = text.slice(text.indexOf('\n---', 3) + '\n---'.length).replace(/^\r?\n/, '');
  if (body.includes('<Correction')) body = `import Correction from '../../../components/Correction.astro';\n${body}`;
  return `---\n${lines.join('\n')}\n---\n${body}`;
}

/**
 * Writes the Starlight project's own files into `root` (installed by installPeer) and the MDX of
 * `contentDir` as its docs, replacing the docs of the tree before.
 */
export async function writeStarlightProject(root: string, contentDir: string): Promise<void> {
  const docs = path.join(root, 'src/content/docs');
  await rm(docs, { recursive: true, force: true });
  const collections = (await readdir(contentDir, { withFileTypes: true })).filter((d) => d.isDirectory());
  for (const { name } of collections) {
    const collection = name as CollectionName;
    await mkdir(path.join(docs, collection), { recursive: true });
    const files = (await readdir(path.join(contentDir, collection))).filter((file) => file.endsWith('.mdx'));
    // In batches: 10,000 open files at once can run out of handles.
    for (let i = 0; i < files.length; i += 256) {
      await Promise.all(
        files.slice(i, i + 256).map(async (file) => {
          const text = await readFile(path.join(contentDir, collection, file), 'utf8');
          await writeFile(path.join(docs, collection, file), toDocsPage(collection, file.slice(0, -4), text));
        }),
      );
    }
  }
  await writeFile(path.join(root, 'astro.config.mjs'), CONFIG(collections.map((d) => d.name).sort()));
  await writeFile(path.join(root, 'tsconfig.json'), TEMPLATE_TSCONFIG);
  await writeFile(path.join(root, 'src/content.config.ts'), CONTENT_CONFIG);
  await mkdir(path.join(root, 'src/components'), { recursive: true });
  await writeFile(path.join(root, 'src/components/Correction.astro'), '<aside><slot /></aside>\n');
}
