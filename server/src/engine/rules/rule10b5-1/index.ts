import { adoptionDate } from './adoption-date';
import { adoptionOrder } from './adoption-order';
import { coolingOff } from './cooling-off';
import { rule10b51Missing } from './missing';
import { uncheckedPlan } from './unchecked-plan';

export const rule10b51Rules = [rule10b51Missing, adoptionDate, adoptionOrder, coolingOff, uncheckedPlan] as const;
