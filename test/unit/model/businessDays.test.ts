import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addBusinessDays, federalHolidays, holidayOn, isBusinessDay } from '../../../server/src/engine/model/businessDays';
import { formatIsoDate, parseDate, type CalendarDate } from '../../../server/src/engine/model/date';

function d(iso: string): CalendarDate {
  const date = parseDate(iso);
  if (!date) throw new Error(`bad test date ${iso}`);
  return date;
}

function holidayDates(year: number): string[] {
  return federalHolidays(year).map((h) => `${formatIsoDate(h.date)} ${h.name}`);
}

describe('federal holidays', () => {
  it('Labor Day 2003 is Monday 2003-09-01', () => {
    assert.equal(holidayOn(d('2003-09-01')), 'Labor Day');
    assert.equal(isBusinessDay(d('2003-09-01')), false);
  });

  it('lists 2003 as EDGAR observed it (no Juneteenth yet; Veterans Day on Tuesday Nov 11)', () => {
    assert.deepEqual(holidayDates(2003), [
      "2003-01-01 New Year's Day",
      '2003-01-20 Birthday of Martin Luther King, Jr.',
      "2003-02-17 Washington's Birthday",
      '2003-05-26 Memorial Day',
      '2003-07-04 Independence Day',
      '2003-09-01 Labor Day',
      '2003-10-13 Columbus Day',
      '2003-11-11 Veterans Day',
      '2003-11-27 Thanksgiving Day',
      '2003-12-25 Christmas Day',
    ]);
  });

  it('moves Saturday holidays to Friday and Sunday holidays to Monday', () => {
    assert.equal(holidayOn(d('2020-07-03')), 'Independence Day'); // July 4, 2020 was a Saturday
    assert.equal(holidayOn(d('2021-07-05')), 'Independence Day'); // July 4, 2021 was a Sunday
    assert.equal(holidayOn(d('2018-11-12')), 'Veterans Day'); // Nov 11, 2018 was a Sunday
    assert.equal(holidayOn(d('2021-11-11')), 'Veterans Day');
  });

  it("observes a Saturday New Year's Day on December 31 of the year before", () => {
    assert.equal(holidayOn(d('2021-12-31')), "New Year's Day");
    assert.equal(holidayOn(d('2022-01-01')), undefined);
    assert.ok(holidayDates(2021).includes("2021-12-31 New Year's Day"));
    assert.ok(!holidayDates(2022).some((h) => h.includes("New Year's Day")));
  });

  it('adds Juneteenth from 2021 only, observed on Friday 2021-06-18 that first year', () => {
    assert.equal(holidayOn(d('2020-06-19')), undefined);
    assert.equal(holidayOn(d('2021-06-18')), 'Juneteenth National Independence Day');
    assert.equal(holidayOn(d('2023-06-19')), 'Juneteenth National Independence Day');
  });

  it('adds the Birthday of Martin Luther King, Jr. from 1986 only', () => {
    assert.equal(holidayOn(d('1985-01-21')), undefined);
    assert.equal(holidayOn(d('1986-01-20')), 'Birthday of Martin Luther King, Jr.');
  });

  it('puts Veterans Day on the fourth Monday of October from 1971 to 1977 only', () => {
    assert.equal(holidayOn(d('1975-10-27')), 'Veterans Day');
    assert.equal(holidayOn(d('1975-11-11')), undefined);
    assert.equal(holidayOn(d('1978-11-10')), 'Veterans Day'); // Nov 11, 1978 was a Saturday
  });

  it('uses the fixed dates before the Uniform Monday Holiday Act took effect in 1971', () => {
    assert.equal(holidayOn(d('1970-02-23')), "Washington's Birthday"); // Feb 22, 1970 was a Sunday
    assert.equal(holidayOn(d('1970-05-29')), 'Memorial Day'); // May 30, 1970 was a Saturday
    assert.equal(holidayOn(d('1970-10-12')), 'Columbus Day');
    assert.equal(holidayOn(d('1971-02-15')), "Washington's Birthday");
  });

  it('finds Thanksgiving on the fourth Thursday even when the month has five', () => {
    assert.equal(holidayOn(d('2024-11-28')), 'Thanksgiving Day');
    assert.equal(holidayOn(d('2025-11-27')), 'Thanksgiving Day');
    assert.equal(holidayOn(d('2026-11-26')), 'Thanksgiving Day');
  });

  it('knows the sourced one-off EDGAR closures', () => {
    assert.equal(holidayOn(d('2018-12-05')), 'National Day of Mourning for President George H. W. Bush');
    assert.equal(holidayOn(d('2025-01-09')), 'National Day of Mourning for President Jimmy Carter');
    assert.equal(isBusinessDay(d('2020-12-24')), false);
    assert.equal(isBusinessDay(d('2021-12-24')), false); // Christmas 2021 (Saturday) observed on Friday the 24th
    assert.equal(isBusinessDay(d('2022-12-23')), true);
  });
});

describe('addBusinessDays', () => {
  const cases: [string, number, string, string][] = [
    ['2003-08-29', 2, '2003-09-03', 'Friday before Labor Day: Monday is skipped'],
    ['2003-08-18', 2, '2003-08-20', 'plain week'],
    ['2024-08-09', 2, '2024-08-13', 'over a weekend'],
    ['2024-11-27', 2, '2024-12-02', 'over Thanksgiving and a weekend'],
    ['2025-01-07', 2, '2025-01-10', 'over the Carter day of mourning'],
    ['2021-06-16', 2, '2021-06-21', 'over the first Juneteenth'],
    ['2021-12-29', 2, '2022-01-03', "over New Year's Day observed on Friday 2021-12-31"],
    ['2024-08-10', 0, '2024-08-10', 'zero days is the day itself'],
    ['2024-08-10', 1, '2024-08-12', 'from a Saturday'],
    ['2023-06-16', 3, '2023-06-22', 'three days over a weekend and Juneteenth'],
  ];
  for (const [from, count, expected, why] of cases) {
    it(`${from} + ${count} = ${expected} (${why})`, () => {
      assert.equal(formatIsoDate(addBusinessDays(d(from), count)), expected);
    });
  }

  it('counts weekends as non-business days', () => {
    assert.equal(isBusinessDay(d('2024-08-10')), false);
    assert.equal(isBusinessDay(d('2024-08-11')), false);
    assert.equal(isBusinessDay(d('2024-08-12')), true);
  });
});
