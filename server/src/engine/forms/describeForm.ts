/**
 * A form's description from what is its own: the schema root, draft root type, rule set and field documentation all
 * follow from its id (they are keyed by it), so a form file (./form3.ts, ./form4.ts, ./form5.ts) names only its id,
 * its display name, the form it amends and its layout.
 */
import { fieldDocumentation } from '../docs/fields';
import type { FormLayout } from '../render/formLayout';
import { draftRootTypes } from '../structure/draftShape';
import { documentSchemas } from '../structure/schema';
import type { FormDescription } from './description';
import type { FormId } from './id';
import { rulesFor } from './rules';

export function describeForm(id: FormId, displayName: string, layout: FormLayout, amends?: FormId): FormDescription {
  return {
    id,
    displayName,
    ...(amends ? { amends } : {}),
    schema: documentSchemas[id],
    draftRootType: draftRootTypes[id],
    rules: rulesFor(id),
    fieldDocumentation: (path) => fieldDocumentation(path, id),
    layout,
  };
}
