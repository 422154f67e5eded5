import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { readXml } from '../../server/src/engine/read/xml';
import { readYaml } from '../../server/src/engine/read/yaml';
import { draftJsonSchema } from '../../server/src/engine/structure/jsonSchema';
import type { ElementNode } from '../../server/src/engine/tree/node';
import { writeXml } from '../../server/src/engine/write/xml';
import { writeYaml } from '../../server/src/engine/write/yaml';
import { corpusFiles, type CorpusForm } from '../helpers/shared';
import { projectTree } from '../helpers/xmlTree';

const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
ajv.addVocabulary(['enumDescriptions']);
const validateDraft = ajv.compile(draftJsonSchema());

/** Every element's text lies where the draft says: the span of a plain scalar is exactly its value. */
function assertTextSpans(yaml: string, root: ElementNode): void {
  const pending = [root];
  while (pending.length > 0) {
    const node = pending.pop()!;
    const source = node.text ? yaml.slice(node.text.span.start, node.text.span.end) : undefined;
    if (node.text && !/^['"|]/.test(source!)) assert.equal(source, node.text.value, `text of ${node.name}`);
    pending.push(...node.children);
  }
}

for (const form of ['form4', 'form3', 'form5'] as CorpusForm[]) {
  describe(`real ${form} filings: XML -> tree -> YAML draft -> tree -> XML is exact`, () => {
    const files = corpusFiles(form);
    it('has files', () => assert.ok(files.length > 0));
    for (const file of files) {
      it(path.basename(file), () => {
        const original = readXml(readFileSync(file, 'utf8'));
        assert.ok(original.root);
        const yaml = writeYaml(original.root);
        const draft = readYaml(yaml);
        assert.deepEqual(draft.findings, []);
        assert.ok(draft.root);
        assert.deepEqual(projectTree(draft.root), projectTree(original.root));
        assert.equal(writeXml(draft.root), writeXml(original.root));
        assertTextSpans(yaml, draft.root);
        // Written again from its own tree, the draft is the same text.
        assert.equal(writeYaml(draft.root), yaml);
        if (form === 'form4') assert.ok(validateDraft(parse(yaml)), JSON.stringify(validateDraft.errors));
      });
    }
  });
}
