/**
 * Every rule id the engine can emit, with what it checks, why it matters and where that comes from: the syntax and
 * structure ids of the readers and the structure checker, then the business rules of the registry, then the engine's
 * own failure id. The CLI's `rules` command, SARIF output, hovers and docs/rules.md are all generated from this.
 */
import { rules } from './index';
import type { RuleDescription } from './rule';
import { footnoteIdentityRules, internalRules, structureRules, syntaxRules } from './structural';

function describe({ id, category, severity, summary, explanation, sources }: RuleDescription): RuleDescription {
  return { id, category, severity, summary, explanation, sources };
}

export const catalogue: readonly RuleDescription[] = [
  ...syntaxRules,
  ...structureRules,
  ...footnoteIdentityRules,
  ...rules.map(describe),
  ...internalRules,
];

const byId: ReadonlyMap<string, RuleDescription> = new Map(catalogue.map((rule) => [rule.id, rule]));

/** The description of a rule id, or undefined for an id the engine never emits. */
export function describeRule(id: string): RuleDescription | undefined {
  return byId.get(id);
}

/** True for an id in the catalogue. */
export function isKnownRule(id: string): boolean {
  return byId.has(id);
}
