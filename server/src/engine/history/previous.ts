/**
 * The previous filing's closing balance beside each holding's first row where the two differ: what the preview
 * shows next to the amount owned. The same comparison as `history/opening-balance`, for the renderer.
 */
import type { HistoryContext } from './context';
import { comparedClosing } from './model';
import { filingName } from './words';
import type { Row } from '../model/types';

export interface PreviousBalance {
  /** The previous filing's closing figure, formatted ("10,000"). */
  readonly closing: string;
  /** The previous filing's file name. */
  readonly filing: string;
}

/** Keyed by a row's table and index ("I:0"): the rows of the rendered document. */
export type PreviousBalances = ReadonlyMap<string, PreviousBalance>;

export function rowKey(row: Pick<Row, 'table' | 'index'>): string {
  return `${row.table}:${row.index}`;
}

/** Each first row whose holding does not open with the previous filing's closing balance, and that balance. */
export function previousBalances(history: HistoryContext): PreviousBalances {
  const balances = new Map<string, PreviousBalance>();
  for (const place of history.places) {
    const previous = place.previous?.filing;
    if (!previous) continue;
    for (const holding of history.filing.holdings) {
      const before = comparedClosing(holding, previous);
      if (!before || !holding.opening || before.amount.equals(holding.opening.amount)) continue;
      const key = rowKey(holding.first);
      if (!balances.has(key)) balances.set(key, { closing: before.amount.format(), filing: filingName(previous) });
    }
  }
  return balances;
}
