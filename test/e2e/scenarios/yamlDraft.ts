/**
 * 5. The seed's YAML twin (examples/seed-8x8-hecker-2003.form4.yaml): the same holdings/repeated-amount finding as
 * the XML, with the same message, but at the YAML position of the first amount owned, and its marks at the YAML
 * positions of the others, squiggled there.
 */
import { files, positions, repeatedCells, sameList, type Scenario } from '../scenario';

const rule = 'holdings/repeated-amount';

export const yamlDraft: Scenario = {
  id: 5,
  title: 'YAML draft of the seed: same findings at YAML positions',
  async run(ctx) {
    const { wb } = ctx;
    if (!ctx.check(`examples/${files.seedYaml} exists`, ctx.exists(files.seedYaml), '')) return;
    const xml = ctx.facts(files.seedXml);
    const yaml = ctx.facts(files.seedYaml);
    ctx.check(
      "the YAML draft has the XML's Table I rows and repeated amount (from its text)",
      yaml.rows.length === xml.rows.length && yaml.repeated?.amount === xml.repeated?.amount && yaml.repeated !== undefined,
      `${yaml.rows.length} rows, repeated ${yaml.repeated?.amount ?? 'nothing'}`,
    );
    const { first, others } = repeatedCells(yaml);

    await wb.openFile(files.seedYaml);
    await wb.form4Status();
    const found = (await ctx.waitForProblems(files.seedYaml, (ps) => ps.filter((p) => p.code === rule).length >= 1 + others.length)).filter(
      (p) => p.code === rule,
    );
    const errors = found.filter((p) => p.severity === 'error');
    const marks = found.filter((p) => p.severity === 'info');
    ctx.check(
      'Problems panel: the repeated-amount error at the first YAML amount owned, its marks at the others',
      positions(errors) === positions([first]) && positions(marks) === positions(others),
      `errors ${positions(errors)}, marks ${positions(marks)}; expected ${positions([first])} and ${positions(others)}`,
    );

    // The XML's findings for comparison, from the same panel (it groups its rows by file).
    await wb.openFile(files.seedXml);
    const xmlFound = (
      await ctx.waitForProblems(files.seedXml, (ps) => ps.filter((p) => p.code === rule).length >= 1 + others.length)
    ).filter((p) => p.code === rule);
    ctx.check(
      'the same messages as for the XML',
      sameList(
        found.map((p) => p.message),
        xmlFound.map((p) => p.message),
      ),
      `yaml ${found.length}, xml ${xmlFound.length}`,
    );

    await wb.openFile(files.seedYaml);
    const missing: string[] = [];
    for (const [owned, severity] of [[first, 'error'] as const, ...others.map((o) => [o, 'info'] as const)]) {
      await wb.goTo({ line: owned.line, column: owned.column });
      const onLine = (await wb.squiggles()).filter((s) => s.line === owned.line && s.severity === severity);
      if (!onLine.some((s) => s.text === owned.value)) missing.push(`${owned.line} (${severity}): ${JSON.stringify(onLine)}`);
    }
    ctx.check('a squiggle underlines each YAML amount owned', missing.length === 0, missing.join('; '));
    await ctx.shot('yaml-draft');
  },
};
