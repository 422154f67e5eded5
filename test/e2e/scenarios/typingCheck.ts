/**
 * 4. Typing in the clean modern example: changing the sale's acquired/disposed code from D to A (a sale coded as an
 * acquisition) brings an error on that code, as a squiggle under the typed A. How long that took is logged, not
 * asserted (a timing is a benchmark's figure: docs/performance.md times edits to diagnostics); the scenario waits for
 * the squiggle as for any other state. The file is reverted afterwards.
 */
import { files, type Scenario } from '../scenario';

export const typingCheck: Scenario = {
  id: 4,
  title: 'type a wrong acquired/disposed code: its diagnostic as you type',
  async run(ctx) {
    const { wb, page } = ctx;
    const modern = ctx.facts(files.modernXml);
    const sale = modern.rows.find((r) => r.code?.value === 'S' && r.acquiredDisposed?.value === 'D');
    const code = sale?.acquiredDisposed;
    if (!code) throw new Error('the modern example has no sale coded D');

    await wb.openFile(files.modernXml);
    await wb.form4Status();
    const before = await ctx.problemsOf(files.modernXml);
    ctx.check('the modern example starts clean', before.length === 0, before.map((p) => `${p.line}: ${p.code}`).join(' | '));

    await wb.goTo({ line: code.line, column: code.column });
    await wb.focusEditor();
    await page.keyboard.press('Shift+ArrowRight');
    const squigglesOnLine = async () => (await wb.squiggles()).filter((s) => s.line === code.line);
    ctx.check(`no squiggle on line ${code.line} before typing`, (await squigglesOnLine()).length === 0, '');

    const typed = Date.now();
    await page.keyboard.type('A');
    let found: { text: string; severity: string }[] = [];
    const underA = async () => (found = await squigglesOnLine()).some((s) => s.text === 'A');
    await wb.waitFor(underA, 15_000, 'a squiggle under the typed A').catch(() => undefined);
    const elapsed = Date.now() - typed;
    ctx.log(`keystroke to squiggle: ${elapsed} ms (polled every 100 ms)`);
    const line = await wb.lineText(code.line);
    ctx.check(`line ${code.line} now reads <value>A</value>`, line?.includes('<value>A</value>') === true, JSON.stringify(line?.trim()));
    ctx.check(
      `a squiggle appears on the typed A`,
      found.some((s) => s.text === 'A'),
      `${elapsed} ms: ${JSON.stringify(found)}`,
    );

    const after = await ctx.waitForProblems(files.modernXml, (ps) => ps.some((p) => p.line === code.line), 20_000);
    const direction = after.filter((p) => p.line === code.line && p.column === code.column);
    ctx.check(
      'Problems panel: code/direction error on that code, saying to set D',
      direction.some((p) => p.code === 'code/direction' && p.severity === 'error' && /\bD\b/.test(p.message)),
      direction.map((p) => `${p.severity} ${p.code}: ${p.message}`).join(' | '),
    );
    await ctx.shot('typed-wrong-code');
    await wb.focusEditor();
    await wb.runCommand('File: Revert File', 'workbench.action.files.revert');
  },
};
