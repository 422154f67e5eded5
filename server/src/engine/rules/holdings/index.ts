import { holdingsDirection } from './direction';
import { holdingRowMismatch } from './holding-row-mismatch';
import { negativePrior } from './negative-prior';
import { runningBalance } from './running-balance';

export const holdingsRules = [runningBalance, holdingsDirection, negativePrior, holdingRowMismatch] as const;
