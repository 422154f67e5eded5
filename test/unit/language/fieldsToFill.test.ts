import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, check, makeDate, newDraftSnippet, withFieldsToFill } from '../../../server/src/engine/index';

const today = makeDate(2024, 1, 4);

/** A new draft as it is before anything is typed: defaults and first choices, empty stops. */
function untouched(format: 'xml' | 'yaml'): string {
  return newDraftSnippet(format, { today })!
    .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '');
}

test('a new draft shows its empty fields as one summary, in both formats; other findings stand', () => {
  for (const format of ['xml', 'yaml'] as const) {
    const doc = analyze(untouched(format), format);
    const all = check(doc, { today });
    const shown = withFieldsToFill(doc, all);
    const summaries = shown.filter((f) => f.rule === 'draft/fields-to-fill');
    assert.equal(summaries.length, 1, format);
    const [summary] = summaries;
    assert.equal(summary.severity, 'information');
    const listed = /^9 fields to fill in: ([^.]*)\. Each is reported on its own once the draft is saved/.exec(summary.message)?.[1];
    assert.ok(listed, summary.message);
    // In document order: the XML's periodOfReport comes first, the YAML draft's after its table.
    assert.deepEqual(listed.split(', ').sort(), [
      'issuerCik',
      'issuerTradingSymbol',
      'periodOfReport',
      'rptOwnerCik',
      'sharesOwnedFollowingTransaction',
      'signatureName',
      'transactionDate',
      'transactionPricePerShare',
      'transactionShares',
    ]);
    assert.equal(summary.related?.length, 8);
    // What is not an empty field is still its own finding: no relationship flag set.
    assert.ok(
      shown.some((f) => f.rule === 'owner/relationship-missing'),
      format,
    );
    assert.ok(!shown.some((f) => f.rule === 'schema/invalid-value' || f.rule === 'schema/missing-element'), format);
    assert.equal(shown.length, all.length - 9 + 1);
  }
});

test('a wrong value is not a field to fill in, and a filled draft has no summary', () => {
  const text = untouched('yaml').replace('rptOwnerCik: ', 'rptOwnerCik: 12ab');
  const doc = analyze(text, 'yaml');
  const shown = withFieldsToFill(doc, check(doc, { today }));
  assert.ok(shown.some((f) => f.rule === 'schema/invalid-value' && text.slice(f.span.start, f.span.end) === '12ab'));
  assert.match(shown.find((f) => f.rule === 'draft/fields-to-fill')?.message ?? '', /^8 fields/);
  const clean = analyze('documentType: 4\n', 'yaml');
  const findings = check(clean, { today });
  assert.deepEqual(withFieldsToFill(clean, findings), findings);
});
