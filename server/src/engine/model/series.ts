/**
 * Holdings series: the rows of one table that report the same position, so that their "amount owned following
 * the reported transaction" columns must form a running tally (SEC Section 16 FAQ, Q1). The four holdings rules read
 * the series built here; none of them looks at rows directly.
 *
 * A series is keyed by
 * - the table (I or II);
 * - the security title, normalised (see normalise.ts);
 * - the form of ownership: direct, or indirect together with the normalised nature of the indirect ownership
 *   (a nature written on a direct row is ignored: it is still the direct position);
 * - the footnote ids on the security title and on the nature of indirect ownership: filers tell separate holdings
 *   apart there, where the text alone is generic ("See Footnotes" for two different funds, INCY 2026-03-31; one
 *   title for separate grants of units);
 * - in Table II also the conversion or exercise price and the expiration date, since each option series is a
 *   position of its own. Where one of those is given only by footnotes, the footnote ids stand in for it;
 * - in Table II also the date exercisable, value and footnote ids together. The issue's key stops at price and
 *   expiration, but filers report each award as its own line with its own remaining balance, and awards of one
 *   kind usually share price and expiration (RSUs: price 0, "do not expire") and differ only in their vesting
 *   schedule, which is the date exercisable or the footnote on it (real filings: ZIP 2025-03-15, four RSU awards;
 *   MVIS 2026-06-08, two). A finer key can only miss a broken tally, never invent one.
 * Rows are taken in document order.
 *
 * Each transaction row becomes a step. What a step needs, and what happens when it is missing (nothing is ever read
 * as 0):
 * - its amount owned after (sharesOwned... or valueOwned...; exactly one of them): without a readable one the row
 *   can be neither checked nor used as the next row's "previous", so the chain breaks there and the next row starts
 *   a new segment (checked only for a negative implied prior);
 * - its change: the acquired/disposed code (A or D) and the amount. For share counts the amount is
 *   transactionShares. For dollar series (valueOwnedFollowingTransaction, used for debt securities whose amounts are
 *   face amounts in dollars, Instruction 4(c)) it is transactionTotalValue when the row has one, else
 *   transactionShares, which for such securities holds the face amount. A share series whose row gives only a
 *   dollar total cannot be checked. A row without its change is not checked itself but still serves as the
 *   previous row of the next one, because its amount owned after is known;
 * - a key: a transaction row without a readable title or direct/indirect code could belong to any series of its
 *   table, so it breaks every open series of that table.
 * A change of measure within a series (shares, then dollars) breaks the chain too: the numbers cannot be compared.
 * Holding rows (nonDerivativeHolding, derivativeHolding) report a standing position: they break no chain and are
 * collected per series for holdings/holding-row-mismatch.
 */
import { Decimal } from './decimal';
import { formatIsoDate } from './date';
import type { Cell, Field, FootnoteRef, HoldingRow, OwnershipDocument, Row, Table, TransactionRow } from './types';
import { perRun } from './perRun';
import { normaliseWords } from './normalise';

export type Measure = 'shares' | 'value';
export type Direction = 'A' | 'D';

export interface AmountOwned {
  readonly measure: Measure;
  readonly amount: Decimal;
  /** The `value` of sharesOwnedFollowingTransaction / valueOwnedFollowingTransaction. */
  readonly field: Field<Decimal>;
  /** Footnotes on the amount: filers use them to explain a balance that includes unreported exempt acquisitions. */
  readonly footnotes: readonly FootnoteRef[];
}

export interface Change {
  readonly direction: Direction;
  readonly amount: Decimal;
  readonly amountField: Field<Decimal>;
}

export interface Step {
  readonly row: TransactionRow;
  readonly series: Series;
  /** Undefined when the amount owned after is missing, footnote-only or unreadable. */
  readonly owned?: AmountOwned;
  /** Undefined when the direction or the amount of the change is missing or unreadable. */
  readonly change?: Change;
  /** The acquired/disposed code, when readable, even if the amount is not. */
  readonly direction?: Direction;
  /**
   * The series' previous transaction row, only when its amount owned after is known and in the same measure;
   * undefined for the first row of a series and the first row after a break.
   */
  readonly previous?: StepWithAmount;
}

