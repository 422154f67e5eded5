import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bindDocument } from '../../../server/src/engine/model/bind';
import { cellPlace, columnLabel, fieldPlace, ownedColumn, rowIdentity, rowPlace } from '../../../server/src/engine/model/place';
import { readXml } from '../../../server/src/engine/read/xml';
import { form4Xml, type Form4Spec } from '../../helpers/form4';

function rowsOf(spec: Form4Spec) {
  const root = readXml(form4Xml(spec)).root;
  assert.ok(root);
  return bindDocument(root).rows;
}

test('a transaction row is named by its number, then its date, code and amount as the form prints them', () => {
  const [sale, purchase] = rowsOf({
    rows: [
      { date: '2003-08-18', code: 'S', shares: '1000' },
      { table: 'II', date: '2024-03-12', code: 'M', shares: '2500.5' },
    ],
  });
  assert.equal(rowPlace(sale!), 'Table I row 1 (08/18/2003 S 1,000)');
  assert.equal(rowPlace(purchase!), 'Table II row 1 (03/12/2024 M 2,500.5)');
  assert.equal(cellPlace(sale!, ownedColumn), 'Table I row 1 (08/18/2003 S 1,000), column 5');
  assert.equal(cellPlace(purchase!, ownedColumn), 'Table II row 1 (03/12/2024 M 2,500.5), column 9');
});

test('a holding is named by its security; a row with nothing to show by its number alone', () => {
  const [holding, empty] = rowsOf({
    rows: [
      { kind: 'holding', title: 'Common Stock', owned: '500' },
      { date: null, code: null, shares: null },
    ],
  });
  assert.equal(rowPlace(holding!), 'Table I row 1 (holding, Common Stock)');
  assert.equal(rowIdentity(empty!), '');
  assert.equal(rowPlace(empty!), 'Table I row 2');
});

test('a cell names its column by the element it is, from the field documentation, per table', () => {
  const [row] = rowsOf({ rows: [{ date: '2003-08-18', code: 'P', shares: '1000' }] });
  assert.equal(cellPlace(row!, row!.kind === 'transaction' ? row!.coding!.code! : 'x'), 'Table I row 1 (08/18/2003 P 1,000), column 3');
  assert.equal(cellPlace(row!, 'notAColumn'), 'Table I row 1 (08/18/2003 P 1,000)');
  assert.equal(columnLabel('4', 'I', 'deemedExecutionDate'), 'column 2A');
  assert.equal(columnLabel('4', 'II', 'deemedExecutionDate'), 'column 3A');
  assert.equal(columnLabel('4', 'II', 'transactionPricePerShare'), 'column 8');
  assert.equal(columnLabel('4', 'II', 'natureOfOwnership'), 'column 11');
});

test("a field outside the tables is named by its box, without the label's asides", () => {
  assert.equal(fieldPlace(['ownershipDocument', 'periodOfReport'], '4'), 'Box 3 (Date of Earliest Transaction)');
  assert.equal(fieldPlace(['ownershipDocument', 'issuer', 'issuerCik'], '4'), 'Box 2 (Issuer CIK)');
  assert.equal(fieldPlace(['ownershipDocument', 'noSuchThing'], '4'), 'noSuchThing');
});

test('columns and boxes are numbered as each form prints them', () => {
  // Form 3's Table I has four columns (amount owned is column 2), and its boxes are numbered from the date of event.
  assert.equal(columnLabel('3', 'I', 'sharesOwnedFollowingTransaction'), 'column 2');
  assert.equal(columnLabel('3', 'II', 'natureOfOwnership'), 'column 6');
  assert.equal(columnLabel('5', 'I', 'sharesOwnedFollowingTransaction'), 'column 5');
  assert.equal(fieldPlace(['ownershipDocument', 'dateOfOriginalSubmission'], '3'), 'Box 5 (If Amendment, Date Original Filed)');
  assert.equal(fieldPlace(['ownershipDocument', 'periodOfReport'], '5'), "Box 3 (Statement for Issuer's Fiscal Year Ended)");
});
