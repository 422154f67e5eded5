/**
 * Reading a weighted-average price footnote: the ranges of prices it gives (one, or one per day: "(1) $65.04 to
 * $66.84 on March 27, 2026; (2) $64.05 to $64.92 on March 30, 2026"), and whether it undertakes to provide the
 * detail on request. Filers word both freely ("at prices ranging from $159.42 to $160.41", "the range of sale
 * prices ... was $15.00 to $15.045 per share", "The highest price at which shares were sold was $262.46 and the
 * lowest price ... was $261.47"; "undertakes to provide", "will provide upon request ... full information"), so
 * the patterns only look for the facts. Also whether a footnote says why a trade had no price (a gift, no
 * consideration). Shared by the price rules; nothing here reports.
 */
import { BoundedMemo } from './boundedMemo';
import type { CalendarDate } from './date';
import { Decimal } from './decimal';
import { perRun } from './perRun';
import { footnotesById, transactionRows } from './rows';
import { datesInText, namesDay, type TextDate } from './textDates';
import type { FootnoteDefinition, FootnoteRef, OwnershipDocument, TransactionRow } from './types';

const weightedAverage = /weighted[\s-]*average/i;
const amount = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const dollar = String.raw`\$\s?`;

/** Each pattern with the groups that hold its low and high bound (the highest price may be written first). */
const rangePatterns: readonly { readonly pattern: RegExp; readonly low: number; readonly high: number }[] = [
  // "$1.93 to $1.95", "$15.00 - $15.045", "$324.49-$325.19", "$2.21 and $2.42"
  { pattern: new RegExp(String.raw`${dollar}${amount}\s*(?:to|through|and|-|–|—)\s*\$?\s?${amount}`, 'gi'), low: 1, high: 2 },
  // "from 11.00 to 11.04", "between 2.21 and 2.42"
  { pattern: new RegExp(String.raw`\b(?:from|between)\s+\$?\s?${amount}\s+(?:to|through|and)\s+\$?\s?${amount}`, 'gi'), low: 1, high: 2 },
  // "The highest price at which shares were sold was $262.46 and the lowest price ... was $261.47"
  {
    pattern: new RegExp(String.raw`\bhighest\b[^$.;]{0,80}?${dollar}${amount}[^$;]{0,40}?\blowest\b[^$.;]{0,80}?${dollar}${amount}`, 'gi'),
    low: 2,
    high: 1,
  },
  {
    pattern: new RegExp(String.raw`\blowest\b[^$.;]{0,80}?${dollar}${amount}[^$;]{0,40}?\bhighest\b[^$.;]{0,80}?${dollar}${amount}`, 'gi'),
    low: 1,
    high: 2,
  },
];

/**
 * The undertaking in its usual words: "undertakes to provide", and "will provide (or furnish), upon request ..." or
 * "... will be provided upon request" in one sentence.
 */
const undertakingPatterns = [
  /\bundertak/i,
  /\b(?:will|shall|agrees? to|hereby agrees to)\s+(?:promptly\s+)?(?:provide|furnish|supply|make available)\b[^.]{0,300}?\brequest/i,
  /\brequest\b[^.]{0,300}?\b(?:will|shall)\s+(?:promptly\s+)?(?:provide|furnish|supply)\b/i,
  /\b(?:will|shall)\s+be\s+(?:promptly\s+)?(?:provided|furnished|supplied|made available)\b[^.]{0,300}?\brequest/i,
];

/**
 * Why a transfer has no price, in the words footnotes use: a gift or donation, no (or nominal) consideration, a
 * transfer for no value or without payment, a pro rata or in-kind distribution, a bequest or inheritance.
 */
