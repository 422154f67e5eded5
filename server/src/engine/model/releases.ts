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

/**
 * The effective date of Release 34-46421 (August 2002), which put Section 16(a) as amended by the Sarbanes-Oxley Act
 * in force: from this day, transactions exempt under Rules 16b-3(d), (e) and (f) and 16b-6(b) (codes A, D, F, I, M,
 * X, C, O) and open-market trades are due on Form 4 within two business days, no longer deferrable to Form 5.
 */
export const sarbanesOxleyForm4Effective: CalendarDate = makeDate(2002, 8, 29);
