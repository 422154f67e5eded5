import { filingDeadline } from './deadline';
import { deemedExecution } from './deemed-execution';
import { futureDate } from './future';
import { signatureBeforeTransaction } from './signature-before-transaction';

export const dateRules = [futureDate, filingDeadline, deemedExecution, signatureBeforeTransaction] as const;
