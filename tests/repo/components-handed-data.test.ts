/**
 * Components only draw: a page calls `siteContent()` and hands each component what it draws, so no
 * file under src/components reads the site's content itself (docs/architecture.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/fixture-site.ts';

const COMPONENTS = path.join(PROJECT_ROOT, 'src/components');

/** A call of `siteContent`, or an import of the module that holds it. */
const READS_CONTENT = /\bsiteContent\s*\(|data\/site-graph(\.ts)?['"]/;

function readsContent(text: string): boolean {
  return READS_CONTENT.test(text);
}

describe('src/components', () => {
  it('recognises a component that reads the content itself', () => {
    expect(readsContent("import { siteContent } from '../../data/site-graph.ts';")).toBe(true);
    expect(readsContent('const { glance } = await siteContent();')).toBe(true);
    expect(readsContent('const { glance } = Astro.props;')).toBe(false);
  });

  it('has no component that calls siteContent() or imports src/data/site-graph', () => {
    const files = readdirSync(COMPONENTS, { recursive: true, encoding: 'utf8' }).filter((file) =>
      /\.(astro|ts|tsx|mdx)$/.test(file),
    );
    expect(files.length).toBeGreaterThan(10);
    const readers = files.filter((file) => readsContent(readFileSync(path.join(COMPONENTS, file), 'utf8')));
    expect(readers).toEqual([]);
  });
});
