import { describe, expect, it } from 'vitest';
import {
  buildTimeline,
  describeScope,
  groupByYearMonth,
  hasActorTimeline,
  monthLabel,
  scopeKey,
  timelinePageScopes,
  yearPages,
} from '../../../src/lib/views/timeline.ts';
import { smallRecord } from '../../helpers/small-record.ts';

const graph = smallRecord();
const timeline = buildTimeline(graph);
const ids = (scope: Parameters<typeof timeline.entries>[0]) => timeline.entries(scope).map((entry) => entry.id);

describe('buildTimeline', () => {
  it('holds every dated letter, quote and position, newest first, year-only dates as 1 January', () => {
    expect(ids({})).toEqual(['q2', 'fr-3', 'l3', 'l2', 'fr-2', 'q1', 'l1', 'eu-1', 'fr-1']);
  });

  it('narrows by jurisdiction, kind and stance, alone and together', () => {
    expect(ids({ who: { type: 'jurisdiction', id: 'fr' } })).toEqual(['q2', 'fr-3', 'l2', 'fr-2', 'l1', 'fr-1']);
    expect(ids({ kind: 'letters' })).toEqual(['l3', 'l2', 'l1']);
    expect(ids({ stance: 'mixed' })).toEqual(['q2', 'l3', 'fr-2']);
    expect(ids({ who: { type: 'jurisdiction', id: 'fr' }, kind: 'letters', stance: 'opposes' })).toEqual(['l2', 'l1']);
    expect(ids({ who: { type: 'jurisdiction', id: 'de' } })).toEqual([]);
  });

  it('gives each actor what they said, signed or held, but no narrower pages of it', () => {
    expect(ids({ who: { type: 'actor', id: 'lee' } })).toEqual(['q2', 'q1', 'l1']);
    expect(ids({ who: { type: 'actor', id: 'ministry' } })).toEqual(['fr-3', 'fr-2', 'fr-1']);
    expect(timeline.scopes.has(scopeKey({ who: { type: 'actor', id: 'lee' }, kind: 'quotes' }))).toBe(false);
  });

  it('gives an actor a page of their own only when their record is longer than their own page shows', () => {
    const actorPages = (shown?: number) =>
      timelinePageScopes(timeline, shown)
        .filter(({ scope }) => scope.who?.type === 'actor')
        .map(({ scope }) => scope.who!.id)
        .sort();
    expect(actorPages()).toEqual([]);
    expect(actorPages(2)).toEqual(['lee', 'ministry']);
    expect(hasActorTimeline(timeline, 'lee', 2)).toBe(true);
    expect(hasActorTimeline(timeline, 'lee', 3)).toBe(false);
    // Every other scope keeps its pages.
    expect(timelinePageScopes(timeline).length).toBe(
      [...timeline.scopes.values()].filter(({ scope }) => scope.who?.type !== 'actor').length,
    );
  });

  it('puts each entry in 8 lists plus one per actor (4 without a jurisdiction), so the index grows linearly', () => {
    const lists: Record<string, number> = {};
    for (const { entries } of timeline.scopes.values()) {
      for (const entry of entries) lists[entry.id] = (lists[entry.id] ?? 0) + 1;
    }
    // (all, its jurisdiction) × (all, its kind) × (all, its stance), then its actors' lists.
    expect(lists).toEqual({
      q2: 8 + 1,
      'fr-3': 8 + 1,
      l3: 8 + 2,
      l2: 8 + 5,
      'fr-2': 8 + 1,
      q1: 4 + 1, // No jurisdiction: (all) × (all, quotes) × (all, its stance).
      l1: 8 + 4,
      'eu-1': 8 + 1,
      'fr-1': 8 + 1,
    });
  });
});

describe('groupByYearMonth', () => {
  it('groups a newest-first list by year, then month, year-only dates last in their year', () => {
    const years = groupByYearMonth(timeline.entries({}));
    expect(
      years.map(({ year, months }) => [year, months.map(({ month, entries }) => [month, entries.map((e) => e.id)])]),
    ).toEqual([
      [2022, [[1, ['q2']]]],
      [2021, [[6, ['fr-3']]]],
      [2020, [[2, ['l3']]]],
      [2019, [[undefined, ['l2']]]],
      [2018, [[undefined, ['fr-2']]]],
      [2017, [[9, ['q1']]]],
      [
        2016,
        [
          [5, ['l1']],
          [1, ['eu-1']],
        ],
      ],
      [2015, [[3, ['fr-1']]]],
    ]);
  });

  it('names months, and a year whose month is not known', () => {
    expect(monthLabel(2019, 7)).toBe('July 2019');
    expect(monthLabel(2019)).toBe('2019, month not known');
  });
});

describe('yearPages', () => {
  it('gives the page each year starts on, with its count', () => {
    expect(yearPages(timeline.entries({}), 4)).toEqual([
      { year: 2022, page: 1, count: 1 },
      { year: 2021, page: 1, count: 1 },
      { year: 2020, page: 1, count: 1 },
      { year: 2019, page: 1, count: 1 },
      { year: 2018, page: 2, count: 1 },
      { year: 2017, page: 2, count: 1 },
      { year: 2016, page: 2, count: 2 },
      { year: 2015, page: 3, count: 1 },
    ]);
  });
});

describe('describeScope', () => {
  it('reads a narrowing in words', () => {
    const name = () => 'France';
    expect(describeScope({}, name)).toBe('');
    expect(describeScope({ who: { type: 'jurisdiction', id: 'fr' }, kind: 'positions', stance: 'opposes' }, name)).toBe(
      'France · Government positions · Against mandated access',
    );
  });
});