/** A step whose amount owned after is known: what a following row is compared with. */
export type StepWithAmount = Step & { readonly owned: AmountOwned };

function hasAmount(step: Step | undefined): step is StepWithAmount {
  return step?.owned !== undefined;
}

export interface Series {
  readonly key: string;
  /**
   * The key without footnote ids, for matching the holding in another filing (engine/history/): footnote ids are
   * the document's own (F1 here, F3 there), so only the words and values can be compared across filings.
   */
  readonly keyAcrossFilings: string;
  readonly table: Table;
  /** How messages name the series: "Common Stock (direct)". */
  readonly label: string;
  readonly steps: Step[];
  readonly holdings: HoldingRow[];
}

/** The series' final balance: its last transaction row's amount owned after, when that is known. */
export function finalBalance(series: Series): StepWithAmount | undefined {
  const last = series.steps[series.steps.length - 1];
  return hasAmount(last) ? last : undefined;
}

/** The amount owned after a row, when exactly one of the two amount elements is given and readable. */
export function amountOwned(row: Row): AmountOwned | undefined {
  const measure = measureOf(row);
  const cell = measure === 'shares' ? row.postTransaction?.sharesOwned : row.postTransaction?.valueOwned;
  const field = cell?.value;
  return cell && measure && field?.value !== undefined ? { measure, amount: field.value, field, footnotes: cell.footnotes } : undefined;
}

function measureOf(row: Row): Measure | undefined {
  const shares = row.postTransaction?.sharesOwned !== undefined;
  const value = row.postTransaction?.valueOwned !== undefined;
  if (shares === value) return undefined; // neither, or both (the structure checker reports both)
  return shares ? 'shares' : 'value';
}

function changeOf(row: TransactionRow, measure: Measure | undefined): { direction?: Direction; change?: Change } {
  const code = row.acquiredDisposed?.value?.value;
  const direction = code === 'A' || code === 'D' ? code : undefined;
  if (!direction || !measure) return { direction };
  const amountField = changeAmountCell(row, measure)?.value;
  // A negative amount is the schema's finding (schema/invalid-value); tallying it would report the same slip twice.
  if (amountField?.value === undefined || amountField.value.isNegative()) return { direction };
  return { direction, change: { direction, amount: amountField.value, amountField } };
}

/** Dollar series take the dollar total when there is one; a share series whose row gives only a dollar total has none. */
function changeAmountCell(row: TransactionRow, measure: Measure): Cell<Decimal> | undefined {
  return measure === 'value' ? (row.totalValue ?? row.shares) : row.shares;
}

/** Key text for a value-or-footnote cell: the value when readable, else the footnote ids, else the raw text. */
function cellKey<T>(cell: Cell<T> | undefined, show: (value: T) => string, ids: FootnoteIds): string {
  if (!cell) return '-';
  const value = cell.value?.value;
  if (value !== undefined) return `v:${show(value)}`;
  if (cell.footnotes.length) return `f:${ids(cell)}`;
  return `?:${normaliseWords(cell.value?.raw ?? '')}`;
}

type FootnoteIds = (cell: Cell<unknown> | undefined) => string;

/** The sorted footnote ids on a cell: "" for none. */
function footnoteIds(cell: Cell<unknown> | undefined): string {
  return cell
    ? cell.footnotes
        .map((f) => f.id)
        .sort()
        .join(',')
    : '';
}

/** Across filings footnote ids mean nothing: only whether a cell has footnotes counts. */
const anyFootnotes: FootnoteIds = (cell) => (cell?.footnotes.length ? '*' : '');

/**
 * A row's series key, or undefined when the row has no readable title or form of ownership. Titles and natures
 * repeat from row to row: `normaliseWords` remembers the texts it has normalised.
 */
