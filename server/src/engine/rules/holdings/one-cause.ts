/**
 * One cause, one finding: a single wrong acquired/disposed code breaks its row's tally, and three rules would each
 * report it (code/direction, holdings/direction, holdings/running-balance or holdings/negative-prior). When the
 * other code makes the row add up (model/series.ts, `reversedCodeAddsUp`) and the transaction code allows it, the
 * code is the cause, and the finding that names it is the one reported: code/direction when the transaction code
 * calls for the other direction, else holdings/direction. A sale coded D whose amount owned rises is not such a
 * case: the transaction code confirms the D, so the amounts are what is wrong, and the balance is reported.
 */
import { expectedDirection } from '../../docs/codeMeanings';
import { transactionCode } from '../../model/rows';
import { tableOneConversions } from '../../model/tableOneConversions';
import type { OwnershipDocument } from '../../model/types';
import {
  describeArithmetic,
  reversed,
  reversedCodeAddsUp,
  reversedCodeAvoidsNegativePrior,
  type Direction,
  type Step,
} from '../../model/series';

/**
 * The direction the row's transaction code calls for, when it calls for one. A Table I row giving up units that
 * another title's row receives as stock (model/tableOneConversions.ts) is right as written, as code/direction holds.
 */
function codeCallsFor(doc: OwnershipDocument, step: Step): Direction | undefined {
  if (tableOneConversions(doc).some((pair) => pair.from === step.row)) return step.direction;
  const code = transactionCode(step.row);
  return code ? expectedDirection(step.row.table, code)?.expected : undefined;
}

/** Whether code/direction reports the row's acquired/disposed code (the transaction code calls for the other one). */
function codeDirectionFires(doc: OwnershipDocument, step: Step): boolean {
  const expected = codeCallsFor(doc, step);
  return expected !== undefined && step.direction !== undefined && expected !== step.direction;
}

/**
 * The row's acquired/disposed code is the one cause of its broken tally: the other code makes it add up, and the
 * transaction code does not confirm the code as written. The running balance is then not reported for the row.
 */
export function wrongCodeIsCause(doc: OwnershipDocument, step: Step): boolean {
  return reversedCodeAddsUp(step) && codeCallsFor(doc, step) !== step.direction;
}

/**
 * The row's wrong code is the one cause and code/direction reports it: the holdings rules stay quiet. On a first row,
 * where there is no previous amount to agree with, the transaction code's direction giving a possible prior (a sale
 * coded A, leaving less than was "acquired") is enough.
 */
export function reportedAsWrongCode(doc: OwnershipDocument, step: Step): boolean {
  return codeDirectionFires(doc, step) && (reversedCodeAddsUp(step) || reversedCodeAvoidsNegativePrior(step));
}

/** " With D the row adds up (60,000 - 3,200 (D) = 56,800): set acquired/disposed to D." when the wrong code is the cause. */
export function reversedCodeNote(doc: OwnershipDocument, step: Step): string {
  const { change, owned, previous } = step;
  if (!change || !owned || !previous || !wrongCodeIsCause(doc, step)) return '';
  const other = reversed(change);
  return ` With ${other.direction} the row adds up (${describeArithmetic(previous.owned.amount, other)} = ${owned.amount.format()}): set acquired/disposed to ${other.direction}.`;
}
