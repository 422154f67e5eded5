/**
 * docs/rules.md, rendered from the catalogue: every rule with its id, default severity, summary, explanation and
 * sources, grouped by category, with a table of contents. Pure, so the docs test can compare it with the file.
 */
import type { RuleCategory, RuleDescription } from './rule';

const categoryTitles: Readonly<Record<RuleCategory, string>> = {
  syntax: 'Syntax and input limits',
  structure: 'Structure (the EDGAR schema)',
  document: 'Document',
  owner: 'Reporting owners',
  code: 'Transaction codes',
  holdings: 'Holdings (amounts owned)',
  ownership: 'Ownership nature',
  price: 'Prices',
  date: 'Dates and deadlines',
  derivative: 'Derivative securities (Table II)',
  footnote: 'Footnotes',
  'rule10b5-1': 'Rule 10b5-1 checkbox',
  signature: 'Signatures',
  internal: 'Internal',
};

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, '')
    .replace(/ /g, '-');
}

function sourceLine(source: RuleDescription['sources'][number]): string {
  return source.url ? `- [${source.title}](${source.url})` : `- ${source.title}`;
}

function ruleSection(rule: RuleDescription): string[] {
  return [`### \`${rule.id}\``, '', `**Default severity:** ${rule.severity}. ${rule.summary}`, '', rule.explanation, '', '**Sources:**', '', ...rule.sources.map(sourceLine), ''];
}

export function renderRulesMarkdown(catalogue: readonly RuleDescription[]): string {
  const present = new Set(catalogue.map((rule) => rule.category));
  const categories = (Object.keys(categoryTitles) as RuleCategory[]).filter((category) => present.has(category));
  const out: string[] = [
    '# Form 4 rules',
    '',
    '<!-- Generated from server/src/engine/rules/catalogue.ts by scripts/generate.ts (`npm run generate`): do not edit by hand. -->',
    '',
    'Every finding `form4` reports carries one of these rule ids. Change a rule\'s severity, or turn it off, with the',
    '`form4.rules` setting in the editor, `--rule id=off|hint|information|warning|error` on the command line, or the',
    '`rules` object of a `.form4rc.json` file.',
    '',
    '## Contents',
    '',
  ];
  for (const category of categories) {
    const title = categoryTitles[category];
    out.push(`- [${title}](#${anchor(title)})`);
    for (const rule of catalogue.filter((r) => r.category === category)) {
      out.push(`  - [\`${rule.id}\`](#${anchor(rule.id)}) (${rule.severity}): ${rule.summary}`);
    }
  }
  out.push('');
  for (const category of categories) {
    out.push(`## ${categoryTitles[category]}`, '');
    for (const rule of catalogue.filter((r) => r.category === category)) out.push(...ruleSection(rule));
  }
  return out.join('\n');
}
