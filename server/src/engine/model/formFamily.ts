/**
 * Which of the three Section 16 forms a document is, amendment or not: the questions the rules of more than one form
 * ask of `doc.form` (a rule runs only on the forms it declares, but one serving Forms 4 and 5 may differ between them).
 */
import type { FormId } from '../forms/id';
import type { OwnershipDocument } from './types';

/** The form an id is or amends: 3, 4 or 5. */
export type BaseForm = '3' | '4' | '5';

export function baseForm(form: FormId): BaseForm {
  return form.charAt(0) as BaseForm;
}

export function isAmendment(form: FormId): boolean {
  return form.endsWith('/A');
}

/** How messages name the document's form: "Form 5/A". */
export function formName(doc: OwnershipDocument): string {
  return `Form ${doc.form}`;
}
