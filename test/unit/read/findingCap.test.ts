/**
 * The per-rule finding cap: the first `limit` findings of a rule are listed, the rest summed up in one summary at the
 * first of them; `countedPastLimit` lets a reporter skip building a finding that would only be counted.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '../../../server/src/engine/findings';
import { FindingCap } from '../../../server/src/engine/read/limits';

function unused(at: number, severity: Finding['severity'] = 'warning'): Finding {
  return {
    rule: 'footnote/unused',
    severity,
    message: `unused ${at}`,
    span: { start: at, end: at + 1 },
    data: { id: `F${at}` },
  } as Finding;
}

test('countedPastLimit counts only once a finding of the rule has been left out, and the summary holds the count', () => {
  const cap = new FindingCap(2);
  assert.equal(cap.countedPastLimit('footnote/unused', 'warning'), false, 'nothing listed yet: the finding must be admitted');
  assert.equal(cap.admit(unused(1)), true);
  assert.equal(cap.admit(unused(2)), true);
  assert.equal(cap.countedPastLimit('footnote/unused', 'warning'), false, 'the first left out must be kept for the summary');
  assert.equal(cap.admit(unused(3)), false);
  assert.equal(cap.countedPastLimit('footnote/unused', 'error'), true);
  assert.equal(cap.countedPastLimit('footnote/unused', 'warning'), true);
  assert.equal(cap.countedPastLimit('schema/invalid-value', 'error'), false, 'another rule has its own count');
  const [summary, ...more] = cap.summaries();
  assert.deepEqual(more, []);
  assert.deepEqual(
    { severity: summary!.severity, omitted: summary!.omitted, span: summary!.span, message: summary!.message },
    {
      severity: 'error',
      omitted: 3,
      span: { start: 3, end: 4 },
      message: 'And 3 more findings of footnote/unused, not listed: fix the listed ones first, then check again.',
    },
  );
});
