import { cellPlace } from '../../model/place';
import type { Decimal } from '../../model/decimal';
import { exercisePairs } from '../../model/exercisePairs';
import { exerciseOrConversionCodes } from '../../model/exerciseCodes';
import { rowExplanations, rowLabel, transactionCode, transactionRows } from '../../model/rows';
import { derivativeNamedBy } from '../../model/securityTitles';
import type { Cell, OwnershipDocument, TransactionRow } from '../../model/types';
import type { Span } from '../../text/span';
import { defineRule, transactionForms } from '../rule';
import { formInstructions, ownershipFormCodes } from '../../docs/sources';

/** Options and restricted stock units are rights to one share each (by how a message names them, in the plural). */
const oneForOne: ReadonlyMap<string, string> = new Map([
  ['an option', 'options'],
  ['restricted stock units', 'restricted stock units'],
]);

/** Words with which a footnote explains why the counts differ: a ratio, a split, dividend equivalents, a net exercise. */
const explainsCounts = /\b(?:ratio|split|adjust\w*|exchang\w*|multipl\w*|fraction\w*|dividend\w*|payout|earned|net)\b/i;

/** One of the two counts of a Table II row, as typed. */
interface Count {
  readonly value: Decimal;
  readonly span: Span;
}

/** A count typed with no footnote on its cell: a footnote on either count is where the filer explains it. */
function plainCount(cell: Cell<Decimal> | undefined): Count | undefined {
  const field = cell?.value;
  return cell?.footnotes.length || !field?.value ? undefined : { value: field.value, span: field.span };
}

/** A Table II exercise of one-for-one securities whose two counts differ, with nothing said to explain it. */
interface CountMismatch {
  readonly code: string;
  /** The securities, as the message names them ("options"). */
  readonly plural: string;
  readonly exercised: Count;
  readonly underlying: Count;
}

function countMismatch(doc: OwnershipDocument, row: TransactionRow): CountMismatch | undefined {
  const code = transactionCode(row);
  const title = row.securityTitle?.value?.value;
  if (row.table !== 'II' || !code || !exerciseOrConversionCodes.has(code) || !title) return undefined;
  const plural = oneForOne.get(derivativeNamedBy(title) ?? '');
  const exercised = plainCount(row.shares);
  const underlying = plainCount(row.derivative?.underlying?.shares);
  if (!plural || !exercised || !underlying || exercised.value.equals(underlying.value)) return undefined;
  if (rowExplanations(doc, row).some((text) => explainsCounts.test(text))) return undefined;
  return { code, plural, exercised, underlying };
}

/**
 * The column 7 count is the one to correct when Table I receives the number exercised (column 5) and not it: then
 * `witness` is that Table I row. When Table I receives the column 7 count instead, column 5 may be the slip or both
 * may show a net settlement, so no side is chosen.
 */
function witnessFor(doc: OwnershipDocument, row: TransactionRow, exercised: Count, underlying: Count): TransactionRow | undefined {
  const received = exercisePairs(doc).find((pair) => pair.exercise === row)?.exact ?? [];
  const receiving = (count: Count) => received.find((p) => p.shares?.value?.value?.equals(count.value));
  return receiving(underlying) ? undefined : receiving(exercised);
}

export const underlyingShares = defineRule({
  id: 'derivative/underlying-shares',
  category: 'derivative',
  severity: 'warning',
  forms: transactionForms,
  summary: 'Exercised options and restricted stock units give one underlying share each: column 7 equals the number exercised.',
  explanation: [
    'An option or a restricted stock unit is a right to one share. When a Table II row exercises or converts some of',
    'them (code M, X, O or C), its amount of underlying shares (column 7) equals the number of derivative securities',
    'given up (column 5), and the Table I row that receives the shares shows that number too. A column 7 left at 0, or',
    'a count that differs, misstates what was exercised.',
    '',
    'When the Table I row receives the number exercised, column 7 is the one to correct, and the quick fix sets it. When',
    'it receives the column 7 count, either column 5 is the slip or both show shares net of a withholding: check both.',
    "(A Table I row that receives neither is derivative/unpaired-exercise's finding.) Left alone: warrants, rights and",
    'performance units (whose ratio or payout varies), a count with a footnote, and rows whose footnotes (or the',
    'remarks) speak of a ratio, a split or adjustment, an exchange, dividend equivalents, shares earned or paid out, or a',
    'net exercise.',
  ].join('\n'),
  sources: [
    formInstructions('Table II columns 5 and 7 (number of derivative securities; amount of underlying securities)'),
    ownershipFormCodes,
  ],
  check({ doc, report }) {
    for (const row of transactionRows(doc)) {
      const mismatch = countMismatch(doc, row);
      if (!mismatch) continue;
      const { code, plural, exercised, underlying } = mismatch;
      const witness = witnessFor(doc, row, exercised, underlying);
      const receivedSpan = witness?.shares?.value?.span;
      report({
        span: underlying.span,
        message:
          `${cellPlace(row, 'underlyingSecurityShares')}: ${exercised.value.format()} ${plural} exercised (${code}) for ${underlying.value.format()} underlying shares; ` +
          (witness
            ? `at one share each, the underlying shares should be ${exercised.value.format()}, as ${rowLabel(witness)} receives.`
            : 'at one share each, the two counts should be equal.'),
        related: [
          { span: exercised.span, message: `${rowLabel(row)}: derivative securities exercised, ${exercised.value.format()}` },
          ...(witness && receivedSpan ? [{ span: receivedSpan, message: `${rowLabel(witness)}: shares received` }] : []),
        ],
        ...(witness ? { data: { expected: exercised.value.toString() } } : {}),
      });
    }
  },
});
