/**
 * Form 3 (Initial Statement of Beneficial Ownership of Securities) and its amendment, Form 3/A: holdings only, checked
 * against the SEC's v5.5 Form 3 schema (structure/schemaForm3.ts), documented with Form 3's own box numbers
 * (docs/fields.ts). Drawn as EDGAR's 3_X07.xsl draws it (render/formLayout.ts).
 */
import { fieldDocumentation } from '../docs/fields';
import { form3Layout } from '../render/formLayout';
import { draftRootTypes } from '../structure/draftShape';
import { documentSchemas } from '../structure/schema';
import type { FormDescription } from './description';
import type { FormId } from './id';
import { rulesFor } from './rules';

function form3Family(id: FormId, displayName: string, amends?: FormId): FormDescription {
  return {
    id,
    displayName,
    ...(amends ? { amends } : {}),
    schema: documentSchemas[id],
    draftRootType: draftRootTypes[id],
    rules: rulesFor(id),
    fieldDocumentation: (path) => fieldDocumentation(path, id),
    layout: form3Layout,
  };
}

export const form3 = form3Family('3', 'Form 3');
export const form3A = form3Family('3/A', 'Form 3/A', '3');
