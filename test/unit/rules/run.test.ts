import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { bindDocument } from '../../../server/src/engine/model/bind';
import { makeDate } from '../../../server/src/engine/model/date';
import { readXml } from '../../../server/src/engine/read/xml';
import { maxFindingsPerRule } from '../../../server/src/engine/read/limits';
import { readYaml } from '../../../server/src/engine/read/yaml';
import { runRules } from '../../../server/src/engine/rules/index';
import type { RuleId } from '../../../server/src/engine/rules/catalogue';
import { runRuleSet, type AnyRule } from '../../../server/src/engine/rules/run';
import { checkStructure } from '../../../server/src/engine/structure/check';
import { documentSchemas } from '../../../server/src/engine/structure/schema';
import { form4Xml, form4Yaml, holding, transaction } from '../../helpers/form4';
import { marked } from '../../helpers/markers';
import { testToday } from './harness';

function model(xml: string) {
  const read = readXml(xml);
  assert.ok(read.root);
  return bindDocument(read.root);
}

// Rules of this test's own, not in the catalogue: their ids are cast, since engine types admit catalogue ids only.
const throwing: AnyRule = {
  id: 'test/throws' as RuleId,
  category: 'document',
  severity: 'error',
  forms: ['4'],
  summary: 'Always throws.',
  explanation: 'A rule with a bug.',
  sources: [{ title: 'none' }],
  check() {
    throw new TypeError('boom\nsecond line');
  },
};

const reporting: AnyRule = {
  ...throwing,
  id: 'test/reports' as RuleId,
  severity: 'warning',
  check({ doc, report }) {
    report({ span: doc.root.nameSpan, message: 'default severity' });
    report({ span: doc.root.nameSpan, message: 'own severity', severity: 'hint', data: { expected: 'x' }, related: [] });
  },
};

test('a rule that throws becomes one internal/rule-failure finding on the root, and the next rule still runs', () => {
  const { text, spans } = marked(form4Xml({ markNames: ['ownershipDocument'] }));
  const findings = runRuleSet(model(text), testToday, [throwing, reporting]);
  assert.deepEqual(
    findings.map((f) => [f.rule, f.severity]),
    [
      ['internal/rule-failure', 'warning'],
      ['test/reports', 'warning'],
      ['test/reports', 'hint'],
    ],
  );
  assert.deepEqual(findings[0].span, spans[0]);
  assert.equal(
    findings[0].message,
    'Rule test/throws failed (TypeError: boom); its findings are missing. This is a bug in form4: please report it.',
  );
  assert.deepEqual(findings[0].data, { rule: 'test/throws' });
});

test('findings carry the rule id and default severity; related only when there is some, data when given', () => {
  const findings = runRuleSet(model(form4Xml()), testToday, [reporting]);
  assert.deepEqual(Object.keys(findings[0]).sort(), ['message', 'rule', 'severity', 'span']);
  assert.deepEqual(Object.keys(findings[1]).sort(), ['data', 'message', 'rule', 'severity', 'span']);
});

test('words given as functions are written only for the findings listed, past the limit only counted', () => {
  let worded = 0;
  const flooding: AnyRule = {
    ...throwing,
    id: 'test/floods' as RuleId,
    check({ doc, report }) {
      for (let i = 0; i < maxFindingsPerRule + 500; i++)
        report({
          span: doc.root.nameSpan,
          message: () => `finding ${++worded}`,
          related: () => [{ span: doc.root.nameSpan, message: 'related' }],
        });
    },
  };
  const findings = runRuleSet(model(form4Xml()), testToday, [flooding]);
  // The listed ones, then the first left out, which the summary is located at.
  assert.equal(worded, maxFindingsPerRule + 1);
  assert.equal(findings.length, maxFindingsPerRule + 1);
  assert.equal(findings[0].message, 'finding 1');
  assert.deepEqual(findings[0].related, [{ span: findings[0].span, message: 'related' }]);
  assert.match(findings[maxFindingsPerRule].message, /^And 500 more findings of test\/floods/);
});

test('the default fixture checks clean under every registered rule (no failures, no findings)', () => {
  const findings = runRules(model(form4Xml()), testToday);
  assert.deepEqual(
    findings.map((f) => `${f.rule}: ${f.message}`),
    [],
  );
});

test('every registered rule survives a document of its form with almost nothing in it', () => {
  for (const form of ['3', '3/A', '4', '4/A', '5', '5/A']) {
    const bare = `<ownershipDocument><documentType>${form}</documentType><nonDerivativeTable><nonDerivativeTransaction/><nonDerivativeHolding><transactionCoding/></nonDerivativeHolding></nonDerivativeTable><derivativeTable><derivativeHolding/></derivativeTable><footnotes><footnote/></footnotes><ownerSignature/><reportingOwner/></ownershipDocument>`;
    const findings = runRules(model(bare), testToday);
    assert.deepEqual(
      findings.filter((f) => f.rule === 'internal/rule-failure').map((f) => f.message),
      [],
      form,
    );
  }
});

test("runRules runs the rules of the document's form only", () => {
  const ids = (documentType: string) =>
    runRules(model(form4Xml({ documentType, aff10b5One: '1', footnotes: { F1: 'Plan adopted 2023-11-01.' } })), testToday).map(
      (f) => f.rule,
    );
  assert.ok(!ids('4').includes('rule10b5-1/form3-checkbox'));
  assert.ok(ids('3').includes('rule10b5-1/form3-checkbox'));
});

test('a richer document: several rules speak at once, each on its own value', () => {
  const doc = model(
    marked(
      form4Xml({ rows: [transaction({ code: 'S', acquiredDisposed: 'A' }), transaction({ code: 'V' })], footnotes: { F9: 'Unused.' } }),
    ).text,
  );
  const ids = runRules(doc, testToday).map((f) => f.rule);
  for (const id of ['code/direction', 'code/unknown', 'footnote/unused'] as const)
    assert.ok(ids.includes(id), `${id} in ${ids.join(', ')}`);
});

test('the fixture builder makes schema-valid documents in both formats (so rule tests start from a valid Form 4)', () => {
  const spec = {
    owners: [{}, { isOfficer: '1', officerTitle: 'Chief Executive Officer', ccc: 'abcd1234' }],
    rows: [
      transaction({ codingFootnotes: ['F1'], price: { value: '10.00', footnotes: ['F2'] } }),
      holding({ ownership: 'I', nature: 'By Trust' }),
      transaction({ table: 'II', exerciseDate: { footnotes: ['F1'] } }),
      holding({ table: 'II' }),
    ],
    footnotes: { F1: 'Code J: a transfer.', F2: 'Weighted average price.' },
    remarks: 'Remarks.',
  } as const;
  for (const read of [readXml(form4Xml(spec)), readYaml(form4Yaml(spec))]) {
    assert.deepEqual(read.findings, []);
    assert.ok(read.root);
    assert.deepEqual(
      checkStructure(read.root, documentSchemas['4']).map((f) => `${f.rule}: ${f.message}`),
      [],
    );
  }
});

test('the modern example checks clean under every rule', () => {
  const text = readFileSync(new URL('../../../examples/modern-exercise-and-sale.xml', import.meta.url), 'utf8');
  assert.deepEqual(
    runRules(model(text), makeDate(2026, 11, 25)).map((f) => `${f.rule}: ${f.message}`),
    [],
  );
});
