/**
 * 3. The quick fix for the seed's holdings/repeated-amount error, chosen from the Ctrl+. menu: the preferred reading
 * takes the repeated amount as the final holding and rolls the rows back from it, so every amount owned changes to
 * the figure its title promises, in one edit; the error (and its marks) go away, and one Undo brings the text (and
 * the error) back. The menu also offers the other reading (the first row right).
 */
import { grouped } from '../exampleFacts';
import { files, repeatedCells, type Scenario } from '../scenario';

const rule = 'holdings/repeated-amount';

export const quickFix: Scenario = {
  id: 3,
  title: 'quick fix for a holdings error, then Undo',
  async run(ctx) {
    const { wb, page } = ctx;
    const seed = ctx.facts(files.seedXml);
    const repeated = seed.repeated;
    if (!repeated) throw new Error('the seed repeats no amount owned');
    const { first, others } = repeatedCells(seed);
    const cells = [first, ...others];
    const lines = seed.text.split(/\r?\n/);
    const original = cells.map((c) => lines[c.line - 1] ?? '');
    const fixed = cells.map((c, i) => {
      const line = original[i] ?? '';
      return line.slice(0, c.column - 1) + String(repeated.ifLastRight[i]) + line.slice(c.column - 1 + c.value.length);
    });
    const reported = (ps: { code: string; line: number }[]) => ps.some((p) => p.code === rule && p.line === first.line);

    await wb.openFile(files.seedXml);
    await wb.form4Status();
    ctx.check(`before: a ${rule} error on line ${first.line}`, reported(await ctx.waitForProblems(files.seedXml, reported)), '');

    await wb.goTo({ line: first.line, column: first.column + 1 });
    const menuOpened = await wb.openQuickFixMenu(first.line).then(
      () => '',
      (error: Error) => error.message,
    );
    ctx.check(`Ctrl+. opens the quick-fix menu on line ${first.line} once the light bulb shows`, menuOpened === '', menuOpened);
    const last = repeated.rows[repeated.rows.length - 1]?.index;
    const title = `Roll the amounts owned back from ${grouped(repeated.amount)} after Table I row ${last} (the final holding)`;
    const other = `Roll the amounts owned forward from ${grouped(repeated.amount)} after Table I row 1`;
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
    ctx.check(
      `and the other reading, "${other}"`,
      menu.some((m) => m.includes(other)),
      JSON.stringify(menu),
    );
    if (!shown) {
      await page.keyboard.press('Escape');
      return;
    }
    await ctx.shot('quick-fix-menu');
    await item.click();

    // One line after the other: reading a line off screen scrolls the editor to it.
    const readAll = async () => {
      const out: (string | undefined)[] = [];
      for (const c of cells) out.push(await wb.lineText(c.line));
      return out;
    };
    let texts: (string | undefined)[] = [];
    const same = (a: readonly (string | undefined)[], b: readonly string[]) => a.length === b.length && a.every((t, i) => t === b[i]);
    await wb.waitFor(async () => same((texts = await readAll()), fixed), 20_000, 'every amount owned to roll back').catch(() => undefined);
    ctx.check(
      `every amount owned now reads ${repeated.ifLastRight.map(grouped).join(', ')}, nothing else changed on those lines`,
      same(texts, fixed),
      JSON.stringify(texts.map((t) => t?.trim())),
    );
    const dirtyTab = page.locator('.editor-group-container.active .tab.active.dirty');
    ctx.check('the fix is an unsaved edit of the open document', (await dirtyTab.count()) === 1, '');
    const after = await ctx.waitForProblems(files.seedXml, (ps) => !ps.some((p) => p.code.startsWith('holdings/')), 20_000);
    ctx.check(
      'the repeated-amount error and its marks are gone, and no other holdings finding appears',
      !after.some((p) => p.code.startsWith('holdings/')),
      after.map((p) => `${p.code} ${p.line}`).join(' | '),
    );
    await ctx.shot('quick-fix-applied');

    await wb.focusEditor();
    await page.keyboard.press('Control+Z');
    await wb.waitFor(async () => same((texts = await readAll()), original), 20_000, 'undo').catch(() => undefined);
    ctx.check('one Undo restores every amount owned', same(texts, original), JSON.stringify(texts.map((t) => t?.trim())));
    const restored = await ctx.waitForProblems(files.seedXml, reported, 20_000);
    ctx.check('Undo brings the error back', reported(restored), '');
    const dirty = await dirtyTab.count();
    ctx.check('after Undo the document is back to its saved state (not dirty)', dirty === 0, `dirty tabs: ${dirty}`);
  },
};
