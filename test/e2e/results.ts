/** Named checks, printed as they happen, and the closing `N passed, N failed` line. */

export interface CheckResult {
  readonly name: string;
  readonly ok: boolean;
  readonly detail: string;
}

export class Results {
  private readonly results: CheckResult[] = [];
  private readonly started = Date.now();

  elapsed(): string {
    return `${((Date.now() - this.started) / 1000).toFixed(1)}s`;
  }

  check(name: string, ok: boolean, detail = ''): boolean {
    this.results.push({ name, ok, detail });
    console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ` :: ${detail}` : ''}`);
    return ok;
  }

  log(message: string): void {
    console.log(`  [${this.elapsed()}] ${message}`);
  }

  get failed(): number {
    return this.results.filter((r) => !r.ok).length;
  }

  get passed(): number {
    return this.results.length - this.failed;
  }

  summaryLine(): string {
    return `${this.passed} passed, ${this.failed} failed`;
  }
}
