/**
 * The rule set of each form: the one place that decides which business rules check a document of a form. Each rule
 * declares the forms it applies to (`forms` in its definition); a form's set is the rules that name it, in the
 * registry's order.
 */
import { rules, type AnyRule } from '../rules/index';
import type { FormId } from './id';

export function rulesFor(form: FormId): readonly AnyRule[] {
  return rules.filter((rule) => (rule.forms as readonly FormId[]).includes(form));
}
