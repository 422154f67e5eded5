import { adoptionDate } from './adoption-date';
import { adoptionOrder } from './adoption-order';
import { coolingOff } from './cooling-off';
import { form3Checkbox } from './form3-checkbox';
import { rule10b51Missing } from './missing';
import { uncheckedPlan } from './unchecked-plan';

export const rule10b51Rules = [rule10b51Missing, adoptionDate, adoptionOrder, coolingOff, uncheckedPlan, form3Checkbox] as const;
