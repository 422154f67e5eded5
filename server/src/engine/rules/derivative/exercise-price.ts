import type { Decimal } from '../../model/decimal';
import { exercisePairs, sameDay, type ExercisePair } from '../../model/exercisePairs';
import { rowLabel, transactionCode, transactionRows } from '../../model/rows';
import { derivativeNamedBy } from '../../model/securityTitles';
import type { Cell, Field, OwnershipDocument, TransactionRow } from '../../model/types';
import { defineRule, form4AndAmendment } from '../rule';
import { formInstructions, ownershipFormCodes } from '../../docs/sources';

/** A price typed as a number with no footnote: a footnote on a price explains it (adjusted, non-dollar, averaged). */
function plainPrice(cell: Cell<Decimal> | undefined): Field<Decimal> | undefined {
  return cell?.footnotes.length || !cell?.value?.value ? undefined : cell.value;
}

/** A Table I row's exercise, once its price is compared: the Table II rows it may be the other side of. */
interface PricedReceipt {
  readonly row: TransactionRow;
  readonly price: Decimal;
  readonly priceField: Field<Decimal>;
  readonly exercises: readonly ExercisePair[];
}

/**
 * The Table I rows whose price is to be compared: each receives exactly the shares of one or more Table II
 * exercises with a dollar exercise price (a conversion price of 0, units settled in shares, leaves the Table I price
 * free: filers show 0 or the market value). A Table I row that receives several exercises at once has no single
 * price to compare and is left out.
 */
function pricedReceipts(doc: OwnershipDocument): PricedReceipt[] {
  const receipts: PricedReceipt[] = [];
  for (const row of transactionRows(doc)) {
    const priceField = plainPrice(row.pricePerShare);
    const price = priceField?.value;
    if (row.table !== 'I' || !priceField || !price) continue;
    if (transactionCode(row) === 'C' && price.isZero()) continue; // no payment on a conversion
    const exercises = exercisePairs(doc).filter((pair) => {
      const exercisePrice = plainPrice(pair.exercise.derivative?.conversionOrExercisePrice)?.value;
      return pair.exact.includes(row) && exercisePrice !== undefined && !exercisePrice.isZero() && !isAppreciationRight(pair.exercise);
    });
    if (exercises.length) receipts.push({ row, price, priceField, exercises });
  }
  return receipts;
}

/** A stock appreciation right pays out the gain over its base price: its shares are not bought at that price. */
function isAppreciationRight(row: TransactionRow): boolean {
  const title = row.securityTitle?.value?.value;
  return title !== undefined && derivativeNamedBy(title) === 'a right';
}

function exercisePriceOf(pair: ExercisePair): Decimal {
  return pair.exercise.derivative?.conversionOrExercisePrice?.value?.value as Decimal;
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
function mispriced(doc: OwnershipDocument): { receipt: PricedReceipt; candidates: ExercisePair[] }[] {
  const receipts = pricedReceipts(doc);
  const taken = new Set<ExercisePair>();
  const unmatched: PricedReceipt[] = [];
  for (const receipt of receipts) {
    const match = receipt.exercises.find((pair) => !taken.has(pair) && exercisePriceOf(pair).equals(receipt.price));
    if (match) taken.add(match);
    else unmatched.push(receipt);
  }
  return unmatched
    .filter((receipt) => !isSameDayMarketPrice(doc, receipt.row, receipt.price))
    .map((receipt) => {
      const free = receipt.exercises.filter((pair) => !taken.has(pair));
      return { receipt, candidates: free.length ? free : [...receipt.exercises] };
    });
}

const dollars = (price: Decimal) => `$${price.formatFixed(2)}`;

export const exercisePrice = defineRule({
  id: 'derivative/exercise-price',
  category: 'derivative',
  severity: 'warning',
  forms: form4AndAmendment,
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
      const prices = candidates.map(exercisePriceOf);
      const expected = prices.every((p) => p.equals(prices[0])) ? prices[0] : undefined;
      const word = receipt.exercises[0].code === 'C' ? 'conversion' : 'exercise';
      const exercised = candidates.map((pair) => rowLabel(pair.exercise)).join(' or ');
      report({
        span: receipt.priceField.span,
        message:
          `${rowLabel(receipt.row)}: shares received on the ${word} (${receipt.exercises[0].code}) of ${exercised} are priced at ` +
          `${dollars(receipt.price)}, but the ${word} price is ${prices.map(dollars).join(' or ')}.`,
        related: candidates.map((pair, i) => ({
          span: pair.exercise.derivative?.conversionOrExercisePrice?.value?.span ?? pair.exercise.node.nameSpan,
          message: `${rowLabel(pair.exercise)}: ${word} price ${dollars(prices[i])}`,
        })),
        ...(expected ? { data: { expected: expected.toString() } } : {}),
      });
    }
  },
});
