/**
 * 8. Fix all on the seed, from the command palette's Fix All (what `editor.codeActionsOnSave` with `source.fixAll`
 * runs too): one edit takes the repeated amount's preferred reading (100,000 is the holding after the last row, each
 * row before it rolled back) and marks the late rows late, the holdings and deadline problems go away, and a single
 * Undo brings the whole document back (not dirty, every problem again). The Language Status item follows the count.
 */
import { files, type Scenario } from '../scenario';

const fixedRules = ['holdings/repeated-amount', 'holdings/running-balance', 'date/deadline'];

export const fixAll: Scenario = {
  id: 8,
  title: 'fix all on the seed, then one Undo',
  async run(ctx) {
    const { wb, page } = ctx;
    const seed = ctx.facts(files.seedXml);
    // The balances of the preferred reading, from the example's own numbers (not the engine's).
    const chained = seed.repeated?.ifLastRight;
    if (!chained) throw new Error('the seed repeats no amount owned');
    const countOf = (ps: { code: string }[], rule: string) => ps.filter((p) => p.code === rule).length;
    const fixedCount = (ps: { code: string }[]) => fixedRules.reduce((n, rule) => n + countOf(ps, rule), 0);

    await wb.openFile(files.seedXml);
    const before = await wb.form4Status(/Form 4: \d+ error/);
    const problems = await ctx.waitForProblems(
      files.seedXml,
      (ps) => countOf(ps, 'holdings/repeated-amount') > 0 && countOf(ps, 'date/deadline') > 0,
    );
    const fixable = fixedCount(problems);
    ctx.check(
      'before: the repeated amount and the late filing are in the Problems panel',
      countOf(problems, 'holdings/repeated-amount') > 0 && countOf(problems, 'date/deadline') > 0,
      before,
    );

    await wb.focusEditor();
    await wb.runCommand('Fix All', 'editor.action.fixAll');
    const after = await ctx.waitForProblems(files.seedXml, (ps) => fixedRules.every((rule) => countOf(ps, rule) === 0), 15_000);
    ctx.check(
      'Fix All leaves no repeated-amount, running-balance or deadline problem',
      fixedRules.every((rule) => countOf(after, rule) === 0),
      after.map((p) => `${p.line}: ${p.code}`).join(' | '),
    );
    ctx.check(
      'and nothing else changed in the Problems panel',
      after.length === problems.length - fixable,
      `${problems.length} before, ${after.length} after`,
    );
    // Marking a row late inserts lines (its transactionTimeliness), so each amount owned sits at or below its old line:
    // look for the next amount owned from there, in document order.
    const wrong: string[] = [];
    let from = 1;
    for (const [i, row] of seed.rows.entries()) {
      if (!row.owned) continue;
      let found: { line: number; text: string } | undefined;
      for (let line = Math.max(from, row.owned.line); line < row.owned.line + 40 && !found; line++) {
        const text = await wb.lineText(line);
        if (text?.includes('sharesOwnedFollowingTransaction')) found = { line, text };
      }
      if (!found) {
        wrong.push(`row ${i + 1}: no amount owned from line ${row.owned.line} on`);
        continue;
      }
      from = found.line + 1;
      if (!found.text.includes(`>${chained[i]}<`)) wrong.push(`line ${found.line}: ${found.text.trim()} (expected ${chained[i]})`);
    }
    ctx.check('every amount owned is its running balance, rolled back from the final holding', wrong.length === 0, wrong.join('; '));
    const status = await wb.form4Status(/Form 4(?!: \d+ error)/, 10_000).catch(() => wb.languageStatus());
    // A Form 4 status without a count: an empty text (the status not read in time) is no proof.
    ctx.check('the Language Status item no longer counts errors', /Form 4/.test(status) && !/Form 4: \d+ error/.test(status), status);
    await ctx.shot('fix-all-applied');

    await wb.focusEditor();
    await page.keyboard.press('Control+Z');
    const restored = await ctx.waitForProblems(files.seedXml, (ps) => fixedCount(ps) === fixable, 10_000);
    ctx.check(
      'one Undo brings every repeated-amount and deadline problem back',
      fixedCount(restored) === fixable,
      restored.map((p) => `${p.line}: ${p.code}`).join(' | '),
    );
    const dirty = await page.locator('.editor-group-container.active .tab.active.dirty').count();
    ctx.check('after one Undo the document is back to its saved state (not dirty)', dirty === 0, `dirty tabs: ${dirty}`);
  },
};
