import { describe, expect, it } from 'vitest';
import {
  compareDates,
  dateInputToString,
  dateSortKey,
  formatPartialDate,
  isFuture,
  lastDay,
  parsePartialDate,
  partialDate,
  whollyBefore,
} from '../../src/lib/dates.ts';

describe('parsePartialDate', () => {
  it.each([
    ['2015-06-08', 'day', '8 June 2015'],
    ['2015-06', 'month', 'June 2015'],
    ['2015', 'year', '2015'],
    ['2016-02-29', 'day', '29 February 2016'],
  ])('reads %s at %s precision and shows it as %s', (value, precision, shown) => {
    const date = partialDate(value);
    expect(date.precision).toBe(precision);
    expect(formatPartialDate(date)).toBe(shown);
  });

  it.each([
    ['2015-02-30', /does not exist: February 2015 has 28 days/],
    ['2015-02-29', /February 2015 has 28 days/],
    ['2015-13', /no month 13/],
    ['2015-00-10', /no month 00/],
    ['2015-06-00', /does not exist/],
    ['15-06-08', /is not a date written YYYY-MM-DD/],
    ['2015/06/08', /is not a date written/],
    ['8 June 2015', /is not a date written/],
    ['1850', /before 1900/],
  ])('refuses %s', (value, message) => {
    const parsed = parsePartialDate(value);
    expect('error' in parsed && parsed.error).toMatch(message);
  });
});

describe('isFuture', () => {
  const today = new Date('2026-11-26T12:00:00Z');
  it('treats a partial date in the current month or year as not future', () => {
    expect(isFuture(partialDate('2026-11'), today)).toBe(false);
    expect(isFuture(partialDate('2026'), today)).toBe(false);
    expect(isFuture(partialDate('2026-11-26'), today)).toBe(false);
  });
  it('flags dates after today', () => {
    expect(isFuture(partialDate('2026-11-27'), today)).toBe(true);
    expect(isFuture(partialDate('2026-12'), today)).toBe(true);
    expect(isFuture(partialDate('2027'), today)).toBe(true);
  });
});

describe('sorting', () => {
  it('sorts a partial date as its first day', () => {
    expect(dateSortKey('2015-06')).toBe('2015-06-01');
    expect(dateSortKey('2015')).toBe('2015-01-01');
  });
  it('orders oldest first, and the more precise date after a partial one on the same first day', () => {
    const dates = ['2015-10-10', '2015', '2015-06-01', '2015-06', '2014-10-16'];
    expect([...dates].sort(compareDates)).toEqual(['2014-10-16', '2015', '2015-06', '2015-06-01', '2015-10-10']);
  });
});

describe('dateInputToString', () => {
  it('turns what js-yaml makes of unquoted dates back into the written form', () => {
    expect(dateInputToString(new Date('2015-06-08T00:00:00Z'))).toBe('2015-06-08');
    expect(dateInputToString(2015)).toBe('2015');
    expect(dateInputToString('2015-06')).toBe('2015-06');
    expect(dateInputToString(2015.5)).toBe(2015.5);
  });
});

describe('lastDay and whollyBefore', () => {
  it.each([
    ['2020', '2020-12-31'],
    ['2020-02', '2020-02-29'],
    ['2021-02', '2021-02-28'],
    ['2020-06-02', '2020-06-02'],
  ])('the last day of %s is %s', (value, last) => {
    expect(lastDay(partialDate(value))).toBe(last);
  });

  it.each([
    ['2020-06-01', '2020-06-02', true],
    ['2020-05', '2020-06', true],
    ['2019', '2020-01-01', true],
    ['2020-06-02', '2020-06-02', false],
    ['2020', '2020-06-02', false],
    ['2020-06-01', '2020-06', false],
  ])('%s wholly before %s: %s', (a, b, before) => {
    expect(whollyBefore(a, b)).toBe(before);
  });
});
