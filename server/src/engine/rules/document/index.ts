import { amendmentDates } from './amendment-dates';
import { amendmentNewTransaction } from './amendment-new-transaction';
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
  amendmentNewTransaction,
  tableRowLimit,
  noTransaction,
  zeroCik,
  tradingSymbol,
] as const;
