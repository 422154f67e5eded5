/**
 * The examples in examples/ are what a new user opens first, so each says of itself what it shows and the engine
 * must agree: the clean ones (a Form 4, a Form 3, a Form 5) check clean, as XML and as YAML drafts, and the Form 5
 * with a typical mistake reports exactly that mistake, which its quick fix repairs. (The 2003 seed filing's two
 * mistakes are pinned in test/unit/rules/seed-example.test.ts.) Through the engine's front door, as an adapter.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { analyze, check, codeActions, makeDate, type AnalyzedDocument } from '../../../server/src/engine/index';
import { applyEdits } from '../../helpers/edits';

const examplesDir = fileURLToPath(new URL('../../../examples/', import.meta.url));
/** After every example was signed. */
const today = makeDate(2026, 11, 27);

const clean = ['modern-exercise-and-sale', 'form3-new-director', 'form5-annual-statement'];
const lateGift = 'form5-late-gift';

function analyzed(base: string, format: 'xml' | 'yaml'): AnalyzedDocument {
  const file = format === 'xml' ? `${base}.xml` : `${base}.form4.yaml`;
  return analyze(readFileSync(join(examplesDir, file), 'utf8'), format);
}

const findingsOf = (doc: AnalyzedDocument) => check(doc, { today }).map((f) => `${f.rule} (${f.severity}): ${f.message}`);

test('every example comes as XML and as a YAML draft, and each is one the tests below know', () => {
  const names = readdirSync(examplesDir);
  const bases = [...new Set(names.map((n) => n.replace(/\.(xml|form4\.yaml)$/, '')))].sort();
  assert.deepEqual(bases, [...clean, lateGift, 'seed-8x8-hecker-2003'].sort());
  for (const base of bases) assert.ok(names.includes(`${base}.xml`) && names.includes(`${base}.form4.yaml`), base);
});

for (const base of clean) {
  for (const format of ['xml', 'yaml'] as const) {
    test(`${base} (${format}) checks clean, as the form it says it is`, () => {
      const doc = analyzed(base, format);
      assert.deepEqual(findingsOf(doc), []);
      assert.equal(doc.form.id, base.startsWith('form3') ? '3' : base.startsWith('form5') ? '5' : '4');
    });
  }
}

for (const format of ['xml', 'yaml'] as const) {
  test(`${lateGift} (${format}): one warning, the gift given reported as a Form 5 item, and its fix leaves it clean`, () => {
    const doc = analyzed(lateGift, format);
    assert.equal(doc.form.id, '5');
    const findings = check(doc, { today });
    assert.deepEqual(
      findings.map((f) => [f.rule, f.severity, doc.text.slice(f.span.start, f.span.end)]),
      [['code/form4-item-on-form5', 'warning', '5']],
    );
    assert.match(findings[0]!.message, /^Table I row 3 \(07\/10\/2026 G\), transaction code column: a bona fide gift given/);
    const [fix] = codeActions(doc, findings, findings[0]!.span);
    assert.ok(fix, 'a quick fix');
    assert.equal(fix.title, 'Set transactionFormType to 4 (a late Form 4 item)');
    const fixed = analyze(applyEdits(doc.text, fix.edits), format);
    assert.deepEqual(findingsOf(fixed), []);
  });
}
