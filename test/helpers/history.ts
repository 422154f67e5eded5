/**
 * Generated histories: Form 4 filings of one owner (or two) for one issuer, as `Form4Spec`s the rule tests and the
 * history's unit tests read. Each chain is built from `filing`, which dates the filing's one transaction and its
 * signature, so a test states only the figures it cares about.
 */
import { transaction, type CellInput, type Form4Spec, type RowSpec, type TransactionSpec } from './form4';

/** A purchase (P, A) of `shares` on `date`, leaving `owned`. */
export function bought(date: string, shares: string, owned: CellInput, extra: TransactionSpec = {}): RowSpec {
  return transaction({ date, code: 'P', acquiredDisposed: 'A', shares, owned, price: '10.00', ...extra });
}

/** A sale (S, D) of `shares` on `date`, leaving `owned`. */
export function sold(date: string, shares: string, owned: CellInput, extra: TransactionSpec = {}): RowSpec {
  return transaction({ date, code: 'S', acquiredDisposed: 'D', shares, owned, price: '10.00', ...extra });
}

/** The next business-ish day after an ISO date (the fixtures avoid weekends by their choice of dates). */
function dayAfter(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return next.toISOString().slice(0, 10);
}

/** A Form 4 reporting `rows`, signed the day after its first row's date (or `signed`). */
export function filing(rows: readonly RowSpec[], extra: Partial<Form4Spec> & { signed?: string } = {}): Form4Spec {
  const first = rows.find((r) => r.kind !== 'holding') as TransactionSpec | undefined;
  const date = typeof first?.date === 'string' ? first.date.replace(/[«»‹›]/g, '') : '2024-03-12';
  const { signed, ...spec } = extra;
  return { rows, signatures: [{ name: 'Owner1 Pat', date: signed ?? dayAfter(date) }], ...spec };
}

/** The seeded chain of one owner: March's purchase leaves 10,000; April's sale should start from it. */
export const march = filing([bought('2024-03-05', '1000', '10000')]);
export const april = (owned: CellInput, extra: TransactionSpec = {}) => filing([sold('2024-04-09', '500', owned, extra)]);
