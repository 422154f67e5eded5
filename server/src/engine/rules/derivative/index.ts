import { exercisableAfterExpiration } from './exercisable-after-expiration';
import { exerciseAfterExpiration } from './exercise-after-expiration';
import { exerciseBeforeExercisable } from './exercise-before-exercisable';
import { exercisePrice } from './exercise-price';
import { underlyingShares } from './underlying-shares';
import { underlyingTitle } from './underlying-title';
import { unpairedExercise } from './unpaired-exercise';
import { wrongTable } from './wrong-table';

export const derivativeRules = [
  exercisableAfterExpiration,
  exerciseAfterExpiration,
  exerciseBeforeExercisable,
  exercisePrice,
  underlyingShares,
  underlyingTitle,
  unpairedExercise,
  wrongTable,
] as const;
