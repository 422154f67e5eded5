import type { Rule } from '../rule';
import { adoptionDate } from './adoption-date';
import { rule10b51Missing } from './missing';
import { uncheckedPlan } from './unchecked-plan';

export const rule10b51Rules: readonly Rule[] = [rule10b51Missing, adoptionDate, uncheckedPlan];
