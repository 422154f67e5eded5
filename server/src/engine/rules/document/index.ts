import type { Rule } from '../rule';
import { originalSubmissionDate } from './original-submission-date';
import { periodOfReport } from './period-of-report';
import { tableRowLimit } from './table-row-limit';
import { documentType } from './type';

export const documentRules: readonly Rule[] = [documentType, periodOfReport, originalSubmissionDate, tableRowLimit];
