import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readXml } from '../../server/src/engine/read/xml';
import { checkStructure } from '../../server/src/engine/structure/check';
import { documentSchemas, type DocumentKind } from '../../server/src/engine/structure/schema';
import { firstChild, textOf } from '../../server/src/engine/tree/node';
import { corpusFiles } from '../helpers/shared';

/** Every real Form 4 and 4/A validates against the SEC schema (xmllint agrees), so none may get a structural finding. */
describe('real Form 4 and 4/A filings: no structural finding', () => {
  const files = corpusFiles('form4');
  const kinds = new Set<DocumentKind>();

  it('has Form 4 and Form 4/A filings', () => {
    for (const file of files) {
      const root = readXml(readFileSync(file, 'utf8')).root;
      kinds.add(textOf(firstChild(root, 'documentType')) === '4/A' ? '4/A' : '4');
    }
    assert.ok(files.length >= 40, `${files.length} files`);
    assert.deepEqual([...kinds].sort(), ['4', '4/A']);
  });

  for (const file of files) {
    it(path.basename(file), () => {
      const { root } = readXml(readFileSync(file, 'utf8'));
      assert.ok(root);
      const documentType = textOf(firstChild(root, 'documentType'));
      assert.ok(documentType === '4' || documentType === '4/A', `documentType ${documentType}`);
      const findings = checkStructure(root, documentSchemas[documentType]);
      assert.deepEqual(
        findings.map((f) => `${f.rule} at ${f.span.start}: ${f.message}`),
        [],
      );
    });
  }
});
