/**
 * Dates written in prose, as footnotes and remarks give them: "March 27, 2026", "Mar. 27", "27 March 2026",
 * "3/27/2026", "3/27/26", "2026-03-27". Each is returned with where it stands in the text, so a reader can tie a
 * date to the words around it (a price range "on March 27, 2026", an adoption "on December 9, 2025"). A date
 * written without its year ("on May 1") keeps the year undefined: the reader supplies it from context.
 */
import { daysInMonth, makeDate, type CalendarDate } from './date';

export interface TextDate {
  /** Undefined when the text gives only the month and day. */
  readonly year?: number;
  readonly month: number; // 1-12
  readonly day: number; // 1-31
  /** Offsets of the date in the text it was read from. */
  readonly start: number;
  readonly end: number;
}

const monthNames = [
  'jan(?:uary)?',
  'feb(?:ruary)?',
  'mar(?:ch)?',
  'apr(?:il)?',
  'may',
  'june?',
  'july?',
  'aug(?:ust)?',
  'sep(?:t(?:ember)?)?',
  'oct(?:ober)?',
  'nov(?:ember)?',
  'dec(?:ember)?',
];
const month = `(${monthNames.join('|')})`;
const ordinal = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;

/** Each pattern with a function that reads its groups as [year | undefined, month, day]. */
const patterns: readonly { readonly pattern: RegExp; readonly parts: (m: RegExpExecArray) => [number | undefined, number, number] }[] = [
  {
    // "March 27, 2026", "Mar. 27 2026", "March 27" (no year)
    pattern: new RegExp(String.raw`\b${month}\.?\s+${ordinal}\b(?:,?\s+(\d{4})\b)?`, 'gi'),
    parts: (m) => [m[3] ? Number(m[3]) : undefined, monthNumber(m[1]), Number(m[2])],
  },
  {
    // "27 March 2026", "27th of March, 2026"
    pattern: new RegExp(String.raw`\b${ordinal}\s+(?:of\s+)?${month}\.?(?:,?\s+(\d{4})\b)?`, 'gi'),
    parts: (m) => [m[3] ? Number(m[3]) : undefined, monthNumber(m[2]), Number(m[1])],
  },
  {
    // "3/27/2026", "3/27/26", "3/27"
    pattern: /\b(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?\b(?!\/)/g,
    parts: (m) => [m[3] === undefined ? undefined : fullYear(m[3]), Number(m[1]), Number(m[2])],
  },
  {
    // "2026-03-27"
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    parts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
];

/** Two-digit years are this century's before 70, else the last century's ("05/06/25" is 2025, "3/1/98" 1998). */
function fullYear(written: string): number {
  const year = Number(written);
  return written.length === 2 ? (year < 70 ? 2000 + year : 1900 + year) : year;
}

const monthMatchers = monthNames.map((pattern) => new RegExp(`^${pattern}$`, 'i'));

function monthNumber(name: string): number {
  return monthMatchers.findIndex((matcher) => matcher.test(name)) + 1;
}

/** Every date the text writes, in text order; overlapping readings keep the longer (earlier-starting) one. */
export function datesInText(text: string): TextDate[] {
  const found: TextDate[] = [];
  for (const { pattern, parts } of patterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const [year, monthOfYear, day] = parts(m);
      const validDay = monthOfYear >= 1 && monthOfYear <= 12 && day >= 1 && day <= daysInMonth(year ?? 2000, monthOfYear);
      if (validDay && (year === undefined || year >= 1900))
        found.push({ year, month: monthOfYear, day, start: m.index, end: m.index + m[0].length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TextDate[] = [];
  // Sorted by start, the kept dates do not overlap, so the last one kept has the greatest end.
  for (const date of found) if (out.length === 0 || date.start >= out[out.length - 1].end) out.push(date);
  return out;
}

/** A date the text writes in full, year included, read as a calendar day. */
export interface FullTextDate extends TextDate {
  readonly date: CalendarDate;
  /** The date as written. */
  readonly written: string;
}

/**
 * Every date the text writes with its year, in text order: what a rule needs when it compares the date with the
 * form's own dates (a plan's adoption). A month and year alone ("in October 2007") is no date.
 */
export function fullDatesInText(text: string): FullTextDate[] {
  return datesInText(text).flatMap((d) =>
    d.year === undefined ? [] : [{ ...d, date: makeDate(d.year, d.month, d.day), written: text.slice(d.start, d.end) }],
  );
}

/** Whether the text's date names the calendar day: month and day, and the year when the text gives one. */
export function namesDay(textDate: TextDate, date: CalendarDate): boolean {
  return textDate.month === date.month && textDate.day === date.day && (textDate.year === undefined || textDate.year === date.year);
}

/** "March 27, 2026", or "March 27" when the text gave no year. */
export function formatTextDate(date: TextDate): string {
  const name = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][
    date.month - 1
  ];
  return date.year === undefined ? `${name} ${date.day}` : `${name} ${date.day}, ${date.year}`;
}
