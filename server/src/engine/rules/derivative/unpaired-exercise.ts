import type { Decimal } from '../../model/decimal';
import { formatIsoDate } from '../../model/date';
import type { TransactionRow } from '../../model/types';
import { defineRule, form4AndAmendment } from '../rule';
import { rowLabel, transactionCode, transactionRows } from '../../model/rows';
import { formInstructions, ownershipFormCodes } from '../../docs/sources';
import { exerciseOrConversionCodes } from './exercise-codes';

/** The underlying shares a Table II row exercises: underlyingSecurityShares, else transactionShares. */
function underlyingAmount(row: TransactionRow): Decimal | undefined {
  return row.derivative?.underlying?.shares?.value?.value ?? row.shares?.value?.value;
}

/**
 * The share counts a Table I partner may show: the underlying amount, and the number of derivative securities too
 * (filers differ in which they fill in column 7, and for one-for-one awards both are the same).
 */
function acceptedAmounts(row: TransactionRow): Decimal[] {
  const amounts = [row.derivative?.underlying?.shares?.value?.value, row.shares?.value?.value];
  return amounts.filter((a): a is Decimal => a !== undefined);
}

function sameDay(a: TransactionRow, b: TransactionRow): boolean {
  const x = a.transactionDate?.value?.value;
  const y = b.transactionDate?.value?.value;
  return x !== undefined && y !== undefined && x.ordinal === y.ordinal;
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
 * A Table II exercise is paired when a Table I row of the same code and day shows the same number of shares (or a
 * number that cannot be read, which is no evidence against it), or when the day's exercises of that code in Table II
 * and Table I add up to the same total: one Table I row may receive the shares of several option series, or several
 * Table I rows (direct and indirect) may share one exercise.
 */
function isPaired(row: TransactionRow, code: string, partners: readonly TransactionRow[], tableII: readonly TransactionRow[]): boolean {
  const accepted = acceptedAmounts(row);
  if (!accepted.length) return partners.length > 0;
  const received = partners.map((p) => p.shares?.value?.value);
  if (received.some((shares) => !shares || accepted.some((a) => a.equals(shares)))) return true;
  const receivedTotal = total(received);
  if (!receivedTotal) return false;
  const sameDayExercises = tableII.filter((r) => transactionCode(r) === code && sameDay(r, row));
  const totals = [total(sameDayExercises.map(underlyingAmount)), total(sameDayExercises.map((r) => r.shares?.value?.value))];
  return totals.some((t) => t !== undefined && t.equals(receivedTotal));
}

export const unpairedExercise = defineRule({
  id: 'derivative/unpaired-exercise',
  category: 'derivative',
  severity: 'warning',
  forms: form4AndAmendment,
  summary: 'A Table II exercise or conversion (M, X, O, C) has a Table I row with the same code, date and number of shares.',
  explanation: [
    'Exercising or converting a derivative security is two sides of one transaction, reported on two lines: Table II',
    'shows the derivative security given up, and Table I shows the underlying shares received, with the same',
    "transaction code and date. The Table I amount equals the Table II row's number of underlying shares (column 7)",
    'or its number of derivative securities (column 5; both are accepted). A Table II exercise without its',
    "Table I partner leaves the holder's common stock position understating what was received.",
    '',
    'Add the Table I row (or fix its code, date or share count). Several option series exercised on one day may be',
    'received on one Table I row, or one exercise split over direct and indirect rows: totals that agree are',
    'accepted. Rows whose date is missing are not checked.',
  ].join('\n'),
  sources: [formInstructions('Instructions 4 and 8 (Tables I and II; codes M, X, O and C)'), ownershipFormCodes],
  check({ doc, report }) {
    const rows = transactionRows(doc);
    const tableI = rows.filter((r) => r.table === 'I');
    const tableII = rows.filter((r) => r.table === 'II');
    for (const row of tableII) {
      const code = transactionCode(row);
      const codeField = row.coding?.code;
      const date = row.transactionDate?.value?.value;
      if (!code || !codeField || !date || !exerciseOrConversionCodes.has(code)) continue;
      const partners = tableI.filter((r) => transactionCode(r) === code && sameDay(r, row));
      if (isPaired(row, code, partners, tableII)) continue;
      const amount = underlyingAmount(row);
      report({
        span: codeField.span,
        message:
          `${rowLabel(row)}: ${code === 'C' ? 'conversion' : 'exercise'} (${code}) on ${formatIsoDate(date)}` +
          `${amount ? ` of ${amount.format()} underlying shares` : ''} has no Table I row with code ${code}, the same date` +
          `${amount ? ` and ${amount.format()} shares` : ''}.`,
        related: partners.map((p) => ({
          span: p.shares?.value?.span ?? p.node.nameSpan,
          message: `${rowLabel(p)}: code ${code} on the same date, ${p.shares?.value?.value?.format() ?? '?'} shares`,
        })),
      });
    }
  },
});
