import { isAmendment } from '../../model/formFamily';
import { cellPlace } from '../../model/place';
import { formatIsoDate } from '../../model/date';
import { isPaired, sameDayPartners, underlyingAmount } from '../../model/exercisePairs';
import { defineRule, transactionForms } from '../rule';
import { rowLabel, transactionCode, transactionRows } from '../../model/rows';
import { formInstructions, ownershipFormCodes } from '../../docs/sources';
import { exerciseOrConversionCodes } from '../../model/exerciseCodes';

export const unpairedExercise = defineRule({
  id: 'derivative/unpaired-exercise',
  category: 'derivative',
  severity: 'warning',
  forms: transactionForms,
  summary: 'A Table II exercise or conversion (M, X, O, C) has a Table I row with the same code, date and number of shares.',
  explanation: [
    'Exercising or converting a derivative security is two sides of one transaction, reported on two lines: Table II',
    'shows the derivative security given up, and Table I shows the underlying shares received, with the same',
    "transaction code and date. The Table I amount equals the Table II row's number of underlying shares (column 7)",
    'or its number of derivative securities (column 5; both are accepted). A Table II exercise without its',
    "Table I partner leaves the holder's common stock position understating what was received.",
    '',
    'Add the Table I row (or fix its code, date or share count). Several option series exercised on one day may be',
    'received on one Table I row, or one exercise split over direct and indirect rows: totals that agree are',
    'accepted, and so is a share count that differs when a footnote on the Table I row (or on the Table II row)',
    'explains the difference: dividend equivalents credited in shares, or fractional shares rounded. An amendment that',
    'restates only Table II rows (no Table I transaction) amends just those lines, and needs no Table I pair. Rows',
    'whose date is missing are not checked.',
  ].join('\n'),
  sources: [formInstructions('Instructions 4 and 8 (Tables I and II; codes M, X, O and C)'), ownershipFormCodes],
  check({ doc, report }) {
    const rows = transactionRows(doc);
    const tableI = rows.filter((r) => r.table === 'I');
    const tableII = rows.filter((r) => r.table === 'II');
    if (isAmendment(doc.form) && tableI.length === 0) return;
    for (const row of tableII) {
      const code = transactionCode(row);
      const codeField = row.coding?.code;
      const date = row.transactionDate?.value?.value;
      if (!code || !codeField || !date || !exerciseOrConversionCodes.has(code)) continue;
      const partners = sameDayPartners(row, code, tableI);
      if (isPaired(doc, row, code, partners, tableII)) continue;
      const amount = underlyingAmount(row);
      report({
        span: codeField.span,
        message:
          `${cellPlace(row, 'transactionCode')}: ${code === 'C' ? 'conversion' : 'exercise'} (${code}) on ${formatIsoDate(date)}` +
          `${amount ? ` of ${amount.format()} underlying shares` : ''} has no Table I row with code ${code}, the same date` +
          `${amount ? ` and ${amount.format()} shares` : ''}.`,
        related: partners.map((p) => ({
          span: p.shares?.value?.span ?? p.node.nameSpan,
          message: `${rowLabel(p)}: code ${code} on the same date, ${p.shares?.value?.value?.format() ?? '?'} shares`,
        })),
      });
    }
  },
});
