import type { Rule } from '../rule';
import { exercisableAfterExpiration } from './exercisable-after-expiration';
import { exerciseAfterExpiration } from './exercise-after-expiration';
import { unpairedExercise } from './unpaired-exercise';
import { wrongTable } from './wrong-table';

export const derivativeRules: readonly Rule[] = [exercisableAfterExpiration, exerciseAfterExpiration, unpairedExercise, wrongTable];
