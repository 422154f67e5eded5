/**
 * Conversions reported inside Table I. Some issuers treat stock units as non-derivative and report their settlement
 * in Table I on two rows: the units given up (C, D) and the stock received (C, A), one title each, the same day and
 * the same number of shares (Alphabet's "Class C Google Stock Units" into "Class C Capital Stock"). The pair is
 * consistent; rules that expect conversions to span both tables leave it alone.
 */
import { normaliseWords } from './normalise';
import { transactionCode, transactionRows } from './rows';
import { perRun } from './perRun';
import type { OwnershipDocument, TransactionRow } from './types';

export interface TableOneConversion {
  /** The row giving up the converted security (D). */
  readonly from: TransactionRow;
  /** The row receiving the security it converts into (A). */
  readonly to: TransactionRow;
}

/** The codes such a pair carries: conversion, or exercise under Rule 16b-3 for units settled in shares. */
const conversionCodes: ReadonlySet<string> = new Set(['C', 'M']);

function side(row: TransactionRow, direction: 'A' | 'D'): boolean {
  const code = transactionCode(row);
  return code !== undefined && conversionCodes.has(code) && row.acquiredDisposed?.value?.value === direction;
}

function matches(from: TransactionRow, to: TransactionRow): boolean {
  const fromDate = from.transactionDate?.value?.value;
  const toDate = to.transactionDate?.value?.value;
  const fromShares = from.shares?.value?.value;
  const toShares = to.shares?.value?.value;
  const fromTitle = from.securityTitle?.value?.value;
  const toTitle = to.securityTitle?.value?.value;
  return (
    transactionCode(from) === transactionCode(to) &&
    fromDate !== undefined &&
    toDate?.ordinal === fromDate.ordinal &&
    fromShares !== undefined &&
    toShares !== undefined &&
    fromShares.equals(toShares) &&
    fromTitle !== undefined &&
    toTitle !== undefined &&
    normaliseWords(fromTitle) !== normaliseWords(toTitle)
  );
}

/** Every Table I conversion pair of the document; a row takes part in one pair at most. */
export function tableOneConversions(doc: OwnershipDocument): readonly TableOneConversion[] {
  return perRun(doc, findConversions);
}

function findConversions(doc: OwnershipDocument): TableOneConversion[] {
  const tableI = transactionRows(doc).filter((row) => row.table === 'I');
  const receiving = tableI.filter((row) => side(row, 'A'));
  const pairs: TableOneConversion[] = [];
  const used = new Set<TransactionRow>();
  for (const from of tableI.filter((row) => side(row, 'D'))) {
    const to = receiving.find((candidate) => !used.has(candidate) && matches(from, candidate));
    if (!to) continue;
    used.add(to);
    pairs.push({ from, to });
  }
  return pairs;
}
