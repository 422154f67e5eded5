import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bindDocument } from '../../../server/src/engine/model/bind';
import { baseForm, isAmendment } from '../../../server/src/engine/model/formFamily';
import { readXml } from '../../../server/src/engine/read/xml';
import { readYaml } from '../../../server/src/engine/read/yaml';

const bind = (xml: string) => bindDocument(readXml(xml).root!);

test("the document's form comes from documentType; missing or mistyped is read as Form 4, as analyze checks it", () => {
  assert.equal(bind('<ownershipDocument><documentType> 5/A </documentType></ownershipDocument>').form, '5/A');
  assert.equal(bind('<ownershipDocument><documentType>3</documentType></ownershipDocument>').form, '3');
  assert.equal(bind('<ownershipDocument><documentType>4X</documentType></ownershipDocument>').form, '4');
  assert.equal(bind('<ownershipDocument/>').form, '4');
  assert.equal(baseForm('3/A'), '3');
  assert.equal(baseForm('5'), '5');
  assert.ok(isAmendment('5/A') && !isAmendment('5'));
});

test("Form 3's noSecuritiesOwned is bound as a boolean", () => {
  const doc = bind('<ownershipDocument><documentType>3</documentType><noSecuritiesOwned>1</noSecuritiesOwned></ownershipDocument>');
  assert.equal(doc.noSecuritiesOwned?.value, true);
  assert.equal(doc.noSecuritiesOwned?.raw, '1');
  assert.equal(
    bind('<ownershipDocument><noSecuritiesOwned>yes</noSecuritiesOwned></ownershipDocument>').noSecuritiesOwned?.value,
    undefined,
  );
  assert.equal(bind('<ownershipDocument/>').noSecuritiesOwned, undefined);
});

const form5 = [
  '<ownershipDocument><documentType>5</documentType><periodOfReport>2024-12-31</periodOfReport>',
  '<notSubjectToSection16>0</notSubjectToSection16><form3HoldingsReported>true</form3HoldingsReported>',
  '<form4TransactionsReported>0</form4TransactionsReported>',
  '<nonDerivativeTable>',
  '<nonDerivativeTransaction><securityTitle><value>Common</value></securityTitle>',
  '<transactionDate><value>2024-06-01</value></transactionDate>',
  '<transactionCoding><transactionFormType>4</transactionFormType><transactionCode>G</transactionCode><equitySwapInvolved>0</equitySwapInvolved></transactionCoding>',
  '<transactionTimeliness><value>L</value></transactionTimeliness></nonDerivativeTransaction>',
  '<nonDerivativeHolding><securityTitle><value>Common</value></securityTitle>',
  '<transactionCoding><transactionFormType>3</transactionFormType><footnoteId id="F1"/></transactionCoding></nonDerivativeHolding>',
  '<nonDerivativeHolding><securityTitle><value>Preferred</value></securityTitle></nonDerivativeHolding>',
  '</nonDerivativeTable></ownershipDocument>',
].join('');

test("Form 5's header boxes and each row's transactionFormType, holdings' late Form 3 coding included", () => {
  const doc = bind(form5);
  assert.equal(doc.form, '5');
  assert.equal(doc.notSubjectToSection16?.value, false);
  assert.equal(doc.form3HoldingsReported?.value, true);
  assert.equal(doc.form4TransactionsReported?.value, false);
  const [transaction, lateHolding, holding] = doc.rows;
  assert.ok(transaction?.kind === 'transaction');
  assert.equal(transaction.coding?.formType?.value, '4');
  assert.equal(transaction.timeliness?.value?.value, 'L');
  assert.ok(lateHolding?.kind === 'holding');
  assert.equal(lateHolding.coding?.formType?.value, '3');
  assert.deepEqual(
    lateHolding.coding?.footnotes.map((f) => f.id),
    ['F1'],
  );
  const span = lateHolding.coding!.formType!.span;
  assert.equal(form5.slice(span.start, span.end), '3');
  assert.ok(holding?.kind === 'holding');
  assert.equal(holding.coding, undefined);
});

test('a YAML draft binds the same Form 5 fields', () => {
  const yaml = [
    'documentType: 5',
    'periodOfReport: 2024-12-31',
    'form4TransactionsReported: true',
    'nonDerivativeTable:',
    '  nonDerivativeHolding:',
    '    - securityTitle: Common',
    '      transactionCoding:',
    '        transactionFormType: 3',
    '',
  ].join('\n');
  const doc = bindDocument(readYaml(yaml).root!);
  assert.equal(doc.form, '5');
  assert.equal(doc.form4TransactionsReported?.value, true);
  const [row] = doc.rows;
  assert.ok(row?.kind === 'holding');
  assert.equal(row.coding?.formType?.value, '3');
});
