/**
 * docs/rules.md, rendered from the catalogue: every rule with its id, default severity, summary, the forms it
 * applies to, explanation and sources, grouped by category, with a table of contents. Pure, so the docs test can
 * compare it with the file.
 */
import { headingAnchor, ruleAnchor, ruleHeading } from './anchor';
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
  history: 'History (across the owner’s filings)',
  convert: 'Conversion (form4 convert)',
  draft: 'Drafts being written (editor only)',
  internal: 'Internal',
};

function sourceLine(source: RuleDescription['sources'][number]): string {
  return source.url ? `- [${source.title}](${source.url})` : `- ${source.title}`;
}

function ruleSection(rule: RuleDescription): string[] {
  const severity = `**Default severity:** ${rule.severity}. ${rule.summary}`;
  const forms = `**Forms:** ${rule.forms.join(', ')}.`;
  return [
    `### ${ruleHeading(rule.id)}`,
    '',
    severity,
    '',
    forms,
    '',
    rule.explanation,
    '',
    '**Sources:**',
    '',
    ...rule.sources.map(sourceLine),
    '',
  ];
}

/** One rule's section as docs/rules.md has it, heading to sources: what the editor shows as the rule's documentation. */
export function renderRuleMarkdown(rule: RuleDescription): string {
  return ruleSection(rule).join('\n').trimEnd();
}

export function renderRulesMarkdown(catalogue: readonly RuleDescription[]): string {
  const present = new Set(catalogue.map((rule) => rule.category));
  const categories = (Object.keys(categoryTitles) as RuleCategory[]).filter((category) => present.has(category));
  const out: string[] = [
    '# Form 4 rules',
    '',
    '<!-- Generated from server/src/engine/rules/catalogue.ts by scripts/generate.ts (`npm run generate`): do not edit by hand. -->',
    '',
    "Every finding `form4` reports carries one of these rule ids. Change a rule's severity, or turn it off, with the",
    '`form4.rules` setting in the editor, `--rule id=off|hint|information|warning|error` on the command line, or the',
    '`rules` object of a `.form4rc.json` file.',
    '',
    '## Contents',
    '',
  ];
  for (const category of categories) {
    const title = categoryTitles[category];
    out.push(`- [${title}](#${headingAnchor(title)})`);
    for (const rule of catalogue.filter((r) => r.category === category)) {
      out.push(`  - [\`${rule.id}\`](#${ruleAnchor(rule.id)}) (${rule.severity}): ${rule.summary}`);
    }
  }
  out.push('');
  for (const category of categories) {
    out.push(`## ${categoryTitles[category]}`, '');
    for (const rule of catalogue.filter((r) => r.category === category)) out.push(...ruleSection(rule));
  }
  return out.join('\n');
}
