/**
 * Unsafe MDX never reaches dist/: the content check stops the build first, and if the check were
 * to miss it (a future refactor), the Sätteri guard in the MDX pipeline stops it alone.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';

const QUOTE = 'content/quotes/fixture-letter-line.mdx';
const UNSAFE = `---
text: "Encryption keeps everyone safe"
speaker: fixture-rights-group
date: 2020-05-20
stance: opposes
sources: [fixture-news-2020]
---

A line.

<script>alert(document.cookie)</script>
`;

const sites: FixtureSite[] = [];
afterEach(async () => {
  await Promise.all(sites.splice(0).map((site) => site.remove()));
});

async function site(): Promise<FixtureSite> {
  const created = await createFixtureSite('valid');
  sites.push(created);
  await created.edit({ [QUOTE]: UNSAFE });
  return created;
}

describe('unsafe MDX fails the build', () => {
  it('at the content check, which names file, line and field, before anything is written', async () => {
    const fixture = await site();
    // On a worker thread, as for a large tree: the body check must load there inside Astro too.
    const { status, output } = fixture.build({ CHECK_THREADS: '1' });
    expect(status).not.toBe(0);
    expect(output).toContain('The content check failed; nothing was built.');
    expect(output).toContain(`${QUOTE}:11: body: <script> is not allowed in contributed MDX`);
    expect(fixture.hasDist()).toBe(false);
  });

  it('at the Sätteri guard alone when the content check misses it', async () => {
    const fixture = await site();
    // The check's output is the graph's input, so the check cannot simply be left out of the
    // config: simulate a check whose guard misses the body instead, in the fixture's copy of it.
    const checkFile = path.join(fixture.root, 'src/lib/check/body-check.ts');
    const check = await readFile(checkFile, 'utf8');
    expect(check).toContain('findUnsafeMdx(tree).map(');
    await writeFile(checkFile, check.replace('findUnsafeMdx(tree).map(', '[].map('));
    const { status, output } = fixture.build();
    expect(status).not.toBe(0);
    expect(output).not.toContain('The content check failed');
    // Sätteri gives no lines to plugins: the guard names the file, and the check gives the line.
    expect(output).toContain(
      `${QUOTE}: <script> is not allowed in contributed MDX — use Markdown, or one of: <Correction>`,
    );
    expect(output).toContain('(npm run check shows the line)');
    expect(fixture.hasDist()).toBe(false);
  });
});
