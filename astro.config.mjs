// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { entryHistory } from './src/integrations/entry-history.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { satteriBaseLinks } from './src/plugins/satteri-base-links.ts';
import { satteriMdxGuard } from './src/plugins/satteri-mdx-guard.ts';
import { buildSettingsOrExit } from './src/lib/build-settings.ts';

// The check's result feeds the integrations after it: nothing lists or reads the record twice.
const checkedContent = contentCheck();

// Where the site is served from: `/` by default, `/<repo>/` as a GitHub Pages project site
// (docs/deployment.md), from BASE_PATH or the path of SITE_URL. Every address comes from
// src/lib/routes.ts, which reads it back as import.meta.env.BASE_URL; body links are prefixed as
// they are rendered (satteri-base-links.ts). A bad value ends the run here with one line, before
// anything is built (src/lib/build-settings.ts).
const { site, base } = buildSettingsOrExit(process.env);
// Astro lets an environment variable named BASE_URL (vitest sets one, so do some CI runners) stand in
// for import.meta.env.BASE_URL in pages; the base must come from BASE_PATH alone.
delete process.env.BASE_URL;

export default defineConfig({
  // The public origin, for canonical links, feeds, the sitemap and the open data's URLs, which must
  // be absolute (its path, if any, is the base above). Set SITE_URL where the site is deployed; a
  // local build without it uses the address `astro preview` serves (docs/architecture.md, "The
  // site's address").
  site,
  base,
  trailingSlash: 'always',
  // Astro's content cache (its data store) in the project, not in node_modules: a node_modules shared
  // by several copies of the project (the build tests link it) would let one build read another's.
  cacheDir: './.astro/cache',
  // No inline <style>, <script> or data: URIs: the site runs under the strict Content-Security-Policy
  // of docs/deployment.md (style-src/script-src/img-src 'self'), checked by tests/e2e/quality.spec.ts.
  // concurrency: pages rendered at once. One page at a time left the main thread waiting on each
  // page's module load and file write; eight keep it busy (docs/performance.md).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  // Astro 7's own processor, Sätteri, which parses in Rust; our two plugins are small visitors of the
  // few node types they judge or rewrite. MDX follows `markdown.processor`.
  markdown: { processor: satteri({ mdastPlugins: [satteriMdxGuard(), satteriBaseLinks({ base })] }) },
  // The search index is written last, from the finished pages.
  // optimize: static parts of each MDX body compile to one HTML string rather than JSX calls, which
  // halved the bundling step at 10,000 entries (docs/performance.md). Bodies hold no HTML of their
  // own (the MDX guard refuses it), so the strings are rendered from Markdown alone.
  integrations: [
    checkedContent,
    entryHistory(),
    mdx({ optimize: true }),
    sitemap(),
    pagefindIndex({ contentFiles: () => checkedContent.checkedFiles() }),
  ],
  devToolbar: { enabled: false },
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro's MDX head propagation trips a harmless bundler warning, once per entry
        // (withastro/astro#18087); at thousands of entries it would bury every real message.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
