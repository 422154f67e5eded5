import { originalSubmissionDate } from './original-submission-date';
import { periodOfReport } from './period-of-report';
import { tableRowLimit } from './table-row-limit';
import { documentType } from './type';

export const documentRules = [documentType, periodOfReport, originalSubmissionDate, tableRowLimit] as const;
