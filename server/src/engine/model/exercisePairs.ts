/**
 * Exercise and conversion pairs. Exercising or converting a derivative security is reported on two lines: a Table II
 * row (code M, X, O or C) giving up the derivative, and a Table I row of the same code and day receiving the
 * underlying shares. The pairing is shared: derivative/unpaired-exercise reports an exercise without its Table I
 * row, and the rules that compare the two sides (price, share counts, titles) read the pairs found here.
 */
import type { Decimal } from './decimal';
import { exerciseOrConversionCodes } from './exerciseCodes';
import { perRun } from './perRun';
import { footnoteRefsInRow, footnotesById, transactionCode, transactionRows } from './rows';
import type { OwnershipDocument, TransactionRow } from './types';

/** The underlying shares a Table II row exercises: underlyingSecurityShares, else transactionShares. */
export function underlyingAmount(row: TransactionRow): Decimal | undefined {
  return row.derivative?.underlying?.shares?.value?.value ?? row.shares?.value?.value;
}

/**
 * The share counts a Table I partner may show: the underlying amount, and the number of derivative securities too
 * (filers differ in which they fill in column 7, and for one-for-one awards both are the same).
 */
export function acceptedAmounts(row: TransactionRow): Decimal[] {
  const amounts = [row.derivative?.underlying?.shares?.value?.value, row.shares?.value?.value];
  return amounts.filter((a): a is Decimal => a !== undefined);
}

export function sameDay(a: TransactionRow, b: TransactionRow): boolean {
  const x = a.transactionDate?.value?.value;
  const y = b.transactionDate?.value?.value;
  return x !== undefined && y !== undefined && x.ordinal === y.ordinal;
}

/** The Table I rows that may receive a Table II row's exercise: the same code, on the same day. */
export function sameDayPartners(row: TransactionRow, code: string, tableI: readonly TransactionRow[]): TransactionRow[] {
  return tableI.filter((r) => transactionCode(r) === code && sameDay(r, row));
}

/** Sum of amounts, or undefined when any of them is unknown (an unknown amount is never read as 0). */
function total(amounts: readonly (Decimal | undefined)[]): Decimal | undefined {
  let sum: Decimal | undefined;
  for (const amount of amounts) {
    if (!amount) return undefined;
    sum = sum ? sum.plus(amount) : amount;
  }
  return sum;
}

/**
 * Words by which a footnote explains why the shares received differ from the units exercised: dividend equivalents
 * credited in shares, fractional shares rounded (HPQ 2014-04-22: 14,225.8819 units settle as 14,273.9165 shares,
 * "includes 48.4720 dividends ... and a deminimus adjustment of 0.4374 due to fractional rounding").
 */
const explainsDifference = /\bdividends?\b|\bround(?:ing|ed)\b|\bfractional\b/i;

/** A footnote on the exercise or on one of its same-day Table I rows that explains a difference in share counts. */
function differenceExplained(doc: OwnershipDocument, row: TransactionRow, partners: readonly TransactionRow[]): boolean {
  const byId = footnotesById(doc);
  return [row, ...partners].some((r) => footnoteRefsInRow(r).some((ref) => explainsDifference.test(byId.get(ref.id)?.text ?? '')));
}

/**
 * A Table II exercise is paired when a Table I row of the same code and day shows the same number of shares (or a
 * number that cannot be read, which is no evidence against it), or when the day's exercises of that code in Table II
 * and Table I add up to the same total: one Table I row may receive the shares of several option series, or several
 * Table I rows (direct and indirect) may share one exercise. A count that differs is paired too when a footnote on
 * the exercise or on a Table I row of its code and day explains the difference (dividend equivalents, rounding).
 */
export function isPaired(
  doc: OwnershipDocument,
  row: TransactionRow,
  code: string,
  partners: readonly TransactionRow[],
  tableII: readonly TransactionRow[],
): boolean {
  const accepted = acceptedAmounts(row);
  if (!accepted.length) return partners.length > 0;
  const received = partners.map((p) => p.shares?.value?.value);
  if (received.some((shares) => !shares || accepted.some((a) => a.equals(shares)))) return true;
  if (partners.length > 0 && differenceExplained(doc, row, partners)) return true;
  const receivedTotal = total(received);
  if (!receivedTotal) return false;
  const sameDayExercises = tableII.filter((r) => transactionCode(r) === code && sameDay(r, row));
  const totals = [total(sameDayExercises.map(underlyingAmount)), total(sameDayExercises.map((r) => r.shares?.value?.value))];
  return totals.some((t) => t !== undefined && t.equals(receivedTotal));
}

/** A Table II exercise or conversion that has its Table I side. */
export interface ExercisePair {
  /** The Table II row giving up the derivative security. */
  readonly exercise: TransactionRow;
  readonly code: string;
  /** The Table I rows of the same code and day, which together receive the shares. */
  readonly received: readonly TransactionRow[];
  /** Those of them showing exactly the exercise's underlying amount or number of derivatives: its own row. */
  readonly exact: readonly TransactionRow[];
}

/** Every paired exercise or conversion of the document, in Table II order; one list per rule run. */
export function exercisePairs(doc: OwnershipDocument): readonly ExercisePair[] {
  return perRun(doc, findPairs);
}

function findPairs(doc: OwnershipDocument): ExercisePair[] {
  const rows = transactionRows(doc);
  const tableI = rows.filter((r) => r.table === 'I');
  const tableII = rows.filter((r) => r.table === 'II');
  const pairs: ExercisePair[] = [];
  for (const exercise of tableII) {
    const code = transactionCode(exercise);
    if (!code || !exerciseOrConversionCodes.has(code)) continue;
    const received = sameDayPartners(exercise, code, tableI);
    if (!received.length || !isPaired(doc, exercise, code, received, tableII)) continue;
    const accepted = acceptedAmounts(exercise);
    const exact = received.filter((p) => {
      const shares = p.shares?.value?.value;
      return shares !== undefined && accepted.some((a) => a.equals(shares));
    });
    pairs.push({ exercise, code, received, exact });
  }
  return pairs;
}
