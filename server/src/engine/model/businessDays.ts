/**
 * Business days as the Form 4 deadline counts them: every day but Saturdays, Sundays and US federal holidays
 * (Exchange Act Rule 0-3 and EDGAR's operating calendar), plus the few one-off federal closures on which the SEC
 * announced that EDGAR was closed and the day counted as a holiday for filing purposes.
 *
 * Holidays follow 5 U.S.C. 6103 as it stood in each year:
 * - the Uniform Monday Holiday Act (Pub. L. 90-363) moved Washington's Birthday, Memorial Day and Columbus Day to
 *   Mondays and Veterans Day to the fourth Monday of October from 1971; Veterans Day went back to November 11 from
 *   1978 (Pub. L. 94-97); before 1971 the fixed dates applied;
 * - Birthday of Martin Luther King, Jr. from 1986 (Pub. L. 98-144);
 * - Juneteenth National Independence Day from 2021 (Pub. L. 117-17, in force the day it was signed, so the first one
 *   was observed on Friday 2021-06-18).
 * A holiday on a Saturday is observed on the Friday before and one on a Sunday on the Monday after (Executive Order
 * 11582; 5 U.S.C. 6103(b)). New Year's Day on a Saturday is therefore observed on December 31 of the year before.
 * Thanksgiving is the fourth Thursday of November throughout (the rule since 1942; Form 4 deadlines before that are
 * out of scope).
 */
import { BoundedMemo } from './boundedMemo';
import { addDays, dateFromOrdinal, makeDate, weekday, weekdayName, type CalendarDate } from './date';

export interface Holiday {
  /** The day offices are closed (the observed day when the holiday falls on a weekend). */
  readonly date: CalendarDate;
  readonly name: string;
}

const SUNDAY = 0;
const MONDAY = 1;
const THURSDAY = 4;
const SATURDAY = 6;

/** The `n`th (1-based) given weekday of a month. */
function nthWeekday(year: number, month: number, weekdayWanted: number, n: number): CalendarDate {
  const first = makeDate(year, month, 1);
  const offset = (weekdayWanted - weekday(first) + 7) % 7;
  return addDays(first, offset + 7 * (n - 1));
}

/** The last given weekday of a month. */
function lastWeekday(year: number, month: number, weekdayWanted: number): CalendarDate {
  const firstOfNext = month === 12 ? makeDate(year + 1, 1, 1) : makeDate(year, month + 1, 1);
  const last = addDays(firstOfNext, -1);
  const back = (weekday(last) - weekdayWanted + 7) % 7;
  return addDays(last, -back);
}

/** A fixed-date holiday moved off a weekend: Saturday to Friday, Sunday to Monday. */
function observed(date: CalendarDate): CalendarDate {
  const day = weekday(date);
  if (day === SATURDAY) return addDays(date, -1);
  if (day === SUNDAY) return addDays(date, 1);
  return date;
}

/** The federal holidays of one calendar year as they fell in that year (observed days, in date order). */
function statutoryHolidays(year: number): Holiday[] {
  const mondayHolidays = year >= 1971;
  const list: Holiday[] = [];
  const add = (date: CalendarDate, name: string) => list.push({ date, name });

  add(observed(makeDate(year, 1, 1)), "New Year's Day");
  if (year >= 1986) add(nthWeekday(year, 1, MONDAY, 3), 'Birthday of Martin Luther King, Jr.');
  add(mondayHolidays ? nthWeekday(year, 2, MONDAY, 3) : observed(makeDate(year, 2, 22)), "Washington's Birthday");
  add(mondayHolidays ? lastWeekday(year, 5, MONDAY) : observed(makeDate(year, 5, 30)), 'Memorial Day');
  if (year >= 2021) add(observed(makeDate(year, 6, 19)), 'Juneteenth National Independence Day');
  add(observed(makeDate(year, 7, 4)), 'Independence Day');
  add(nthWeekday(year, 9, MONDAY, 1), 'Labor Day');
  add(mondayHolidays ? nthWeekday(year, 10, MONDAY, 2) : observed(makeDate(year, 10, 12)), 'Columbus Day');
  add(year >= 1971 && year <= 1977 ? nthWeekday(year, 10, MONDAY, 4) : observed(makeDate(year, 11, 11)), 'Veterans Day');
  add(nthWeekday(year, 11, THURSDAY, 4), 'Thanksgiving Day');
  add(observed(makeDate(year, 12, 25)), 'Christmas Day');
  return list;
}

