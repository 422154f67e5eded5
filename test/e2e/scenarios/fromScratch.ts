/**
 * 9. A Form 4 written from scratch, as a filer who knows the facts of a trade but not the EDGAR element names would:
 * *New Form 4 draft* (YAML, then XML), each fact typed at its tab stop and Tab pressed to move on, nothing else.
 * The draft must come out with no error. The run counts the keystrokes and the time from the command to a draft
 * with no error, and logs both (`from-scratch ...`): run against an older build, the same scenario gives the figures
 * to compare with. Then, in the YAML draft: `- ` typed at the end of the table and the first suggestion accepted
 * adds a row, and Ctrl+Space on an empty line between two keys offers keys.
 *
 * The scenario reads which field the cursor is in from the line it is on (the key, or the tag; a cell's `value` is
 * its cell's), so it fills any draft's tab stops in whatever order they come. A Tab pressed while a suggestion list
 * is open accepts its item (a snippet choice's item then moves on by itself; the server's list of states after "IL"
 * does not, and a second Tab moves): the walk reads what each Tab did from the editor, never from elapsed time.
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

/** The cursor's line, its text and field; `drawn` when the line is in view (the status bar may be ahead of it). */
async function where(
  ctx: ScenarioContext,
  format: 'yaml' | 'xml',
): Promise<{ line: number; field?: string; text: string; drawn: boolean }> {
  const status = await ctx.wb.statusBarSelection();
  const lines = await ctx.wb.visibleLines();
  // Several cursors ("2 selections"): the last in view stands for the stop (periodOfReport and the transaction date
  // share one). A status not read is no line at all (not drawn, so waited on), never taken for several cursors.
  const at = /Ln (\d+), Col \d+/.exec(status);
  const line = at ? Number(at[1]) : /\d+ selections/.test(status) ? ((await cursorLines(ctx)).pop() ?? -1) : -1;
  const field = fieldOf(format, lines.get(line), lines.get(line - 1));
  return { line, text: lines.get(line) ?? '', drawn: lines.has(line), ...(field ? { field } : {}) };
}

/**
 * What the editor's suggestion list offers to a Tab, read from the DOM the way VS Code's key bindings see it. Tab
 * accepts the list's focused item when the context keys `suggestWidgetVisible` and `suggestWidgetHasFocusedSuggestion`
 * hold, and moves to the next tab stop otherwise. Those keys are set in the same task that fills the list's rows and
 * focuses one (and reset in the one that empties it), whereas the widget's `visible` class comes 100 ms later (VS Code
 * fades it in): so the proxy is a focused row in a shown list, never the `visible` class. A list showing a message
 * ("Loading...", "No suggestions.") has no focused item, and Tab moves.
 */
interface SuggestList {
  /** The label of the item Tab would accept, when there is one. */
  readonly focused?: string;
  /** The first labels the list shows, for the log. */
  readonly labels: readonly string[];
}

/** The page-side watch of Tab presses, installed once per page. */
interface TabWatch {
  form4SuggestList?: () => SuggestList;
  /** The list as it was when each Tab's keydown reached the page, in order. */
  form4Tabs?: SuggestList[];
}

/**
 * Records, for every Tab pressed from now on, what the suggestion list offered at the moment the key was handled: a
 * listener in the capture phase on the window runs in the same event before VS Code's key-binding dispatch (a
 * listener in the bubbling phase on the window), so what it reads is exactly what decided the key's effect. This is
 * what makes the walk free of the race between looking at the list and pressing the key: a list that opens in
 * between (a snippet choice, or the server's answer to a completion request started by the typing; VS Code shows
 * nothing while an automatic request is pending, nor when it answers with nothing, so "no request pending" cannot be
 * seen and waited for) is seen by the listener as the key is handled.
 */
async function watchTabs(page: ScenarioContext['page']): Promise<void> {
  await page.evaluate(() => {
    const watch = window as unknown as TabWatch;
    if (watch.form4Tabs) return;
    watch.form4Tabs = [];
    // A property, not a named function: tsx would wrap a named one in a `__name` helper the page does not have.
    watch.form4SuggestList = () => {
      for (const widget of Array.from(document.querySelectorAll('.suggest-widget'))) {
        const tree = widget.querySelector(':scope > .tree') as HTMLElement | null;
        if (widget.classList.contains('message') || !tree || tree.style.display === 'none') continue;
        const rows = Array.from(tree.querySelectorAll('.monaco-list-row'));
        if (!rows.length) continue;
        const labels = rows.slice(0, 8).map((row) => (row.querySelector('.label-name')?.textContent ?? '').trim());
        const focused = rows
          .find((row) => row.classList.contains('focused'))
          ?.querySelector('.label-name')
          ?.textContent?.trim();
        return focused === undefined ? { labels } : { focused, labels };
      }
      return { labels: [] };
    };
    window.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Tab' && !event.repeat) watch.form4Tabs?.push(watch.form4SuggestList?.() ?? { labels: [] });
      },
      { capture: true },
    );
  });
}

