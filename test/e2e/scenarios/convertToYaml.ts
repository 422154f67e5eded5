/**
 * 7. "Form 4: Convert to YAML draft" on the seed: a YAML draft opens in a new editor, and it checks clean apart from
 * the seed's own findings: the same rule ids and messages as the XML, nothing more, nothing less.
 */
import { files, type Scenario } from '../scenario';
import type { Problem } from '../workbench';

const summary = (ps: readonly Problem[]) => ps.map((p) => `${p.severity} ${p.code}: ${p.message}`).sort();

export const convertToYaml: Scenario = {
  id: 7,
  title: "Convert to YAML draft: opens, checks clean apart from the seed's findings",
  async run(ctx) {
    const { wb, page } = ctx;
    await wb.openFile(files.seedXml);
    await wb.form4Status();
    const source = await ctx.waitForProblems(files.seedXml, (ps) => ps.some((p) => p.code === 'holdings/repeated-amount'));

    await wb.runCommand('Form 4: Convert to YAML draft', 'form4.convertToYaml');
    const tab = page.locator('.editor-group-container.active .tab.active').first();
    const draftNameNow = async () => (await tab.getAttribute('data-resource-name', { timeout: 1_000 }).catch(() => null)) ?? '';
    // Notifications seen meanwhile explain a failure (a toast may fade before the wait ends).
    const seen = new Set<string>();
    await wb
      .waitFor(
        async () => {
          for (const n of await wb.notifications()) seen.add(n);
          return /\.form4\.ya?ml$/.test(await draftNameNow());
        },
        15_000,
        'the draft to open',
      )
      .catch((error: Error) => {
        throw new Error(`${error.message}; notifications: ${JSON.stringify([...seen])}`);
      });
    const draftName = await draftNameNow();
    const language = (
      await page
        .locator('[id="status.editor.mode"]')
        .innerText()
        .catch(() => '')
    ).trim();
    ctx.check(
      'a YAML draft opens in the active editor',
      /\.form4\.ya?ml$/.test(draftName) && /yaml/i.test(language),
      `${draftName} (${language})`,
    );
    const firstLines = await wb.visibleLines();
    ctx.check(
      'it holds the seed as a YAML draft',
      [...firstLines.values()].some((l) => /^documentType:\s*4\b/.test(l)),
      [...firstLines.values()].slice(0, 3).join(' / '),
    );

    const want = summary(source);
    const draft = await ctx.waitForProblems(draftName, (ps) => ps.length >= source.length, 15_000);
    const got = summary(draft);
    const extra = got.filter((g) => !want.includes(g));
    const lost = want.filter((w) => !got.includes(w));
    ctx.check(
      `the draft checks with exactly the seed's ${source.length} findings`,
      extra.length === 0 && lost.length === 0 && got.length === want.length,
      `extra: ${JSON.stringify(extra)}; missing: ${JSON.stringify(lost)}`,
    );
    await ctx.shot('converted-yaml-draft');
  },
};
