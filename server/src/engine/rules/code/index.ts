import { codeDirection } from './direction';
import { explanationMissing } from './explanation-missing';
import { form4ItemOnForm5 } from './form4-item-on-form5';
import { form5Early } from './form5-early';
import { codeTable } from './table';
import { unknownCode } from './unknown';

export const codeRules = [unknownCode, codeDirection, codeTable, explanationMissing, form4ItemOnForm5, form5Early] as const;
