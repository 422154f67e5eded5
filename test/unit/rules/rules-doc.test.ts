import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { catalogue } from '../../../server/src/engine/rules/catalogue';
import { renderRulesMarkdown } from '../../../server/src/engine/rules/markdown';

const docPath = new URL('../../../docs/rules.md', import.meta.url);
const regenerate = 'node --import tsx scripts/generate-rules-doc.ts';

test('docs/rules.md is up to date with the rule catalogue', () => {
  let onDisk: string;
  try {
    onDisk = readFileSync(docPath, 'utf8');
  } catch {
    assert.fail(`docs/rules.md is missing: run \`${regenerate}\``);
  }
  assert.ok(onDisk === renderRulesMarkdown(catalogue), `docs/rules.md is stale: run \`${regenerate}\` and commit the result`);
});

test('the rules document lists every rule with its severity, explanation and sources, and links each from the contents', () => {
  const doc = renderRulesMarkdown(catalogue);
  for (const rule of catalogue) {
    assert.ok(doc.includes(`### \`${rule.id}\``), `${rule.id} has a section`);
    assert.ok(doc.includes(`**Default severity:** ${rule.severity}. ${rule.summary}\n\n**Forms:** ${rule.forms.join(', ')}.`), `${rule.id} states its severity and forms`);
    assert.ok(doc.includes(rule.explanation), `${rule.id} has its explanation`);
    for (const source of rule.sources) assert.ok(doc.includes(source.title), `${rule.id} cites ${source.title}`);
    const link = rule.id.toLowerCase().replace(/[^a-z0-9 _-]/g, '').replace(/ /g, '-');
    assert.ok(doc.includes(`(#${link})`), `${rule.id} is linked from the contents`);
  }
});
