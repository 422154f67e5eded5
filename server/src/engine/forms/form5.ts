/**
 * Form 5 (Annual Statement of Changes in Beneficial Ownership) and its amendment, Form 5/A: the fiscal year's
 * deferred, exempt and late items, checked against the SEC's v5.5 Form 5 schema (structure/schemaForm5.ts), documented
 * with Form 5's own boxes (docs/fields.ts). Drawn as EDGAR's 5_X09.xsl
 * draws it (render/formLayout.ts).
 */
import { fieldDocumentation } from '../docs/fields';
import { form5Layout } from '../render/formLayout';
import { draftRootTypes } from '../structure/draftShape';
import { documentSchemas } from '../structure/schema';
import type { FormDescription } from './description';
import type { FormId } from './id';
import { rulesFor } from './rules';

function form5Family(id: FormId, displayName: string, amends?: FormId): FormDescription {
  return {
    id,
    displayName,
    ...(amends ? { amends } : {}),
    schema: documentSchemas[id],
    draftRootType: draftRootTypes[id],
    rules: rulesFor(id),
    fieldDocumentation: (path) => fieldDocumentation(path, id),
    layout: form5Layout,
  };
}

export const form5 = form5Family('5', 'Form 5');
export const form5A = form5Family('5/A', 'Form 5/A', '5');
