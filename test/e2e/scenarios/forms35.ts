/**
 * 12. Forms 3 and 5 in the editor, as a filer meets them: the clean Form 3 example (YAML) and the clean Form 5
 * example (EDGAR XML), each with a hover in the form's own words (Form 3's Box 2 is the date of the event, Form 5's
 * Box 3 the fiscal year end), the preview laid out as that form (its own title and boxes), and one mistake typed in:
 * a Form 3 signed a month after the event is late (date/form3-deadline), a Form 5 row coded P is a Form 4 item, not
 * one that waits for Form 5 (code/form4-item-on-form5). The diagnostic shows in the Problems panel and the preview
 * marks it. Both files are reverted afterwards. Then *New Form 3 draft* and *New Form 5 draft (XML)* each open an
 * untitled draft of their form, checked at once.
 */
import type { FrameLocator } from 'playwright-core';
import type { Position } from '../workbench';
import type { ScenarioContext, Scenario } from '../scenario';

const form3 = 'form3-new-director.form4.yaml';
const form5 = 'form5-annual-statement.xml';

/** Where `needle` starts in the workspace copy of `file` (1-based line and column), plus `offset` characters. */
function positionOf(ctx: ScenarioContext, file: string, needle: string, offset = 0): Position {
  const lines = ctx.facts(file).text.split('\n');
  const index = lines.findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`${file} has no "${needle}"`);
  return { line: index + 1, column: lines[index].indexOf(needle) + 1 + offset };
}

/** Selects `length` characters at the position and types `text` over them. */
async function typeOver(ctx: ScenarioContext, at: Position, length: number, text: string): Promise<void> {
  await ctx.wb.goTo(at);
  await ctx.wb.focusEditor();
  for (let i = 0; i < length; i++) await ctx.page.keyboard.press('Shift+ArrowRight');
  await ctx.page.keyboard.type(text);
}

/** The preview's text once it shows `title` (it follows the active editor, so it may still show the one before). */
async function previewShowing(view: FrameLocator, title: RegExp): Promise<string> {
  const statement = view.locator('h1.f4-statement', { hasText: title }).first();
  await statement.waitFor({ timeout: 30_000 });
  return view.locator('.f4-form').first().innerText();
}

/** Table I row 1's cell of the column `col`, as the preview draws it. */
function firstRowCell(view: FrameLocator, col: string, mark: string) {
  return view.locator(`table[data-table="I"] tbody tr:first-child td[data-col="${col}"].${mark}`).first();
}

/** Whether Table I row 1's `col` cell is marked with `mark` (f4-error, f4-warning), waiting for the preview to update. */
async function rowMarked(view: FrameLocator, col: string, mark: string): Promise<boolean> {
  return firstRowCell(view, col, mark)
    .waitFor({ timeout: 15_000 })
    .then(() => true)
    .catch(() => false);
}

async function checkForm3(ctx: ScenarioContext, view: FrameLocator): Promise<void> {
  const { wb } = ctx;
  await wb.openFile(form3);
  // The status names the document's form: "Form 3 – YAML draft ...; server running".
  await wb.form4Status(/Form 3\b/);
  const period = positionOf(ctx, form3, 'periodOfReport');
  await wb.goTo(period);
  const hover = await wb.hoverOver(period.line, 'periodOfReport', /Date of Event Requiring Statement/);
  ctx.check("Form 3: the hover on periodOfReport gives Form 3's Box 2, the date of the event", /Box 2/.test(hover), hover.slice(0, 200));
  await wb.dismissHover();

  await wb.runCommand('Form 4: Open Preview to the Side', 'form4.openPreviewToSide');
  const shown = await previewShowing(view, /INITIAL STATEMENT OF BENEFICIAL OWNERSHIP/);
  ctx.check(
    "Form 3: the preview is laid out as Form 3 (its title, Box 2's date of the event, the owner's holdings)",
    /2\. Date of Event Requiring Statement/.test(shown) && shown.includes('11/02/2026') && shown.includes('12,500'),
    shown.slice(0, 300),
  );
  const clean = await ctx.problemsOf(form3);
  ctx.check('Form 3: the example starts clean', clean.length === 0, clean.map((p) => `${p.line}: ${p.code}`).join(' | '));

  // Signed a month after the event: "2026-11-06" becomes "2026-12-06".
  const signed = positionOf(ctx, form3, 'signatureDate: 2026-11-06', 'signatureDate: 2026-'.length);
  await typeOver(ctx, signed, 2, '12');
  const problems = await ctx.waitForProblems(form3, (ps) => ps.some((p) => p.code === 'date/form3-deadline'));
  const late = problems.filter((p) => p.code === 'date/form3-deadline');
  ctx.check(
    'Form 3: signed a month after the event, the Problems panel shows the Form 3 deadline (10 days) at the date of the event',
    late.some((p) => p.severity === 'warning' && p.line === period.line && /due by 2026-11-12/.test(p.message)),
    problems.map((p) => `${p.severity} ${p.line}:${p.column} ${p.code}: ${p.message.slice(0, 120)}`).join(' | '),
  );
  await ctx.shot('form3-late');
  await wb.focusEditor();
  await wb.runCommand('File: Revert File', 'workbench.action.files.revert');
}

