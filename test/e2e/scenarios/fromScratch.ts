/**
 * 9. A Form 4 written from scratch, as a filer who knows the facts of a trade but not the EDGAR element names would:
 * *New Form 4 draft* (YAML, then XML), each fact typed at its tab stop and Tab pressed to move on, nothing else.
 * The draft must come out with no error. The run counts the keystrokes and the time from the command to a draft
 * with no error, and logs both (`from-scratch ...`): run against an older build, the same scenario gives the figures
 * to compare with. Then, in the YAML draft: `- ` typed at the end of the table and the first suggestion accepted
 * adds a row, and Ctrl+Space on an empty line between two keys offers keys.
 *
 * The scenario reads which field the cursor is in from the line it is on (the key, or the tag; a cell's `value` is
 * its cell's), so it fills any draft's tab stops in whatever order they come.
 */
import { tradeFacts } from '../../helpers/tradeFacts';
import { files, type ScenarioContext, type Scenario } from '../scenario';

const isoDate = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The business day before today: a trade reported on time when signed today. */
function lastBusinessDay(today: Date): Date {
  const d = new Date(today);
  do d.setDate(d.getDate() - 1);
  while (d.getDay() === 0 || d.getDay() === 6);
  return d;
}

/** What the filer types at each field; a field not listed (or already holding its fact) keeps its default. */
function factsOfTheTrade(): Readonly<Record<string, string>> {
  const today = new Date();
  const traded = isoDate(lastBusinessDay(today));
  return { ...tradeFacts, periodOfReport: traded, transactionDate: traded, signatureDate: isoDate(today) };
}

interface Draft {
  readonly format: 'yaml' | 'xml';
  readonly command: string;
  readonly title: string;
  readonly tab: string;
}

const drafts: readonly Draft[] = [
  { format: 'yaml', command: 'form4.newDraft', title: 'Form 4: New Form 4 draft', tab: 'new-filing.form4.yaml' },
  { format: 'xml', command: 'form4.newDraftXml', title: 'Form 4: New Form 4 draft (XML)', tab: 'new-filing.xml' },
];

/** The field the cursor's line fills: its key (YAML) or its first tag (XML), a cell's `value` being its cell's. */
function fieldOf(format: 'yaml' | 'xml', line: string | undefined, above: string | undefined): string | undefined {
  if (line === undefined) return undefined;
  if (format === 'yaml') {
    const key = /^\s*(?:- )*([A-Za-z0-9@]+):/.exec(line)?.[1];
    if (key === 'value') return /^\s*(?:- )*([A-Za-z0-9]+):\s*$/.exec(above ?? '')?.[1];
    return key && /^F\d+$/.test(key) ? 'footnote' : key;
  }
  const tag = /<([A-Za-z0-9]+)[\s>]/.exec(line)?.[1];
  return tag === 'value' ? /<([A-Za-z0-9]+)>\s*$/.exec(above ?? '')?.[1] : tag;
}

interface Run {
  readonly keystrokes: number;
  readonly fields: number;
  readonly cleanAfterMs: number | undefined;
  /** Errors and warnings left at the end. */
  readonly errors: number;
}

/**
 * The lines of the cursors in view: where a stop is typed in two places at once the status bar says "2 selections"
 * instead of the cursor's line. Each cursor is drawn at the height of its line's text.
 */
async function cursorLines(ctx: ScenarioContext): Promise<number[]> {
  return ctx.wb.activeEditor().evaluate((root) => {
    const lineAt = new Map<string, number>();
    for (const el of Array.from(root.querySelectorAll('.margin-view-overlays .line-numbers'))) {
      const top = el.parentElement?.style.top ?? '';
      const n = Number((el.textContent ?? '').trim());
      if (top && n > 0) lineAt.set(top, n);
    }
    const lines = Array.from(root.querySelectorAll('.cursors-layer .cursor')).map((el) => lineAt.get((el as HTMLElement).style.top) ?? -1);
    return [...new Set(lines.filter((n) => n > 0))].sort((a, b) => a - b);
  });
}

