/**
 * The rule set of each form: the one place that decides which business rules check a document of a form. Every rule
 * checks Forms 4 and 4/A today; once rules declare the forms they apply to, this is where they are filtered by it.
 */
import { rules } from '../rules/index';
import type { Rule } from '../rules/rule';
import type { FormId } from './id';

export function rulesFor(_form: FormId): readonly Rule[] {
  return rules;
}
