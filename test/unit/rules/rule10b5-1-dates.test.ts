import { test } from 'node:test';
import { adoptionDate } from '../../../server/src/engine/rules/rule10b5-1/adoption-date';
import { adoptionOrder } from '../../../server/src/engine/rules/rule10b5-1/adoption-order';
import { coolingOff } from '../../../server/src/engine/rules/rule10b5-1/cooling-off';
import { holding, transaction } from '../../helpers/form4';
import { assertFires, assertQuiet, formats } from './harness';

// The default fixture: one director, one sale on Tuesday 2024-03-12, signed 2024-03-13.

/** A plan footnote with the given adoption wording, referred to from each row's code. */
const plan = (adopted: string) =>
  `The sales reported were effected pursuant to a Rule 10b5-1 trading plan adopted by the reporting person ${adopted}.`;
const planRow = (date: string) => transaction({ date, codingFootnotes: ['F1'] });

for (const format of formats) {
  // ---- rule10b5-1/adoption-order --------------------------------------------------------------------------------

  test(`[${format}] rule10b5-1/adoption-order: the trade date given as the adoption date, on the footnote`, () => {
    assertFires(
      adoptionOrder,
      { aff10b5One: '1', rows: [planRow('‹2024-03-12›')], footnotes: { F1: `«${plan('on March 12, 2024')}»` } },
      format,
      {
        messages: [
          'Footnote F1 gives 2024-03-12 ("March 12, 2024") as the plan\'s adoption date, the day of the trade itself (Table I row 1, 2024-03-12): a plan is adopted before the trades made under it, and since 2023-02-27 at least 30 days before. Give the date the plan was adopted, not the trade date.',
        ],
        severity: 'warning',
      },
    );
  });

  test(`[${format}] rule10b5-1/adoption-order: adopted after the plan's first trade (US-style date, in the remarks)`, () => {
    assertFires(
      adoptionOrder,
      {
        aff10b5One: '1',
        rows: [transaction({ date: '‹2024-03-08›' }), transaction({ date: '2024-03-12' })],
        remarks: '«Trades made under a Rule 10b5-1 plan entered into on 3/11/2024.»',
        signatures: [{ date: '2024-03-13' }],
      },
      format,
      {
        messages: [
          'The remarks give 2024-03-11 ("3/11/2024") as the plan\'s adoption date, after the plan\'s first trade (Table I row 1, 2024-03-08)',
        ],
      },
    );
  });

  test(`[${format}] rule10b5-1/adoption-order: adopted after the signature, with no dated trade`, () => {
    assertFires(
      adoptionOrder,
      {
        aff10b5One: '1',
        rows: [holding()],
        footnotes: { F1: `«${plan('on 2024-03-20')}»` },
        signatures: [{ date: '‹2024-03-13›' }],
      },
      format,
      { messages: ["Footnote F1 gives 2024-03-20 as the plan's adoption date, after the form was signed on 2024-03-13"] },
    );
  });

  test(`[${format}] rule10b5-1/adoption-order: near misses (adopted before; another row is earlier; not an adoption date; no plan)`, () => {
    assertQuiet(adoptionOrder, { aff10b5One: '1', rows: [planRow('2024-03-12')], footnotes: { F1: plan('on November 1, 2023') } }, format);
    // Row 1 is no plan trade: only row 2 refers to the plan footnote, and it follows the adoption.
    assertQuiet(
      adoptionOrder,
      {
        aff10b5One: '1',
        rows: [transaction({ date: '2024-03-01', code: 'M', acquiredDisposed: 'A', owned: '1000' }), planRow('2024-03-12')],
        footnotes: { F1: plan('on 03/05/24') },
      },
      format,
    );
    // The remarks' date is a trade's, not the adoption's.
    assertQuiet(
      adoptionOrder,
      {
        aff10b5One: '1',
        rows: [transaction({ date: '2024-03-12' })],
        remarks:
          'All sales were effected under a Rule 10b5-1 plan adopted by the reporting person. Related sales effected on March 12, 2024 are reported on another Form 4.',
      },
      format,
    );
    assertQuiet(
      adoptionOrder,
      {
        rows: [planRow('2024-03-12')],
        footnotes: { F1: 'These shares were not sold under a Rule 10b5-1 trading plan adopted on March 12, 2024.' },
      },
      format,
    );
  });

  // ---- rule10b5-1/cooling-off -----------------------------------------------------------------------------------

  test(`[${format}] rule10b5-1/cooling-off: a director's trades 70 days after adoption, one finding on the first`, () => {
    assertFires(
      coolingOff,
      {
        aff10b5One: '1',
        rows: [planRow('«2024-03-12»'), transaction({ date: '‹2024-03-12›', codingFootnotes: ['F1'], shares: '100', owned: '800' })],
        footnotes: { F1: `‹${plan('on January 2, 2024')}›` },
      },
      format,
      {
        messages: [
          "Table I row 1 (2024-03-12) and Table I row 2 (2024-03-12) are inside the Rule 10b5-1 cooling-off period (the first 70 days after adoption): a director's or officer's first trade under a plan adopted on 2024-01-02 may be on 2024-04-02 at the earliest (90 days after adoption), later if the issuer's 10-Q or 10-K for the quarter of adoption came less than two business days before, and by 2024-05-02 (120 days) at the latest. Check the adoption date in footnote F1, or whether these trades were made under the plan.",
        ],
        severity: 'warning',
        data: { earliest: '2024-04-02' },
      },
    );
  });

  test(`[${format}] rule10b5-1/cooling-off: a ten percent owner's trade 21 days after adoption`, () => {
    assertFires(
      coolingOff,
      {
        owners: [{ isDirector: '0', isTenPercentOwner: '1' }],
        aff10b5One: '1',
        rows: [planRow('«2024-03-12»')],
        footnotes: { F1: `‹${plan('on Feb. 20, 2024')}›` },
      },
      format,
      {
        messages: [
          'Table I row 1 (2024-03-12) is inside the Rule 10b5-1 cooling-off period (the first 21 days after adoption): the first trade under a plan adopted on 2024-02-20 may be on 2024-03-22 at the earliest (30 days after adoption). Check the adoption date in footnote F1, or whether this trade was made under the plan.',
        ],
        data: { earliest: '2024-03-22' },
      },
    );
  });

  test(`[${format}] rule10b5-1/cooling-off: near misses (day 91; before 2023-02-27; day 31 for others; adopted on the first trade's day)`, () => {
    assertQuiet(coolingOff, { aff10b5One: '1', rows: [planRow('2024-03-12')], footnotes: { F1: plan('on December 12, 2023') } }, format);
    assertQuiet(coolingOff, { aff10b5One: '1', rows: [planRow('2023-03-01')], footnotes: { F1: plan('on February 26, 2023') } }, format);
    assertQuiet(
      coolingOff,
      {
        owners: [{ isDirector: '0', isTenPercentOwner: '1' }],
        aff10b5One: '1',
        rows: [planRow('2024-03-12')],
        footnotes: { F1: plan('on February 10, 2024') },
      },
      format,
    );
    // Adopted on the first trade's day: the date is wrong, which is rule10b5-1/adoption-order's finding, not a second one here.
    assertQuiet(
      coolingOff,
      { aff10b5One: '1', rows: [planRow('2024-03-11'), planRow('2024-03-12')], footnotes: { F1: plan('on March 11, 2024') } },
      format,
    );
  });

  // ---- rule10b5-1/adoption-date: a trade date is not an adoption date ---------------------------------------------

  test(`[${format}] rule10b5-1/adoption-date: the only date in the plan footnote is the trade's`, () => {
    assertFires(
      adoptionDate,
      {
        aff10b5One: '«1»',
        rows: [planRow('2024-03-12')],
        footnotes: { F1: '‹Shares sold on March 12, 2024 under a Rule 10b5-1 trading plan.›' },
      },
      format,
      {
        messages: [
          'Checkbox (Rule 10b5-1(c) transaction): checked, but footnote F1 gives only the transaction date (2024-03-12), not the date the Rule 10b5-1 plan was adopted: state the adoption date.',
        ],
      },
    );
  });

  test(`[${format}] rule10b5-1/adoption-date: near miss, a bare date that is no trade's`, () => {
    assertQuiet(
      adoptionDate,
      {
        aff10b5One: '1',
        rows: [planRow('2024-03-12')],
        footnotes: { F1: 'Shares sold under a Rule 10b5-1 trading plan of November 1, 2023.' },
      },
      format,
    );
  });
}
