import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bindDocument } from '../../../server/src/engine/model/bind';
import { footnoteRefsInRow } from '../../../server/src/engine/model/rows';
import { readXml } from '../../../server/src/engine/read/xml';

const text = [
  '<ownershipDocument><nonDerivativeTable><nonDerivativeTransaction>',
  '<transactionCoding><transactionCode>S</transactionCode><footnoteId id=" F1 "/></transactionCoding>',
  '<transactionAmounts><transactionShares><value>5</value><footnoteId id="F2"/><footnoteId/></transactionShares></transactionAmounts>',
  '<unknown><footnoteId id="F3"><footnoteId id="F9"/></footnoteId></unknown>',
  '</nonDerivativeTransaction></nonDerivativeTable></ownershipDocument>',
].join('');

test('one reader: the document, a row and a cell see the same references, ids trimmed, in document order', () => {
  const doc = bindDocument(readXml(text).root!);
  const row = doc.rows[0]!;
  assert.deepEqual(
    doc.footnoteRefs.map((r) => r.id),
    ['F1', 'F2', '', 'F3'],
  );
  assert.deepEqual(
    footnoteRefsInRow(row).map((r) => r.id),
    ['F1', 'F2', '', 'F3'],
  );
  assert.deepEqual(footnoteRefsInRow(row), doc.footnoteRefs);
  assert.ok(row.kind === 'transaction');
  assert.deepEqual(
    row.shares?.footnotes.map((r) => r.id),
    ['F2', ''],
  );
  // A reference without an id is located on its element's name; with one, on the id's value.
  const noId = doc.footnoteRefs[2]!;
  assert.equal(text.slice(noId.span.start, noId.span.end), 'footnoteId');
  assert.equal(text.slice(doc.footnoteRefs[0]!.span.start, doc.footnoteRefs[0]!.span.end), ' F1 ');
});
