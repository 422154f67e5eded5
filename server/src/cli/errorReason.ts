/** What went wrong in a file operation, in the fewest words: the error code (ENOENT, EACCES, ENOSPC) when there is one. */
export function errorReason(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}
