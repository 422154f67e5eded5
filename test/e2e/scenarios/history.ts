/**
 * 10. The history: two chained filings of one owner are written into the workspace, March's purchase leaving 10,000
 * and April's sale of 500 leaving 9,400 (it should leave 9,500). Opening April shows the history/opening-balance
 * warning naming March, the hover on April's amount owned shows March's closing balance, and the quick fix sets
 * April's amount to 9,500, after which the warning goes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { form4Xml } from '../../helpers/form4';
import { april, march } from '../../helpers/history';
import type { Scenario } from '../scenario';

const rule = 'history/opening-balance';
const marchFile = 'history-march.xml';
const aprilFile = 'history-april.xml';

export const history: Scenario = {
  id: 10,
  title: 'history: a broken first balance against the previous filing, hover and quick fix',
  async run(ctx) {
    const { wb, page } = ctx;
    writeFileSync(join(ctx.workspace, marchFile), form4Xml(march));
    const aprilText = form4Xml(april('9400'));
    writeFileSync(join(ctx.workspace, aprilFile), aprilText);
    const line = aprilText.split('\n').findIndex((l) => l.includes('<value>9400</value>')) + 1;
    if (line === 0) throw new Error('the April filing has no amount owned of 9400');

    await wb.openFile(aprilFile);
    await wb.form4Status();
    const reported = (ps: { code: string; line: number }[]) => ps.some((p) => p.code === rule && p.line === line);
    const problems = await ctx.waitForProblems(aprilFile, reported, 30_000);
    const finding = problems.find((p) => p.code === rule);
    ctx.check(
      `a ${rule} warning on line ${line} names the previous filing and its closing figure`,
      finding?.severity === 'warning' &&
        finding.message.includes(marchFile) &&
        finding.message.includes('closed Common Stock (direct) at 10,000'),
      problems.map((p) => `${p.code} ${p.line}: ${p.message}`).join(' | '),
    );

    const hover = await wb.hoverOver(line, '9400', /History of Common Stock/).catch((error: Error) => error.message);
    ctx.check(
      `the hover on the amount owned shows ${marchFile}'s closing balance of 10,000`,
      hover.includes(`History of Common Stock (direct): the previous filing of Owner1 Pat, ${marchFile}`) &&
        hover.includes('closed it at 10,000'),
      JSON.stringify(hover.slice(hover.indexOf('History of'), hover.indexOf('History of') + 300)),
    );
    await ctx.shot('history-hover');
    await wb.dismissHover();

    await wb.goTo({ line, column: aprilText.split('\n')[line - 1]!.indexOf('9400') + 2 });
    const opened = await wb.openQuickFixMenu(line).then(
      () => '',
      (error: Error) => error.message,
    );
    ctx.check(`Ctrl+. opens the quick-fix menu on line ${line}`, opened === '', opened);
    const title = `Set the amount owned to 9,500 (continuing the 10,000 ${marchFile} closed with)`;
    const item = page.locator('.action-widget .monaco-list-row', { hasText: title }).first();
    const shown = await item.waitFor({ timeout: 10_000 }).then(
      () => true,
      () => false,
    );
    ctx.check(
      `Ctrl+. offers "${title}"`,
      shown,
      JSON.stringify(
        await page
          .locator('.action-widget .monaco-list-row')
          .allInnerTexts()
          .catch(() => []),
      ),
    );
    if (!shown) {
      await page.keyboard.press('Escape');
      return;
    }
    await item.click();
    let text: string | undefined;
    await wb.waitFor(async () => (text = await wb.lineText(line))?.includes('9500') === true, 20_000, 'the fix').catch(() => undefined);
    ctx.check('the fix writes 9500 on that line', text?.includes('<value>9500</value>') === true, JSON.stringify(text?.trim()));
    const after = await ctx.waitForProblems(aprilFile, (ps) => !ps.some((p) => p.code === rule), 10_000);
    ctx.check('and the history warning is gone', !after.some((p) => p.code === rule), after.map((p) => `${p.code} ${p.line}`).join(' | '));
  },
};
