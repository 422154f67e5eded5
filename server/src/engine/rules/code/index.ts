import { codeDirection } from './direction';
import { explanationMissing } from './explanation-missing';
import { codeTable } from './table';
import { unknownCode } from './unknown';

export const codeRules = [unknownCode, codeDirection, codeTable, explanationMissing] as const;
