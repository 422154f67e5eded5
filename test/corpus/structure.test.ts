import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { formIdOf, type FormId } from '../../server/src/engine/forms/id';
import { readXml } from '../../server/src/engine/read/xml';
import { checkStructure } from '../../server/src/engine/structure/check';
import { currentSchemaVersion, documentSchemas } from '../../server/src/engine/structure/schema';
import { firstChild, textOf } from '../../server/src/engine/tree/node';
import { corpusFiles, type CorpusForm } from '../helpers/shared';

/**
 * Every real filing is judged by today's (v5.5) schema of its own form. xmllint rejects many older ones, but only for
 * rules a later schema version brought (the Rule 10b5-1 box, the country list, X0101's rows outside the tables): each
 * such finding must be information that says so, and no filing may get a structural error. The oracle suite holds the
 * verdicts themselves to xmllint's.
 */
const folders: Readonly<Record<CorpusForm, readonly FormId[]>> = { form3: ['3'], form4: ['4', '4/A'], form5: ['5', '5/A'] };

for (const [folder, expectedKinds] of Object.entries(folders) as [CorpusForm, readonly FormId[]][]) {
  describe(`real ${folder} filings: no structural error`, () => {
    const files = corpusFiles(folder);
    const kinds = new Set<FormId>();

    for (const file of files) {
      it(path.basename(file), () => {
        const { root } = readXml(readFileSync(file, 'utf8'));
        assert.ok(root);
        const kind = formIdOf(textOf(firstChild(root, 'documentType')));
        assert.ok(kind && expectedKinds.includes(kind), `documentType ${kind}`);
        kinds.add(kind);
        const version = textOf(firstChild(root, 'schemaVersion')).trim();
        const findings = checkStructure(root, documentSchemas[kind]);
        assert.deepEqual(
          findings.filter((f) => f.severity !== 'information').map((f) => `${f.rule} at ${f.span.start}: ${f.message}`),
          [],
        );
        for (const finding of findings) {
          assert.ok(version < currentSchemaVersion, `information only on an older document: ${finding.message}`);
          assert.match(finding.message, new RegExp(`This document declares schema ${version}, and .* \\(schema X\\d{4}\\)`));
        }
      });
    }

    it(`has ${expectedKinds.join(' and ')} filings`, () => {
      assert.ok(files.length >= 20, `${files.length} files`);
      assert.deepEqual([...kinds].sort(), [...expectedKinds].sort());
    });
  });
}
