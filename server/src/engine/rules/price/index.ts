import type { Rule } from '../rule';
import { priceMissing } from './missing';
import { weightedAverageRange } from './weighted-average-range';
import { zeroTrade } from './zero-trade';

export const priceRules: readonly Rule[] = [priceMissing, zeroTrade, weightedAverageRange];
