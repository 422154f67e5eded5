/**
 * Per-rule severity overrides (the editor's `form4.rules` setting, the CLI's `--rule id=level` and `.form4rc.json`):
 * a new severity for every finding of a rule, or `off` to drop them.
 */
import type { Finding, Severity } from '../findings';
import { isKnownRule } from './catalogue';

/** What a rule can be set to: a severity, or `off`. One list for the editor, the command line and package.json. */
export type RuleSetting = Severity | 'off';
export const ruleSettings: readonly RuleSetting[] = ['off', 'hint', 'information', 'warning', 'error'];

export type SeverityOverrides = Readonly<Record<string, RuleSetting>>;

/**
 * A rule setting as a user writes it, or undefined when it is none: exact names, and `info`, which is what people
 * type for `information` (editor and command line alike accept it).
 */
export function parseRuleSetting(text: string): RuleSetting | undefined {
  const name = text === 'info' ? 'information' : text;
  return (ruleSettings as readonly string[]).includes(name) ? (name as RuleSetting) : undefined;
}

export function applySeverityOverrides(findings: readonly Finding[], overrides: SeverityOverrides): Finding[] {
  const out: Finding[] = [];
  for (const finding of findings) {
    const override = Object.hasOwn(overrides, finding.rule) ? overrides[finding.rule] : undefined;
    if (override === 'off') continue;
    out.push(override && override !== finding.severity ? Object.assign({}, finding, { severity: override }) : finding);
  }
  return out;
}

/** The ids in an override set that no rule has (usually a typo), in the order given, so adapters can warn. */
export function unknownRuleIds(overrides: SeverityOverrides): string[] {
  return Object.keys(overrides).filter((id) => !isKnownRule(id));
}
