/**
 * What was last published for each open document (its version, diagnostics and status), so that a run of the same
 * version that finds the same publishes nothing. Such runs are common: the workspace history read for the first time,
 * any Form 4 file of the workspace written, a settings change that changes nothing for this document. Each
 * publication makes VS Code replace the document's markers, which starts an automatic code-action request that
 * cancels a quick-fix menu the user has just asked for with Ctrl+. (the end-to-end suite lost menus that way).
 */
export class LastPublished<T> {
  private readonly sent = new Map<string, { readonly version: number; readonly payload: T }>();

  /**
   * True when `payload` is what was last published for this version of the document; otherwise it becomes the last
   * published. Versions differ after every edit, so only a re-run of one version pays for the comparison.
   */
  unchanged(uri: string, version: number, payload: T): boolean {
    const last = this.sent.get(uri);
    const same = last !== undefined && last.version === version && JSON.stringify(last.payload) === JSON.stringify(payload);
    if (!same) this.sent.set(uri, { version, payload });
    return same;
  }

  /** The document was closed or cleared: whatever comes next is published. */
  forget(uri: string): void {
    this.sent.delete(uri);
  }
}
