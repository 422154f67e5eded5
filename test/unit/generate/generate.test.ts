/**
 * The generated files (scripts/generate.ts): each committed one is what its generator writes, and the check names a
 * stale or missing file, which is what makes `npm run generate:check` (part of `npm test`) fail in CI.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { generatedFiles, staleFiles } from '../../../scripts/generate';

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

test('the preview stylesheet, the rules document and the draft schema are among the generated files', () => {
  const files = generatedFiles.map(({ file }) => file).sort();
  assert.deepEqual(files, ['docs/rules.md', 'media/preview.css', 'schemas/form4-draft.schema.json']);
});
