/**
 * 1. The seed in EDGAR XML: the Problems panel lists a holdings/running-balance error for each amount owned that does
 * not roll forward, at its line and column; each such amount carries an error squiggle over exactly its digits; the
 * status bar counts the errors and the Form 4 Language Status item shows the same count.
 */
import { files, positions, type Scenario } from '../scenario';

export const seedDiagnostics: Scenario = {
  id: 1,
  title: 'seed XML: Problems panel, squiggles, status bar',
  async run(ctx) {
    const { wb } = ctx;
    const seed = ctx.facts(files.seedXml);
    const expected = seed.breaks.flatMap((b) => (b.row.owned ? [b.row.owned] : []));
    ctx.check(
      'the seed has 7 Table I rows and 6 running-balance breaks (from its text)',
      seed.rows.length === 7 && expected.length === 6,
      `${seed.rows.length} rows, breaks at ${positions(expected)}`,
    );

    await wb.openFile(files.seedXml);
    await wb.form4Status();

    const problems = await ctx.waitForProblems(
      files.seedXml,
      (ps) => ps.filter((p) => p.code === 'holdings/running-balance').length >= expected.length,
    );
    const balance = problems.filter((p) => p.code === 'holdings/running-balance');
    ctx.check(
      'Problems panel lists holdings/running-balance at each broken amount owned',
      positions(balance) === positions(expected),
      `panel ${positions(balance)}; expected ${positions(expected)}`,
    );
    ctx.check(
      'those problems are errors',
      balance.length > 0 && balance.every((p) => p.severity === 'error'),
      balance.map((p) => p.severity).join(','),
    );
    const messagesOk = seed.breaks.every((b) =>
      balance.some((p) => p.line === b.row.owned?.line && p.message.includes(b.expected.toLocaleString('en-US'))),
    );
    ctx.check('each message states the running balance expected', messagesOk, balance.map((p) => p.message.slice(0, 60)).join(' | '));

    const missing: string[] = [];
    for (const owned of expected) {
      await wb.goTo({ line: owned.line, column: owned.column });
      const onLine = (await wb.squiggles()).filter((s) => s.line === owned.line && s.severity === 'error');
      if (!onLine.some((s) => s.text === owned.value)) missing.push(`${owned.line}: ${JSON.stringify(onLine)}`);
    }
    ctx.check(
      'an error squiggle underlines exactly each broken amount owned',
      missing.length === 0,
      missing.join('; ') || `${expected.length} squiggles on "${expected[0]?.value}"`,
    );

    const errorsInPanel = problems.filter((p) => p.severity === 'error').length;
    const counts = await wb.problemCounts();
    ctx.check(
      'status bar problem count shows the errors',
      counts.errors === errorsInPanel && counts.errors >= expected.length,
      counts.label,
    );
    const itemText = (await wb.form4Status(/Form 4: \d+ error/, 10_000).catch(() => wb.languageStatus())).trim();
    const itemErrors = /Form 4:\s*(\d+) errors?/.exec(itemText);
    ctx.check(
      'the Form 4 Language Status item shows the error count',
      itemErrors !== null && Number(itemErrors[1]) === errorsInPanel,
      JSON.stringify(itemText),
    );

    await wb.goTo({ line: expected[0]?.line ?? 1, column: 1 });
    await wb.runCommand('View: Focus Problems', 'workbench.action.problems.focus');
    await ctx.shot('seed-problems');
  },
};
