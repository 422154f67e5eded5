import { adoptionDate } from './adoption-date';
import { rule10b51Missing } from './missing';
import { uncheckedPlan } from './unchecked-plan';

export const rule10b51Rules = [rule10b51Missing, adoptionDate, uncheckedPlan] as const;
