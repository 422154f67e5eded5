import { cellPlace } from '../../model/place';
import type { Severity } from '../../findings';
import type { OwnershipDocument, TransactionRow } from '../../model/types';
import { describeArithmetic, reversed, reversedCodeAddsUp, stepOf } from '../../model/series';
import { defineRule, transactionForms } from '../rule';
import { transactionCode, transactionRows } from '../../model/rows';
import { tableOneConversions } from '../../model/tableOneConversions';
import { formInstructions, ownershipFormCodes, techSpec } from '../../docs/sources';
import { describeCode, expectedDirection } from '../../docs/codeMeanings';

interface Expectation {
  readonly expected: 'A' | 'D';
  readonly severity: Severity;
  readonly why: string;
}

function expectationFor(row: TransactionRow, code: string): Expectation | undefined {
  const direction = expectedDirection(row.table, code);
  if (!direction) return undefined;
  const { expected, byDefinition } = direction;
  if (byDefinition) return { expected, severity: 'error', why: expected === 'A' ? 'is an acquisition' : 'is a disposition' };
  return row.table === 'II'
    ? { expected, severity: 'warning', why: 'in Table II normally gives up the derivative' }
    : { expected, severity: 'warning', why: 'in Table I normally receives the underlying shares' };
}

/** " The amounts owned agree: 60,000 - 3,200 (D) = 56,800." when the other code makes the row's tally add up. */
function tallyAgreement(doc: OwnershipDocument, row: TransactionRow): string | undefined {
  const step = stepOf(doc, row);
  if (!step?.change || !step.owned || !step.previous || !reversedCodeAddsUp(step)) return undefined;
  return ` The amounts owned agree: ${describeArithmetic(step.previous.owned.amount, reversed(step.change))} = ${step.owned.amount.format()}.`;
}

export const codeDirection = defineRule({
  id: 'code/direction',
  category: 'code',
  severity: 'error',
  forms: transactionForms,
  summary: 'The acquired/disposed code agrees with the transaction code.',
  explanation: [
    'Several transaction codes fix the direction of the transaction by their definition, and the',
    '`transactionAcquiredDisposedCode` (column 4 of Table I, column 5 of Table II) must agree:',
    '',
    '- **Error**: P (purchase), L (small acquisition) and A (grant or award) are acquisitions, so **A**; S (sale),',
    '  F (shares delivered or withheld for price or tax), D (disposition to the issuer), U (tender in a change of',
    '  control) and H (long derivative position cancelled for value) are dispositions, so **D**.',
    '- **Warning**: the exercise and conversion codes M, X, O and C normally dispose of the derivative in Table II (D)',
    '  and acquire the underlying security in Table I (A). Puts, reverse conversions and corrections are legitimate',
    '  exceptions, hence only a warning, unless the amounts owned agree with the other code (then it is an error).',
    '  Some issuers report units and the stock they settle in both in Table I: a C (or M) row giving up the units (D)',
    '  matched by one receiving the same number of shares of another title on the same day (A). The row giving up',
    '  the units is then right, and is left alone.',
    '',
    "When the other code makes the row's running tally add up (see `holdings/running-balance`), this finding is the",
    'only one for the row: the holdings rules do not report the same mistake again as a broken balance or direction.',
    '',
    'A sale coded as an acquisition is one of the commonest Form 4 mistakes, and it is public the moment the filing',
    'is accepted. Fix whichever of the two codes is wrong; the quick fix sets the acquired/disposed code.',
  ].join('\n'),
  sources: [formInstructions('Instruction 8, Transaction Codes'), ownershipFormCodes, techSpec('transactionAcquiredDisposedCode (A or D)')],
  check({ doc, report }) {
    const convertedInTableI = new Set(tableOneConversions(doc).map((pair) => pair.from));
    for (const row of transactionRows(doc)) {
      if (convertedInTableI.has(row)) continue;
      const code = transactionCode(row);
      const direction = row.acquiredDisposed?.value;
      const actual = direction?.value;
      if (!code || !direction || (actual !== 'A' && actual !== 'D')) continue;
      const expectation = expectationFor(row, code);
      if (!expectation || expectation.expected === actual) continue;
      // The holdings rules leave a tally that the other code mends to this finding: it is the one cause.
      const agreement = tallyAgreement(doc, row);
      report({
        span: direction.span,
        severity: agreement ? 'error' : expectation.severity,
        message:
          `${cellPlace(row, 'transactionAcquiredDisposedCode')}: code ${describeCode(code)} ${expectation.why}, but the row says ${actual}: ` +
          `set acquired/disposed to ${expectation.expected}, or correct the code.${agreement ?? ''}`,
        related: row.coding?.code ? [{ span: row.coding.code.span, message: `Transaction code ${code}` }] : undefined,
        data: { expected: expectation.expected },
      });
    }
  },
});