const noPriceReasons = [
  /\bgift|\bgratuitous|\bdonat(?:e|ed|ion)\b|\bcharit/i,
  /\b(?:no|without|nominal|zero)\s+(?:additional\s+|monetary\s+|cash\s+)?(?:consideration|payment|value|cost|charge|purchase price|sale price|proceeds)\b/i,
  /\bfor no (?:additional\s+)?(?:value|consideration|payment|cost)\b|\bfree of charge\b/i,
  /\bpro[\s-]?rata\b|\bin[\s-]kind\b|\bdistribut(?:ed|ion)\b/i,
  /\bbequest|\binherit|\bby will\b|\blaws of descent\b/i,
];

/** Whether the text says why a purchase or sale had no price (a gift, no consideration, a pro rata distribution...). */
export function explainsNoPrice(text: string): boolean {
  return noPriceReasons.some((pattern) => pattern.test(text));
}

export function mentionsWeightedAverage(text: string): boolean {
  return weightedAverage.test(text);
}

export function mentionsUndertaking(text: string): boolean {
  return undertakingPatterns.some((pattern) => pattern.test(text));
}

export interface PriceRange {
  /** The range as "$159.42 to $160.41" when both bounds read (whatever the wording), else as written. */
  readonly text: string;
  /** Offsets of the range in the text it was read from. */
  readonly start: number;
  readonly end: number;
  /** The bounds, lowest first, when both read as exact decimals (at most 4 places). */
  readonly low?: Decimal;
  readonly high?: Decimal;
  /** The day the text ties this range to ("$65.04 to $66.84 on March 27, 2026"; "on May 1, ... $a to $b"). */
  readonly date?: TextDate;
}

function parseAmount(text: string): Decimal | undefined {
  return Decimal.parse(text.replace(/,/g, ''));
}

/** Every price range the text gives, in text order, each with the day it is tied to when the text says. */
export function priceRanges(text: string): PriceRange[] {
  const found: Omit<PriceRange, 'date'>[] = [];
  for (const { pattern, low, high } of rangePatterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      let [lowest, highest] = [parseAmount(m[low]), parseAmount(m[high])];
      if (lowest && highest && lowest.compare(highest) > 0) [lowest, highest] = [highest, lowest];
      const text = lowest && highest ? `$${lowest.formatFixed(2)} to $${highest.formatFixed(2)}` : m[0].trim();
      found.push({ text, start: m.index, end: m.index + m[0].length, low: lowest, high: highest });
    }
  }
  // Where two readings overlap ("from $1 to $2" and "$1 to $2"), the one that starts first, then the longer, wins;
  // sorted by start, the kept ranges do not overlap, so only the last one kept can overlap the next.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Omit<PriceRange, 'date'>[] = [];
  for (const range of found) if (kept.length === 0 || range.start >= kept[kept.length - 1].end) kept.push(range);
  return withDates(text, kept);
}

/**
 * Ties each range to a date: the date right after it ("$65.04 to $66.84 on March 27, 2026"), else the last date
 * before it in the same clause and after the previous range ("on May 1, 2024, at prices from $a to $b; on May 2
 * ..."). A date is given to one range at most. One pass over ranges and dates, both in text order.
 */
function withDates(text: string, ranges: readonly Omit<PriceRange, 'date'>[]): PriceRange[] {
  const dates = datesInText(text);
  const out: PriceRange[] = [];
  let next = 0; // the first date not yet passed
  let previousEnd = 0;
  ranges.forEach((range, i) => {
    while (next < dates.length && dates[next].start < previousEnd) next++;
    let before: TextDate | undefined;
    while (next < dates.length && dates[next].end <= range.start) before = dates[next++];
    while (next < dates.length && dates[next].start < range.end) next++; // a date inside the range's own words
    const following = dates[next];
    const nextStart = ranges[i + 1]?.start ?? text.length;
    const after =
      following &&
      following.start < nextStart &&
      following.start - range.end <= 40 &&
      afterRange.test(text.slice(range.end, following.start))
        ? following
        : undefined;
    // The last date before the range is in its clause only if no clause ends between them; an earlier one is not either.
    const date = after ?? (before && !clauseEnd.test(text.slice(before.end, range.start)) ? before : undefined);
    if (after) next++;
    previousEnd = range.end;
    out.push(date ? { ...range, date } : range);
  });
  return out;
}

