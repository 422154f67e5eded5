import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applySeverityOverrides, unknownRuleIds, type Finding } from '../../../server/src/engine/index';

// Cast: findings of any id, even ones no rule has ('toString'), to test the lookup itself.
const finding = (rule: string, severity: Finding['severity']) => ({ rule, severity, message: rule, span: { start: 0, end: 1 } }) as Finding;

test('overrides change the severity of every finding of a rule, and off drops them', () => {
  const findings = [
    finding('code/direction', 'error'),
    finding('code/direction', 'warning'),
    finding('footnote/unused', 'warning'),
    finding('schema/invalid-value', 'error'),
  ];
  const result = applySeverityOverrides(findings, { 'code/direction': 'information', 'footnote/unused': 'off' });
  assert.deepEqual(
    result.map((f) => [f.rule, f.severity]),
    [
      ['code/direction', 'information'],
      ['code/direction', 'information'],
      ['schema/invalid-value', 'error'],
    ],
  );
  assert.equal(findings[0].severity, 'error', 'the input is not changed');
});

test('an empty override set changes nothing; inherited object keys are not rule ids', () => {
  const findings = [finding('toString', 'error'), finding('owner/ccc-present', 'warning')];
  assert.deepEqual(applySeverityOverrides(findings, {}), findings);
});

test('unknown ids are reported back, known ones (business, syntax, structure, internal) are not', () => {
  assert.deepEqual(
    unknownRuleIds({
      'code/direction': 'off',
      'xml/syntax': 'warning',
      'schema/too-many': 'hint',
      'internal/rule-failure': 'off',
      'code/directoin': 'off',
      holdings: 'error',
    }),
    ['code/directoin', 'holdings'],
  );
});
