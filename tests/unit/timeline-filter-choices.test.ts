import { describe, expect, it } from 'vitest';
import { timelineFilterRows } from '../../src/lib/timeline-filter-choices.ts';
import { buildTimeline, type TimelineScope } from '../../src/lib/views/timeline.ts';
import { smallRecord } from '../helpers/small-record.ts';

const timeline = buildTimeline(smallRecord());
const row = (scope: TimelineScope, label: string) =>
  timelineFilterRows(timeline, scope).find((r) => r.label === label)!.choices.value;
const current = (html: string) => [...html.matchAll(/aria-current="page">([^<]*)</g)].map((m) => m[1]);
const fr = { type: 'jurisdiction', id: 'fr' } as const;

describe('timelineFilterRows', () => {
  it('marks the page’s own choice in each row, and only it', () => {
    const scope: TimelineScope = { who: fr, kind: 'letters' };
    expect(current(row(scope, 'Jurisdiction'))).toEqual(['France (2)']);
    expect(current(row(scope, 'Kind'))).toEqual(['Letters (2)']);
    expect(current(row(scope, 'Stance'))).toEqual([expect.stringMatching(/^All \(2\)$/)]);
    expect(current(row({}, 'Jurisdiction'))).toEqual(['All (9)']);
  });

  it('links each jurisdiction with its count for the page’s kind and stance, and shows an empty one unlinked', () => {
    const jurisdictions = row({ kind: 'letters' }, 'Jurisdiction');
    expect(jurisdictions).toContain('<li><a href="/timeline/in/fr/letters/">France (2)</a></li>');
    expect(jurisdictions).toMatch(/<li><span class="filter-empty">[^<]+ \(0\)<\/span><\/li>/);
    expect(jurisdictions).not.toContain('/timeline/in/fr/letters/mixed/');
  });

  it('gives every page of one kind and stance the same row but for its own choice, whatever was asked before', () => {
    const germany = { type: 'jurisdiction', id: 'de' } as const;
    const first = row({ who: fr, stance: 'opposes' }, 'Jurisdiction');
    const second = row({ who: germany, stance: 'opposes' }, 'Jurisdiction');
    const again = row({ who: fr, stance: 'opposes' }, 'Jurisdiction');
    expect(again).toBe(first);
    const count = (scope: TimelineScope) => timeline.entries(scope).length;
    expect(current(first)).toEqual([`France (${count({ who: fr, stance: 'opposes' })})`]);
    expect(current(second)).toEqual([`Germany (${count({ who: germany, stance: 'opposes' })})`]);
    // As text, the two rows are the same: only which choice is current (and so linked) differs.
    const text = (html: string) => html.replace(/<[^>]*>/g, '');
    expect(text(first)).toBe(text(second));
  });
});
