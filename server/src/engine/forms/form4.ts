/**
 * Form 4 (Statement of Changes in Beneficial Ownership) and its amendment, Form 4/A. They share everything but their
 * schema root: a 4/A declares `dateOfOriginalSubmission`, the date of the Form 4 it amends (see structure/schema.ts).
 */
import { fieldDocumentation } from '../docs/fields';
import { form4DraftPlan } from '../language/draftPlan';
import type { CalendarDate } from '../model/date';
import { form4Layout } from '../render/formLayout';
import { draftRootType } from '../structure/draftShape';
import { documentSchemas } from '../structure/schema';
import type { FormDescription } from './description';
import type { FormId } from './id';
import { rulesFor } from './rules';

function form4Family(id: FormId, displayName: string, amends?: FormId, drafted = false): FormDescription {
  return {
    id,
    displayName,
    ...(amends ? { amends } : {}),
    ...(drafted ? { newDraft: (today: CalendarDate | undefined) => form4DraftPlan(id, today) } : {}),
    schema: documentSchemas[id],
    draftRootType,
    rules: rulesFor(id),
    fieldDocumentation: (path) => fieldDocumentation(path, id),
    layout: form4Layout,
  };
}

export const form4 = form4Family('4', 'Form 4', undefined, true);
export const form4A = form4Family('4/A', 'Form 4/A', '4', true);

// Forms 3 and 5 are described, but `select.ts` still reads them as not checked, with Form 4's schema shape, rules and
// layout and no new draft, until their own schema (v5.5), rules and layouts land (issue 17): then each gets its own
// file here, with its own `newDraft` (a Form 3 reports holdings, not transactions).
export const form3 = form4Family('3', 'Form 3');
export const form3A = form4Family('3/A', 'Form 3/A', '3');
export const form5 = form4Family('5', 'Form 5');
export const form5A = form4Family('5/A', 'Form 5/A', '5');