function seriesKeyOf(row: Row, ids: FootnoteIds = footnoteIds): string | undefined {
  const title = row.securityTitle?.value?.value;
  const form = row.ownership?.directOrIndirect?.value?.value;
  if (!title || (form !== 'D' && form !== 'I')) return undefined;
  const natureCell = form === 'I' ? row.ownership?.natureOfOwnership : undefined;
  const nature = natureCell?.value?.value ?? '';
  const notes = ids === footnoteIds ? `${ids(row.securityTitle)}|${ids(natureCell)}` : '';
  const key = `${row.table}\u0000${normaliseWords(title)}\u0000${form}\u0000${normaliseWords(nature)}\u0000${notes}`;
  if (row.table !== 'II') return key;
  const price = row.derivative?.conversionOrExercisePrice;
  const expiration = row.derivative?.expirationDate;
  const exercisable = row.derivative?.exerciseDate;
  const vestingNotes = ids(exercisable);
  return `${key}\u0000${cellKey(price, (p) => p.toString(), ids)}\u0000${cellKey(expiration, formatIsoDate, ids)}\u0000${cellKey(exercisable, formatIsoDate, ids)}+${vestingNotes}`;
}

/** How messages name the series of a row that has a key: "Common Stock (direct)". */
function seriesLabelOf(row: Row): string {
  const title = row.securityTitle?.value?.value ?? '';
  const form = row.ownership?.directOrIndirect?.value?.value;
  const nature = form === 'I' ? (row.ownership?.natureOfOwnership?.value?.value ?? '') : '';
  let label = form === 'D' ? `${title} (direct)` : `${title} (indirect${nature ? `: ${nature}` : ''})`;
  if (row.table === 'II') {
    const priceValue = row.derivative?.conversionOrExercisePrice?.value?.value;
    const expirationValue = row.derivative?.expirationDate?.value?.value;
    if (priceValue) label += `, exercise price $${priceValue.formatFixed(2)}`;
    if (expirationValue) label += `, expiring ${formatIsoDate(expirationValue)}`;
    const exercisableValue = row.derivative?.exerciseDate?.value?.value;
    if (exercisableValue) label += `, exercisable ${formatIsoDate(exercisableValue)}`;
  }
  return label;
}

/** Every holdings series of the document, in order of first appearance (built once per rule run, for all four rules). */
export function holdingsSeries(doc: OwnershipDocument): readonly Series[] {
  return perRun(doc, buildSeries);
}

function buildSeries(doc: OwnershipDocument): Series[] {
  const byKey = new Map<string, Series>();
  /** The last step of each series, or undefined after a break. */
  const open = new Map<Series, Step | undefined>();
  for (const row of doc.rows) {
    const key = seriesKeyOf(row);
    if (key === undefined) {
      if (row.kind === 'transaction') for (const series of open.keys()) if (series.table === row.table) open.set(series, undefined);
      continue;
    }
    let series = byKey.get(key);
    if (!series) {
      const keyAcrossFilings = seriesKeyOf(row, anyFootnotes) ?? key;
      series = { key, keyAcrossFilings, table: row.table, label: seriesLabelOf(row), steps: [], holdings: [] };
      byKey.set(key, series);
    }
    if (row.kind === 'holding') {
      series.holdings.push(row);
      continue;
    }
    const owned = amountOwned(row);
    const last = open.get(series);
    const previous = hasAmount(last) && last.owned.measure === owned?.measure ? last : undefined;
    const step: Step = { row, series, owned, previous, ...changeOf(row, owned?.measure ?? measureOf(row)) };
    series.steps.push(step);
    open.set(series, step);
  }
  return [...byKey.values()];
}

/** `after` = `before` + `amount` (A) or − `amount` (D). */
export function applyChange(before: Decimal, change: Change): Decimal {
  return change.direction === 'A' ? before.plus(change.amount) : before.minus(change.amount);
}

/** The amount owned before a row, implied by its amount after and its change. */
export function impliedBefore(after: Decimal, change: Change): Decimal {
  return change.direction === 'A' ? after.minus(change.amount) : after.plus(change.amount);
}

/** "60,000 - 3,200 disposed of", "100,000 + 1,000 acquired": the arithmetic a message shows, in the form's words. */
export function describeArithmetic(before: Decimal, change: Change): string {
  // A change is never negative (changeOf); a negative amount before it is said in words, not as "-500 + 1,000".
  const [sign, verb] = change.direction === 'A' ? ['+', 'acquired'] : ['-', 'disposed of'];
  return `${amountInWords(before)} ${sign} ${change.amount.format()} ${verb}`;
}

/** An amount as a message says it: "minus 7,927" for a negative one, which no holding can be. */
export function amountInWords(amount: Decimal): string {
  return amount.isNegative() ? `minus ${amount.abs().format()}` : amount.format();
}