/** How many Tabs the page has seen, and what the list offered at the `index`th (from 0) if it saw that many. */
async function tabSeen(page: ScenarioContext['page'], index: number): Promise<SuggestList | undefined> {
  return page.evaluate((i) => (window as unknown as TabWatch).form4Tabs?.[i], index);
}

/**
 * The list now; resolves after two animation frames more, so that whatever the editor did up to the moment the
 * list was read (a cursor move, the lines it scrolled into view, the status bar) is drawn when the caller reads it.
 * VS Code draws the editor and the status bar in its next animation frame after a change.
 */
async function listThenDrawn(page: ScenarioContext['page']): Promise<SuggestList> {
  return page.evaluate(async () => {
    const list = (window as unknown as TabWatch).form4SuggestList?.() ?? { labels: [] };
    for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    return list;
  });
}

type Where = Awaited<ReturnType<typeof where>>;

/** Waits for `what` to hold of the list and the drawn cursor (polled), or throws saying what the editor shows. */
async function waitForWhere(
  ctx: ScenarioContext,
  format: 'yaml' | 'xml',
  what: string,
  done: (list: SuggestList, at: Where) => boolean,
): Promise<Where> {
  const deadline = Date.now() + tabTimeoutMs;
  for (;;) {
    const list = await listThenDrawn(ctx.page);
    const at = await where(ctx, format);
    if (done(list, at)) return at;
    if (Date.now() > deadline) {
      const shown = list.labels.length ? `a list of ${JSON.stringify(list.labels)}` : 'no list';
      throw new Error(
        `timed out after ${tabTimeoutMs / 1000} s waiting for ${what}; the cursor is on line ${at.line} ${JSON.stringify(at.text)}, ${shown}`,
      );
    }
    await ctx.page.waitForTimeout(50);
  }
}

/**
 * How long one Tab may take to show its effect before the scenario fails. Not a decision: whether the Tab moved or
 * accepted is read from the editor's state, and a Tab that shows neither within this time is a failure.
 */
const tabTimeoutMs = 30_000;

/** At most this many Tabs in one field: one per suggestion list accepted, then the one that moves. */
const tabsPerField = 3;

/**
 * Presses Tab until the cursor stands on another field; the Tabs pressed and where the cursor ended. What each Tab
 * did is decided by what VS Code's key binding saw (watchTabs): with a focused item in the list, Tab accepted it (a
 * snippet choice's item then moves to the next stop itself, a server's item does not), else it moved to the next
 * stop. After an acceptance the walk waits for either the move or the list closed with the cursor still on the
 * field's line showing the accepted item; then it presses Tab again. The list's closing and a choice item's move
 * happen in the same task (VS Code's command service runs the item's command, jumpToNextSnippetPlaceholder, at once:
 * no extension waits on its activation event `onCommand:jumpToNextSnippetPlaceholder`), so a closed list read before
 * two frames are drawn tells the two apart.
 */
async function tabToNextField(
  ctx: ScenarioContext,
  format: 'yaml' | 'xml',
  from: Where,
  seen: { tabs: number },
): Promise<{ tabs: number; here: Where; accepted: string[] }> {
  const moved = (at: Where) => at.drawn && (at.line !== from.line || at.field !== from.field);
  const accepted: string[] = [];
  for (let tabs = 1; tabs <= tabsPerField; tabs++) {
    // What the list showed just before the press, only to log a list that opened or closed in between.
    const looked = await listThenDrawn(ctx.page);
    await ctx.page.keyboard.press('Tab');
    const index = seen.tabs++;
    let handled: SuggestList | undefined;
    await ctx.wb.waitFor(
      async () => (handled = await tabSeen(ctx.page, index)) !== undefined,
      tabTimeoutMs,
      `Tab ${index + 1} to reach the page`,
    );
    const item = handled?.focused;
    if (looked.focused !== item)
      ctx.log(
        `    Tab ${tabs} in ${from.field}: the list offered ${JSON.stringify(item ?? null)} as the key was handled, ${JSON.stringify(looked.focused ?? null)} just before`,
      );
    if (item === undefined) {
      const here = await waitForWhere(ctx, format, `Tab ${tabs} in ${from.field} (no list open) to move to another field`, (_, at) =>
        moved(at),
      );
      return { tabs, here, accepted };
    }
    accepted.push(item);
    const here = await waitForWhere(
      ctx,
      format,
      `Tab ${tabs} in ${from.field} to accept ${JSON.stringify(item)} (then the list closed) or to move`,
      (list, at) => moved(at) || (list.focused === undefined && at.drawn && at.line === from.line && shows(at.text, inserted(item))),
    );
    if (moved(here)) return { tabs, here, accepted };
  }
  throw new Error(
    `${tabsPerField} Tabs in ${from.field} (line ${from.line}) accepted ${JSON.stringify(accepted)} and never moved to another field`,
  );
}

