import { natureMissing } from './nature-missing';

export const ownershipRules = [natureMissing] as const;