async function checkForm5(ctx: ScenarioContext, view: FrameLocator): Promise<void> {
  const { wb } = ctx;
  // The preview beside follows the editor that becomes active.
  await wb.openFile(form5);
  await wb.form4Status(/Form 5\b/);
  const shown = await previewShowing(view, /ANNUAL STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP/);
  ctx.check(
    'Form 5: the preview follows to the Form 5, laid out as Form 5 (the fiscal year ended box, the two "reported" boxes)',
    /Fiscal Year Ended/.test(shown) &&
      shown.includes('09/30/2026') &&
      /Form 3 Holdings Reported/.test(shown) &&
      /Form 4 Transactions Reported/.test(shown),
    shown.slice(0, 300),
  );
  const period = positionOf(ctx, form5, '<periodOfReport>');
  // The editor may have been scrolled (the preview follows it, and it the preview): bring the line into view.
  await wb.goTo(period);
  const hover = await wb.hoverOver(period.line, 'periodOfReport', /Fiscal Year Ended/);
  ctx.check("Form 5: the hover on periodOfReport gives Form 5's Box 3, the fiscal year end", /Box 3/.test(hover), hover.slice(0, 200));
  await wb.dismissHover();
  // The workspace holds the example's YAML twin too (and the late-gift example shares a row), whose rows
  // history/duplicate-transaction rightly finds again.
  const problems0 = await ctx.problemsOf(form5);
  const clean = problems0.filter((p) => p.code !== 'history/duplicate-transaction');
  ctx.check(
    'Form 5: the example starts clean (but for the rows the other Form 5 examples in the workspace report too)',
    clean.length === 0,
    problems0.map((p) => `${p.line}: ${p.code}`).join(' | '),
  );

  // The small acquisition (L) becomes an open-market purchase (P): a Form 4 item, not one that waits for Form 5.
  const code = positionOf(ctx, form5, '<transactionCode>L<', '<transactionCode>'.length);
  const formType = positionOf(ctx, form5, '<transactionFormType>5<', '<transactionFormType>'.length);
  const markedBefore = await firstRowCell(view, 'code-5', 'f4-warning').count();
  await typeOver(ctx, code, 1, 'P');
  const problems = await ctx.waitForProblems(form5, (ps) => ps.some((p) => p.code === 'code/form4-item-on-form5'));
  ctx.check(
    'Form 5: a purchase coded as a Form 5 item shows code/form4-item-on-form5 at its form type, saying it was due on Form 4',
    problems.some(
      (p) =>
        p.code === 'code/form4-item-on-form5' && p.severity === 'warning' && p.line === formType.line && /due on Form 4/.test(p.message),
    ),
    problems.map((p) => `${p.severity} ${p.line}:${p.column} ${p.code}: ${p.message.slice(0, 120)}`).join(' | '),
  );
  ctx.check(
    "Form 5: the preview marks row 1's code cell (code and form type) with the warning, unmarked before",
    markedBefore === 0 && (await rowMarked(view, 'code-5', 'f4-warning')),
    `marked before: ${markedBefore}`,
  );
  await ctx.shot('form5-form4-item');
  await wb.focusEditor();
  await wb.runCommand('File: Revert File', 'workbench.action.files.revert');
}

/**
 * "New Form 3 draft" and "New Form 5 draft (XML)": each opens an untitled draft of its own form, which is checked at
 * once (its empty fields summed up in one draft/fields-to-fill finding).
 */
async function newDrafts(ctx: ScenarioContext): Promise<void> {
  const { wb } = ctx;
  const drafts = [
    {
      form: '3',
      title: 'Form 4: New Form 3 draft',
      command: 'form4.newDraftForm3',
      tab: 'new-form3-filing.form4.yaml',
    },
    {
      form: '5',
      title: 'Form 4: New Form 5 draft (XML)',
      command: 'form4.newDraftForm5Xml',
      tab: 'new-form5-filing.xml',
    },
  ];
  for (const draft of drafts) {
    await wb.runCommand(draft.title, draft.command);
    await wb.activeTab(draft.tab).waitFor({ timeout: 20_000 });
    await wb.waitFor(async () => (await wb.visibleLines()).size > 5, 20_000, 'the draft inserted');
    await ctx.page.keyboard.press('Escape');
    // Which form the server took the draft for: its Language Status (the rendered lines are no proof, the editor
    // may have scrolled the form's line out of view to show the first tab stop).
    const status = await wb.form4Status(new RegExp(`Form ${draft.form}\\b`), 20_000).catch(() => wb.languageStatus());
    const problems = await ctx.waitForProblems(draft.tab, (ps) => ps.some((p) => p.code === 'draft/fields-to-fill'));
    ctx.check(
      `New Form ${draft.form} draft: an untitled ${draft.tab} of Form ${draft.form}, checked at once (its fields to fill)`,
      new RegExp(`Form ${draft.form}\\b`).test(status) && problems.some((p) => p.code === 'draft/fields-to-fill'),
      `${status} | ${problems.map((p) => p.code).join(', ')}`,
    );
    await ctx.shot(`new-form${draft.form}-draft`);
  }
  await wb.closeAllEditorsUnsaved();
}

export const forms35: Scenario = {
  id: 12,
  title: 'Forms 3 and 5: diagnostics, hovers and the preview of each form',
  async run(ctx) {
    const view = ctx.page.frameLocator('iframe.webview.ready').first().frameLocator('iframe#active-frame');
    await checkForm3(ctx, view);
    await checkForm5(ctx, view);
    // Last: the palette lists the extension's commands once its host has started, which opening a form waits for.
    await newDrafts(ctx);
  },
};
