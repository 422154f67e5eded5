/**
 * 5. The seed's YAML twin (examples/seed-8x8-hecker-2003.form4.yaml): the same holdings/running-balance findings as
 * the XML, with the same messages, but at the YAML positions of the amounts owned, squiggled there.
 */
import { files, positions, sameList, type Scenario } from '../scenario';

export const yamlDraft: Scenario = {
  id: 5,
  title: 'YAML draft of the seed: same findings at YAML positions',
  async run(ctx) {
    const { wb } = ctx;
    if (!ctx.check(`examples/${files.seedYaml} exists`, ctx.exists(files.seedYaml), '')) return;
    const xml = ctx.facts(files.seedXml);
    const yaml = ctx.facts(files.seedYaml);
    const expected = yaml.breaks.flatMap((b) => (b.row.owned ? [b.row.owned] : []));
    ctx.check(
      "the YAML draft has the XML's Table I rows (from its text)",
      yaml.rows.length === xml.rows.length && yaml.breaks.length === xml.breaks.length,
      `${yaml.rows.length} rows, ${yaml.breaks.length} breaks`,
    );

    await wb.openFile(files.seedYaml);
    await wb.form4Status();
    const balance = (
      await ctx.waitForProblems(files.seedYaml, (ps) => ps.filter((p) => p.code === 'holdings/running-balance').length >= expected.length)
    ).filter((p) => p.code === 'holdings/running-balance');
    ctx.check(
      'Problems panel: running-balance errors at the YAML amounts owned',
      positions(balance) === positions(expected),
      `panel ${positions(balance)}; expected ${positions(expected)}`,
    );

    // The XML's findings for comparison, from the same panel (it groups its rows by file).
    await wb.openFile(files.seedXml);
    const xmlBalance = (await ctx.waitForProblems(files.seedXml, (ps) => ps.some((p) => p.code === 'holdings/running-balance'))).filter(
      (p) => p.code === 'holdings/running-balance',
    );
    ctx.check(
      'the same messages as for the XML',
      sameList(
        balance.map((p) => p.message),
        xmlBalance.map((p) => p.message),
      ),
      `yaml ${balance.length}, xml ${xmlBalance.length}`,
    );

    await wb.openFile(files.seedYaml);
    const missing: string[] = [];
    for (const owned of expected) {
      await wb.goTo({ line: owned.line, column: owned.column });
      const onLine = (await wb.squiggles()).filter((s) => s.line === owned.line && s.severity === 'error');
      if (!onLine.some((s) => s.text === owned.value)) missing.push(`${owned.line}: ${JSON.stringify(onLine)}`);
    }
    ctx.check('an error squiggle underlines each YAML amount owned', missing.length === 0, missing.join('; '));
    await ctx.shot('yaml-draft');
  },
};
