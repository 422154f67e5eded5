/**
 * Form 4 (Statement of Changes in Beneficial Ownership) and its amendment, Form 4/A. They share everything but their
 * schema root: a 4/A declares `dateOfOriginalSubmission`, the date of the Form 4 it amends (see structure/schemaForm4.ts).
 */
import { form4DraftPlan } from '../language/draftPlan';
import { form4Layout } from '../render/formLayout';
import { describeForm } from './describeForm';

export const form4 = describeForm('4', 'Form 4', form4Layout, undefined, form4DraftPlan);
export const form4A = describeForm('4/A', 'Form 4/A', form4Layout, '4', form4DraftPlan);
