import { describe, expect, it } from 'vitest';
import { archiveLink, robustLinkAttributes, waybackUrl } from '../../src/lib/archive-link.ts';

const SOURCE = { url: 'https://news.example.org/a?b=1#c', published: '2016-03', type: 'news' };

describe('archiveLink', () => {
  it("is the Wayback Machine's capture nearest the day the source was read", () => {
    expect(archiveLink({ ...SOURCE, accessed: '2026-12-02' })).toEqual({
      url: 'https://web.archive.org/web/20261202/https://news.example.org/a?b=1#c',
      originalUrl: SOURCE.url,
      versionDate: '2026-12-02',
      recorded: false,
    });
  });

  it('falls back to the date published, at its own precision, when the day read is not recorded', () => {
    expect(archiveLink(SOURCE).url).toBe('https://web.archive.org/web/201603/https://news.example.org/a?b=1#c');
    expect(archiveLink({ ...SOURCE, published: '2015' }).versionDate).toBe('2015');
  });

  it('prefers the recorded archived copy, dated by its own Wayback timestamp', () => {
    const archived = 'https://web.archive.org/web/20160301123456/https://news.example.org/a';
    expect(archiveLink({ ...SOURCE, archived, accessed: '2026-12-02' })).toEqual({
      url: archived,
      originalUrl: SOURCE.url,
      versionDate: '2016-03-01',
      recorded: true,
    });
    // Another archive's address carries no date we can read: the day read stands for it.
    const other = archiveLink({ ...SOURCE, archived: 'https://archive.ph/abcde', accessed: '2026-12-02' });
    expect(other).toMatchObject({ url: 'https://archive.ph/abcde', versionDate: '2026-12-02', recorded: true });
  });

  it('writes the source address in its canonical form inside the Wayback address', () => {
    expect(waybackUrl('https://EXAMPLE.org', '2020-01-02')).toBe(
      'https://web.archive.org/web/20200102/https://example.org/',
    );
  });
});

describe('robustLinkAttributes', () => {
  it("names the original, the copy and the copy's date", () => {
    expect(robustLinkAttributes(archiveLink({ ...SOURCE, accessed: '2026-12-02' }))).toEqual({
      'data-originalurl': SOURCE.url,
      'data-versionurl': 'https://web.archive.org/web/20261202/https://news.example.org/a?b=1#c',
      'data-versiondate': '2026-12-02',
    });
  });
});
