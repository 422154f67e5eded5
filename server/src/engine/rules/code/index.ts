import type { Rule } from '../rule';
import { codeDirection } from './direction';
import { explanationMissing } from './explanation-missing';
import { codeTable } from './table';
import { unknownCode } from './unknown';

export const codeRules: readonly Rule[] = [unknownCode, codeDirection, codeTable, explanationMissing];
