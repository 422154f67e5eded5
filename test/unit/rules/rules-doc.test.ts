import assert from 'node:assert/strict';
import { test } from 'node:test';
import { catalogue } from '../../../server/src/engine/rules/catalogue';
import { ruleAnchor } from '../../../server/src/engine/rules/anchor';
import { renderRuleMarkdown, renderRulesMarkdown } from '../../../server/src/engine/rules/markdown';

test('the rules document lists every rule with its severity, explanation and sources, and links each from the contents', () => {
  const doc = renderRulesMarkdown(catalogue);
  for (const rule of catalogue) {
    assert.ok(doc.includes(`### \`${rule.id}\``), `${rule.id} has a section`);
    assert.ok(
      doc.includes(`**Default severity:** ${rule.severity}. ${rule.summary}\n\n**Forms:** ${rule.forms.join(', ')}.`),
      `${rule.id} states its severity and forms`,
    );
    assert.ok(doc.includes(rule.explanation), `${rule.id} has its explanation`);
    for (const source of rule.sources) assert.ok(doc.includes(source.title), `${rule.id} cites ${source.title}`);
    assert.ok(doc.includes(`(#${ruleAnchor(rule.id)})`), `${rule.id} is linked from the contents`);
  }
});

test("one rule's section, as the editor shows it, is the section of the rules document", () => {
  const doc = renderRulesMarkdown(catalogue);
  for (const rule of catalogue) {
    const section = renderRuleMarkdown(rule);
    assert.ok(section.startsWith(`### \`${rule.id}\`\n`), `${rule.id}'s section starts at its heading`);
    const whole = doc.includes(`${section}\n\n##`) || doc.endsWith(`${section}\n`);
    assert.ok(whole, `${rule.id}'s section is in the document whole, up to the next heading`);
  }
});
