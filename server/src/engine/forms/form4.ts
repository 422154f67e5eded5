/**
 * Form 4 (Statement of Changes in Beneficial Ownership) and its amendment, Form 4/A. They share everything but their
 * schema root: a 4/A declares `dateOfOriginalSubmission`, the date of the Form 4 it amends (see structure/schema.ts).
 */
import { fieldDocumentation } from '../docs/fields';
import { form3Layout, form4Layout, form5Layout, type FormLayout } from '../render/formLayout';
import { draftRootType } from '../structure/draftShape';
import { documentSchemas } from '../structure/schema';
import type { FormDescription } from './description';
import type { FormId } from './id';
import { rulesFor } from './rules';

function form4Family(id: FormId, displayName: string, amends?: FormId, layout: FormLayout = form4Layout): FormDescription {
  return {
    id,
    displayName,
    ...(amends ? { amends } : {}),
    schema: documentSchemas[id],
    draftRootType,
    rules: rulesFor(id),
    fieldDocumentation: (path) => fieldDocumentation(path, id),
    layout,
  };
}

export const form4 = form4Family('4', 'Form 4');
export const form4A = form4Family('4/A', 'Form 4/A', '4');

// Forms 3 and 5 are described, but `select.ts` still reads them as not checked, with Form 4's schema shape and rules,
// until their own schema (v5.5) and rules land (issue 17): then each gets its own file here. Their layouts are their own.
export const form3 = form4Family('3', 'Form 3', undefined, form3Layout);
export const form3A = form4Family('3/A', 'Form 3/A', '3', form3Layout);
export const form5 = form4Family('5', 'Form 5', undefined, form5Layout);
export const form5A = form4Family('5/A', 'Form 5/A', '5', form5Layout);
