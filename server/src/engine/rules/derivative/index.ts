import { exercisableAfterExpiration } from './exercisable-after-expiration';
import { exerciseAfterExpiration } from './exercise-after-expiration';
import { unpairedExercise } from './unpaired-exercise';
import { wrongTable } from './wrong-table';

export const derivativeRules = [exercisableAfterExpiration, exerciseAfterExpiration, unpairedExercise, wrongTable] as const;
