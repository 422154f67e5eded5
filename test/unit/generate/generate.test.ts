/**
 * The generated files (scripts/generate.ts): each committed one is what its generator writes, and the check names a
 * stale or missing file, which is what makes `npm run generate:check` (part of `npm test`) fail in CI.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { generatedFiles, staleFiles } from '../../../scripts/generate';
import { catalogue, ruleSettings } from '../../../server/src/engine/index';

test('every committed generated file is what its generator writes (run `npm run generate` after a change)', () => {
  assert.deepEqual(staleFiles(), []);
});

test('the check names a stale file and a missing one, and passes a current one', () => {
  const root = mkdtempSync(join(tmpdir(), 'form4-generate-'));
  const files = [
    { file: 'current.txt', generate: () => 'same\n' },
    { file: 'docs/stale.md', generate: () => 'new\n' },
    { file: 'missing.css', generate: () => 'x' },
  ];
  writeFileSync(join(root, 'current.txt'), 'same\n');
  mkdirSync(join(root, 'docs'));
  writeFileSync(join(root, 'docs/stale.md'), 'old\n');
  assert.deepEqual(staleFiles(files, root), ['docs/stale.md', 'missing.css']);
});

test('the preview stylesheet, the rules document, the schemas and package.json are the generated files', () => {
  const files = generatedFiles.map(({ file }) => file).sort();
  assert.deepEqual(files, [
    'docs/rules.md',
    'media/preview.css',
    'package.json',
    'schemas/form4-draft.schema.json',
    'schemas/form4rc.schema.json',
  ]);
});

test('.form4rc.json and form4.rules complete every rule id of the catalogue and every severity, each described', () => {
  const repo = join(__dirname, '../../..');
  const rcSchema = JSON.parse(readFileSync(join(repo, 'schemas/form4rc.schema.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  const settingRules = manifest.contributes.configuration.properties['form4.rules'];
  for (const rules of [rcSchema.properties.rules, settingRules]) {
    assert.deepEqual(
      Object.keys(rules.properties),
      catalogue.map((r) => r.id),
    );
    for (const rule of catalogue) {
      const property = rules.properties[rule.id];
      assert.ok(property.description.startsWith(rule.summary), rule.id);
      assert.deepEqual(property.enum, [...ruleSettings, 'info']);
      assert.equal(property.enumDescriptions.length, property.enum.length);
      assert.ok(property.enumDescriptions.every((d: string) => d.length > 0));
    }
  }
  const validation = manifest.contributes.jsonValidation;
  assert.deepEqual(validation, [{ fileMatch: '.form4rc.json', url: './schemas/form4rc.schema.json' }]);
});
