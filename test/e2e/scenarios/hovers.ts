/**
 * 2. Hovers on the seed: a transaction code explains what it means; an amount owned that breaks the running balance
 * shows the running tally (the previous row's amount, this row's change, the expected result) next to the
 * holdings/repeated-amount finding that marks it.
 */
import { grouped } from '../exampleFacts';
import { files, type Scenario } from '../scenario';

export const hovers: Scenario = {
  id: 2,
  title: 'hovers: transaction code meaning, running tally',
  async run(ctx) {
    const { wb } = ctx;
    const seed = ctx.facts(files.seedXml);
    await wb.openFile(files.seedXml);
    await wb.form4Status();

    const code = seed.rows[0]?.code;
    if (!code) throw new Error('the seed has no transaction code in row 1');
    const codeHover = await wb.hoverOver(code.line, `>${code.value}<`, /purchase/i);
    ctx.check(
      `hover on transaction code ${code.value} (line ${code.line}) explains it`,
      /purchase/i.test(codeHover),
      JSON.stringify(codeHover.slice(0, 240)),
    );
    await wb.dismissHover();

    const broken = seed.breaks[0];
    const owned = broken?.row.owned;
    if (!broken || !owned) throw new Error('the seed has no running-balance break');
    const tallyHover = await wb.hoverOver(owned.line, owned.value, /running tally/i);
    const says = [grouped(broken.previous), grouped(broken.expected)];
    ctx.check(
      `hover on amount owned (line ${owned.line}) shows the running tally ${says.join(' -> ')}`,
      /running tally/i.test(tallyHover) && says.every((s) => tallyHover.includes(s)),
      JSON.stringify(tallyHover.slice(0, 400)),
    );
    ctx.check(
      'the same hover shows the holdings/repeated-amount finding that marks the cell',
      tallyHover.includes('holdings/repeated-amount') || tallyHover.includes(`repeats ${grouped(seed.repeated?.amount ?? 0)} owned`),
      '',
    );
    await ctx.shot('hover-running-tally');
    await wb.dismissHover();
  },
};
