import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeAllowedValues, enumeratedValues, meaningOfValue } from '../../../server/src/engine/docs/allowedValues';
import { attributeDocumentation, documentedNames, fieldDocumentation } from '../../../server/src/engine/docs/fields';
import {
  describeDirection,
  expectedDirection,
  transactionCodeInfo,
  transactionCodeList,
} from '../../../server/src/engine/docs/transactionCodes';
import { codeMeaning } from '../../../server/src/engine/docs/codeMeanings';
import { formIds } from '../../../server/src/engine/forms/id';
import {
  documentSchemas,
  elementParticles,
  transactionCodes,
  type DocumentKind,
  type ElementParticle,
} from '../../../server/src/engine/structure/schema';

/** Every element path of a document type's schema, root first. */
function schemaPaths(kind: DocumentKind): { path: string[]; decl: ElementParticle }[] {
  const out: { path: string[]; decl: ElementParticle }[] = [];
  const visit = (decl: ElementParticle, parent: string[]) => {
    const path = [...parent, decl.name];
    out.push({ path, decl });
    if (decl.type.kind === 'complex') for (const child of elementParticles(decl.type.content)) visit(child, path);
  };
  visit(documentSchemas[kind], []);
  return out;
}

test('every element of every form schema has a label, a meaning, a source on its own form and the EDGAR specification entry', () => {
  for (const kind of formIds) {
    for (const { path, decl } of schemaPaths(kind)) {
      const doc = fieldDocumentation(path, kind);
      const where = path.join('/');
      assert.ok(doc, `no documentation for ${where}`);
      assert.ok(
        doc.label.length > 3 && !doc.label.includes(' / '),
        `${where}: label "${doc.label}" is missing or not specific to its table`,
      );
      assert.ok(doc.meaning.length > 10, `${where}: meaning missing`);
      assert.ok(
        doc.sources.some((s) => s.title.startsWith('EDGAR Ownership XML Technical Specification')),
        `${where}: no EDGAR source`,
      );
      if (decl.name !== 'schemaVersion' && decl.name !== 'rptOwnerCcc' && decl.name !== 'rptOwnerGoodAddress') {
        assert.ok(
          doc.sources.some((s) => s.title.startsWith(`Form ${kind[0]} `)),
          `${where}: no Form ${kind[0]} source`,
        );
        assert.ok(
          !doc.sources.some((s) => /^Form \d/.test(s.title) && !s.title.startsWith(`Form ${kind[0]} `)),
          `${where}: another form's source`,
        );
      }
    }
  }
});

test('every documentation entry names an element of the schema (no dead entries)', () => {
  const names = new Set(formIds.flatMap((kind) => schemaPaths(kind).map(({ path }) => path[path.length - 1])));
  for (const name of documentedNames) assert.ok(names.has(name), `documented name ${name} is not in the schema`);
});

test('a name means what its table says: securityTitle, transactionShares and the amount owned differ between Table I and II', () => {
  const row = (table: 'I' | 'II', ...rest: string[]) =>
    table === 'I'
      ? ['ownershipDocument', 'nonDerivativeTable', 'nonDerivativeTransaction', ...rest]
      : ['ownershipDocument', 'derivativeTable', 'derivativeTransaction', ...rest];
  assert.equal(fieldDocumentation(row('I', 'securityTitle'))?.label, 'Table I, column 1: Title of Security');
  assert.equal(fieldDocumentation(row('II', 'securityTitle'))?.label, 'Table II, column 1: Title of Derivative Security');
  assert.equal(fieldDocumentation(row('I', 'transactionAmounts', 'transactionShares'))?.label, 'Table I, column 4: Amount');
  assert.equal(fieldDocumentation(row('II', 'transactionDate'))?.label, 'Table II, column 3: Transaction Date');
  assert.equal(
    fieldDocumentation(row('II', 'postTransactionAmounts', 'sharesOwnedFollowingTransaction', 'value'))?.label,
    'Table II, column 9: Number of Derivative Securities Beneficially Owned Following Reported Transaction(s)',
  );
  assert.equal(fieldDocumentation(['ownershipDocument', 'periodOfReport'])?.label, 'Box 3: Date of Earliest Transaction');
});

test('value and footnoteId take their meaning from the cell they are in', () => {
  const price = ['ownershipDocument', 'nonDerivativeTable', 'nonDerivativeTransaction', 'transactionAmounts', 'transactionPricePerShare'];
  assert.equal(fieldDocumentation([...price, 'value'])?.label, 'Table I, column 4: Price');
  assert.equal(fieldDocumentation([...price, 'footnoteId'])?.label, 'Footnote reference: Table I, column 4: Price');
  assert.equal(fieldDocumentation(['value']), undefined);
  assert.equal(fieldDocumentation(['ownershipDocument', 'noSuchElement']), undefined);
  assert.equal(attributeDocumentation('footnote', 'id')?.label, 'Footnote id');
  assert.equal(attributeDocumentation('footnote', 'lang'), undefined);
});

