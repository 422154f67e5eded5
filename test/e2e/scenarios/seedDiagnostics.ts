/**
 * 1. The seed in EDGAR XML: every row shows 100,000 owned after, so the Problems panel lists one
 * holdings/repeated-amount error, at the first row's amount owned, whose message gives the amounts the rows should
 * show; each other amount owned is marked with it (an information problem and squiggle of the same rule), and no
 * running-balance error repeats the one mistake row by row. The status bar counts the errors and the Form 4
 * Language Status item shows the same count.
 */
import { grouped } from '../exampleFacts';
import { files, positions, repeatedCells, type Scenario } from '../scenario';

const rule = 'holdings/repeated-amount';

export const seedDiagnostics: Scenario = {
  id: 1,
  title: 'seed XML: Problems panel, squiggles, status bar',
  async run(ctx) {
    const { wb } = ctx;
    const seed = ctx.facts(files.seedXml);
    ctx.check(
      'the seed has 7 Table I rows that all show the same amount owned (from its text)',
      seed.rows.length === 7 && seed.repeated?.rows.length === 7,
      `${seed.rows.length} rows, repeated on ${seed.repeated?.rows.length ?? 0}`,
    );
    const { first, others } = repeatedCells(seed);

    await wb.openFile(files.seedXml);
    await wb.form4Status();

    const problems = await ctx.waitForProblems(files.seedXml, (ps) => ps.filter((p) => p.code === rule).length >= 1 + others.length);
    const repeated = problems.filter((p) => p.code === rule);
    const errors = repeated.filter((p) => p.severity === 'error');
    ctx.check(
      `Problems panel lists one ${rule} error, at the first amount owned`,
      errors.length === 1 && positions(errors) === positions([first]),
      `errors at ${positions(errors)}; expected ${positions([first])}`,
    );
    const readings = seed.repeated?.ifLastRight.map(grouped) ?? [];
    ctx.check(
      'its message gives the amounts the rows should show if the repeated amount is the final holding',
      errors.some((p) => readings.every((r) => p.message.includes(r))),
      errors.map((p) => p.message.slice(0, 200)).join(' | '),
    );
    const marks = repeated.filter((p) => p.severity === 'info');
    ctx.check(
      'each other amount owned is marked with it (information)',
      positions(marks) === positions(others),
      `marks at ${positions(marks)}; expected ${positions(others)}`,
    );
    ctx.check(
      'no holdings/running-balance error repeats the one mistake',
      !problems.some((p) => p.code === 'holdings/running-balance'),
      problems.map((p) => p.code).join(', '),
    );

    const missing: string[] = [];
    for (const [owned, severity] of [[first, 'error'] as const, ...others.map((o) => [o, 'info'] as const)]) {
      await wb.goTo({ line: owned.line, column: owned.column });
      const onLine = (await wb.squiggles()).filter((s) => s.line === owned.line && s.severity === severity);
      if (!onLine.some((s) => s.text === owned.value)) missing.push(`${owned.line} (${severity}): ${JSON.stringify(onLine)}`);
    }
    ctx.check(
      'a squiggle underlines exactly each amount owned: an error on the first, information on the others',
      missing.length === 0,
      missing.join('; ') || `${1 + others.length} squiggles on "${first.value}"`,
    );

    const errorsInPanel = problems.filter((p) => p.severity === 'error').length;
    const counts = await wb.problemCounts();
    ctx.check('status bar problem count shows the errors', counts.errors === errorsInPanel && counts.errors >= 1, counts.label);
    const itemText = (await wb.form4Status(/Form 4: \d+ error/, 10_000).catch(() => wb.languageStatus())).trim();
    const itemErrors = /Form 4:\s*(\d+) errors?/.exec(itemText);
    ctx.check(
      'the Form 4 Language Status item shows the error count',
      itemErrors !== null && Number(itemErrors[1]) === errorsInPanel,
      JSON.stringify(itemText),
    );

    await wb.goTo({ line: first.line, column: 1 });
    await wb.runCommand('View: Focus Problems', 'workbench.action.problems.focus');
    await ctx.shot('seed-problems');
  },
};
