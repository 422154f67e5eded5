import { filingDeadline } from './deadline';
import { deemedExecution } from './deemed-execution';
import { form3Deadline } from './form3-deadline';
import { form5Deadline } from './form5-deadline';
import { futureDate } from './future';
import { implausibleDate } from './implausible';
import { notDeferrable } from './not-deferrable';
import { outsideFiscalYear } from './outside-fiscal-year';
import { signatureBeforeTransaction } from './signature-before-transaction';

export const dateRules = [
  futureDate,
  implausibleDate,
  filingDeadline,
  deemedExecution,
  notDeferrable,
  signatureBeforeTransaction,
  form3Deadline,
  form5Deadline,
  outsideFiscalYear,
] as const;
