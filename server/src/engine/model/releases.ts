/**
 * Dates the SEC's rule changes took effect, as the rules that depend on them need them. One date, one place.
 */
import { makeDate, type CalendarDate } from './date';

/**
 * The effective date of Release 33-11138 (December 2022, "Insider Trading Arrangements and Related Disclosures"):
 * Rule 10b5-1(c)'s new conditions, the cooling-off period among them, hold for plans adopted from this day, and
 * dispositions by bona fide gift moved from Form 5 to Form 4.
 */
export const release3311138Effective: CalendarDate = makeDate(2023, 2, 27);
