import { describe, expect, it } from 'vitest';
import { runOnWords } from '../helpers/run-on-words.ts';

describe('the run-on scan of built pages (tests/helpers/run-on-words.ts)', () => {
  it.each([
    ['download the record as<a href="/data/">open data</a>', 'as<a'],
    ['<a href="https://specs.example/">Frictionless</a>data', '</a>data'],
    ['<code>YYYY</code>when the day is not known', '</code>when'],
    ['how to report an error:<a href="/about/">about</a>', 'error:<a'],
    ['<strong>Correction, <time datetime="2026-12-02">2 December 2026</time>:</strong>Earlier', '</strong>Earlier'],
  ])('finds %s', (html, part) => {
    expect(runOnWords(html)).toEqual([expect.stringContaining(part)]);
  });

  it.each([
    'download the record as <a href="/data/">open data</a> (<a href="/data/r.json">JSON</a>).',
    '<strong>Correction, <time>2 December 2026</time>:</strong> Earlier',
    '“<a href="/q/">words</a>”, and <a href="/p/">Apple</a>’s reply',
    '<script>x="as<a href=y>"</script><pre>a<code>b</code>c</pre><!-- a<a -->',
    '<li><a href="/x/">X</a></li><span>2</span><a href="/y/">Y</a>',
  ])('passes %s', (html) => {
    expect(runOnWords(html)).toEqual([]);
  });
});
