import type { Rule } from '../rule';
import { holdingsDirection } from './direction';
import { holdingRowMismatch } from './holding-row-mismatch';
import { negativePrior } from './negative-prior';
import { runningBalance } from './running-balance';

export const holdingsRules: readonly Rule[] = [runningBalance, holdingsDirection, negativePrior, holdingRowMismatch];
