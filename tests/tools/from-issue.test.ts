/**
 * `npm run from-issue` on saved issue bodies, in a temp copy of the valid fixture: a suggestion
 * becomes the files `npm run new` would write and the check accepts, and a hostile one becomes a
 * refused check with a clear message or a harmless file — never a command, a workflow expression,
 * another frontmatter field or a second frontmatter.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../src/lib/check/index.ts';
import { fixtureTree } from '../helpers/check-tree.ts';
import { PROJECT_ROOT } from '../helpers/fixture-site.ts';

const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

/** An issue body as GitHub writes a form's answers: `### Label`, a blank line, the answer. */
function issueBody(answers: Record<string, string>): string {
  return Object.entries(answers)
    .map(([label, answer]) => `### ${label}\r\n\r\n${answer || '_No response_'}`)
    .join('\r\n\r\n');
}

const QUOTE: Record<string, string> = {
  'Who said or wrote the words': 'Fixture Minister',
  'The exact words': 'Security and privacy: both',
  'When they were said or written': '2020-06-01',
  Stance: 'mixed (for some forms, against others)',
  'Language of the words': 'en',
  'English translation': '',
  'Whose translation is it': '',
  'Where and to whom': '',
  "Is the source the speaker's own text?": '',
  'Address of the source': 'https://news.example.org/2020/06/fixture',
  'Title of the source': '',
  'Publisher of the source': '',
  'When the source was published': '',
  'Type of source': '',
  'Anything else the maintainers should know': '',
  Checks: '- [X] I read the source myself, and the words above are copied exactly from it.',
};

const LETTER: Record<string, string> = {
  'What is it': 'A letter',
  'Title of the letter': 'Fixture coalition letter',
  'Who signed it': 'Fixture Rights Group\nFixture Tech Company',
  'To whom it was sent': 'FMJ',
  'Government body that holds the position': '',
  'What the position is about': '',
  'Country or bloc': 'Netherlands',
  Date: '2020-07',
  Stance: 'opposes (against such requirements)',
  'Summary in your own words': 'Asks the ministry to drop its plan.',
  'Address of the source': 'https://news.example.org/2020/06/fixture',
  'Title of the source': '',
  'Publisher of the source': '',
  'When the source was published': '',
  'Type of source': '',
  'Anything else the maintainers should know': '',
  Checks: '- [X] I read the source myself, and the summary is in my own words.',
};

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  root: string;
  content: string;
  /** Files the run added to the tree, relative to content/. */
  added: string[];
  report: string;
}

/** Runs scripts/from-issue.ts on a body, in a fresh copy of the valid fixture. */
async function fromIssue(body: string, ...args: string[]): Promise<Run> {
  const root = await fixtureTree();
  roots.push(root);
  const content = path.join(root, 'content');
  const before = new Set(readdirSync(content, { recursive: true }).map(String));
  const file = path.join(root, 'issue.md');
  const reportFile = path.join(root, 'report.md');
  writeFileSync(file, body);
  const result = spawnSync(
    process.execPath,
    [path.join(PROJECT_ROOT, 'scripts/from-issue.ts'), file, '--content', content, '--report', reportFile, ...args],
    { cwd: PROJECT_ROOT, encoding: 'utf8' },
  );
  const added = readdirSync(content, { recursive: true })
    .map(String)
    .filter((name) => !before.has(name))
    .sort();
  const report = existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : '';
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, root, content, added, report };
}

/** A written file's frontmatter, as YAML reads it, and its body. */
function entry(run: Run, file: string): { data: Record<string, unknown>; body: string } {
  const text = readFileSync(path.join(run.content, file), 'utf8');
  const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  return { data: parse(frontmatter!) as Record<string, unknown>, body: body! };
}

async function expectCheckPasses(run: Run) {
  const { problems } = await checkContent(run.root);
  expect(problems).toEqual([]);
}