/** The series step of a transaction row, when the row belongs to a series. */
export function stepOf(doc: OwnershipDocument, row: Row): Step | undefined {
  return perRun(doc, stepsByRow).get(row);
}

function stepsByRow(doc: OwnershipDocument): Map<Row, Step> {
  const steps = new Map<Row, Step>();
  for (const series of holdingsSeries(doc)) for (const step of series.steps) steps.set(step.row, step);
  return steps;
}

/** The other acquired/disposed code. */
export function reversedDirection(direction: Direction): Direction {
  return direction === 'A' ? 'D' : 'A';
}

/** The same change with the other acquired/disposed code. */
export function reversed(change: Change): Change {
  return { direction: reversedDirection(change.direction), amount: change.amount, amountField: change.amountField };
}

/**
 * Whether the other acquired/disposed code mends the row's tally: with it, the previous row's amount plus or minus
 * this row's shares gives the row's amount owned, and with the row's own code it does not. The code is then the one
 * cause of the broken tally, and the holdings rules leave the finding to the rule that names the code
 * (code/direction, else holdings/direction), so one wrong code is one finding, not three. A first row has no
 * previous amount to agree with: see `reversedCodeAvoidsNegativePrior`.
 */
export function reversedCodeAddsUp(step: Step): boolean {
  const { owned, change, previous } = step;
  if (!owned || !change || !previous || change.amount.isZero()) return false;
  const before = previous.owned.amount;
  return !applyChange(before, change).equals(owned.amount) && applyChange(before, reversed(change)).equals(owned.amount);
}

/** On a first row: the row's own code implies a negative amount owned before it, the other code does not. */
export function reversedCodeAvoidsNegativePrior(step: Step): boolean {
  const { owned, change, previous } = step;
  if (!owned || !change || previous) return false;
  return impliedBefore(owned.amount, change).isNegative() && !impliedBefore(owned.amount, reversed(change)).isNegative();
}

/** A series whose rows all repeat one amount owned although their shares change it, and what the rows should show. */
export interface RepeatedAmount {
  readonly amount: Decimal;
  /** The series' steps, every one with its amount owned and its change. */
  readonly steps: readonly (StepWithAmount & { readonly change: Change })[];
  /** The running tally if the first row's amount is right; undefined when it would go negative. */
  readonly ifFirstRight?: readonly Decimal[];
  /** The running tally if the last row's amount is right (the final holding); undefined when it would go negative. */
  readonly ifLastRight?: readonly Decimal[];
}

function tally(start: Decimal, changes: readonly Change[]): Decimal[] {
  const amounts: Decimal[] = [];
  let amount = start;
  for (const change of changes) amounts.push((amount = applyChange(amount, change)));
  return amounts;
}

function nonNegative(amounts: Decimal[]): Decimal[] | undefined {
  return amounts.some((a) => a.isNegative()) ? undefined : amounts;
}

/**
 * The series' repeated amount, when it has at least two rows, every row gives the same amount owned (in one measure,
 * with no break in the chain) and the tally does not hold (some row's shares are not zero): the final holding typed
 * on every row, or the holding before or after the first row copied down. One finding then says so for the series
 * (holdings/repeated-amount) instead of one running-balance error per row.
 */
export function repeatedAmount(series: Series): RepeatedAmount | undefined {
  const steps = series.steps;
  if (steps.length < 2) return undefined;
  const first = steps[0]!;
  if (!hasAmount(first)) return undefined;
  const amount = first.owned.amount;
  const complete: (StepWithAmount & { readonly change: Change })[] = [];
  for (const [i, step] of steps.entries()) {
    if (!hasAmount(step) || !step.change || !step.owned.amount.equals(amount)) return undefined;
    if (i > 0 && step.previous !== steps[i - 1]) return undefined;
    complete.push(step as StepWithAmount & { readonly change: Change });
  }
  if (complete.slice(1).every((s) => s.change.amount.isZero())) return undefined;
  const changes = complete.map((s) => s.change);
  const ifFirstRight = nonNegative([amount, ...tally(amount, changes.slice(1))]);
  const net = tally(Decimal.zero, changes).at(-1)!;
  const ifLastRight = nonNegative(tally(amount.minus(net), changes));
  return { amount, steps: complete, ifFirstRight, ifLastRight };
}
