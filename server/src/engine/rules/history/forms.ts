import type { FormId } from '../../forms/id';
import { formIds } from '../../forms/id';

/**
 * Every ownership form: a Form 3 opens the holdings, a Form 5 closes the year, and both read as the same rows as a
 * Form 4. The history rules run on the forms the engine checks (today 4 and 4/A); they need nothing more of 3 and 5.
 */
export const everyOwnershipForm: readonly FormId[] = formIds;
