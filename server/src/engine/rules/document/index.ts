import { amendmentDates } from './amendment-dates';
import { noTransaction } from './no-transaction';
import { originalSubmissionDate } from './original-submission-date';
import { periodOfReport } from './period-of-report';
import { tableRowLimit } from './table-row-limit';
import { tradingSymbol } from './trading-symbol';
import { documentType } from './type';
import { zeroCik } from './zero-cik';

export const documentRules = [
  documentType,
  periodOfReport,
  originalSubmissionDate,
  amendmentDates,
  tableRowLimit,
  noTransaction,
  zeroCik,
  tradingSymbol,
] as const;
