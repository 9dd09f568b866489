/** Reading `git log` and `git rev-parse` output into dates: pure parsing, no git run. */
import { describe, expect, it } from 'vitest';
import { lastChangeDates, parseRevParse, parseShallowFile } from '../../src/lib/git-history.ts';

describe('parsing git log', () => {
  const log = [
    '\x1eccc\x1f2022-03-03',
    '',
    'content/quotes/a.mdx',
    '',
    '\x1ebbb\x1f2021-02-02',
    '',
    'content/quotes/b.mdx',
    'content/quotes/a.mdx',
    '',
    '\x1eaaa\x1f2020-01-01',
    '',
    'content/quotes/a.mdx',
    'content/quotes/b.mdx',
    'content/people/c.mdx',
    '',
  ].join('\n');

  it('dates each file by the newest commit that lists it', () => {
    expect(Object.fromEntries(lastChangeDates(log))).toEqual({
      'content/quotes/a.mdx': '2022-03-03',
      'content/quotes/b.mdx': '2021-02-02',
      'content/people/c.mdx': '2020-01-01',
    });
  });

  it('leaves a file unknown (null) when its newest listing is a grafted commit', () => {
    expect(Object.fromEntries(lastChangeDates(log, new Set(['bbb'])))).toEqual({
      'content/quotes/a.mdx': '2022-03-03',
      'content/quotes/b.mdx': null,
      'content/people/c.mdx': '2020-01-01',
    });
  });

  it('reads an empty log (no commits yet) as no dates', () => {
    expect(lastChangeDates('').size).toBe(0);
  });

  it('reads rev-parse and the shallow file', () => {
    expect(parseRevParse('true\nsite/\n../.git/shallow\n')).toEqual({
      shallow: true,
      prefix: 'site/',
      shallowFile: '../.git/shallow',
    });
    expect(parseRevParse('false\n\n.git/shallow\n')).toEqual({
      shallow: false,
      prefix: '',
      shallowFile: '.git/shallow',
    });
    expect([...parseShallowFile('aaa\nbbb\n')]).toEqual(['aaa', 'bbb']);
  });
});
