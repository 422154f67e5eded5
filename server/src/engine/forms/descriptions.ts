/**
 * Every form the engine describes, by id: the one list a new form joins (with its id in ./id.ts). Typed by `FormId`,
 * so a form with an id but no description does not compile.
 */
import type { FormDescription } from './description';
import { form4, form4A } from './form4';
import type { FormId } from './id';

export const formDescriptions: Readonly<Record<FormId, FormDescription>> = {
  '4': form4,
  '4/A': form4A,
};
