/**
 * Which form a document is, decided once by `analyze` from its root element and `documentType`; everything after
 * reads the chosen description instead of looking at `documentType` again.
 */
import { rootElementName } from '../structure/schema';
import { firstChild, textOf, type ElementNode } from '../tree/node';
import type { FormDescription } from './description';
import { formDescriptions } from './descriptions';
import { formIdOf, type FormId } from './id';

/**
 * The description a document is read by when it has none of its own: an ownership document whose documentType is
 * missing or mistyped is checked as a Form 4 (which reports the documentType), and hovers, completion and the
 * preview treat every other document as one.
 */
export const fallbackForm: FormDescription = formDescriptions['4'];

/** A form id when checked as that form (every Section 16 form is); 'unknown' when not an ownership document. */
export type AnalyzedKind = FormId | 'unknown';

export interface FormChoice {
  readonly kind: AnalyzedKind;
  /** The form the document is read by: its own when checked as one, else the fallback. */
  readonly form: FormDescription;
}

export function chooseForm(root: ElementNode | undefined): FormChoice {
  if (!root || root.name !== rootElementName) return { kind: 'unknown', form: fallbackForm };
  const documentType = textOf(firstChild(root, 'documentType'));
  const id = formIdOf(documentType);
  if (id) return { kind: id, form: formDescriptions[id] };
  return { kind: fallbackForm.id, form: fallbackForm };
}

/** True when the document is checked as the form it is read by: its structure and its rules. */
export function isCheckedForm(kind: AnalyzedKind): kind is FormId {
  return kind !== 'unknown';
}
