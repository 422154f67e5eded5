import { holdingsDirection } from './direction';
import { holdingRowMismatch } from './holding-row-mismatch';
import { negativePrior } from './negative-prior';
import { repeatedAmountRule } from './repeated-amount';
import { runningBalance } from './running-balance';

export const holdingsRules = [runningBalance, repeatedAmountRule, holdingsDirection, negativePrior, holdingRowMismatch] as const;
