/** Transaction codes that exercise a derivative security (M, X, O), and those that also count conversion (C). */
export const exerciseCodes: ReadonlySet<string> = new Set(['M', 'X', 'O']);
export const exerciseOrConversionCodes: ReadonlySet<string> = new Set(['M', 'X', 'O', 'C']);
