/**
 * Every form the engine describes, by id: the one list a new form joins (with its id in ./id.ts). Typed by `FormId`,
 * so a form with an id but no description does not compile.
 */
import type { FormDescription } from './description';
import { form3, form3A } from './form3';
import { form4, form4A } from './form4';
import { form5, form5A } from './form5';
import type { FormId } from './id';

export const formDescriptions: Readonly<Record<FormId, FormDescription>> = {
  '3': form3,
  '3/A': form3A,
  '4': form4,
  '4/A': form4A,
  '5': form5,
  '5/A': form5A,
};
