/**
 * Reading a form's answers from an issue body, and writing issue text back into Markdown for GitHub
 * so that none of it renders.
 */
import { describe, expect, it } from 'vitest';
import { headingLabels, readAnswers } from '../../src/lib/from-issue/issue-body.ts';
import { fenced } from '../../src/lib/from-issue/report.ts';

describe('readAnswers', () => {
  const labels = ['Who', 'Words', 'Date'];

  it('reads each answer under its label, CRLF or LF, with _No response_ as empty', () => {
    const { byLabel, repeated } = readAnswers(
      '### Who\r\n\r\nJane Example\r\n\r\n### Words\r\n\r\nLine one\r\n\r\nLine two  \r\n\r\n### Date\r\n\r\n_No response_',
      labels,
    );
    expect(Object.fromEntries(byLabel)).toEqual({ Who: 'Jane Example', Words: 'Line one\n\nLine two', Date: '' });
    expect(repeated).toEqual([]);
  });

  it('keeps a heading that is not a label inside the answer, and text before the first label out', () => {
    const { byLabel } = readAnswers('preamble\n### Who\n\nJane\n### Not a label\nmore', labels);
    expect(Object.fromEntries(byLabel)).toEqual({ Who: 'Jane\n### Not a label\nmore' });
  });

  it('names a label given twice, and keeps its first answer', () => {
    const { byLabel, repeated } = readAnswers('### Who\n\nJane\n\n### Who\n\nEve\n\n### Who\n\nMallory', labels);
    expect(byLabel.get('Who')).toBe('Jane');
    expect(repeated).toEqual(['Who']);
  });

  it('lists every ### heading, for telling which form wrote the body', () => {
    expect(headingLabels('### Who\n\nx\n####  Not\n### Words  \n')).toEqual(['Who', 'Words']);
  });
});

describe('fenced', () => {
  it('uses a fence longer than any run of backticks in the text', () => {
    expect(fenced('plain')).toBe('```text\nplain\n```');
    expect(fenced('a ```` b')).toBe('`````text\na ```` b\n`````');
  });
});
