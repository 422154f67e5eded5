import type { Severity } from '../../findings';
import type { TransactionRow } from '../../model/types';
import { defineRule, form4AndAmendment } from '../rule';
import { rowLabel, transactionCode, transactionRows } from '../../model/rows';
import { tableOneConversions } from '../../model/tableOneConversions';
import { formInstructions, ownershipFormCodes, techSpec } from '../../docs/sources';
import { codeMeaning, describeCode, exerciseCodes } from '../../docs/codeMeanings';

interface Expectation {
  readonly expected: 'A' | 'D';
  readonly severity: Severity;
  readonly why: string;
}

function expectationFor(row: TransactionRow, code: string): Expectation | undefined {
  const fixed = codeMeaning(code)?.direction;
  if (fixed) return { expected: fixed, severity: 'error', why: fixed === 'A' ? 'is an acquisition' : 'is a disposition' };
  if (!exerciseCodes.has(code)) return undefined;
  return row.table === 'II'
    ? { expected: 'D', severity: 'warning', why: 'in Table II normally gives up the derivative' }
    : { expected: 'A', severity: 'warning', why: 'in Table I normally receives the underlying shares' };
}

export const codeDirection = defineRule({
  id: 'code/direction',
  category: 'code',
  severity: 'error',
  forms: form4AndAmendment,
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
    '  exceptions, hence only a warning. Some issuers report units and the stock they settle in both in Table I: a',
    '  C (or M) row giving up the units (D) matched by one receiving the same number of shares of another title on',
    '  the same day (A). The row giving up the units is then right, and is left alone.',
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
      report({
        span: direction.span,
        severity: expectation.severity,
        message: `${rowLabel(row)}: code ${describeCode(code)} ${expectation.why}, but the row says ${actual}: set acquired/disposed to ${expectation.expected}, or correct the code.`,
        related: row.coding?.code ? [{ span: row.coding.code.span, message: `Transaction code ${code}` }] : undefined,
        data: { expected: expectation.expected },
      });
    }
  },
});
