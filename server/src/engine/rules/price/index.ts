import { priceMissing } from './missing';
import { outsideWeightedAverageRange } from './outside-weighted-average-range';
import { weightedAverageRange } from './weighted-average-range';
import { zeroTrade } from './zero-trade';

export const priceRules = [priceMissing, zeroTrade, weightedAverageRange, outsideWeightedAverageRange] as const;