/**
 * The text an accepted item puts in: a snippet choice's label is its text; the server's value items are labelled
 * "IL — Illinois", "1 — yes, Director" and insert the code alone (server/src/engine/language/completion/items.ts).
 */
const inserted = (label: string) => label.split(' — ')[0] ?? label;

/**
 * The fields with a tab stop of their own (not a snippet choice) whose values the server offers as the filer types:
 * the state's codes ("IL — Illinois").
 */
const valuesOffered: ReadonlySet<string> = new Set(['rptOwnerState']);

/** Whether a field's line holds `fact` as its value (a YAML key's, or an element's text). */
const shows = (line: string, fact: string) => line.includes(`: ${fact}`) || line.includes(`>${fact}<`);

/** Fills the draft field by field with Tab only; the keystrokes typed and the time until no error is left. */
async function fillIn(ctx: ScenarioContext, draft: Draft): Promise<Run> {
  const { wb, page } = ctx;
  const facts = factsOfTheTrade();
  await watchTabs(page);
  const seen = { tabs: await page.evaluate(() => (window as unknown as TabWatch).form4Tabs?.length ?? 0) };
  const started = Date.now();
  await wb.runCommand(draft.title, draft.command);
  await wb.activeTab(draft.tab).waitFor({ timeout: 20_000 });
  await wb.waitFor(async () => (await wb.visibleLines()).size > 5, 20_000, 'the draft inserted');
  let keystrokes = 0;
  let fields = 0;
  let here = await waitForWhere(ctx, draft.format, "the cursor on the draft's first field", (_, at) => at.field !== undefined);
  for (let stop = 0; stop < 60 && here.field; stop++) {
    const fact = facts[here.field];
    const holds = fact !== undefined && shows(here.text, fact);
    const before = keystrokes;
    if (fact !== undefined && fact !== '' && !holds) {
      await page.keyboard.type(fact);
      keystrokes += fact.length;
      // The typing handled and drawn before the Tab: the line shows the fact, and where the server offers the field's
      // values as they are typed, its list with the fact focused. That list is the one a Tab may meet or not by time
      // alone (the server's answer may come before or after the press): waiting for it makes the count the same on
      // any machine. Any other list is read as the key is handled (watchTabs), and logged.
      const field = here.field;
      const listed = valuesOffered.has(field);
      here = await waitForWhere(
        ctx,
        draft.format,
        `the fact ${JSON.stringify(fact)} typed in ${field}${listed ? ', with the list of its values' : ''}`,
        (list, at) => at.drawn && shows(at.text, fact) && (!listed || (list.focused !== undefined && inserted(list.focused) === fact)),
      );
    }
    fields++;
    const from = here;
    const moved = await tabToNextField(ctx, draft.format, from, seen);
    keystrokes += moved.tabs;
    here = moved.here;
    const accepted = moved.accepted.length ? ` (Tab accepted ${moved.accepted.map((a) => JSON.stringify(a)).join(', ')})` : '';
    ctx.log(`  ${from.field} (${keystrokes - before} keys): ${JSON.stringify(from.text.trim())} -> line ${here.line}${accepted}`);
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
    .waitFor({ timeout: 15_000 })
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
  // The new row starts on the line typed, right after the last one's end: wait for it drawn there (the list closes
  // with the acceptance, and the editor draws the inserted row in its next frame), not for a time.
  const rowAdded = (text: string | undefined) => /^ {2}- nonDerivative(Holding|Transaction):/.test(text ?? '');
  let after = await wb.visibleLines();
  await wb
    .waitFor(async () => rowAdded((after = await wb.visibleLines()).get(rowEnd! + 1)), 15_000, 'the row added')
    .catch(() => undefined);
  await page.keyboard.press('Escape');
  const added = after.get(rowEnd! + 1) ?? '';
  ctx.check(
    'typing `- ` at the end of the table and accepting the first suggestion adds a row',
    offered.length > 0 && rowAdded(added),
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
