import { filingDeadline } from './deadline';
import { deemedExecution } from './deemed-execution';
import { futureDate } from './future';
import { implausibleDate } from './implausible';
import { notDeferrable } from './not-deferrable';
import { signatureBeforeTransaction } from './signature-before-transaction';

export const dateRules = [futureDate, implausibleDate, filingDeadline, deemedExecution, notDeferrable, signatureBeforeTransaction] as const;
