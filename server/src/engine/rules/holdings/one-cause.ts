/**
 * One cause, one finding: a single wrong acquired/disposed code breaks its row's tally, and three rules would each
 * report it (code/direction, holdings/direction, holdings/running-balance or holdings/negative-prior). When the
 * other code makes the row add up (model/series.ts, `reversedCodeAddsUp`), the code is the cause, and the finding
 * that names it is the one reported: code/direction when the transaction code fixes the direction, else
 * holdings/direction.
 */
import { expectedDirection } from '../../docs/codeMeanings';
import { transactionCode } from '../../model/rows';
import { describeArithmetic, reversed, reversedCodeAddsUp, reversedCodeAvoidsNegativePrior, type Step } from '../../model/series';

/** Whether code/direction reports the row's acquired/disposed code (the transaction code calls for the other one). */
function codeDirectionFires(step: Step): boolean {
  const code = transactionCode(step.row);
  const expected = code ? expectedDirection(step.row.table, code)?.expected : undefined;
  return expected !== undefined && step.direction !== undefined && expected !== step.direction;
}

/**
 * The row's wrong code is the one cause and code/direction reports it: the holdings rules stay quiet. On a first row,
 * where there is no previous amount to agree with, the transaction code's direction giving a possible prior (a sale
 * coded A, leaving less than was "acquired") is enough.
 */
export function reportedAsWrongCode(step: Step): boolean {
  return codeDirectionFires(step) && (reversedCodeAddsUp(step) || reversedCodeAvoidsNegativePrior(step));
}

/** " With D the row adds up (60,000 - 3,200 (D) = 56,800): set acquired/disposed to D." when the other code mends the row. */
export function reversedCodeNote(step: Step): string {
  const { change, owned, previous } = step;
  if (!change || !owned || !previous || !reversedCodeAddsUp(step)) return '';
  const other = reversed(change);
  return ` With ${other.direction} the row adds up (${describeArithmetic(previous.owned.amount, other)} = ${owned.amount.format()}): set acquired/disposed to ${other.direction}.`;
}
