/**
 * Form 3 (Initial Statement of Beneficial Ownership of Securities) and its amendment, Form 3/A: holdings only, checked
 * against the SEC's v5.5 Form 3 schema (structure/schemaForm3.ts), documented with Form 3's own box numbers
 * (docs/fields35.ts). The layout is Form 4's until Form 3's own lands (render/formLayout.ts).
 */
import { form4Layout } from '../render/formLayout';
import { describeForm } from './describeForm';

export const form3 = describeForm('3', 'Form 3', form4Layout);
export const form3A = describeForm('3/A', 'Form 3/A', form4Layout, '3');
