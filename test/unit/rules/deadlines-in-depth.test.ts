/**
 * Deadlines in depth (issue 12): the filing date of a joint filing, rows that claim a deferral they cannot have,
 * rows of an amendment that are new transactions, and the dates an amendment gives for the filing it amends.
 */
import { test } from 'node:test';
import { filingDeadline } from '../../../server/src/engine/rules/date/deadline';
import { transaction } from '../../helpers/form4';
import { assertFires, assertQuiet, formats } from './harness';

// "Today" in these tests is Thursday 2024-03-14 (harness.testToday).

const twoOwners = [
  { cik: '0000000001', name: 'First Owner' },
  { cik: '0000000002', name: 'Second Owner' },
];

for (const format of formats) {
  // ---- date/deadline on a joint filing: the latest signature is the filing date --------------------------------

  test(`[${format}] date/deadline: a joint filing is filed when its last owner signs, whichever signature comes first`, () => {
    // Friday 2024-03-08 is due Tuesday 03-12: the first owner signed in time, the second a day late.
    for (const dates of [
      ['2024-03-12', '‹2024-03-13›'],
      ['‹2024-03-13›', '2024-03-12'],
    ])
      assertFires(
        filingDeadline,
        { owners: twoOwners, rows: [transaction({ date: '«2024-03-08»' })], signatures: dates.map((date) => ({ date })) },
        format,
        {
          messages: ['due by 2024-03-12, two business days after the transaction on 2024-03-08, but last signed 2024-03-13'],
          data: { deadline: '2024-03-12' },
        },
      );
  });

  test(`[${format}] date/deadline: a joint draft that one owner has not signed yet is filed no earlier than today`, () => {
    assertFires(
      filingDeadline,
      { owners: twoOwners, rows: [transaction({ date: '«2024-03-11»' })], signatures: [{ date: '2024-03-12' }, { date: '' }] },
      format,
      {
        messages: ['due by 2024-03-13, two business days after the transaction on 2024-03-11, but not signed yet and today is 2024-03-14'],
      },
    );
  });

  test(`[${format}] date/deadline: near misses: every owner signed by the deadline; one unreadable date`, () => {
    assertQuiet(
      filingDeadline,
      { owners: twoOwners, rows: [transaction({ date: '2024-03-08' })], signatures: [{ date: '2024-03-11' }, { date: '2024-03-12' }] },
      format,
    );
    assertQuiet(
      filingDeadline,
      { owners: twoOwners, rows: [transaction({ date: '2024-03-01' })], signatures: [{ date: '2024-03-04' }, { date: '13/03/2024' }] },
      format,
    );
  });
}
