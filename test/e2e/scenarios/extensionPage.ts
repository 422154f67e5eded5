/**
 * 11. The installed extension's page in the Extensions view: its details editor renders the packaged README (every
 * "## " section the README has). Images: VS Code renders an extension's README with no base URI (code-server
 * 4.139.1's extension editor calls its Markdown renderer without one) and drops every relative image and link, so
 * the README's pictures show only when `vsce package` rewrites them to absolute URLs, which needs a public location
 * (package.json's `repository`, or --baseImagesUrl). With one, every image must load; without one (today: there is
 * no public repository), the scenario says how many images the page dropped instead of checking them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Scenario } from '../scenario';

const readme = readFileSync(resolve(__dirname, '..', '..', '..', 'README.md'), 'utf8');
const manifest = JSON.parse(readFileSync(resolve(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as {
  displayName: string;
  repository?: unknown;
};
const displayName = manifest.displayName;

/** The README's "## " headings, outside fenced code, as the page shows them. */
function headings(markdown: string): string[] {
  const out: string[] = [];
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    else if (!fenced && line.startsWith('## ')) out.push(line.slice(3).trim());
  }
  return out;
}

const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]);

export const extensionPage: Scenario = {
  id: 11,
  title: "the extension's page shows the README with its images",
  async run(ctx) {
    const { wb, page } = ctx;
    // The Extensions view lists the installed extensions first (offline, there is no Marketplace to list).
    await wb.runCommand('View: Show Extensions', 'workbench.view.extensions');
    const item = page.locator('.extensions-viewlet .monaco-list-row', { hasText: displayName }).first();
    await item.waitFor({ timeout: 30_000 });
    await item.click();

    // Webviews are overlaid outside the editor's DOM: the page's README is the one webview open.
    const view = page.frameLocator('iframe.webview.ready').first().frameLocator('iframe#active-frame');
    await view.locator('h2').first().waitFor({ timeout: 30_000 });
    const shown = await view.locator('h2').allTextContents();
    const missing = headings(readme).filter((h) => !shown.some((s) => s.trim() === h));
    ctx.check('the page shows every section of the README', missing.length === 0, `missing: ${missing.join(' | ')}`);

    // An image is shown once it has loaded with a size; give the webview time to fetch them.
    const loaded = async () =>
      view
        .locator('img')
        .evaluateAll((imgs) =>
          (imgs as HTMLImageElement[]).map((img) => ({ src: img.getAttribute('src') ?? '', ok: img.complete && img.naturalWidth > 0 })),
        );
    let seen = await loaded();
    for (let i = 0; i < 20 && seen.filter((s) => s.ok).length < images.length; i++) {
      await page.waitForTimeout(500);
      seen = await loaded();
    }
    const notShown = images.filter((src) => !seen.some((s) => s.ok && s.src.endsWith(src)));
    if (manifest.repository === undefined) {
      ctx.log(
        `no repository: the README's ${images.length} relative images are not rewritten, and the page shows ${seen.filter((s) => s.ok).length}`,
      );
      await ctx.shot('extension-page');
      return;
    }
    ctx.check(
      `all ${images.length} README images are loaded from the installed extension`,
      images.length > 0 && notShown.length === 0,
      `not shown: ${notShown.join(', ')}; page images: ${seen.map((s) => `${s.src} ${s.ok ? 'ok' : 'broken'}`).join('; ')}`,
    );
    await ctx.shot('extension-page');
  },
};
