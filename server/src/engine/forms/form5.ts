/**
 * Form 5 (Annual Statement of Changes in Beneficial Ownership) and its amendment, Form 5/A: the fiscal year's
 * deferred, exempt and late items, checked against the SEC's v5.5 Form 5 schema (structure/schemaForm5.ts), documented
 * with Form 5's own boxes (docs/fields35.ts). Drawn as EDGAR's 5_X09.xsl draws it (render/formLayout.ts).
 */
import { form5Layout } from '../render/formLayout';
import { form5DraftPlan } from '../language/draftPlan';
import { describeForm } from './describeForm';

export const form5 = describeForm('5', 'Form 5', form5Layout, undefined, form5DraftPlan);
export const form5A = describeForm('5/A', 'Form 5/A', form5Layout, '5', form5DraftPlan);
