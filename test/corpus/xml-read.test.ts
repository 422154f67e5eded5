import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readXml } from '../../server/src/engine/read/xml';
import type { TextValue } from '../../server/src/engine/tree/node';
import { writeXml } from '../../server/src/engine/write/xml';
import { corpusFiles, type CorpusForm } from '../helpers/shared';
import { projectTree } from '../helpers/xmlTree';

/** Where a value needs no decoding, its span must cover exactly the value in the source. */
function assertSpanHolds(text: string, value: TextValue, where: string): void {
  const source = text.slice(value.span.start, value.span.end);
  if (!/[&\r]/.test(source) && !source.startsWith('<![CDATA[')) assert.equal(source, value.value, where);
}

for (const form of ['form3', 'form4', 'form5'] as CorpusForm[]) {
  describe(`real ${form} filings: read, then write and read again`, () => {
    const files = corpusFiles(form);
    it('has files', () => assert.ok(files.length > 0));
    for (const file of files) {
      it(path.basename(file), () => {
        const text = readFileSync(file, 'utf8');
        const { root, findings } = readXml(text);
        assert.deepEqual(findings, []);
        assert.ok(root);
        assert.equal(root.name, 'ownershipDocument');

        const pending = [root];
        while (pending.length > 0) {
          const node = pending.pop()!;
          assert.equal(text.slice(node.nameSpan.start, node.nameSpan.end), node.name);
          assert.equal(text[node.span.start], '<');
          assert.equal(text[node.span.end - 1], '>');
          if (node.text) assertSpanHolds(text, node.text, `text of <${node.name}> at ${node.span.start}`);
          for (const a of node.attributes) {
            assert.equal(text.slice(a.nameSpan.start, a.nameSpan.end), a.name);
            assertSpanHolds(text, a.value, `attribute ${a.name} at ${a.nameSpan.start}`);
          }
          pending.push(...node.children);
        }

        const written = writeXml(root);
        const reread = readXml(written);
        assert.deepEqual(reread.findings, []);
        assert.deepEqual(projectTree(reread.root!), projectTree(root));
        assert.equal(writeXml(reread.root!), written);
      });
    }
  });
}
