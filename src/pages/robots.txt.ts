/** robots.txt: every page may be crawled; the sitemap (written by @astrojs/sitemap) lists them. */
import type { APIRoute } from 'astro';
import { absoluteUrl, SITEMAP_PATH } from '../lib/routes.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(SITEMAP_PATH, site!)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
