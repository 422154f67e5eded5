/**
 * The words of the Language Status item, apart from VS Code's API so they can be tested on their own.
 */

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * "Form 4: 2 errors, 3 warnings", "Form 4: 1 warning", "Form 4": everything there is to see, warnings included (the
 * item's text is all that shows in the status bar, so counting only errors would hide the warnings).
 */
export function shownCounts(what: string, counts: { readonly errors: number; readonly warnings: number }): string {
  const shown = [
    ...(counts.errors > 0 ? [plural(counts.errors, 'error')] : []),
    ...(counts.warnings > 0 ? [plural(counts.warnings, 'warning')] : []),
  ];
  return shown.length > 0 ? `${what}: ${shown.join(', ')}` : what;
}
