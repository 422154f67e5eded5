import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { readXml } from '../../server/src/engine/read/xml';
import { readYaml } from '../../server/src/engine/read/yaml';
import { draftJsonSchema } from '../../server/src/engine/structure/jsonSchema';
import { firstChild, textOf, type ElementNode } from '../../server/src/engine/tree/node';
import { formIdOf } from '../../server/src/engine/forms/id';
import { checkStructure } from '../../server/src/engine/structure/check';
import { documentSchemas } from '../../server/src/engine/structure/schema';
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

/** True when the filing meets today's schema of its form (older ones may miss the Rule 10b5-1 box, say). */
function meetsTodaysSchema(root: ElementNode): boolean {
  const form = formIdOf(textOf(firstChild(root, 'documentType')));
  return form !== undefined && checkStructure(root, documentSchemas[form]).length === 0;
}

const validated: Record<CorpusForm, number> = { form3: 0, form4: 0, form5: 0 };
/** How many filings of each form meet today's schema (most real Form 5s predate the Rule 10b5-1 box). */
const minimumValidated: Readonly<Record<CorpusForm, number>> = { form3: 27, form4: 110, form5: 2 };

for (const form of ['form4', 'form3', 'form5'] as CorpusForm[]) {
  describe(`real ${form} filings: XML -> tree -> YAML draft -> tree -> XML is exact`, () => {
    const files = corpusFiles(form);
    it('has files', () => assert.ok(files.length > 0));
    after(() =>
      assert.ok(validated[form] >= minimumValidated[form], `${validated[form]} ${form} drafts validated against the JSON Schema`),
    );
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
        // The draft's JSON Schema is today's schema of its form: a filing that meets it gives a draft that meets it.
        if (meetsTodaysSchema(original.root)) {
          validated[form]++;
          assert.ok(validateDraft(parse(yaml)), JSON.stringify(validateDraft.errors));
        }
      });
    }
  });
}
