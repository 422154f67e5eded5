import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readYaml } from '../../../server/src/engine/read/yaml';
import { documentSchemas } from '../../../server/src/engine/structure/schema';
import { schemaOrdered } from '../../../server/src/engine/structure/schemaOrder';
import type { ElementNode } from '../../../server/src/engine/tree/node';

const names = (node: ElementNode) => node.children.map((c) => c.name);
const read = (text: string) => readYaml(text).root!;

test('a YAML tree is put in the schema order at every level, rows of a table keeping theirs', () => {
  const root = read(
    [
      'ownerSignature:',
      '  - signatureName: A',
      '    signatureDate: 2024-01-03',
      'issuer:',
      '  issuerTradingSymbol: EX',
      '  issuerCik: "1"',
      'nonDerivativeTable:',
      '  - nonDerivativeHolding:',
      '      securityTitle: B',
      '  - nonDerivativeTransaction:',
      '      transactionDate: 2024-01-02',
      '      securityTitle: A',
      'documentType: 4',
      '',
    ].join('\n'),
  );
  const ordered = schemaOrdered(root, documentSchemas['4']);
  assert.deepEqual(names(ordered), ['documentType', 'issuer', 'nonDerivativeTable', 'ownerSignature']);
  assert.deepEqual(names(ordered.children[1]), ['issuerCik', 'issuerTradingSymbol']);
  const table = ordered.children[2];
  assert.deepEqual(names(table), ['nonDerivativeHolding', 'nonDerivativeTransaction'], 'holdings and transactions share a rank');
  assert.deepEqual(names(table.children[1]), ['securityTitle', 'transactionDate']);
  // Spans stay where the source has them.
  assert.equal(ordered.children[0].nameSpan.start, root.children[3].nameSpan.start);
});

test('a tree already in order is the same object; an element with an unknown child keeps its order', () => {
  const inOrder = read('documentType: 4\nissuer:\n  issuerCik: "1"\n');
  assert.equal(schemaOrdered(inOrder, documentSchemas['4']), inOrder);
  const unknown = read('issuer:\n  issuerTradingSymbol: EX\n  issuerCikk: "1"\n  issuerCik: "1"\n');
  assert.deepEqual(names(schemaOrdered(unknown, documentSchemas['4']).children[0]), ['issuerTradingSymbol', 'issuerCikk', 'issuerCik']);
});

test('comments move with the element they stood before', () => {
  const root = read('remarks: none\n# the issuer\nissuer:\n  issuerCik: "1"\ndocumentType: 4\n');
  const ordered = schemaOrdered(root, documentSchemas['4']);
  assert.deepEqual(names(ordered), ['documentType', 'issuer', 'remarks']);
  const comment = ordered.comments?.find((c) => c.text.includes('the issuer'));
  assert.ok(comment);
  assert.equal(ordered.children[comment.at].name, 'issuer');
});