const afterRange = /^[\s,]*(?:per (?:share|unit)[\s,]*)?(?:on|for)\s+(?:the\s+)?$/i;
const clauseEnd = /;|\.\s/;

/**
 * The ranges that hold for a row on `date`: when the text ties ranges to days, those of that day (if none is, all);
 * a text with one range, or with ranges tied to no day, gives all its ranges to every row.
 */
export function rangesForDay(ranges: readonly PriceRange[], date: CalendarDate | undefined): readonly PriceRange[] {
  if (ranges.length < 2 || !date) return ranges;
  const ofDay = ranges.filter((r) => r.date && namesDay(r.date, date));
  return ofDay.length > 0 ? ofDay : ranges;
}

const oneDollar = Decimal.parse('1') as Decimal;

/** The spread of a range when it is wider than the $1 the SEC staff's relief allows; undefined otherwise. */
export function spreadOverOneDollar(range: PriceRange): Decimal | undefined {
  if (!range.low || !range.high) return undefined;
  const spread = range.high.minus(range.low);
  return spread.compare(oneDollar) > 0 ? spread : undefined;
}

/** Half a cent: a weighted average rounded to the cent may fall this far outside a range given to the tenth of a cent. */
const roundingAllowance = Decimal.parse('0.005') as Decimal;

/** Whether a price lies within the range, allowing for a price rounded to the cent; undefined when the bounds do not read. */
export function withinRange(range: PriceRange, price: Decimal): boolean | undefined {
  if (!range.low || !range.high) return undefined;
  return price.compare(range.low.minus(roundingAllowance)) >= 0 && price.compare(range.high.plus(roundingAllowance)) <= 0;
}

/** A transaction price that cites a weighted-average footnote, with the ranges that footnote gives for the row's day. */
export interface WeightedAveragePrice {
  readonly row: TransactionRow;
  readonly ref: FootnoteRef;
  readonly footnote: FootnoteDefinition;
  /** Every range the footnote gives, in text order. */
  readonly ranges: readonly PriceRange[];
  /** The ranges that hold for this row's transaction date (see rangesForDay). */
  readonly rangesOfRow: readonly PriceRange[];
}

/** Every (row, footnote) pair where a transaction price cites a footnote that speaks of a weighted average; once per run. */
export function weightedAveragePrices(doc: OwnershipDocument): readonly WeightedAveragePrice[] {
  return perRun(doc, weightedAveragePricesOf);
}

/**
 * The ranges of a weighted-average footnote's text (undefined when it speaks of none), remembered by text: many rows
 * cite one footnote, and an editor checks the same footnotes again on every keystroke elsewhere in the filing. The
 * ranges are a function of the text alone (offsets into it), so a text seen before is not read again. Bounded, so a
 * batch of many filings does not keep every footnote it met.
 */
const rangesByText = new BoundedMemo<string, readonly PriceRange[] | undefined>(512);

function footnoteRanges(text: string): readonly PriceRange[] | undefined {
  return rangesByText.get(text, () => (mentionsWeightedAverage(text) ? priceRanges(text) : undefined));
}

function weightedAveragePricesOf(doc: OwnershipDocument): readonly WeightedAveragePrice[] {
  const definitions = footnotesById(doc);
  const read = (footnote: FootnoteDefinition): readonly PriceRange[] | undefined => footnoteRanges(footnote.text);
  const out: WeightedAveragePrice[] = [];
  for (const row of transactionRows(doc)) {
    for (const ref of row.pricePerShare?.footnotes ?? []) {
      const footnote = definitions.get(ref.id);
      const ranges = footnote && read(footnote);
      if (!footnote || !ranges) continue;
      out.push({ row, ref, footnote, ranges, rangesOfRow: rangesForDay(ranges, row.transactionDate?.value?.value) });
    }
  }
  return out;
}
