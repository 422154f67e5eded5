/**
 * Form 3 (Initial Statement of Beneficial Ownership of Securities) and its amendment, Form 3/A: holdings only, checked
 * against the SEC's v5.5 Form 3 schema (structure/schemaForm3.ts), documented with Form 3's own box numbers
 * (docs/fields35.ts). Drawn as EDGAR's 3_X07.xsl draws it (render/formLayout.ts).
 */
import { form3Layout } from '../render/formLayout';
import { form3DraftPlan } from '../language/draftPlan';
import { describeForm } from './describeForm';

export const form3 = describeForm('3', 'Form 3', form3Layout, undefined, form3DraftPlan);
export const form3A = describeForm('3/A', 'Form 3/A', form3Layout, '3', form3DraftPlan);
