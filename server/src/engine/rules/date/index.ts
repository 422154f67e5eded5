import type { Rule } from '../rule';
import { filingDeadline } from './deadline';
import { deemedExecution } from './deemed-execution';
import { futureDate } from './future';
import { signatureBeforeTransaction } from './signature-before-transaction';

export const dateRules: readonly Rule[] = [futureDate, filingDeadline, deemedExecution, signatureBeforeTransaction];
