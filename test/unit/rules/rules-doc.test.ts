import assert from 'node:assert/strict';
import { test } from 'node:test';
import { catalogue } from '../../../server/src/engine/rules/catalogue';
import { renderRulesMarkdown } from '../../../server/src/engine/rules/markdown';

test('the rules document lists every rule with its severity, explanation and sources, and links each from the contents', () => {
  const doc = renderRulesMarkdown(catalogue);
  for (const rule of catalogue) {
    assert.ok(doc.includes(`### \`${rule.id}\``), `${rule.id} has a section`);
    assert.ok(doc.includes(`**Default severity:** ${rule.severity}. ${rule.summary}`), `${rule.id} states its severity`);
    assert.ok(doc.includes(rule.explanation), `${rule.id} has its explanation`);
    for (const source of rule.sources) assert.ok(doc.includes(source.title), `${rule.id} cites ${source.title}`);
    const link = rule.id.toLowerCase().replace(/[^a-z0-9 _-]/g, '').replace(/ /g, '-');
    assert.ok(doc.includes(`(#${link})`), `${rule.id} is linked from the contents`);
  }
});
