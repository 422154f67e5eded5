import { duplicateTransaction } from './duplicate-transaction';
import { lateTransaction } from './late-transaction';
import { missingHolding } from './missing-holding';
import { openingBalance } from './opening-balance';
import { outOfOrder } from './out-of-order';

/** The rules over the owner's other filings: each does nothing without a history (a single-file check). */
export const historyRules = [openingBalance, missingHolding, duplicateTransaction, outOfOrder, lateTransaction] as const;
