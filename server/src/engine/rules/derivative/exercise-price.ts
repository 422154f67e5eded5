import { cellPlace } from '../../model/place';
import type { Decimal } from '../../model/decimal';
import { exercisePairs, sameDay, type ExercisePair } from '../../model/exercisePairs';
import { rowLabel, transactionCode, transactionRows } from '../../model/rows';
import { derivativeNamedBy } from '../../model/securityTitles';
import type { Cell, Field, OwnershipDocument, TransactionRow } from '../../model/types';
import { defineRule, transactionForms } from '../rule';
import { formInstructions, ownershipFormCodes } from '../../docs/sources';

/** A price typed as a number with no footnote: a footnote on a price explains it (adjusted, non-dollar, averaged). */
function plainPrice(cell: Cell<Decimal> | undefined): Field<Decimal> | undefined {
  return cell?.footnotes.length || !cell?.value?.value ? undefined : cell.value;
}

/** A Table II exercise with a dollar exercise or conversion price. */
interface PricedExercise {
  readonly pair: ExercisePair;
  readonly price: Decimal;
  readonly priceField: Field<Decimal>;
}

/** A Table I row that receives shares at a price, and the priced exercises whose shares it receives exactly. */
interface PricedReceipt {
  readonly row: TransactionRow;
  readonly price: Decimal;
  readonly priceField: Field<Decimal>;
  readonly exercises: readonly PricedExercise[];
}

/**
 * The Table I rows whose price is to be compared: each receives exactly the shares of one or more Table II
 * exercises with a dollar exercise price (a conversion price of 0, units settled in shares, leaves the Table I price
 * free: filers show 0 or the market value). A Table I row that receives several exercises at once has no single
 * price to compare and is left out.
 */
function pricedReceipts(doc: OwnershipDocument): PricedReceipt[] {
  const priced = pricedExercises(doc);
  const receipts: PricedReceipt[] = [];
  for (const row of transactionRows(doc)) {
    const priceField = plainPrice(row.pricePerShare);
    const price = priceField?.value;
    if (row.table !== 'I' || !priceField || !price) continue;
    if (transactionCode(row) === 'C' && price.isZero()) continue; // no payment on a conversion
    const exercises = priced.filter((exercise) => exercise.pair.exact.includes(row));
    if (exercises.length) receipts.push({ row, price, priceField, exercises });
  }
  return receipts;
}

function pricedExercises(doc: OwnershipDocument): PricedExercise[] {
  return exercisePairs(doc).flatMap((pair) => {
    const priceField = plainPrice(pair.exercise.derivative?.conversionOrExercisePrice);
    const price = priceField?.value;
    return priceField && price && !price.isZero() && !isAppreciationRight(pair.exercise) ? [{ pair, price, priceField }] : [];
  });
}

/** A stock appreciation right pays out the gain over its base price: its shares are not bought at that price. */
function isAppreciationRight(row: TransactionRow): boolean {
  const title = row.securityTitle?.value?.value;
  return title !== undefined && derivativeNamedBy(title) === 'a right';
}

/**
 * A cashless exercise or a sell-to-cover sometimes reports the Table I exercise row at the market price of the
 * same day's sale (S) or withholding (F): that price is the market's, not a typing slip.
 */
function isSameDayMarketPrice(doc: OwnershipDocument, row: TransactionRow, price: Decimal): boolean {
  return transactionRows(doc).some((other) => {
    const code = transactionCode(other);
    const otherPrice = other.pricePerShare?.value?.value;
    return other.table === 'I' && (code === 'S' || code === 'F') && sameDay(other, row) && otherPrice?.equals(price) === true;
  });
}

/**
 * Each Table I row takes the Table II exercise whose price it shows, one exercise per row, so two series exercised on
 * one day at different prices are told apart; the rows left over show a price that no exercise of theirs has.
 */
function mispriced(doc: OwnershipDocument): { receipt: PricedReceipt; candidates: readonly PricedExercise[] }[] {
  const receipts = pricedReceipts(doc);
  const taken = new Set<PricedExercise>();
  const unmatched: PricedReceipt[] = [];
  for (const receipt of receipts) {
    const match = receipt.exercises.find((exercise) => !taken.has(exercise) && exercise.price.equals(receipt.price));
    if (match) taken.add(match);
    else unmatched.push(receipt);
  }
  return unmatched
    .filter((receipt) => !isSameDayMarketPrice(doc, receipt.row, receipt.price))
    .map((receipt) => {
      const free = receipt.exercises.filter((exercise) => !taken.has(exercise));
      return { receipt, candidates: free.length ? free : receipt.exercises };
    });
}

const dollars = (price: Decimal) => `$${price.formatFixed(2)}`;

export const exercisePrice = defineRule({
  id: 'derivative/exercise-price',
  category: 'derivative',
  severity: 'warning',
  forms: transactionForms,
  summary: "The Table I price of shares received on an exercise or conversion is the derivative's exercise or conversion price.",
  explanation: [
    'Shares received on exercising an option or warrant, or on converting a security, are bought at the exercise or',
    'conversion price: the Table I row that receives them (same code, date and number of shares) shows in column 4 the',
    "price of the Table II row's column 2. A different price there is usually a typing slip, or a price copied from",
    'another series or from the sale that followed.',
    '',
    'Set the Table I price to the exercise price (the quick fix does), or correct the exercise price if that is the',
    'wrong one. Left alone: a price with a footnote on either side (adjusted, non-dollar or averaged prices are',
    'explained there); a conversion price of 0 (units settled in shares, where filers show 0 or the market value); a',
    'conversion received at price 0; stock appreciation rights (their shares are not bought at the base price); a',
    "Table I price equal to the price of the same day's sale (S) or tax withholding (F), which is how some filers",
    'report a cashless exercise; and one Table I row receiving several series at once.',
    'Several series exercised on one day are matched row by row, each Table I row to an exercise of its price.',
  ].join('\n'),
  sources: [
    formInstructions('Table I column 4 (price) and Table II column 2 (conversion or exercise price of derivative security)'),
    formInstructions('Instruction 8 (codes M, X, O and C)'),
    ownershipFormCodes,
  ],
  check({ doc, report }) {
    for (const { receipt, candidates } of mispriced(doc)) {
      const [first] = candidates;
      const code = first.pair.code;
      const word = code === 'C' ? 'conversion' : 'exercise';
      const oneExpected = candidates.every((c) => c.price.equals(first.price));
      report({
        span: receipt.priceField.span,
        message:
          `${cellPlace(receipt.row, 'transactionPricePerShare')}: shares received on the ${word} (${code}) of ${candidates.map((c) => rowLabel(c.pair.exercise)).join(' or ')} ` +
          `are priced at ${dollars(receipt.price)}, but the ${word} price is ${candidates.map((c) => dollars(c.price)).join(' or ')}.`,
        related: candidates.map((c) => ({
          span: c.priceField.span,
          message: `${rowLabel(c.pair.exercise)}: ${word} price ${dollars(c.price)}`,
        })),
        ...(oneExpected ? { data: { expected: first.price.toString() } } : {}),
      });
    }
  },
});
