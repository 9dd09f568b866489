/**
 * `npm run check` as a contributor runs it: the report on stderr, a summary line, and the exit code
 * CI reads.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, PROJECT_ROOT } from '../helpers/fixture-site.ts';

function check(...args: string[]) {
  return checkWith({}, ...args);
}

function checkWith(env: Record<string, string>, ...args: string[]) {
  // process.execPath is the project's Node 24: vitest runs under it through npm. GITHUB_ACTIONS is
  // unset unless a test sets it, so the plain report is tested as a contributor sees it.
  const { GITHUB_ACTIONS: _, ...rest } = process.env;
  return spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/check.ts'), ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...rest, ...env },
  });
}

describe('npm run check', () => {
  it('exits 0 with one OK line on a valid tree', () => {
    const result = check('--content', path.join(FIXTURES, 'valid/content'));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^OK: 12 entries checked in \d+\.\d\d s, no problems\.\n$/);
    expect(result.stderr).toBe('');
  });

  it('exits 1 and prints every problem, then what to do', () => {
    const result = check('--content', path.join(FIXTURES, 'many-problems/content'));
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n');
    expect(lines[0]).toBe('14 problems in 6 files:');
    expect(lines.filter((line) => /^content\/[a-z]+\/[^:]+\.mdx(:\d+)?: /.test(line))).toHaveLength(14);
    expect(result.stderr).toContain(
      'content/quotes/example-quote.mdx:11: body: <script> is not allowed in contributed MDX',
    );
    // A character reference is judged as the character it decodes to, and a URL by its canonical form.
    expect(result.stderr).toContain(
      'content/quotes/example-quote.mdx:13: body: contains U+202E RIGHT-TO-LEFT OVERRIDE',
    );
    expect(result.stderr).toContain(
      'content/organisations/example-ministry.mdx:5: website: "https://ministry.example.org\\@evil.example/" is not in its canonical form: write https://ministry.example.org/@evil.example/',
    );
    expect(result.stderr).toMatch(
      /The check failed: 7 entries read in \d+\.\d\d s\. Fix the problems above and run npm run check again\.\n$/,
    );
    expect(result.stdout).toBe('');
  });

  it('under GitHub Actions, also prints each problem as an annotation on stdout; the report is unchanged', () => {
    const plain = check('--content', path.join(FIXTURES, 'many-problems/content'));
    const result = checkWith({ GITHUB_ACTIONS: 'true' }, '--content', path.join(FIXTURES, 'many-problems/content'));
    expect(result.status).toBe(1);
    const annotations = result.stdout.trimEnd().split('\n');
    expect(annotations).toHaveLength(14); // One per problem of the report.
    for (const line of annotations)
      expect(line).toMatch(/^::error file=content\/[a-z]+\/[^,:]+\.mdx(,line=\d+)?,title=/);
    expect(annotations).toContain(
      '::error file=content/quotes/example-quote.mdx,line=11,title=Content check%3A body::<script> is not allowed in contributed MDX — use Markdown, or one of: <Correction>, <abbr>, <sub>, <sup>, <mark>, <small>, <kbd>, <q>, <br>',
    );
    // The report on stderr is the one a contributor gets, but for the timing.
    const untimed = (text: string) => text.replace(/in \d+\.\d\d s/, 'in N s');
    expect(untimed(result.stderr)).toBe(untimed(plain.stderr));
  });

  it('checks the project\u2019s own content by default', () => {
    const result = check();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^OK: \d+ entries checked/);
  });

  it('reports a missing content folder as a problem', () => {
    const result = check('--content', path.join(FIXTURES, 'no-such-tree/content'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content: the content folder is missing');
  });
});
