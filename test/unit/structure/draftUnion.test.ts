/**
 * Drafts are read and written against the union of the forms' root types (structure/draftUnion.ts), since a draft is
 * read before its documentType is known: what one form declares and another does not must still fold, list and take
 * footnote references in every form's draft.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readXml } from '../../../server/src/engine/read/xml';
import { readYaml } from '../../../server/src/engine/read/yaml';
import { draftRootType, draftRootTypes } from '../../../server/src/engine/structure/draftShape';
import { childDeclaration, isValueWrapper, type TypeDef } from '../../../server/src/engine/structure/schema';
import { writeXml } from '../../../server/src/engine/write/xml';
import { writeYaml } from '../../../server/src/engine/write/yaml';

const at = (type: TypeDef | undefined, ...path: string[]) => path.reduce((t, name) => childDeclaration(t, name)?.type, type);

test('the union declares what any form declares: Form 3 and 5 header flags, a Form 5 holding coding, Form 4 timeliness footnotes', () => {
  for (const name of [
    'noSecuritiesOwned',
    'notSubjectToSection16',
    'form3HoldingsReported',
    'form4TransactionsReported',
    'dateOfOriginalSubmission',
  ]) {
    assert.ok(childDeclaration(draftRootType, name), name);
  }
  const coding = at(draftRootType, 'nonDerivativeTable', 'nonDerivativeHolding', 'transactionCoding');
  assert.ok(childDeclaration(coding, 'footnoteId'), 'a holding coding takes footnote references');
  const timeliness = at(draftRootType, 'derivativeTable', 'derivativeTransaction', 'transactionTimeliness');
  assert.ok(isValueWrapper(timeliness) && childDeclaration(timeliness, 'footnoteId'), 'Form 4 timeliness keeps its footnotes');
  // Each form's own root type stays its own: Form 3 declares no transaction, Form 4 no holding coding.
  assert.equal(at(draftRootTypes['3'], 'nonDerivativeTable', 'nonDerivativeTransaction'), undefined);
  assert.equal(at(draftRootTypes['4'], 'nonDerivativeTable', 'nonDerivativeHolding', 'transactionCoding'), undefined);
  assert.equal(at(draftRootTypes['3'], 'derivativeTable', 'derivativeHolding', 'postTransactionAmounts'), undefined);
});

test('XML -> YAML -> XML is exact where only one form declares an element', () => {
  const holding = (formType: string) =>
    '<nonDerivativeHolding><securityTitle><value>Common Stock</value></securityTitle>' +
    `<transactionCoding><transactionFormType>${formType}</transactionFormType><footnoteId id="F1"/></transactionCoding>` +
    '<postTransactionAmounts><sharesOwnedFollowingTransaction><value>10</value></sharesOwnedFollowingTransaction></postTransactionAmounts>' +
    '<ownershipNature><directOrIndirectOwnership><value>D</value></directOrIndirectOwnership></ownershipNature></nonDerivativeHolding>';
  const documents = [
    `<ownershipDocument><documentType>5</documentType><form3HoldingsReported>1</form3HoldingsReported><nonDerivativeTable>${holding('3')}</nonDerivativeTable><footnotes><footnote id="F1">Late.</footnote></footnotes></ownershipDocument>`,
    '<ownershipDocument><documentType>3</documentType><noSecuritiesOwned>1</noSecuritiesOwned></ownershipDocument>',
  ];
  for (const xml of documents) {
    const root = readXml(xml).root;
    assert.ok(root);
    const yaml = writeYaml(root);
    const back = readYaml(yaml);
    assert.deepEqual(back.findings, []);
    assert.ok(back.root);
    assert.equal(writeXml(back.root), writeXml(root), yaml);
  }
  const form5 = writeYaml(readXml(documents[0]).root!);
  assert.match(form5, /transactionCoding:\n\s+transactionFormType: "?3"?\n\s+footnotes: \[F1\]/);
});
