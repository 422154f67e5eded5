/**
 * A form's description from what is its own: the schema root, draft root type, rule set and field documentation all
 * follow from its id (they are keyed by it), so a form file (./form3.ts, ./form4.ts, ./form5.ts) names only its id,
 * its display name, its layout, the form it amends and its new draft (a form without one offers no *New draft*).
 */
import { fieldDocumentation } from '../docs/fields';
import type { DraftPlan } from '../language/draftPlan';
import type { CalendarDate } from '../model/date';
import type { FormLayout } from '../render/formLayout';
import { draftRootTypes } from '../structure/draftShape';
import { documentSchemas } from '../structure/schema';
import type { FormDescription } from './description';
import type { FormId } from './id';
import { rulesFor } from './rules';

export function describeForm(
  id: FormId,
  displayName: string,
  layout: FormLayout,
  amends?: FormId,
  newDraft?: (id: FormId, today: CalendarDate | undefined) => DraftPlan,
): FormDescription {
  return {
    id,
    displayName,
    ...(amends ? { amends } : {}),
    ...(newDraft ? { newDraft: (today: CalendarDate | undefined) => newDraft(id, today) } : {}),
    schema: documentSchemas[id],
    draftRootType: draftRootTypes[id],
    rules: rulesFor(id),
    fieldDocumentation: (path) => fieldDocumentation(path, id),
    layout,
  };
}
