import { test } from 'node:test';
import { originalSubmissionDate } from '../../../server/src/engine/rules/document/original-submission-date';
import { periodOfReport } from '../../../server/src/engine/rules/document/period-of-report';
import { tableRowLimit } from '../../../server/src/engine/rules/document/table-row-limit';
import { documentType } from '../../../server/src/engine/rules/document/type';
import { holding, transaction } from '../../helpers/form4';
import { assertFires, assertQuiet, formats } from './harness';

for (const format of formats) {
  test(`[${format}] document/type: a documentType that is not 4 or 4/A`, () => {
    assertFires(documentType, { documentType: '«4A»' }, format, { messages: ["documentType '4A' is not a Form 4 type"], severity: 'error', data: { expected: '4' } });
  });

  test(`[${format}] document/type: Form 5 is reported as not checked, at information level`, () => {
    assertFires(documentType, { documentType: '«5»' }, format, { messages: ['Form 5 is not checked'], severity: 'information' });
  });

  test(`[${format}] document/type: 4 and 4/A pass`, () => {
    assertQuiet(documentType, { documentType: '4' }, format);
    assertQuiet(documentType, { documentType: '4/A', dateOfOriginalSubmission: '2024-03-13' }, format);
  });

  test(`[${format}] document/period-of-report: period later than the earliest transaction in either table`, () => {
    assertFires(
      periodOfReport,
      {
        periodOfReport: '«2024-03-15»',
        rows: [transaction({ date: '2024-03-15' }), transaction({ table: 'II', code: 'A', acquiredDisposed: 'A', date: '‹2024-03-12›' })],
      },
      format,
      { messages: ['periodOfReport 2024-03-15 is not the earliest transaction date 2024-03-12 (Table II row 1)'], data: { earliest: '2024-03-12' } },
    );
  });

  test(`[${format}] document/period-of-report: period earlier than every transaction`, () => {
    assertFires(periodOfReport, { periodOfReport: '«2024-03-01»', rows: [transaction({ date: '‹2024-03-12›' })] }, format, { data: { earliest: '2024-03-12' } });
  });

  test(`[${format}] document/period-of-report: near miss, the earliest of several dates; holdings have no date`, () => {
    assertQuiet(periodOfReport, { periodOfReport: '2024-03-11', rows: [transaction({ date: '2024-03-12' }), transaction({ date: '2024-03-11' }), holding()] }, format);
  });

  test(`[${format}] document/period-of-report: a 4/A may keep the original period, earlier than its corrected lines`, () => {
    assertQuiet(periodOfReport, { documentType: '4/A', dateOfOriginalSubmission: '2024-03-13', periodOfReport: '2024-03-01', rows: [transaction({ date: '2024-03-12' })] }, format);
    assertFires(periodOfReport, { documentType: '4/A', dateOfOriginalSubmission: '2024-03-13', periodOfReport: '«2024-03-20»', rows: [transaction({ date: '‹2024-03-12›' })] }, format);
  });

  test(`[${format}] document/period-of-report: no transactions (holdings only), nothing to compare`, () => {
    assertQuiet(periodOfReport, { periodOfReport: '2024-03-20', rows: [holding()] }, format);
  });

  test(`[${format}] document/original-submission-date: 4/A without it, on documentType`, () => {
    assertFires(originalSubmissionDate, { documentType: '«4/A»' }, format, { messages: ['Form 4/A without dateOfOriginalSubmission'] });
  });

  test(`[${format}] document/original-submission-date: an original Form 4 with it, on the date`, () => {
    assertFires(originalSubmissionDate, { documentType: '‹4›', dateOfOriginalSubmission: '«2024-03-13»' }, format, {
      messages: ['dateOfOriginalSubmission 2024-03-13 on an original Form 4'],
      data: { documentType: '4/A' },
    });
  });

  test(`[${format}] document/original-submission-date: near misses`, () => {
    assertQuiet(originalSubmissionDate, { documentType: '4/A', dateOfOriginalSubmission: '2024-03-13' }, format);
    assertQuiet(originalSubmissionDate, { documentType: '4' }, format);
  });

  test(`[${format}] document/table-row-limit: 31 rows in Table I, on the 31st`, () => {
    const rows = Array.from({ length: 31 }, (_, i) => (i === 30 ? holding({ markNames: ['nonDerivativeHolding'] }) : holding()));
    assertFires(tableRowLimit, { rows }, format, { messages: ['Table I (non-derivative) has 31 rows; EDGAR takes at most 30'], data: { rows: '31', limit: '30' } });
  });

  test(`[${format}] document/table-row-limit: 30 rows in each table is the limit, not over it`, () => {
    const rows = [...Array.from({ length: 30 }, () => holding()), ...Array.from({ length: 30 }, () => holding({ table: 'II' }))];
    assertQuiet(tableRowLimit, { rows }, format);
  });
}