async function where(ctx: ScenarioContext, format: 'yaml' | 'xml'): Promise<{ line: number; field?: string; text: string }> {
  const at = await ctx.wb.cursor();
  const lines = await ctx.wb.visibleLines();
  // Several cursors: the last in view stands for the stop (periodOfReport and the transaction date share one).
  const line = at?.line ?? (await cursorLines(ctx)).pop() ?? -1;
  const field = fieldOf(format, lines.get(line), lines.get(line - 1));
  return { line, text: lines.get(line) ?? '', ...(field ? { field } : {}) };
}

/** Fills the draft field by field with Tab only; the keystrokes typed and the time until no error is left. */
async function fillIn(ctx: ScenarioContext, draft: Draft): Promise<Run> {
  const { wb, page } = ctx;
  const facts = factsOfTheTrade();
  const started = Date.now();
  await wb.runCommand(draft.title, draft.command);
  await wb.activeTab(draft.tab).waitFor({ timeout: 20_000 });
  await wb.waitFor(async () => (await wb.visibleLines()).size > 5, 20_000, 'the draft inserted');
  let keystrokes = 0;
  let fields = 0;
  let here = await where(ctx, draft.format);
  for (let stop = 0; stop < 60 && here.field; stop++) {
    const fact = facts[here.field];
    const holds = fact !== undefined && (here.text.includes(`: ${fact}`) || here.text.includes(`>${fact}<`));
    const before = keystrokes;
    if (fact !== undefined && fact !== '' && !holds) {
      await page.keyboard.type(fact);
      keystrokes += fact.length;
    }
    fields++;
    // Tab moves on; where a suggestion list is open (a choice, a code's meanings) the first Tab accepts, the next moves.
    // The editor answers in its own time (the status bar, a suggestion arriving from the server): wait for the move.
    const from = here;
    for (let tabs = 0; tabs < 3; tabs++) {
      await page.keyboard.press('Tab');
      keystrokes++;
      // Moved once the cursor is on another field; a line without one (not in view yet while the status bar lags, or the
      // snippet's end) is waited on, and ends the walk only if it stays so.
      const moved = (at: typeof here) => at.field !== undefined && (at.line !== from.line || at.field !== from.field);
      const deadline = Date.now() + 2_500;
      do {
        await page.waitForTimeout(100);
        here = await where(ctx, draft.format);
      } while (!moved(here) && Date.now() < deadline);
      if (moved(here) || here.line !== from.line) break;
    }
    ctx.log(`  ${from.field} (${keystrokes - before} keys): ${JSON.stringify(from.text.trim())} -> line ${here.line}`);
  }
  let cleanAfterMs: number | undefined;
  let errors = -1;
  const deadline = Date.now() + 20_000;
  // Clean: no error, no warning, and no field left to fill in (the draft/fields-to-fill summary, an information).
  while (Date.now() < deadline) {
    const counts = await wb.problemCounts();
    errors = counts.errors + counts.warnings;
    const toFill = /Infos?:\s*[1-9]/i.test(counts.label);
    if (errors === 0 && !toFill && (await wb.languageStatus()).includes('Form 4')) {
      cleanAfterMs = Date.now() - started;
      break;
    }
    await page.waitForTimeout(200);
  }
  const listed = await ctx.problemsOf(draft.tab);
  ctx.log(`  problems of ${draft.tab}: ${listed.map((p) => `${p.severity} ${p.code}`).join(', ') || 'none'}`);
  if (listed.some((p) => p.code === 'draft/fields-to-fill' || p.severity === 'error' || p.severity === 'warning')) cleanAfterMs = undefined;
  return { keystrokes, fields, cleanAfterMs, errors };
}

/** The labels the open suggestion list shows. */
async function suggestions(ctx: ScenarioContext): Promise<string[]> {
  const rows = ctx.page.locator('.suggest-widget.visible .monaco-list-row');
  await rows
    .first()
    .waitFor({ timeout: 5_000 })
    .catch(() => undefined);
  return (
    await rows
      .locator('.label-name')
      .allInnerTexts()
      .catch(() => [])
  ).map((t) => t.trim());
}