test('allowed values are read from the schema, with meanings for listed values', () => {
  const code = ['ownershipDocument', 'nonDerivativeTable', 'nonDerivativeTransaction', 'transactionCoding', 'transactionCode'];
  const codeDecl = schemaPaths('4').find(({ path }) => path.join('/') === code.join('/'))!.decl;
  assert.equal(codeDecl.type.kind, 'string');
  if (codeDecl.type.kind !== 'string') return;
  assert.deepEqual(
    enumeratedValues(codeDecl.type).map((v) => v.value),
    [...transactionCodes],
  );
  assert.equal(meaningOfValue(codeDecl.type, 'S'), 'open-market or private sale');
  const post = schemaPaths('4').find(({ path }) =>
    path.join('/').endsWith('nonDerivativeTransaction/postTransactionAmounts/sharesOwnedFollowingTransaction'),
  )!;
  assert.match(describeAllowedValues(post.decl.type) ?? '', /^a number from 0 to 999,999,999,999\.9999/);
  const exercise = schemaPaths('4').find(({ path }) => path.join('/').endsWith('derivativeTransaction/exerciseDate'))!;
  assert.equal(describeAllowedValues(exercise.decl.type), 'a date, YYYY-MM-DD; or leave the value out and give a footnote instead');
  const timeliness = schemaPaths('4').find(({ path }) => path.join('/').endsWith('nonDerivativeTransaction/transactionTimeliness/value'))!;
  assert.equal(timeliness.decl.type.kind, 'string');
  if (timeliness.decl.type.kind === 'string')
    assert.deepEqual(
      enumeratedValues(timeliness.decl.type).map((v) => v.value),
      ['E', 'L'],
    );
  // No mark is a value too: a hover on an empty timeliness says what leaving it out means.
  assert.equal(meaningOfValue(timeliness.decl.type, ''), 'on time (no mark)');
  assert.equal(meaningOfValue(timeliness.decl.type, 'L'), 'reported late, after its deadline');
});

test('transaction codes: every code EDGAR accepts is listed once, K and V are marked paper-only', () => {
  const xmlCodes = transactionCodeList
    .filter((c) => c.inXml)
    .map((c) => c.code)
    .sort();
  assert.deepEqual(xmlCodes, [...transactionCodes].sort());
  assert.deepEqual(
    transactionCodeList
      .filter((c) => !c.inXml)
      .map((c) => c.code)
      .sort(),
    ['K', 'V'],
  );
  assert.equal(new Set(transactionCodeList.map((c) => c.code)).size, transactionCodeList.length);
});

test('transaction codes: directions', () => {
  const s = transactionCodeInfo('S')!;
  assert.equal(expectedDirection(s, 'I'), 'D');
  assert.equal(describeDirection(s), 'always D (disposed of)');
  const m = transactionCodeInfo('M')!;
  assert.equal(expectedDirection(m, 'I'), 'A');
  assert.equal(expectedDirection(m, 'II'), 'D');
  assert.equal(describeDirection(m, 'II'), 'usually D (disposed of) in Table II');
  assert.equal(describeDirection(m), 'usually D (disposed of) in Table II, A (acquired) in Table I');
  assert.equal(describeDirection(transactionCodeInfo('G')!), 'A (acquired) or D (disposed of)');
  assert.equal(transactionCodeInfo('Q'), undefined);
});

test('transaction codes agree with the direction the code rules enforce (docs/codeMeanings.ts)', () => {
  for (const info of transactionCodeList) assert.equal(codeMeaning(info.code)?.direction, info.fixed, `code ${info.code}`);
});

test("Forms 3 and 5 are documented with their own boxes and columns, not Form 4's", () => {
  const root = (...rest: string[]) => ['ownershipDocument', ...rest];
  const label = (kind: DocumentKind, ...rest: string[]) => fieldDocumentation(root(...rest), kind)?.label;
  assert.equal(label('4', 'periodOfReport'), 'Box 3: Date of Earliest Transaction');
  assert.equal(label('3', 'periodOfReport'), 'Box 2: Date of Event Requiring Statement');
  assert.equal(label('5/A', 'periodOfReport'), "Box 3: Statement for Issuer's Fiscal Year Ended");
  assert.equal(label('3/A', 'dateOfOriginalSubmission'), 'Box 5: If Amendment, Date Original Filed');
  assert.equal(label('3', 'issuer', 'issuerForeignTradingSymbol'), 'Box 3a: Foreign Trading Symbol');
  assert.equal(label('5', 'issuer', 'issuerForeignTradingSymbol'), 'Box 2a: Foreign Trading Symbol');
  assert.equal(label('3', 'reportingOwner', 'reportingOwnerRelationship', 'isDirector'), 'Box 4: Director');
  assert.equal(label('5', 'reportingOwner', 'reportingOwnerRelationship', 'isDirector'), 'Box 5: Director');
  assert.equal(label('3', 'noSecuritiesOwned'), 'Explanation of Responses: No securities are beneficially owned');
  assert.equal(label('5', 'form3HoldingsReported'), 'Checkbox: Form 3 Holdings Reported');
  assert.equal(label('5', 'form4TransactionsReported'), 'Checkbox: Form 4 Transactions Reported');
  assert.equal(label('4', 'form4TransactionsReported'), undefined);
  const holding = (kind: DocumentKind, table: 'I' | 'II', ...rest: string[]) =>
    table === 'I'
      ? label(kind, 'nonDerivativeTable', 'nonDerivativeHolding', ...rest)
      : label(kind, 'derivativeTable', 'derivativeHolding', ...rest);
  assert.equal(
    holding('3', 'I', 'postTransactionAmounts', 'sharesOwnedFollowingTransaction'),
    'Table I, column 2: Amount of Securities Beneficially Owned',
  );
  assert.equal(holding('3', 'II', 'conversionOrExercisePrice'), 'Table II, column 4: Conversion or Exercise Price of Derivative Security');
  assert.equal(holding('3', 'II', 'ownershipNature', 'natureOfOwnership'), 'Table II, column 6: Nature of Indirect Beneficial Ownership');
  assert.equal(
    holding('5', 'II', 'postTransactionAmounts', 'sharesOwnedFollowingTransaction'),
    "Table II, column 9: Number of Derivative Securities Beneficially Owned at End of Issuer's Fiscal Year",
  );
  assert.equal(holding('5', 'I', 'transactionCoding', 'transactionFormType'), 'Table I, column 3: late-item mark (form type 3, 4 or 5)');
});
