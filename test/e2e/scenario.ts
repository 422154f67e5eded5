/** What every scenario gets: the workbench, the example files and their expected facts, checks and screenshots. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  balanceBreaks,
  repeatedAmount,
  xmlTableIRows,
  yamlTableIRows,
  type BalanceBreak,
  type Located,
  type RepeatedAmount,
  type TableIRow,
} from './exampleFacts';
import type { Results } from './results';
import type { Problem, Workbench } from './workbench';

export const files = {
  seedXml: 'seed-8x8-hecker-2003.xml',
  seedYaml: 'seed-8x8-hecker-2003.form4.yaml',
  modernXml: 'modern-exercise-and-sale.xml',
} as const;

export interface ExampleFacts {
  readonly text: string;
  readonly rows: readonly TableIRow[];
  readonly breaks: readonly BalanceBreak[];
  /** The amount every Table I row repeats (the seed's mistake), when they all do. */
  readonly repeated?: RepeatedAmount;
}

export class ScenarioContext {
  /** The scenario's number, prefixed to its check names and screenshots. */
  scenario = 0;

  constructor(
    readonly wb: Workbench,
    readonly results: Results,
    /** A copy of examples/: the scenarios edit files, never the checkout's own. */
    readonly workspace: string,
    readonly artifacts: string,
  ) {}

  get page(): Page {
    return this.wb.page;
  }

  check(name: string, ok: boolean, detail = ''): boolean {
    return this.results.check(`${this.scenario}. ${name}`, ok, detail);
  }

  log(message: string): void {
    this.results.log(message);
  }

  async shot(name: string): Promise<string> {
    const path = join(this.artifacts, `${String(this.scenario).padStart(2, '0')}-${name}.png`);
    await this.wb.screenshot(path);
    return path;
  }

  exists(name: string): boolean {
    return existsSync(join(this.workspace, name));
  }

  facts(name: string): ExampleFacts {
    const text = readFileSync(join(this.workspace, name), 'utf8');
    const rows = name.endsWith('.xml') ? xmlTableIRows(text) : yamlTableIRows(text);
    const repeated = repeatedAmount(rows);
    return { text, rows, breaks: balanceBreaks(rows), ...(repeated ? { repeated } : {}) };
  }

  /** The Problems panel's rows for one file (by its name as the panel shows it). */
  async problemsOf(file: string): Promise<Problem[]> {
    return (await this.wb.problems(file)).filter((p) => p.file === file);
  }

  /** Reads the Problems panel until `ready` holds for the file's rows (diagnostics arrive asynchronously). */
  async waitForProblems(file: string, ready: (problems: Problem[]) => boolean, timeoutMs = 15_000): Promise<Problem[]> {
    const deadline = Date.now() + timeoutMs;
    let problems = await this.problemsOf(file);
    while (!ready(problems) && Date.now() < deadline) {
      await this.page.waitForTimeout(500);
      problems = await this.problemsOf(file);
    }
    return problems;
  }
}

export interface Scenario {
  readonly id: number;
  readonly title: string;
  run(ctx: ScenarioContext): Promise<void>;
}

/** "67:57, 87:57", in document order: to compare sets of positions and to show them. */
export function positions(items: readonly { line: number; column: number }[]): string {
  return [...items]
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .map((p) => `${p.line}:${p.column}`)
    .join(', ');
}

/** The amounts owned of the seed's repeated amount: the first row's carries the finding, the others are marked with it. */
export function repeatedCells(facts: ExampleFacts): { readonly first: Located; readonly others: readonly Located[] } {
  const cells = (facts.repeated?.rows ?? []).flatMap((r) => (r.owned ? [r.owned] : []));
  const [first, ...others] = cells;
  if (!first || !others.length) throw new Error('the example repeats no amount owned on every row');
  return { first, others };
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
