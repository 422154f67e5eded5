/**
 * What the engine knows of one ownership form, in one object: the parts of the engine that differ by form (the
 * structure checker, the YAML draft notation, the rules, the field documentation, the rendered page) read the
 * description `analyze` chose for a document (see ./select.ts) instead of testing its `documentType` themselves.
 * A new form is a new description (./form4.ts holds Forms 4 and 4/A) listed in ./descriptions.ts.
 */
import type { FieldDoc } from '../docs/fields';
import type { DraftPlan } from '../language/draftPlan';
import type { CalendarDate } from '../model/date';
import type { FormLayout } from '../render/formLayout';
import type { AnyRule } from '../rules/index';
import type { ComplexType, ElementParticle } from '../structure/schema';
import type { FormId } from './id';

export interface FormDescription {
  readonly id: FormId;
  /** "Form 4/A": how the outline names the document. */
  readonly displayName: string;
  /** The form this one amends (4/A amends 4): an amendment gives `dateOfOriginalSubmission`, the original's date. */
  readonly amends?: FormId;
  /** The root element declaration the structure checker matches the document against (structure/schema.ts). */
  readonly schema: ElementParticle;
  /** The type a YAML draft's root mapping is read against (structure/draftShape.ts). */
  readonly draftRootType: ComplexType;
  /** The business rules that check a document of this form (./rules.ts). */
  readonly rules: readonly AnyRule[];
  /** What hovers and completion say of the element at a path (element names from the root, the element last). */
  fieldDocumentation(path: readonly string[]): FieldDoc | undefined;
  /** The page the preview and `form4 render` draw: header boxes and table columns (render/formLayout.ts). */
  readonly layout: FormLayout;
  /**
   * The form's new draft (language/draftPlan.ts): what it holds and the order Tab walks it, signed `today` when
   * given. Absent for a form that has no new draft yet (Forms 3 and 5, until their schema lands).
   */
  readonly newDraft?: (today: CalendarDate | undefined) => DraftPlan;
}
