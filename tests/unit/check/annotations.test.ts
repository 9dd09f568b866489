/**
 * The check's problems as GitHub workflow annotations: GitHub's escaping for messages and for
 * properties, so no text of a contributor's can end the command early or add a property.
 */
import { describe, expect, it } from 'vitest';
import {
  annotations,
  escapeAnnotationMessage,
  escapeAnnotationProperty,
  inGitHubActions,
  problemAnnotation,
} from '../../../src/lib/check/annotations.ts';

describe('escaping', () => {
  it('writes %, CR and LF in a message as %25, %0D and %0A, and leaves : and , alone', () => {
    expect(escapeAnnotationMessage('100%\r\nnext: a, b')).toBe('100%25%0D%0Anext: a, b');
    // The % first: an escape already in the text is not read as one.
    expect(escapeAnnotationMessage('%0A')).toBe('%250A');
  });

  it('also writes : and , in a property as %3A and %2C', () => {
    expect(escapeAnnotationProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });
});

describe('problemAnnotation', () => {
  it('names the file, the line and the field, and gives what was found and what is accepted', () => {
    expect(
      problemAnnotation({
        file: 'content/quotes/x.mdx',
        line: 4,
        field: 'date',
        message: '"2015-13-01" is not a date',
        expected: 'YYYY-MM-DD, YYYY-MM or YYYY',
      }),
    ).toBe(
      '::error file=content/quotes/x.mdx,line=4,title=Content check%3A date::"2015-13-01" is not a date — YYYY-MM-DD, YYYY-MM or YYYY',
    );
  });

  it('leaves the line out when the problem has none', () => {
    expect(problemAnnotation({ file: 'content', message: 'the content folder is missing' })).toBe(
      '::error file=content,title=Content check%3A file::the content folder is missing',
    );
  });

  it('keeps a hostile file name and message inside their own property and data', () => {
    const line = problemAnnotation({
      file: 'content/quotes/a,line=1::b.mdx',
      field: 'text',
      message: 'found "x\n::error file=evil::y"',
    });
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toBe(
      '::error file=content/quotes/a%2Cline=1%3A%3Ab.mdx,title=Content check%3A text::found "x%0A::error file=evil::y"',
    );
  });

  it('prints every problem in report order, one a line', () => {
    expect(
      annotations([
        { file: 'content/b.mdx', line: 2, message: 'two' },
        { file: 'content/a.mdx', line: 9, message: 'one' },
      ]).split('\n'),
    ).toEqual([
      '::error file=content/a.mdx,line=9,title=Content check%3A file::one',
      '::error file=content/b.mdx,line=2,title=Content check%3A file::two',
    ]);
  });
});

describe('inGitHubActions', () => {
  it('is on when GitHub Actions sets GITHUB_ACTIONS, off otherwise', () => {
    expect(inGitHubActions({ GITHUB_ACTIONS: 'true' })).toBe(true);
    expect(inGitHubActions({})).toBe(false);
    expect(inGitHubActions({ GITHUB_ACTIONS: '' })).toBe(false);
    expect(inGitHubActions({ GITHUB_ACTIONS: 'false' })).toBe(false);
  });
});
