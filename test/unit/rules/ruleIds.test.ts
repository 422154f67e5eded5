/**
 * Rule ids and finding data are typed from the catalogue. The `@ts-expect-error` lines are the type-level half of
 * this test: `tsc` (npm run typecheck) fails as soon as one of them compiles, that is when a misspelt id or a data
 * shape a rule does not give is accepted again. The runtime half checks the guard that narrows outside strings.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FindingDataOf } from '../../../server/src/engine/findingData';
import type { Finding } from '../../../server/src/engine/findings';
import { describeRule, isKnownRule, type RuleId } from '../../../server/src/engine/rules/catalogue';
import { defineRule, form4AndAmendment } from '../../../server/src/engine/rules/rule';

const span = { start: 0, end: 1 };

function ruleId(id: RuleId): RuleId {
  return id;
}

test('a string from a setting becomes a RuleId only through isKnownRule', () => {
  const fromUser: string = 'holdings/running-balance';
  assert.ok(isKnownRule(fromUser));
  assert.equal(describeRule(ruleId(fromUser)).id, 'holdings/running-balance');
  assert.equal(isKnownRule('holdings/runing-balance'), false);
});

test('misspelt ids and foreign data shapes do not compile', () => {
  // @ts-expect-error a misspelt id is not a RuleId
  assert.equal(isKnownRule(ruleId('code/directoin')), false);

  // @ts-expect-error a finding names only ids the engine emits
  const misspelt: Finding = { rule: 'footnote/unsed', severity: 'error', message: 'm', span };
  // @ts-expect-error a finding carries its own rule's data, not another's
  const foreignData: Finding = { rule: 'code/direction', severity: 'error', message: 'm', span, data: { earliest: '2024-03-12' } };
  // @ts-expect-error code/direction's expected value is A or D
  const badValue: FindingDataOf<'code/direction'> = { expected: 'X' };
  // @ts-expect-error a rule without data (date/future) reports none
  const noData: Finding = { rule: 'date/future', severity: 'error', message: 'm', span, data: { expected: 'A' } };
  assert.equal([misspelt, foreignData, badValue, noData].length, 4);

  const rule = defineRule({
    id: 'document/period-of-report',
    category: 'document',
    severity: 'error',
    forms: form4AndAmendment,
    summary: 's',
    explanation: 'e',
    sources: [],
    check({ doc, report }) {
      report({ span: doc.root.nameSpan, message: 'typed data', data: { earliest: '2024-03-12' } });
      // @ts-expect-error report() takes only this rule's data shape
      report({ span: doc.root.nameSpan, message: 'foreign data', data: { expected: '2024-03-12' } });
    },
  });
  assert.equal(rule.id, 'document/period-of-report');
});
