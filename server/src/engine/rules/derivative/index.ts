import { exercisableAfterExpiration } from './exercisable-after-expiration';
import { exerciseAfterExpiration } from './exercise-after-expiration';
import { unpairedExercise } from './unpaired-exercise';

export const derivativeRules = [exercisableAfterExpiration, exerciseAfterExpiration, unpairedExercise] as const;
