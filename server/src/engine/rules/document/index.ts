import { amendmentDates } from './amendment-dates';
import { amendmentNewTransaction } from './amendment-new-transaction';
import { noSecuritiesOwned } from './no-securities-owned';
import { noTransaction } from './no-transaction';
import { originalSubmissionDate } from './original-submission-date';
import { periodOfReport } from './period-of-report';
import { reportedBoxes } from './reported-boxes';
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
  noSecuritiesOwned,
  reportedBoxes,
  zeroCik,
  tradingSymbol,
] as const;
