/**
 * Every rule id the engine can emit, with what it checks, why it matters and where that comes from: the syntax and
 * structure ids of the readers and the structure checker, then the business rules of the registry, then the engine's
 * own failure id. The CLI's `rules` command, SARIF output, hovers and docs/rules.md are all generated from this, and
 * `RuleId`, the type of every id in engine code, is derived from it: an id no entry defines does not compile.
 */
import { rules } from './index';
import type { Rule, RuleDescription } from './rule';
import { conversionRules, draftRules, footnoteIdentityRules, internalRules, structureRules, syntaxRules } from './structural';

function describe<Id extends string>({ id, category, severity, forms, summary, explanation, sources }: Rule<Id>): RuleDescription<Id> {
  return { id, category, severity, forms, summary, explanation, sources };
}

const entries = [
  ...syntaxRules,
  ...structureRules,
  ...footnoteIdentityRules,
  ...rules.map(describe),
  ...conversionRules,
  ...internalRules,
  ...draftRules,
];

/** Every id the engine can emit: the union of the catalogue's ids. */
export type RuleId = (typeof entries)[number]['id'];

/** The ids the structure checker (structure/check.ts) emits: the schema's and the footnote identities'. */
export type StructureRuleId = (typeof structureRules | typeof footnoteIdentityRules)[number]['id'];

export const catalogue: readonly RuleDescription<RuleId>[] = entries;

const byId: ReadonlyMap<string, RuleDescription<RuleId>> = new Map(catalogue.map((rule) => [rule.id, rule]));

/** True for an id in the catalogue: narrows a string from outside (a setting, a client's request) to a `RuleId`. */
export function isKnownRule(id: string): id is RuleId {
  return byId.has(id);
}

/** The description of a rule id; for a string from outside, undefined when the engine never emits it. */
export function describeRule(id: RuleId): RuleDescription<RuleId>;
export function describeRule(id: string): RuleDescription<RuleId> | undefined;
export function describeRule(id: string): RuleDescription<RuleId> | undefined {
  return byId.get(id);
}
