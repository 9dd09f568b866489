/**
 * The second yardstick: Astro Starlight, the documentation framework a user would pick instead,
 * building the same MDX files as docs pages with its defaults (Sätteri, MDX `optimize`, Expressive
 * Code, its page layout) and its default Pagefind search. It has no schemas of ours, no entry
 * graph, backlinks or facets.
 */
import { cp, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A sidebar of one link per collection, as our header has. Starlight's default lists every page on
 * every page, which at 10,000 entries makes each page 10,000 links long: no one would ship that.
 */
const CONFIG = (collections: string[]) => `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [starlight({ title: 'Bench', sidebar: ${JSON.stringify(collections.map((c) => ({ label: c, link: `/${c}/` })))} })],
  vite: { build: { rolldownOptions: { onLog(level, log, handler) { if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log); } } } },
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * Starlight requires a `title`: sources and letters have one, people, organisations and
 * jurisdictions a `name`, and the rest take their id. Other fields stay (Starlight's schema drops
 * them), so the same YAML is parsed. Our routes pass `<Correction>` in; here the file imports it.
 */
export function toDocsPage(text: string, id: string): string {
  const end = text.indexOf('\n---\n', 4);
  const data = text.slice(4, end);
  let body = text.slice(end + 5);
  const lines = data.split('\n');
  if (!lines.some((line) => line.startsWith('title: '))) {
    const name = lines.find((line) => line.startsWith('name: '))?.slice('name: '.length);
    lines.unshift(`title: ${JSON.stringify(name ?? id)}`);
  }
  if (body.includes('<Correction')) body = `import Correction from '../../../components/Correction.astro';\n${body}`;
  return `---\n${lines.join('\n')}\n---\n${body}`;
}

/** Writes the Starlight project into `root`, with the MDX of `contentDir` as its docs. */
export async function writeStarlightProject(root: string, contentDir: string, projectRoot: string): Promise<void> {
  const docs = path.join(root, 'src/content/docs');
  const collections = (await readdir(contentDir, { withFileTypes: true })).filter((d) => d.isDirectory());
  for (const { name: collection } of collections) {
    await mkdir(path.join(docs, collection), { recursive: true });
    const files = (await readdir(path.join(contentDir, collection))).filter((file) => file.endsWith('.mdx'));
    // In batches, as generate-content.ts writes them: 10,000 open files at once can run out of handles.
    for (let i = 0; i < files.length; i += 256) {
      await Promise.all(
        files.slice(i, i + 256).map(async (file) => {
          const text = await readFile(path.join(contentDir, collection, file), 'utf8');
          await writeFile(path.join(docs, collection, file), toDocsPage(text, file.slice(0, -'.mdx'.length)));
        }),
      );
    }
  }
  // Astro bundles (rather than leaves to Node) the packages a project depends on that ship components.
  const dependencies = { '@astrojs/starlight': '*', astro: '*' };
  await writeFile(
    path.join(root, 'package.json'),
    JSON.stringify({ name: 'starlight', private: true, type: 'module', dependencies }),
  );
  await writeFile(path.join(root, 'astro.config.mjs'), CONFIG(collections.map((d) => d.name).sort()));
  await writeFile(path.join(root, 'src/content.config.ts'), CONTENT_CONFIG);
  await mkdir(path.join(root, 'src/components'), { recursive: true });
  await writeFile(path.join(root, 'src/components/Correction.astro'), '<aside><slot /></aside>\n');
  await linkNodeModules(root, projectRoot);
}

/** Packages whose .astro components Starlight renders: they must sit inside the project's root. */
const COPIED = ['@astrojs/starlight', 'astro-expressive-code'];

/**
 * The repository's node_modules, linked package by package. Astro 7 cannot compile an injected
 * route's .astro file that resolves outside the root ("No cached compile metadata"), so Starlight
 * and Expressive Code are copied in. Starlight's own nested dependencies (other versions than the
 * repository's, e.g. js-yaml 4 beside 5) are linked at the top, as an install of Starlight alone
 * would place them.
 */
async function linkNodeModules(root: string, projectRoot: string): Promise<void> {
  const from = path.join(projectRoot, 'node_modules');
  const to = path.join(root, 'node_modules');
  const nested = path.join(from, '@astrojs/starlight/node_modules');
  const own = new Set(await readdir(nested).catch(() => [] as string[]));
  for (const scope of ['', '@astrojs']) {
    await mkdir(path.join(to, scope), { recursive: true });
    for (const name of await readdir(path.join(from, scope))) {
      const pkg = path.join(scope, name);
      // Dot entries are caches (.vite, .astro): this project keeps its own.
      if (name.startsWith('.') || pkg === '@astrojs' || COPIED.includes(pkg)) continue;
      const target = own.has(pkg) ? path.join(nested, pkg) : path.join(from, pkg);
      await symlink(target, path.join(to, pkg), 'dir');
    }
  }
  for (const pkg of COPIED) await cp(path.join(from, pkg), path.join(to, pkg), { recursive: true });
}
