import type { Rule } from '../rule';
import { natureMissing } from './nature-missing';

export const ownershipRules: readonly Rule[] = [natureMissing];