describe('a suggested quote', () => {
  it('by someone in the record, from a source in the record: one file with exactly the form’s fields', async () => {
    const run = await fromIssue(issueBody(QUOTE));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.added).toEqual(['quotes/fixture-minister-security-and-privacy-both.mdx']);
    expect(entry(run, run.added[0]!).data).toEqual({
      text: 'Security and privacy: both',
      speaker: 'fixture-minister',
      date: '2020-06-01',
      stance: 'mixed',
      sources: ['fixture-news-2020'],
    });
    await expectCheckPasses(run);
    // The pull request's body names the file (here under the temp tree: a real run names content/…).
    expect(run.report).toContain(
      `- \`${run.content}/quotes/fixture-minister-security-and-privacy-both.mdx\`: the suggested quote`,
    );
  });

  it('by someone new, from a new source: the person and the source too, and the rest kept for the maintainer', async () => {
    const run = await fromIssue(
      issueBody({
        ...QUOTE,
        'Who said or wrote the words': 'Jane Example',
        'The exact words': 'Wir wollen keine Hintertüren.',
        'Language of the words': 'de',
        'English translation': 'We want no back doors.',
        'Whose translation is it': 'project (my own, for the tracker)',
        'Where and to whom': 'A press conference',
        'Address of the source': 'https://www.example.org/2021/interview',
        'Title of the source': 'Interview: no back doors',
        'Publisher of the source': 'Example Zeitung',
        'When the source was published': '2021-03-04',
        'Type of source': 'news',
      }),
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.added).toEqual([
      'people/jane-example.mdx',
      'quotes/jane-example-wir-wollen-keine-hinterturen.mdx',
      'sources/example-zeitung-2021-03-04-interview-no-back-doors.mdx',
    ]);
    expect(entry(run, 'people/jane-example.mdx').data).toEqual({ name: 'Jane Example' });
    expect(entry(run, 'sources/example-zeitung-2021-03-04-interview-no-back-doors.mdx').data).toEqual({
      title: 'Interview: no back doors',
      publisher: 'Example Zeitung',
      url: 'https://www.example.org/2021/interview',
      published: '2021-03-04',
      type: 'news',
    });
    expect(entry(run, 'quotes/jane-example-wir-wollen-keine-hinterturen.mdx').data).toMatchObject({
      speaker: 'jane-example',
      sources: ['example-zeitung-2021-03-04-interview-no-back-doors'],
    });
    await expectCheckPasses(run);
    // The language, the translation and the context are not fields `npm run new` writes: the
    // pull request lists them for the maintainer.
    expect(run.report).toContain('## Given in the issue, not written to the files');
    expect(run.report).toContain('**Language of the words**\n\n```text\nde\n```');
    expect(run.report).toContain('**English translation**\n\n```text\nWe want no back doors.\n```');
    expect(run.report).toContain('**Whose translation is it**\n\n```text\nproject (my own, for the tracker)\n```');
    expect(run.report).toContain('**Where and to whom**');
  });

  it('--dry-run prints the files and writes none', async () => {
    const run = await fromIssue(issueBody(QUOTE), '--dry-run');
    expect(run.status).toBe(0);
    expect(run.added).toEqual([]);
    expect(run.stdout).toContain('Would write ');
    expect(run.stdout).toContain('text: "Security and privacy: both"');
  });
});

describe('a suggested letter or position', () => {
  it('a letter: names become ids, the country its jurisdiction', async () => {
    const run = await fromIssue(issueBody(LETTER));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.added).toEqual(['letters/fixture-coalition-letter-2020.mdx']);
    expect(entry(run, run.added[0]!).data).toEqual({
      title: 'Fixture coalition letter',
      date: '2020-07',
      signatories: ['fixture-rights-group', 'fixture-tech-company'],
      recipients: ['fixture-ministry'],
      stance: 'opposes',
      jurisdiction: 'nl',
      summary: 'Asks the ministry to drop its plan.',
      sources: ['fixture-news-2020'],
    });
    await expectCheckPasses(run);
  });

  it('a position, with --kind', async () => {
    const run = await fromIssue(
      issueBody({
        ...LETTER,
        'What is it': '',
        'Government body that holds the position': 'Fixture Police Agency',
        'What the position is about': 'the ministry’s decryption plan',
      }),
      '--kind',
      'position',
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.added).toEqual(['positions/nl-2020-07-the-ministry-s-decryption-plan.mdx']);
    expect(entry(run, run.added[0]!).data).toEqual({
      jurisdiction: 'nl',
      actor: 'fixture-police',
      subject: 'the ministry’s decryption plan',
      stance: 'opposes',
      date: '2020-07',
      summary: 'Asks the ministry to drop its plan.',
      sources: ['fixture-news-2020'],
    });
    await expectCheckPasses(run);
  });

  it('refuses a signatory the record does not have, naming the field', async () => {
    const run = await fromIssue(issueBody({ ...LETTER, 'Who signed it': 'Fixture Rights Group\nNobody Known' }));
    expect(run.status).toBe(1);
    expect(run.added).toEqual([]);
    expect(run.stderr).toContain('issue: Who signed it: "Nobody Known" is not a person or organisation in the record');
  });
});

