/**
 * 3. The quick fix for a holdings/running-balance error, chosen from the Ctrl+. menu: it sets the amount owned to
 * the running balance its title promises, the error on that line goes away, and Undo brings the text (and the
 * error) back.
 */
import { grouped } from '../exampleFacts';
import { files, type Scenario } from '../scenario';

export const quickFix: Scenario = {
  id: 3,
  title: 'quick fix for a holdings error, then Undo',
  async run(ctx) {
    const { wb, page } = ctx;
    const seed = ctx.facts(files.seedXml);
    const broken = seed.breaks[0];
    const owned = broken?.row.owned;
    if (!broken || !owned) throw new Error('the seed has no running-balance break');
    const original = seed.text.split(/\r?\n/)[owned.line - 1] ?? '';
    const fixedValue = String(broken.expected);
    const fixedLine = original.slice(0, owned.column - 1) + fixedValue + original.slice(owned.column - 1 + owned.value.length);
    const onLine = (ps: { code: string; line: number }[]) => ps.some((p) => p.code === 'holdings/running-balance' && p.line === owned.line);

    await wb.openFile(files.seedXml);
    await wb.form4Status();
    ctx.check(`before: a running-balance error on line ${owned.line}`, onLine(await ctx.waitForProblems(files.seedXml, onLine)), '');

    await wb.goTo({ line: owned.line, column: owned.column + 1 });
    const menuOpened = await wb.openQuickFixMenu(owned.line).then(
      () => '',
      (error: Error) => error.message,
    );
    ctx.check(`Ctrl+. opens the quick-fix menu on line ${owned.line} once the light bulb shows`, menuOpened === '', menuOpened);
    const title = `Set the amount owned to ${grouped(broken.expected)}`;
    const item = page.locator('.action-widget .monaco-list-row', { hasText: title }).first();
    const shown = await item.waitFor({ timeout: 10_000 }).then(
      () => true,
      () => false,
    );
    const menu = await page
      .locator('.action-widget .monaco-list-row')
      .allInnerTexts()
      .catch(() => []);
    ctx.check(`Ctrl+. offers "${title}"`, shown, JSON.stringify(menu));
    if (!shown) {
      await page.keyboard.press('Escape');
      return;
    }
    await ctx.shot('quick-fix-menu');
    await item.click();

    let text: string | undefined;
    await wb
      .waitFor(async () => (text = await wb.lineText(owned.line)) === fixedLine, 5_000, `line ${owned.line} to read ${fixedLine.trim()}`)
      .catch(() => undefined);
    ctx.check(`line ${owned.line} now holds ${fixedValue}, nothing else changed on it`, text === fixedLine, JSON.stringify(text?.trim()));
    const dirtyTab = page.locator('.editor-group-container.active .tab.active.dirty');
    ctx.check('the fix is an unsaved edit of the open document', (await dirtyTab.count()) === 1, '');
    const after = await ctx.waitForProblems(files.seedXml, (ps) => !onLine(ps), 5_000);
    ctx.check(
      `the running-balance error on line ${owned.line} is gone`,
      !onLine(after),
      after
        .filter((p) => p.line === owned.line)
        .map((p) => p.message)
        .join(' | '),
    );
    await ctx.shot('quick-fix-applied');

    await wb.focusEditor();
    await page.keyboard.press('Control+Z');
    await wb.waitFor(async () => (text = await wb.lineText(owned.line)) === original, 5_000, 'undo').catch(() => undefined);
    ctx.check(`Undo restores line ${owned.line}`, text === original, JSON.stringify(text?.trim()));
    const restored = await ctx.waitForProblems(files.seedXml, onLine, 5_000);
    ctx.check('Undo brings the error back', onLine(restored), '');
    const dirty = await dirtyTab.count();
    ctx.check('after Undo the document is back to its saved state (not dirty)', dirty === 0, `dirty tabs: ${dirty}`);
  },
};
