/**
 * Form 4 (Statement of Changes in Beneficial Ownership) and its amendment, Form 4/A. They share everything but their
 * schema root: a 4/A declares `dateOfOriginalSubmission`, the date of the Form 4 it amends (see structure/schemaForm4.ts).
 */
import { fieldDocumentation } from '../docs/fields';
import { form4Layout } from '../render/formLayout';
import { draftRootTypes } from '../structure/draftShape';
import { documentSchemas } from '../structure/schema';
import type { FormDescription } from './description';
import type { FormId } from './id';
import { rulesFor } from './rules';

function form4Family(id: FormId, displayName: string, amends?: FormId): FormDescription {
  return {
    id,
    displayName,
    ...(amends ? { amends } : {}),
    schema: documentSchemas[id],
    draftRootType: draftRootTypes[id],
    rules: rulesFor(id),
    fieldDocumentation: (path) => fieldDocumentation(path, id),
    layout: form4Layout,
  };
}

export const form4 = form4Family('4', 'Form 4');
export const form4A = form4Family('4/A', 'Form 4/A', '4');
