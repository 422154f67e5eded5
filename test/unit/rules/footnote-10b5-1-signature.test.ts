import { test } from 'node:test';
import { emptyFootnote } from '../../../server/src/engine/rules/footnote/empty';
import { unusedFootnote } from '../../../server/src/engine/rules/footnote/unused';
import { adoptionDate } from '../../../server/src/engine/rules/rule10b5-1/adoption-date';
import { rule10b51Missing } from '../../../server/src/engine/rules/rule10b5-1/missing';
import { uncheckedPlan } from '../../../server/src/engine/rules/rule10b5-1/unchecked-plan';
import { jointCount } from '../../../server/src/engine/rules/signature/joint-count';
import { transaction } from '../../helpers/form4';
import { assertFires, assertQuiet, formats } from './harness';

const planFootnote = 'The sales reported were effected under a Rule 10b5-1 trading plan adopted by the reporting person on March 13, 2023.';

for (const format of formats) {
  test(`[${format}] footnote/unused: a footnote nothing refers to, on its id`, () => {
    assertFires(
      unusedFootnote,
      { rows: [transaction({ codingFootnotes: ['F1'] })], footnotes: { F1: 'Used.', '«F2»': 'Not used.' } },
      format,
      {
        messages: ['Footnote F2 is defined but nothing refers to it'],
        severity: 'warning',
        data: { id: 'F2' },
      },
    );
  });

  test(`[${format}] footnote/unused: near miss, every footnote referenced from some cell`, () => {
    assertQuiet(
      unusedFootnote,
      {
        rows: [transaction({ codingFootnotes: ['F1'], nature: { value: 'By Trust', footnotes: ['F2'] }, ownership: 'I' })],
        footnotes: { F1: 'One.', F2: 'Two.' },
      },
      format,
    );
  });

  test(`[${format}] footnote/empty: a footnote with no text, on its id`, () => {
    assertFires(emptyFootnote, { rows: [transaction({ codingFootnotes: ['F1', 'F2'] })], footnotes: { F1: 'Used.', '«F2»': '' } }, format, {
      messages: ['Footnote F2 is empty: write the explanation'],
      severity: 'warning',
    });
  });

  test(`[${format}] footnote/empty: blank text is empty too, on the blank`, () => {
    assertFires(emptyFootnote, { rows: [transaction({ codingFootnotes: ['F1'] })], footnotes: { F1: '«   »' } }, format, {
      messages: ['Footnote F1 is empty'],
    });
  });

  test(`[${format}] footnote/empty: near miss, a footnote of one word`, () => {
    assertQuiet(emptyFootnote, { rows: [transaction({ codingFootnotes: ['F1'] })], footnotes: { F1: 'Gift.' } }, format);
  });

  test(`[${format}] rule10b5-1/missing: no aff10b5One on a 2024 Form 4 declaring a schema from before the box, on the root`, () => {
    const spec = { schemaVersion: 'X0306', aff10b5One: null, periodOfReport: '‹2024-03-12›', markNames: ['ownershipDocument'] };
    assertFires(rule10b51Missing, spec, format, {
      messages: [
        'Checkbox (Rule 10b5-1(c) transaction): missing, and a Form 4 for 2024-03-12 (on or after 2023-04-01) must answer it: add aff10b5One with 1 or 0.',
      ],
      data: { missing: 'aff10b5One' },
    });
  });

  test(`[${format}] rule10b5-1/missing: near misses (before 2023-04-01; present and unchecked; the schema's own error)`, () => {
    const old = { schemaVersion: 'X0306' };
    assertQuiet(
      rule10b51Missing,
      { ...old, aff10b5One: null, periodOfReport: '2023-03-31', rows: [transaction({ date: '2023-03-31' })] },
      format,
    );
    assertQuiet(rule10b51Missing, { ...old, aff10b5One: '0' }, format);
    // Declaring X0407 or later (or no version), the document is held to today's schema, whose error says it once.
    assertQuiet(rule10b51Missing, { aff10b5One: null, periodOfReport: '2024-03-12' }, format);
    assertQuiet(rule10b51Missing, { schemaVersion: null, aff10b5One: null, periodOfReport: '2024-03-12' }, format);
  });

  test(`[${format}] rule10b5-1/adoption-date: checked, the plan footnote gives no date`, () => {
    assertFires(
      adoptionDate,
      {
        aff10b5One: '«1»',
        rows: [transaction({ codingFootnotes: ['F1'] })],
        footnotes: { F1: '‹Shares were sold pursuant to a 10b5-1 trading plan adopted by the reporting person.›' },
      },
      format,
      {
        messages: [
          'Checkbox (Rule 10b5-1(c) transaction): checked, but footnote F1 gives no adoption date: state the date the Rule 10b5-1 plan was adopted.',
        ],
      },
    );
  });

  test(`[${format}] rule10b5-1/adoption-date: checked, nothing about the plan at all`, () => {
    assertFires(adoptionDate, { aff10b5One: '«true»' }, format, {
      messages: ["no footnote or remark gives the Rule 10b5-1 plan's adoption date"],
    });
  });

  test(`[${format}] rule10b5-1/adoption-date: near misses (a dated footnote, a dated remark, unchecked)`, () => {
    assertQuiet(
      adoptionDate,
      { aff10b5One: '1', rows: [transaction({ codingFootnotes: ['F1'] })], footnotes: { F1: planFootnote } },
      format,
    );
    assertQuiet(adoptionDate, { aff10b5One: '1', remarks: 'Trades made under a Rule 10b5-1 plan adopted 8/16/2023.' }, format);
    assertQuiet(adoptionDate, { aff10b5One: '0' }, format);
  });

  test(`[${format}] rule10b5-1/unchecked-plan: a plan footnote with the box at 0, on the box`, () => {
    assertFires(
      uncheckedPlan,
      { aff10b5One: '«0»', rows: [transaction({ codingFootnotes: ['F1'] })], footnotes: { F1: `‹${planFootnote}›` } },
      format,
      {
        messages: [
          'Checkbox (Rule 10b5-1(c) transaction): 0 (not checked), but footnote F1 speaks of a Rule 10b5-1 plan: check the box (1) if the plan is meant to satisfy Rule 10b5-1(c).',
        ],
        data: { expected: '1' },
      },
    );
  });

  test(`[${format}] rule10b5-1/unchecked-plan: near misses (a footnote saying it was not a plan trade; the box checked)`, () => {
    const notAPlan = 'These shares were not sold pursuant to a Rule 10b5-1 trading plan.';
    assertQuiet(
      uncheckedPlan,
      { aff10b5One: 'false', rows: [transaction({ codingFootnotes: ['F1'] })], footnotes: { F1: notAPlan } },
      format,
    );
    assertQuiet(
      uncheckedPlan,
      { aff10b5One: '1', rows: [transaction({ codingFootnotes: ['F1'] })], footnotes: { F1: planFootnote } },
      format,
    );
  });

  test(`[${format}] signature/joint-count: three owners, two signatures, on the last signature`, () => {
    assertFires(
      jointCount,
      { owners: [{}, {}, {}], signatures: [{ name: 'Owner1 Pat' }, { name: 'Owner2 Pat', markNames: ['ownerSignature'] }] },
      format,
      {
        messages: ['3 reporting owners but 2 signatures'],
        data: { owners: '3', signatures: '2' },
      },
    );
  });

  test(`[${format}] signature/joint-count: near misses (each owner signs; a single owner)`, () => {
    assertQuiet(jointCount, { owners: [{}, {}] }, format);
    assertQuiet(jointCount, { owners: [{}] }, format);
  });

  test(`[${format}] signature/joint-count: one signature that signs for every joint filer`, () => {
    for (const name of [
      '/s/ Warren E. Buffett, on behalf of himself  and each other reporting person hereunder',
      'Acme Capital LP, for itself and each other Reporting Person',
      'By: /s/ Pat Lee, attorney-in-fact, on behalf of each of the reporting persons',
    ]) {
      assertQuiet(jointCount, { owners: [{}, {}, {}], signatures: [{ name }] }, format);
    }
    assertQuiet(
      jointCount,
      {
        owners: [{}, {}],
        signatures: [{ name: 'Pat Lee' }],
        remarks: 'Pat Lee signs this joint filing on behalf of all reporting persons.',
      },
      format,
    );
    // A signature that names the owners it signs for.
    assertQuiet(
      jointCount,
      {
        owners: [{ name: 'Acme Capital LP' }, { name: 'Acme Fund II LP' }],
        signatures: [{ name: 'Acme Capital LP, for itself and as general partner of Acme Fund II, L.P.' }],
      },
      format,
    );
    // Near misses: a signer acting for himself only, or for someone who is not an owner, still leaves owners unsigned.
    for (const name of ['/s/ Pat Lee, on behalf of himself', '/s/ Pat Lee, for itself and Acme Fund III LP', 'Reporting person: Pat Lee']) {
      assertFires(
        jointCount,
        { owners: [{ name: 'Pat Lee' }, { name: 'Acme Fund II LP' }], signatures: [{ name, markNames: ['ownerSignature'] }] },
        format,
        {
          messages: ['2 reporting owners but 1 signature: in a joint filing every reporting owner signs.'],
        },
      );
    }
  });
}