async function closeDraft(ctx: ScenarioContext): Promise<void> {
  await ctx.wb.closeAllEditorsUnsaved();
}

/** In the finished YAML draft: a row after `- `, keys on an empty line. */
async function completionInTheDraft(ctx: ScenarioContext): Promise<void> {
  const { wb, page } = ctx;
  const lines = await wb.visibleLines();
  const rowEnd = [...lines].find(([, text]) => /^\s+directOrIndirectOwnership:/.test(text))?.[0];
  const remarks = [...lines].find(([, text]) => /^remarks:/.test(text))?.[0];
  if (!ctx.check('the YAML draft shows its row and its remarks', rowEnd !== undefined && remarks !== undefined, JSON.stringify([...lines])))
    return;

  await wb.goTo({ line: rowEnd!, column: 1 });
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type('  - ');
  const offered = await suggestions(ctx);
  await page.keyboard.press('Enter');
  // Accepting closes the suggestion list, the row inserted with it: wait for that, not for a time.
  await page
    .locator('.suggest-widget.visible')
    .waitFor({ state: 'hidden', timeout: 5_000 })
    .catch(() => undefined);
  await page.keyboard.press('Escape');
  const after = await wb.visibleLines();
  // The new row starts on the line typed, right after the last one's end.
  const added = after.get(rowEnd! + 1) ?? '';
  ctx.check(
    'typing `- ` at the end of the table and accepting the first suggestion adds a row',
    offered.length > 0 && /^ {2}- nonDerivative(Holding|Transaction):/.test(added),
    `offered ${JSON.stringify(offered.slice(0, 4))}; line ${rowEnd! + 1}: ${JSON.stringify(added)}`,
  );
  await ctx.shot('row-after-dash');

  const remarksNow = [...after].find(([, text]) => /^remarks:/.test(text))?.[0] ?? remarks!;
  await wb.goTo({ line: remarksNow, column: 1 });
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Control+Space');
  const keys = await suggestions(ctx);
  ctx.check(
    'Ctrl+Space on an empty line between keys offers keys',
    keys.some((k) => ['derivativeTable', 'notSubjectToSection16', 'schemaVersion'].includes(k)),
    JSON.stringify(keys),
  );
  await page.keyboard.press('Escape');
  await ctx.shot('keys-between-keys');
}

export const fromScratch: Scenario = {
  id: 9,
  title: 'a Form 4 from scratch with Tab only: a clean draft in YAML and in XML',
  async run(ctx) {
    // A filer has a filing open already, as the extension starts with one (onLanguage).
    await ctx.wb.openFile(files.modernXml);
    await ctx.wb.form4Status();
    await closeDraft(ctx);
    for (const draft of drafts) {
      let run: Run;
      try {
        run = await fillIn(ctx, draft);
      } catch (error) {
        ctx.check(`New Form 4 draft (${draft.format}) could be filled in`, false, String(error).slice(0, 500));
        await closeDraft(ctx).catch(() => undefined);
        continue;
      }
      const time =
        run.cleanAfterMs === undefined
          ? `not clean (${run.errors} errors and warnings) after 20 s`
          : `${(run.cleanAfterMs / 1000).toFixed(1)} s`;
      ctx.log(`from-scratch ${draft.format}: ${run.keystrokes} keystrokes over ${run.fields} fields, clean draft: ${time}`);
      await ctx.shot(`from-scratch-${draft.format}`);
      ctx.check(
        `New Form 4 draft (${draft.format}) filled in with Tab only has no error (nor warning)`,
        run.cleanAfterMs !== undefined,
        `${run.errors} errors and warnings, ${run.keystrokes} keystrokes, ${run.fields} fields`,
      );
      if (draft.format === 'yaml') await completionInTheDraft(ctx);
      await closeDraft(ctx);
    }
  },
};
