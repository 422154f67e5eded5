/**
 * Fix all (the editor's `source.fixAll.form4`): every quick fix its rule stands behind (the only one, or the
 * preferred one) in one edit of the original text, dependent fixes (a chain of running balances) followed to the
 * end, equal choices (the 10b5-1 checkbox, checked or not) left.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyze, check, fixAll, fixableRules, makeDate, type Finding, type RuleId } from '../../../server/src/engine/index';
import { applyEdits } from '../../helpers/edits';
import { analyzed, checkDay } from './fixtures';

const seedDay = makeDate(2003, 9, 10);

function seed(format: 'xml' | 'yaml'): string {
  const name = format === 'xml' ? 'seed-8x8-hecker-2003.xml' : 'seed-8x8-hecker-2003.form4.yaml';
  return readFileSync(new URL(`../../../examples/${name}`, import.meta.url), 'utf8');
}

function rulesOf(findings: readonly Finding[]): RuleId[] {
  return findings.map((f) => f.rule);
}

/** The amounts owned after each Table I row, as the text states them. */
function balances(text: string, format: 'xml' | 'yaml'): string[] {
  const model = analyze(text, format).model;
  assert.ok(model);
  return model.rows.flatMap((row) => (row.table === 'I' ? [row.postTransaction?.sharesOwned?.value?.raw ?? ''] : []));
}

for (const format of ['xml', 'yaml'] as const) {
  test(`${format}: fix-all on the seed rolls its repeated amount back from the final holding and marks its late rows, in one edit`, () => {
    const text = seed(format);
    const doc = analyze(text, format);
    const before = rulesOf(check(doc, { today: seedDay }));
    assert.equal(before.filter((r) => r === 'holdings/repeated-amount').length, 1);
    assert.equal(before.filter((r) => r === 'date/deadline').length, 1);
    const all = fixAll(doc, { today: seedDay });
    assert.ok(all.edit);
    assert.equal(all.fixed, 2);
    const fixedText = applyEdits(text, [all.edit]);
    const fixedRules = new Set<RuleId>(['holdings/repeated-amount', 'holdings/running-balance', 'date/deadline']);
    const after = rulesOf(check(analyze(fixedText, format), { today: seedDay }));
    assert.deepEqual(
      after.filter((r) => fixedRules.has(r)),
      [],
    );
    // Every other finding is untouched.
    assert.deepEqual(
      after,
      before.filter((r) => !fixedRules.has(r)),
    );
    // The preferred reading: 100,000 is the holding after the last row, and each row before it holds what the
    // acquisitions after it (1,000 + 1,000 + 2,000 + 3,000 + 6,000 + 4,000) had yet to add.
    assert.deepEqual(
      balances(fixedText, format).map((b) => Number(b.replace(/[^0-9.]/g, ''))),
      [83000, 84000, 85000, 87000, 90000, 96000, 100000],
    );
  });

  test(`${format}: fix-all leaves the fix with two choices and applies the rest`, () => {
    const doc = analyzed(format);
    const before = rulesOf(check(doc, { today: checkDay }));
    assert.ok(before.includes('schema/missing-element'));
    const all = fixAll(doc, { today: checkDay });
    assert.ok(all.edit);
    const after = rulesOf(check(analyze(applyEdits(doc.text, [all.edit]), format), { today: checkDay }));
    assert.deepEqual(
      after.filter((r) => fixableRules.includes(r)),
      ['schema/missing-element'],
    );
    // Nothing new: the fixes leave only findings the document had (fixing the A/D code also ends holdings/direction),
    // and the footnote added for the missing F3, empty until its author writes it (footnote/empty says so).
    assert.deepEqual(
      after.filter((r) => !before.includes(r)),
      ['footnote/empty'],
    );
    assert.ok(after.includes('price/weighted-average-range'));
  });

  test(`${format}: fix-all respects a rule turned off, and has no edit when nothing is fixable`, () => {
    const doc = analyzed(format);
    const rules = {
      'rule10b5-1/missing': 'off',
      'date/deadline': 'off',
      'code/direction': 'off',
      'holdings/running-balance': 'off',
      'footnote/undefined': 'off',
      'document/period-of-report': 'off',
    } as const;
    const offAll = fixAll(doc, { today: checkDay, rules });
    assert.equal(offAll.edit, undefined);
    assert.equal(offAll.fixed, 0);
    const { 'date/deadline': _deadline, ...deadlineOn } = rules;
    const deadlines = fixAll(doc, { today: checkDay, rules: deadlineOn });
    assert.ok(deadlines.edit);
    const fixed = applyEdits(doc.text, [deadlines.edit]);
    assert.deepEqual(
      rulesOf(check(analyze(fixed, format), { today: checkDay })).filter((r) => r === 'date/deadline'),
      [],
    );
  });
}