/**
 * One-off closures of the federal government that the SEC treated as holidays for filing purposes (EDGAR closed).
 * Only closures with a source saying EDGAR was closed are listed; executive orders that closed agencies without such
 * a source (e.g. 2025-12-24 and 2025-12-26) are left out rather than guessed.
 */
export const edgarClosures: readonly { readonly date: string; readonly name: string; readonly source: string }[] = [
  {
    date: '2018-12-05',
    name: 'National Day of Mourning for President George H. W. Bush',
    source: 'https://www.sec.gov/oit/announcement/edgar-be-closed-wednesday-december-5-2018',
  },
  {
    date: '2018-12-24',
    name: 'Christmas Eve (executive order)',
    source:
      'https://dcdownload.mofo.com/government-shutdown/sec-division-of-corporation-finance-guidance-for-a-potential-government-shutdown/',
  },
  {
    date: '2019-12-24',
    name: 'Christmas Eve (executive order)',
    source: 'https://cooleypubco.com/2020/12/16/edgar-closed-christmas-eve-christmas-day/',
  },
  {
    date: '2020-12-24',
    name: 'Christmas Eve (executive order)',
    source: 'https://cooleypubco.com/2020/12/16/edgar-closed-christmas-eve-christmas-day/',
  },
  {
    date: '2025-01-09',
    name: 'National Day of Mourning for President Jimmy Carter',
    source: 'https://www.freewritings.law/2025/01/january-9-declared-federal-holiday-in-honor-of-former-president-jimmy-carters-funeral/',
  },
];

/** By ordinal, so a lookup needs no date text (the deadline rules ask for every day they count). */
const closureNames = new Map(edgarClosures.map((c) => [ordinalOfIsoDate(c.date), c.name]));

function ordinalOfIsoDate(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number);
  return makeDate(year, month, day).ordinal;
}
const holidayCache = new Map<number, ReadonlyMap<number, string>>();

/** Holidays whose observed day falls in `year`, keyed by ordinal (New Year's Day of `year + 1` may land here). */
function holidaysFalling(year: number): ReadonlyMap<number, string> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const map = new Map<number, string>();
  for (const h of [...statutoryHolidays(year), ...statutoryHolidays(year + 1)]) {
    if (h.date.year === year) map.set(h.date.ordinal, h.name);
  }
  holidayCache.set(year, map);
  return map;
}

/** The federal holiday (or EDGAR closure) observed on `date`, or undefined. */
export function holidayOn(date: CalendarDate): string | undefined {
  return holidaysFalling(date.year).get(date.ordinal) ?? closureNames.get(date.ordinal);
}

/** The federal holidays observed in a calendar year, in date order (one-off closures not included). */
export function federalHolidays(year: number): Holiday[] {
  return [...holidaysFalling(year)].sort(([a], [b]) => a - b).map(([ordinal, name]) => ({ date: dateFromOrdinal(ordinal), name }));
}

/** Saturday or Sunday. */
export function isWeekend(date: CalendarDate): boolean {
  const day = weekday(date);
  return day === SATURDAY || day === SUNDAY;
}

export function isBusinessDay(date: CalendarDate): boolean {
  return closedBecause(date) === undefined;
}

/** Why EDGAR is closed on `date` ("Saturday", "Independence Day"), or undefined on a business day. */
export function closedBecause(date: CalendarDate): string | undefined {
  return isWeekend(date) ? weekdayName(date) : holidayOn(date);
}

/**
 * The `count`th business day after `date` (count >= 0; 0 gives `date` itself). "Two business days after a Friday
 * trade" is the following Tuesday, or Wednesday when that Monday is a holiday.
 */
export function addBusinessDays(date: CalendarDate, count: number): CalendarDate {
  // The deadline rules ask this of every row on every check, mostly for the same few dates: remembered for short counts.
  if (!(Number.isInteger(count) && count >= 0 && count < 16)) return walkBusinessDays(date, count);
  return businessDaysAfter.get(date.ordinal * 16 + count, () => walkBusinessDays(date, count));
}

const businessDaysAfter = new BoundedMemo<number, CalendarDate>(4096);

function walkBusinessDays(date: CalendarDate, count: number): CalendarDate {
  let current = date;
  for (let left = count; left > 0;) {
    current = addDays(current, 1);
    if (isBusinessDay(current)) left--;
  }
  return current;
}