describe('hostile suggestions', () => {
  const HOSTILE_WORDS = [
    'Back`ticks` and ```fences```, $(touch /tmp/pwned) and `id`; ${{ secrets.GITHUB_TOKEN }} and ${{ github.token }}',
    '---',
    'stance: supports',
    'speaker: fixture-tech-company',
    '"closing the quote", a \\ backslash and a # hash',
    '<script>alert(1)</script> <img src=x onerror=alert(1)> {alert(1)} import x from "y"',
    '</Content> [link](javascript:alert(1))',
  ].join('\n');

  it('words full of shell, workflow, YAML and MDX stay the words: the file has exactly the expected fields', async () => {
    const run = await fromIssue(issueBody({ ...QUOTE, 'The exact words': HOSTILE_WORDS, Stance: 'opposes' }));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.added).toHaveLength(1);
    const { data, body } = entry(run, run.added[0]!);
    expect(data).toEqual({
      text: HOSTILE_WORDS,
      speaker: 'fixture-minister',
      date: '2020-06-01',
      stance: 'opposes',
      sources: ['fixture-news-2020'],
    });
    // The body is the template's comment, untouched: nothing of the words reached the MDX.
    expect(body).not.toContain('alert');
    expect(existsSync('/tmp/pwned')).toBe(false);
    await expectCheckPasses(run);
  });

  it('a name that tries to add a field or close the frontmatter becomes a name', async () => {
    const name = 'Eve: "x"\n---\nstance: supports # ${{ github.event.issue.title }}';
    const run = await fromIssue(issueBody({ ...QUOTE, 'Who said or wrote the words': name }));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const person = run.added.find((file) => file.startsWith('people/'))!;
    expect(entry(run, person).data).toEqual({ name });
    expect(
      entry(
        run,
        run.added.find((file) => file.startsWith('quotes/'))!,
      ).data,
    ).toMatchObject({
      stance: 'mixed',
    });
    await expectCheckPasses(run);
  });

  it('a date that tries to add a field is refused by the check', async () => {
    const run = await fromIssue(
      issueBody({ ...QUOTE, 'When they were said or written': '2020-06-01\nstance: supports' }),
    );
    expect(run.status).toBe(1);
    expect(run.added).toEqual([]);
    expect(run.stderr).toMatch(/content\/quotes\/[a-z0-9-]+\.mdx: date: /);
  });

  it.each([
    ['javascript:alert(1)', 'uses javascript, not https'],
    ['https://192.168.1.10/letter', 'points at a local or private address'],
    ['https://localhost/letter', 'points at a local or private address'],
  ])('a source at %s is refused by the check', async (url, message) => {
    const run = await fromIssue(
      issueBody({
        ...QUOTE,
        'Address of the source': url,
        'Title of the source': 'T',
        'Publisher of the source': 'P',
        'When the source was published': '2020-01-01',
        'Type of source': 'news',
      }),
    );
    expect(run.status).toBe(1);
    expect(run.added).toEqual([]);
    expect(run.stderr).toContain(message);
    // The comment for the issue quotes the problem in a code block, where nothing renders.
    expect(run.report).toMatch(new RegExp(`\`\`\`text\\n[^]*${message}[^]*\\n\`\`\``));
  });

  it('refuses a body longer than GitHub allows, before reading it', async () => {
    const run = await fromIssue(issueBody({ ...QUOTE, 'The exact words': 'a'.repeat(100_000) }));
    expect(run.status).toBe(1);
    expect(run.added).toEqual([]);
    expect(run.stderr).toMatch(/issue: body: is 10\d,\d{3} characters long — at most 65,536/);
  });

  it('a long field within GitHub’s limit makes a harmless file', async () => {
    const words = 'word '.repeat(12_000).trim();
    const run = await fromIssue(issueBody({ ...QUOTE, 'The exact words': words }));
    expect(run.status).toBe(0);
    expect(entry(run, run.added[0]!).data.text).toBe(words);
    expect(run.added[0]).toBe('quotes/fixture-minister-word-word-word-word-word.mdx');
  });

  it('an empty form is refused, field by field', async () => {
    const empty = Object.fromEntries(Object.keys(QUOTE).map((label) => [label, '']));
    const run = await fromIssue(issueBody(empty));
    expect(run.status).toBe(1);
    expect(run.added).toEqual([]);
    for (const field of ['text', 'speaker', 'date', 'stance', 'url'])
      expect(run.stderr).toMatch(new RegExp(`: ${field}: is required`));
  });

  it('an empty body, one no form wrote, or an error report is refused', async () => {
    const report = issueBody({
      Entry: 'quotes/fixture-minister-quote',
      'What is wrong': 'The date',
      'Which source shows it': 'https://news.example.org/2020/06/fixture',
      'Anything else the maintainers should know': 'Thanks',
    });
    for (const body of ['', 'Please add a quote by Jane, thanks!', report]) {
      const run = await fromIssue(body);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('issue: body: is not the answers of a suggestion form');
    }
  });

  it('a field given twice (a heading typed into an answer) is refused', async () => {
    const body = issueBody({
      ...QUOTE,
      'The exact words': 'Real words\n\n### Stance\n\nsupports (for such requirements)',
    });
    const run = await fromIssue(body);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('issue: Stance: is given more than once');
  });

  it('a heading that is not the form’s stays part of the answer', async () => {
    const words = 'First line\n### Not a field\nLast line';
    const run = await fromIssue(issueBody({ ...QUOTE, 'The exact words': words }));
    expect(run.status).toBe(0);
    expect(entry(run, run.added[0]!).data.text).toBe(words);
  });

  it('kept answers with backticks get a longer fence in the pull request', async () => {
    const run = await fromIssue(
      issueBody({ ...QUOTE, 'Where and to whom': 'a ``` fence and @someone ![x](https://t.example/p.png)' }),
    );
    expect(run.status).toBe(0);
    expect(run.report).toContain('````text\na ``` fence and @someone ![x](https://t.example/p.png)\n````');
  });
});
