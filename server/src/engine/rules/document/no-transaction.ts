import { baseForm } from '../../model/formFamily';
import type { OwnershipDocument } from '../../model/types';
import { defineRule, type ReportInput } from '../rule';
import { transactionRows } from '../../model/rows';
import { formInstructions, techSpec } from '../../docs/sources';

export const noTransaction = defineRule({
  id: 'document/no-transaction',
  category: 'document',
  severity: 'warning',
  forms: ['4', '5', '5/A'],
  summary: 'A Form 4 reports at least one transaction; a Form 5 with no row at all checks the exit box.',
  explanation: [
    'Form 4 is the *Statement of Changes* in beneficial ownership: it is filed because a transaction happened, and',
    'each table row it must have is a `nonDerivativeTransaction` or a `derivativeTransaction`. Holding rows only',
    'complete the picture. A Form 4 that lists holdings and no transaction reports nothing that calls for a Form 4: a',
    'statement of holdings alone is the initial statement, Form 3, and transactions that could wait go on the annual',
    'Form 5. Most often the transaction rows were typed as holdings, or left out.',
    '',
    'Add the transactions the filing is for, or file the holdings on the form they belong to. Two filings are left',
    'alone: a Form 4/A, which restates only the rows it corrects (a holding row may be all it changes), and a Form 4',
    'whose only purpose is to check the "no longer subject to Section 16" box (`notSubjectToSection16`), which',
    'insiders who leave their role file with no transaction.',
    '',
    "A Form 5 (or 5/A) reports the fiscal year's deferred and late items, and may hold only holdings (late Form 3",
    'holdings, or the year-end amounts). One with **no row at all** is an **error**: EDGAR suspends a Form 4 or 5',
    'submission with no transactions or holdings unless `notSubjectToSection16` is true. One with holdings and no',
    'transaction gets an *information*: the specification asks for a transaction unless the exit box is checked,',
    'but EDGAR has accepted such filings.',
  ].join('\n'),
  sources: [
    formInstructions('Instruction 1(a) (when a Form 4 is filed) and Instruction 4 (holdings)'),
    techSpec(
      'nonDerivativeTable, derivativeTable; 4.3 and 4.3.3 (no transactions or holdings: suspended unless notSubjectToSection16 is true)',
    ),
  ],
  check({ doc, report }) {
    const type = doc.documentType;
    if (!type || type.value !== doc.form || doc.notSubjectToSection16?.value === true) return;
    // X0101's rows are outside the tables: what they are, the structure checker says (information on such a document).
    if (transactionRows(doc).length > 0 || doc.x0101Rows.length > 0) return;
    const finding = baseForm(doc.form) === '5' ? form5Finding(doc) : form4Finding(doc);
    report({
      ...finding,
      span: type.span,
      related: doc.rows.map((row) => ({ span: row.node.nameSpan, message: 'A holding, not a transaction' })),
    });
  },
});

type Finding = Omit<ReportInput<'document/no-transaction'>, 'span'>;

function holdingsPhrase(doc: OwnershipDocument): string {
  return doc.rows.length === 1 ? 'a holding' : `${doc.rows.length} holdings`;
}

function form4Finding(doc: OwnershipDocument): Finding {
  return {
    message:
      doc.rows.length > 0
        ? `This Form 4 reports ${holdingsPhrase(doc)} and no transaction: add the transactions it is filed for, or report holdings alone on Form 3 or Form 5.`
        : 'This Form 4 reports no transaction: add the transactions it is filed for in Table I or Table II.',
  };
}

function form5Finding(doc: OwnershipDocument): Finding {
  if (doc.rows.length > 0)
    return {
      severity: 'information',
      message: `Tables I and II: this Form ${doc.form} reports ${holdingsPhrase(doc)} and no transaction; the specification asks for a transaction unless the exit box (notSubjectToSection16) is checked.`,
    };
  return {
    severity: 'error',
    message: `Tables I and II: this Form ${doc.form} has no row, and the exit box (notSubjectToSection16) is not checked, so EDGAR suspends it; add the year's items, or check the box if the person is no longer subject to Section 16.`,
  };
}
