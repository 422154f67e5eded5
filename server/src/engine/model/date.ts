/**
 * Calendar dates as Form 4 uses them: a day, no time, no time zone arithmetic (a zone suffix that xs:date allows is
 * accepted and ignored). `ordinal` counts days since 1970-01-01, so date arithmetic is integer arithmetic.
 */
export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number; // 1-31
  readonly ordinal: number;
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})(?:Z|[+-](?:(?:0\d|1[0-3]):[0-5]\d|14:00))?$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses xs:date's lexical form (surrounding whitespace ignored); undefined when it is not a real date. */
export function parseDate(text: string): CalendarDate | undefined {
  const m = datePattern.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year === 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return makeDate(year, month, day);
}

export function makeDate(year: number, month: number, day: number): CalendarDate {
  return { year, month, day, ordinal: Math.floor(Date.UTC(year, month - 1, day) / 86_400_000) };
}

export function dateFromOrdinal(ordinal: number): CalendarDate {
  const d = new Date(ordinal * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), ordinal };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return dateFromOrdinal(date.ordinal + days);
}

/** The same day `years` later (or earlier, when negative); February 29 becomes February 28 in a common year. */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  const year = date.year + years;
  return makeDate(year, date.month, Math.min(date.day, daysInMonth(year, date.month)));
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(date: CalendarDate): number {
  return (((date.ordinal + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** "Monday" ... "Sunday". */
export function weekdayName(date: CalendarDate): string {
  return weekdayNames[weekday(date)];
}

/** ISO form, YYYY-MM-DD. */
export function formatIsoDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** As the paper form and EDGAR's rendering show dates, MM/DD/YYYY. */
export function formatUsDate(date: CalendarDate): string {
  return `${String(date.month).padStart(2, '0')}/${String(date.day).padStart(2, '0')}/${String(date.year).padStart(4, '0')}`;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.ordinal - b.ordinal;
}

/** Today's date in the local time zone of the process (what a filer means by "today"). */
export function today(now: Date = new Date()): CalendarDate {
  return makeDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
