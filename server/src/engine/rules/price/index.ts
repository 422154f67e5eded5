import { priceMissing } from './missing';
import { weightedAverageRange } from './weighted-average-range';
import { zeroTrade } from './zero-trade';

export const priceRules = [priceMissing, zeroTrade, weightedAverageRange] as const;
