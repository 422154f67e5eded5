/**
 * Dates written in free text (footnotes, remarks), in the forms filers use: "May 5, 2025", "Aug. 16, 2021",
 * "16th of August 2021", "5/5/2025" or "05/06/25" (US order, month first), "2025-05-05". Only real calendar dates
 * count: "2/30/2025" is not read. Wording varies, so the rules that read these dates stay at warning level.
 */
import { daysInMonth, makeDate, type CalendarDate } from './date';

export interface TextDate {
  readonly date: CalendarDate;
  /** Offsets of the written date in the text, `[start, end)`. */
  readonly start: number;
  readonly end: number;
  /** The date as written. */
  readonly written: string;
}

const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
const month = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const ordinalDay = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;

type Parts = (m: RegExpExecArray) => readonly [year: number, month: number, day: number];

function monthNumber(name: string): number {
  return monthNames.indexOf(name.slice(0, 3).toLowerCase() as (typeof monthNames)[number]) + 1;
}

/** Two-digit years are this century's before 70, else the last century's ("05/06/25" is 2025). */
function fullYear(written: string): number {
  const year = Number(written);
  return written.length === 2 ? (year < 70 ? 2000 + year : 1900 + year) : year;
}

const patterns: readonly (readonly [RegExp, Parts])[] = [
  [new RegExp(String.raw`\b${month}\.?\s+${ordinalDay},?\s+(\d{4})\b`, 'gi'), (m) => [Number(m[3]), monthNumber(m[1]), Number(m[2])]],
  [
    new RegExp(String.raw`\b${ordinalDay}\s+(?:of\s+)?${month}\.?,?\s+(\d{4})\b`, 'gi'),
    (m) => [Number(m[3]), monthNumber(m[2]), Number(m[1])],
  ],
  [/\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g, (m) => [fullYear(m[3]), Number(m[1]), Number(m[2])]],
  [/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => [Number(m[1]), Number(m[2]), Number(m[3])]],
];

/** Every full date written in the text, in text order (a month and year alone, "in October 2007", is not a date). */
export function datesInText(text: string): TextDate[] {
  const found: TextDate[] = [];
  for (const [pattern, parts] of patterns) {
    for (const m of text.matchAll(pattern)) {
      const [year, monthOfYear, day] = parts(m as RegExpExecArray);
      if (year < 1 || monthOfYear < 1 || monthOfYear > 12 || day < 1 || day > daysInMonth(year, monthOfYear)) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((d) => start < d.end && d.start < end)) continue;
      found.push({ date: makeDate(year, monthOfYear, day), start, end, written: m[0] });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
