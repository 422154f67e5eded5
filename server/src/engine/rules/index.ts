/**
 * The registry of business rules and the entry point that runs them all. Rules see the located model only (never
 * XML or YAML text), so each serves both formats. The registry and the category lists are const tuples, so each
 * rule's literal id reaches `RuleId` (catalogue.ts).
 */
import type { Finding } from '../findings';
import type { CalendarDate } from '../model/date';
import type { OwnershipDocument } from '../model/types';
import { codeRules } from './code/index';
import { dateRules } from './date/index';
import { derivativeRules } from './derivative/index';
import { documentRules } from './document/index';
import { footnoteRules } from './footnote/index';
import { historyRules } from './history/index';
import { holdingsRules } from './holdings/index';
import { ownerRules } from './owner/index';
import { ownershipRules } from './ownership/index';
import { priceRules } from './price/index';
import { rule10b51Rules } from './rule10b5-1/index';
import { runRuleSet } from './run';
import { signatureRules } from './signature/index';

export { ruleFailureId, runRuleSet, type AnyRule } from './run';

export const rules = [
  ...documentRules,
  ...ownerRules,
  ...codeRules,
  ...holdingsRules,
  ...ownershipRules,
  ...priceRules,
  ...dateRules,
  ...derivativeRules,
  ...footnoteRules,
  ...rule10b51Rules,
  ...signatureRules,
  ...historyRules,
] as const;

/**
 * Every business rule of the document's form (`doc.form`, as forms/rules.ts gives a form its set) over one document;
 * never throws (a failing rule becomes an `internal/rule-failure` finding).
 */
export function runRules(doc: OwnershipDocument, today: CalendarDate): Finding[] {
  return runRuleSet(
    doc,
    today,
    rules.filter((rule) => (rule.forms as readonly string[]).includes(doc.form)),
  );
}
