/**
 * The rendered form in a real browser (headless Chromium via playwright-core): the seed filing and a modern one are
 * rendered, screenshot into test/artifacts/render/ and checked cell by cell in the DOM; hostile values placed in
 * every field of a filing never run and never load anything, both in the standalone page and in the preview webview
 * page (the real shell and the real bundled preview script); the CSP is on the page.
 *
 * Needs /usr/bin/chromium (Debian package `chromium`; CI installs it). Without it the suite fails, saying so.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { contentSecurityPolicy, shellHtml } from '../../client/src/preview/shell';
import { analyze, render, type RenderRequest } from '../../server/src/engine/index';
import { escapeXml, fixtureSlots, fixtureXml } from '../helpers/form4Fixture';
import { sharedDir } from '../helpers/shared';
import { standalonePage } from '../helpers/standalonePage';

const chromiumPath = '/usr/bin/chromium';
const root = join(__dirname, '../..');
const artifacts = join(root, 'test/artifacts/render');
const previewScript = join(artifacts, 'preview.js');
const previewCss = join(root, 'media/preview.css');

let browser: Browser;

before(async () => {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is missing at ${chromiumPath}: install it (apt-get install -y --no-install-recommends chromium) to run the browser tests`,
    );
  }
  mkdirSync(artifacts, { recursive: true });
  // The webview script exactly as the extension ships it, bundled the way esbuild.mjs does.
  await build({
    entryPoints: [join(root, 'client/src/preview/webview/main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome114',
    outfile: previewScript,
    logLevel: 'silent',
  });
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

after(async () => {
  await browser?.close();
});

function renderXml(xml: string, request: RenderRequest): string {
  const html = render(analyze(xml, 'xml'), request);
  assert.ok(html !== undefined, 'the fixture reads as an ownership document');
  return html;
}

/** Everything a page did that it should not: requests beyond its own files, console output, dialogs, navigation. */
interface Watch {
  readonly requests: string[];
  readonly console: string[];
  readonly dialogs: string[];
}

async function openPage(allowed: readonly string[]): Promise<{ page: Page; watch: Watch }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, javaScriptEnabled: true });
  const page = await context.newPage();
  const watch: Watch = { requests: [], console: [], dialogs: [] };
  page.on('request', (r) => {
    if (!allowed.includes(r.url())) watch.requests.push(r.url());
  });
  page.on('console', (m) => watch.console.push(`${m.type()}: ${m.text()}`));
  page.on('dialog', (d) => {
    watch.dialogs.push(d.message());
    void d.dismiss();
  });
  // What the VS Code webview host provides to the page's script; also records what the script sends. A string, not a
  // function: tsx would wrap a function's inner arrows in its own `__name` helper, which the page lacks (hence the
  // identity `__name` too, for the functions this file passes to page.evaluate).
  await page.addInitScript(`
    window.__name = (f) => f;
    window.__sent = [];
    window.acquireVsCodeApi = () => ({
      postMessage: (m) => window.__sent.push(m),
      setState: (s) => { window.__state = s; },
      getState: () => window.__state,
    });
  `);
  return { page, watch };
}

function writeArtifact(name: string, content: string): string {
  const path = join(artifacts, name);
  writeFileSync(path, content);
  return pathToFileURL(path).href;
}

async function openStandalone(name: string, html: string): Promise<{ page: Page; watch: Watch; url: string }> {
  const url = writeArtifact(`${name}.html`, html);
  const { page, watch } = await openPage([url]);
  await page.goto(url);
  return { page, watch, url };
}

const theme = {
  dark: {
    body: 'vscode-dark',
    vars: {
      fg: '#d4d4d4',
      bg: '#1e1e1e',
      muted: '#a0a0a0',
      error: '#f14c4c',
      warning: '#cca700',
      info: '#3794ff',
      focus: '#007fd4',
      contrast: '',
    },
  },
  light: {
    body: 'vscode-light',
    vars: {
      fg: '#000000',
      bg: '#ffffff',
      muted: '#717171',
      error: '#e51400',
      warning: '#bf8803',
      info: '#1a85ff',
      focus: '#0090f1',
      contrast: '',
    },
  },
  'high-contrast': {
    body: 'vscode-high-contrast',
    vars: {
      fg: '#ffffff',
      bg: '#000000',
      muted: '#ffffff',
      error: '#f48771',
      warning: '#cca700',
      info: '#3794ff',
      focus: '#f38518',
      contrast: '#6fc3df',
    },
  },
} as const;

type ThemeName = keyof typeof theme;

/** The subset of VS Code's theme variables the preview uses, as the webview host would define them. */
function themeCss(name: ThemeName): string {
  const v = theme[name].vars;
  return `:root { --vscode-editor-foreground: ${v.fg}; --vscode-editor-background: ${v.bg}; --vscode-descriptionForeground: ${v.muted};
  --vscode-editorError-foreground: ${v.error}; --vscode-editorWarning-foreground: ${v.warning}; --vscode-editorInfo-foreground: ${v.info};
  --vscode-focusBorder: ${v.focus}; --vscode-font-family: system-ui, sans-serif; --vscode-font-size: 13px;
  ${v.contrast ? `--vscode-contrastBorder: ${v.contrast}; --vscode-contrastActiveBorder: ${v.focus};` : ''} }`;
}

/** The preview webview page as the extension builds it, with the bundled script, fed `html` by message. */
async function openPreview(name: string, body: string, themeName: ThemeName = 'dark'): Promise<{ page: Page; watch: Watch }> {
  const themeUrl = writeArtifact(`theme-${themeName}.css`, themeCss(themeName));
  const styleUri = pathToFileURL(previewCss).href;
  const scriptUri = pathToFileURL(previewScript).href;
  const shell = shellHtml({ cspSource: 'file:', styleUri, scriptUri, nonce: 'dGVzdC1ub25jZS0xMjM0' });
  const url = writeArtifact(`${name}.html`, shell);
  const { page, watch } = await openPage([url, styleUri, scriptUri, themeUrl]);
  await page.goto(url);
  await page.evaluate(
    ({ themeUrl, bodyClass }) => {
      // The host's theme: a stylesheet of variables and a body class, as VS Code sets them.
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = themeUrl;
      document.head.append(link);
      document.body.classList.add(bodyClass);
      return new Promise((resolve) => (link.onload = resolve));
    },
    { themeUrl, bodyClass: theme[themeName].body },
  );
  await page.waitForFunction(() => ((window as unknown as { __sent: { type: string }[] }).__sent ?? []).some((m) => m.type === 'ready'));
  await page.evaluate(
    (html) => window.postMessage({ type: 'render', html, state: { resource: 'file:///draft.xml', locked: false } }, '*'),
    body,
  );
  await page.waitForSelector('#form4-root .f4-form');
  return { page, watch };
}

/** The text of each cell of a row, by column name. */
async function rowCells(page: Page, table: 'I' | 'II', row: number): Promise<Record<string, string>> {
  return page.$$eval(`table[data-table="${table}"] tbody tr[data-row="${row}"] td`, (tds) =>
    Object.fromEntries(tds.map((td) => [td.getAttribute('data-col') ?? '?', (td.textContent ?? '').trim()])),
  );
}

// ---- Documents ----

/** The 2003 Form 4 of the seed (paper form in shared/seeds/): seven purchases of common stock. */
function seedXml(): string {
  const rows: [string, string, string][] = [
    ['2003-08-18', '1000', '0.96'],
    ['2003-08-18', '1000', '0.9'],
    ['2003-08-19', '1000', '0.96'],
    ['2003-08-29', '2000', '1.4'],
    ['2003-08-29', '3000', '1.41'],
    ['2003-08-29', '6000', '1.42'],
    ['2003-08-29', '4000', '1.416'],
  ];
  const transactions = rows
    .map(
      ([date, shares, price]) => `
    <nonDerivativeTransaction>
      <securityTitle><value>Common Stock</value></securityTitle>
      <transactionDate><value>${date}</value></transactionDate>
      <transactionCoding><transactionFormType>4</transactionFormType><transactionCode>P</transactionCode><equitySwapInvolved>0</equitySwapInvolved></transactionCoding>
      <transactionAmounts>
        <transactionShares><value>${shares}</value></transactionShares>
        <transactionPricePerShare><value>${price}</value></transactionPricePerShare>
        <transactionAcquiredDisposedCode><value>A</value></transactionAcquiredDisposedCode>
      </transactionAmounts>
      <postTransactionAmounts><sharesOwnedFollowingTransaction><value>100000</value></sharesOwnedFollowingTransaction></postTransactionAmounts>
      <ownershipNature><directOrIndirectOwnership><value>D</value></directOrIndirectOwnership></ownershipNature>
    </nonDerivativeTransaction>`,
    )
    .join('');
  return `<?xml version="1.0"?>
<ownershipDocument>
  <documentType>4</documentType>
  <periodOfReport>2003-08-18</periodOfReport>
  <notSubjectToSection16>0</notSubjectToSection16>
  <issuer><issuerCik>0001023731</issuerCik><issuerName>8X8 INC /DE/</issuerName><issuerTradingSymbol>EGHT</issuerTradingSymbol></issuer>
  <reportingOwner>
    <reportingOwnerId><rptOwnerCik>0000000001</rptOwnerCik><rptOwnerName>HECKER GUY L JR</rptOwnerName></reportingOwnerId>
    <reportingOwnerAddress><rptOwnerStreet1>8 X 8 INC</rptOwnerStreet1><rptOwnerStreet2>2445 MISSION COLLEGE BLVD</rptOwnerStreet2><rptOwnerCity>SANTA CLARA</rptOwnerCity><rptOwnerState>CA</rptOwnerState><rptOwnerZipCode>95054</rptOwnerZipCode></reportingOwnerAddress>
    <reportingOwnerRelationship><isDirector>1</isDirector></reportingOwnerRelationship>
  </reportingOwner>
  <nonDerivativeTable>${transactions}
  </nonDerivativeTable>
  <ownerSignature><signatureName>/s/ Guy L. Hecker, Jr.</signatureName><signatureDate>2003-09-02</signatureDate></ownerSignature>
</ownershipDocument>
`;
}

const blankTableI = {
  title: '',
  date: '',
  deemed: '',
  code: '',
  v: '',
  amount: '',
  'acquired-disposed': '',
  price: '',
  'owned-following': '',
  'ownership-form': '',
  nature: '',
};

describe('the rendered form in Chromium', () => {
  it('shows the seed filing as the paper form does', async () => {
    const { page, watch } = await openStandalone('seed', renderXml(seedXml(), standalonePage()));
    await page.screenshot({ path: join(artifacts, 'seed.png'), fullPage: true });
    assert.equal(await page.locator('table[data-table="I"] tbody tr').count(), 7);
    assert.equal(await page.locator('table[data-table="II"] tbody tr').count(), 0);
    assert.deepEqual(await rowCells(page, 'I', 0), {
      ...blankTableI,
      title: 'Common Stock',
      date: '08/18/2003',
      code: 'P',
      amount: '1,000',
      'acquired-disposed': 'A',
      price: '$0.96',
      'owned-following': '100,000',
      'ownership-form': 'D',
    });
    assert.deepEqual(await rowCells(page, 'I', 6), {
      ...blankTableI,
      title: 'Common Stock',
      date: '08/29/2003',
      code: 'P',
      amount: '4,000',
      'acquired-disposed': 'A',
      price: '$1.416',
      'owned-following': '100,000',
      'ownership-form': 'D',
    });
    const headings = await page.$$eval('table[data-table="II"] thead tr:first-child th', (ths) =>
      ths.map((th) => (th.textContent ?? '').split('.')[0]),
    );
    assert.deepEqual(headings, ['1', '2', '3', '3A', '4', '5', '6', '7', '8', '9', '10', '11']);
    assert.equal(
      await page.locator('.f4-box-2').innerText(),
      '2. Issuer Name and Ticker or Trading Symbol\n8X8 INC /DE/ [ EGHT ]\nCIK 0001023731\n2a. Foreign Trading Symbol',
    );
    assert.equal(await page.locator('.f4-signature:not(.f4-signature-captions)').innerText(), '/s/ Guy L. Hecker, Jr.\n09/02/2003');
    // The Reporting Owners table ends the form, as on EDGAR's page: the owner, then X under the relationships held.
    assert.equal(await page.locator('table[data-table="owners"] tbody tr').count(), 1);
    // The stylesheet is allowed by the CSP and applied.
    assert.equal(
      await page
        .locator('table.f4-table')
        .first()
        .evaluate((t) => getComputedStyle(t).borderCollapse),
      'collapse',
    );
    assert.deepEqual(watch, { requests: [], console: [], dialogs: [] });
  });

  it('shows a modern filing with both tables, footnotes and marks', async () => {
    const xml = fixtureXml();
    const row = analyze(xml, 'xml').model!.rows[0];
    assert.ok(row.kind === 'transaction');
    const findings: RenderRequest['findings'] = [
      { rule: 'price/weighted-average-range', severity: 'error', message: 'Price <b>off</b>', span: row.pricePerShare!.value!.span },
    ];
    const { page, watch } = await openStandalone('modern', renderXml(xml, standalonePage({ findings })));
    await page.screenshot({ path: join(artifacts, 'modern.png'), fullPage: true });
    assert.deepEqual(await rowCells(page, 'I', 0), {
      title: 'Common Stock',
      date: '11/23/2026',
      deemed: '11/24/2026',
      code: 'S',
      v: 'V',
      amount: '1,234,567.5',
      'acquired-disposed': 'D',
      price: '$48.1234(2)',
      'owned-following': '50,000',
      'ownership-form': 'D',
      nature: 'Directly held',
    });
    assert.deepEqual(await rowCells(page, 'II', 0), {
      title: 'Stock Option (right to buy)',
      'conversion-price': '$12.5',
      date: '11/23/2026',
      deemed: '11/25/2026',
      code: 'M',
      v: '',
      acquired: '',
      disposed: '10,000',
      exercisable: '(1)',
      expiration: '01/15/2033',
      'underlying-title': 'Common Stock',
      'underlying-amount': '10,000',
      price: '$0',
      'owned-following': '30,000',
      'ownership-form': 'D',
      nature: 'Held directly',
    });
    const marked = page.locator('.f4-error');
    assert.equal(await marked.count(), 1);
    assert.equal(await marked.getAttribute('title'), 'Price <b>off</b> [price/weighted-average-range]');
    assert.equal(
      await page
        .locator('sup.f4-fn')
        .first()
        .evaluate((s) => getComputedStyle(s).verticalAlign),
      'super',
    );
    assert.deepEqual(watch, { requests: [], console: [], dialogs: [] });
  });

  it('fits the tables on a landscape US Letter page when printed', async () => {
    const { page } = await openStandalone('modern-print', renderXml(fixtureXml(), standalonePage()));
    await page.emulateMedia({ media: 'print' });
    // 11in landscape less 0.4in margins each side, at 96 px per inch.
    await page.setViewportSize({ width: Math.floor((11 - 0.8) * 96), height: Math.floor((8.5 - 0.8) * 96) });
    const overflow = await page.$$eval('.f4-table, .f4-boxes, .f4-head', (els) => els.map((el) => el.scrollWidth - el.clientWidth));
    assert.deepEqual(
      overflow.map((o) => o <= 1),
      overflow.map(() => true),
      `overflow ${overflow}`,
    );
    await page.pdf({ path: join(artifacts, 'modern.pdf'), format: 'Letter', landscape: true });
  });

  it('has the strict CSP on the standalone page', async () => {
    const { page } = await openStandalone('csp', renderXml(fixtureXml(), standalonePage()));
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.ok(csp, 'CSP meta present');
    for (const directive of [
      "default-src 'none'",
      "script-src 'none'",
      "img-src 'none'",
      "connect-src 'none'",
      "form-action 'none'",
      "base-uri 'none'",
    ]) {
      assert.ok(csp.split('; ').includes(directive), `${directive} in ${csp}`);
    }
    assert.match(csp, /(^|; )style-src 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
    // The policy is the first thing in <head> after the charset, so it governs everything after it.
    assert.deepEqual(
      await page.$$eval('head > *', (els) =>
        els.slice(0, 2).map((e) => [e.tagName, e.getAttribute('charset') ?? e.getAttribute('http-equiv')]),
      ),
      [
        ['META', 'utf-8'],
        ['META', 'Content-Security-Policy'],
      ],
    );
  });
});

describe('the preview webview page in Chromium', () => {
  for (const themeName of Object.keys(theme) as ThemeName[]) {
    it(`is readable in the ${themeName} theme`, async () => {
      const body = renderXml(fixtureXml(), { standalone: false });
      const { page, watch } = await openPreview(`preview-${themeName}`, body, themeName);
      await page.screenshot({ path: join(artifacts, `preview-${themeName}.png`), fullPage: true });
      const contrast = await page.$$eval('.f4-table td, .f4-table th, .f4-box-title, .f4-footnote', (els) => {
        const channels = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const luminance = (c: string) => {
          const [r, g, b] = channels(c).map((v) => {
            const s = v / 255;
            return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const bg = luminance(getComputedStyle(document.body).backgroundColor);
        return Math.min(
          ...els.map((el) => {
            const fg = luminance(getComputedStyle(el).color);
            return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
          }),
        );
      });
      assert.ok(contrast >= 4.5, `lowest text contrast ${contrast.toFixed(2)} in ${themeName}`);
      assert.deepEqual(watch, { requests: [], console: [], dialogs: [] });
    });
  }

  for (const [form, file, column, value] of [
    ['3', 'form3/AFRM_2021-01-13_1539865_0001209191-21-003532.xml', 'owned-following', '2205293'],
    ['5', 'form5/TSLA_2022-12-31_1494730_0000899243-23-004992.xml', 'code-5', 'G'],
  ] as const) {
    it(`selects the clicked value of a Form ${form} in the source and shows its marks`, async () => {
      const xml = readFileSync(join(sharedDir, 'corpus', 'real', file), 'utf8');
      const start = xml.indexOf(`>${value}<`, xml.indexOf('<nonDerivativeTable>')) + 1;
      const finding = {
        rule: 'holdings/running-balance',
        severity: 'error',
        message: 'marked',
        span: { start, end: start + value.length },
      } as const;
      const { page, watch } = await openPreview(`preview-form${form}`, renderXml(xml, { standalone: false, findings: [finding] }));
      const cell = page.locator(`table[data-table="I"] tr[data-row="0"] td[data-col="${column}"]`);
      assert.match((await cell.getAttribute('class')) ?? '', /\bf4-error\b/);
      await cell.click();
      const sent = await page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent);
      assert.deepEqual(sent.at(-1), { type: 'reveal', start, end: start + value.length });
      assert.deepEqual(watch, { requests: [], console: [], dialogs: [] });
    });
  }

  it('selects the clicked value in the source and highlights the value under the cursor', async () => {
    const xml = fixtureXml();
    const { page } = await openPreview('preview-click', renderXml(xml, { standalone: false }));
    await page.locator('table[data-table="I"] tr[data-row="0"] td[data-col="amount"]').click();
    const start = xml.indexOf('1234567.5');
    const sent = await page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent);
    assert.deepEqual(sent.at(-1), { type: 'reveal', start, end: start + '1234567.5'.length });
    // A footnote mark reveals its own footnoteId, not the cell.
    await page.locator('table[data-table="I"] tr[data-row="0"] td[data-col="price"] sup').click();
    const ref = xml.indexOf('<footnoteId id="F2"/>') + '<footnoteId id="'.length;
    assert.deepEqual((await page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent)).at(-1), {
      type: 'reveal',
      start: ref,
      end: ref + 2,
    });

    const title = xml.indexOf('Stock Option (right to buy)') + 3;
    await page.evaluate((offset) => window.postMessage({ type: 'highlight', offset }, '*'), title);
    await page.waitForSelector('.f4-active');
    assert.deepEqual(await page.$$eval('.f4-active', (els) => els.map((e) => e.textContent)), ['Stock Option (right to buy)']);
    // A new rendering keeps the highlight and the scroll position.
    await page.setViewportSize({ width: 1000, height: 400 });
    await page.evaluate(() => window.scrollTo(0, 400));
    assert.equal(await page.evaluate(() => window.scrollY), 400, 'the form is taller than the window');
    await page.evaluate(
      (html) => window.postMessage({ type: 'render', html, state: { resource: 'file:///draft.xml', locked: true } }, '*'),
      renderXml(xml, { standalone: false }),
    );
    await page.waitForFunction(() => (window as unknown as { __state?: { locked: boolean } }).__state?.locked === true);
    assert.deepEqual(await page.$$eval('.f4-active', (els) => els.map((e) => e.textContent)), ['Stock Option (right to buy)']);
    assert.equal(await page.evaluate(() => window.scrollY), 400);
  });

  it('updates only the cells a new rendering changed: the rest stay the same nodes', async () => {
    const xml = fixtureXml();
    const { page } = await openPreview('preview-patch', renderXml(xml, { standalone: false }));
    await page.setViewportSize({ width: 1000, height: 400 });
    await page.evaluate(() => {
      document.querySelectorAll('td').forEach((td, i) => ((td as unknown as { __id: number }).__id = i));
      window.scrollTo(0, 300);
    });
    const edited = xml.replace('1234567.5', '7654321.5');
    assert.notEqual(edited, xml);
    await page.evaluate(
      (html) => window.postMessage({ type: 'render', html, state: { resource: 'file:///draft.xml', locked: false } }, '*'),
      renderXml(edited, { standalone: false }),
    );
    const amount = 'table[data-table="I"] tr[data-row="0"] td[data-col="amount"]';
    await page.waitForFunction((selector) => document.querySelector(selector)?.textContent?.includes('7,654,321.5'), amount);
    const kept = await page.$$eval('td', (tds) => tds.map((td, i) => (td as unknown as { __id?: number }).__id === i));
    assert.ok(kept.length > 20 && kept.every(Boolean), `every cell is the node it was (${kept.filter((k) => !k).length} replaced)`);
    assert.equal(await page.evaluate(() => window.scrollY), 300, 'and the scroll position stays');
  });

  it('fits half a window: the form narrows (wrapped headers, smaller text) before anything scrolls; Fit width scales it', async () => {
    const { page } = await openPreview('preview-half', renderXml(fixtureXml(), { standalone: false }));
    const overflow = () =>
      page.evaluate(() => {
        const sections = Array.from(document.querySelectorAll('.f4-table-section'));
        return {
          page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          tables: sections.map((s) => s.scrollWidth - s.clientWidth),
        };
      });
    // Columns 6 and 7 of Table I were cut off at half width; now every column of both tables shows, at any width.
    for (const width of [1400, 1000, 800, 700, 640]) {
      await page.setViewportSize({ width, height: 800 });
      const { page: pageOverflow, tables } = await overflow();
      assert.ok(pageOverflow <= 1, `the page scrolls sideways by ${pageOverflow}px at ${width}px`);
      assert.ok(
        tables.every((o) => o <= 1),
        `a table scrolls sideways at ${width}px: ${tables.join(', ')}`,
      );
    }
    await page.screenshot({ path: join(artifacts, 'preview-half.png'), fullPage: true });
    const fontAt = (width: number) =>
      page
        .setViewportSize({ width, height: 800 })
        .then(() => page.$eval('.f4-table td', (td) => parseFloat(getComputedStyle(td).fontSize)));
    assert.ok((await fontAt(640)) < (await fontAt(1400)), "the tables' text is smaller at half width");

    await page.setViewportSize({ width: 640, height: 800 });
    await page.click('#f4-fit-toggle');
    await page.waitForFunction(() => document.body.classList.contains('f4-fit'));
    const fitted = await page.evaluate(() => ({
      zoom: Number(document.getElementById('form4-root')?.style.zoom || 1),
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      pressed: document.getElementById('f4-fit-toggle')?.getAttribute('aria-pressed'),
      kept: (window as unknown as { __state?: { fitWidth?: boolean } }).__state?.fitWidth,
    }));
    await page.screenshot({ path: join(artifacts, 'preview-half-fit.png'), fullPage: true });
    assert.ok(fitted.zoom < 1, `scaled by ${fitted.zoom}`);
    assert.ok(fitted.overflow <= 1, `fitted, the page scrolls sideways by ${fitted.overflow}px`);
    assert.equal(fitted.pressed, 'true');
    assert.equal(fitted.kept, true, 'the choice is kept in the webview state');
  });

  it('scrolls with the source editor, and tells it where the user scrolled', async () => {
    const xml = fixtureXml();
    const { page } = await openPreview('preview-scroll', renderXml(xml, { standalone: false }));
    await page.setViewportSize({ width: 1000, height: 300 });
    const footnote = xml.indexOf('<footnotes>');
    assert.ok(footnote > 0);
    await page.evaluate((offset) => window.postMessage({ type: 'scroll', offset }, '*'), footnote + 20);
    await page.waitForFunction(() => window.scrollY > 0);
    await page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent.splice(0));
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent), [], "no echo of the editor's scroll");
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForFunction(() => (window as unknown as { __sent: { type: string }[] }).__sent.some((m) => m.type === 'scrolled'));
    const scrolled = (await page.evaluate(() => (window as unknown as { __sent: { type: string; offset?: number }[] }).__sent)).find(
      (m) => m.type === 'scrolled',
    );
    assert.ok(scrolled?.offset !== undefined && scrolled.offset < footnote, `back at the top: offset ${scrolled?.offset}`);
  });

  it('has the webview CSP: only its own stylesheet and its one nonce script', async () => {
    const { page } = await openPreview('preview-csp', renderXml(fixtureXml(), { standalone: false }));
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.equal(csp, contentSecurityPolicy('file:', 'dGVzdC1ub25jZS0xMjM0'));
    assert.deepEqual(
      await page.$$eval('script', (s) =>
        s.map((e) => [e.getAttribute('nonce') !== null || (e as HTMLScriptElement).nonce !== '', e.textContent]),
      ),
      [[true, '']],
    );
    assert.equal(await page.locator('form, input, textarea, select').count(), 0);
    // The one control is the shell's own "Fit width" toggle (type=button: it submits nothing); the form has none.
    assert.deepEqual(await page.$$eval('button', (b) => b.map((e) => [e.id, e.getAttribute('type')])), [['f4-fit-toggle', 'button']]);
  });
});

// ---- Hostile values in every field ----

const payloads = [
  `<img src=x onerror="window.__f4pwned=1;console.log('F4PWNED')">`,
  `<script>window.__f4pwned=1;console.log('F4PWNED')</script>`,
  `"><svg onload="window.__f4pwned=1">`,
  `'><svg/onload=alert('F4PWNED')>`,
  `javascript:window.__f4pwned=1`,
  `<a href="javascript:window.__f4pwned=1" id="f4click">click</a>`,
  `</td></tr></table><script>window.__f4pwned=1</script>`,
  `<style>body{background:url(http://127.0.0.1:9/f4-css)}</style>`,
  `<div style="width: expression(alert('F4PWNED')); background-image: url('http://127.0.0.1:9/f4-bg')">x</div>`,
  `<iframe src="http://127.0.0.1:9/f4-frame" srcdoc="<script>parent.__f4pwned=1</script>"></iframe>`,
  `<link rel="stylesheet" href="http://127.0.0.1:9/f4.css">`,
  `<meta http-equiv="refresh" content="0;url=http://127.0.0.1:9/f4-refresh">`,
  `<base href="http://127.0.0.1:9/"><img src="f4-base.png">`,
  `<body onload="window.__f4pwned=1">`,
  `<object data="http://127.0.0.1:9/f4-object"></object><embed src="http://127.0.0.1:9/f4-embed">`,
  `<math><mtext><table><mglyph><style><img src=x onerror="window.__f4pwned=1">`,
  `<!--<img src="--><img src=x onerror="window.__f4pwned=1"//">`,
  `<video><source onerror="window.__f4pwned=1"></video><audio src=x onerror="window.__f4pwned=1">`,
  `<details open ontoggle="window.__f4pwned=1"><summary>x</summary></details>`,
  `<form action="http://127.0.0.1:9/f4-form"><input autofocus onfocus="window.__f4pwned=1"><button>go</button></form>`,
];

/** Injection checks, shared by the standalone and webview pages. */
async function assertInert(page: Page, watch: Watch, payload: string): Promise<void> {
  // Give error and load handlers time to fire, had anything been created.
  await page.waitForTimeout(150);
  const pwned = await page.evaluate(() => (window as unknown as { __f4pwned?: unknown }).__f4pwned);
  assert.equal(pwned, undefined, 'a payload ran');
  assert.deepEqual(watch.dialogs, [], 'a payload opened a dialog');
  assert.deepEqual(watch.console, [], 'the page logged (a payload ran, or the CSP refused something)');
  assert.deepEqual(watch.requests, [], 'the page loaded something');
  const created = await page.$$eval(
    '.f4-form script, .f4-form img, .f4-form svg, .f4-form iframe, .f4-form object, .f4-form embed, .f4-form link, .f4-form style, .f4-form meta, .f4-form base, .f4-form form, .f4-form input, .f4-form a, .f4-form video, .f4-form audio, .f4-form details, .f4-form math',
    (els) => els.map((e) => e.tagName),
  );
  assert.deepEqual(created, [], 'a payload became markup');
  assert.equal((await page.locator('.f4-remarks .f4-v').textContent()) ?? '', payload, 'the payload shows as text');
  assert.equal((await page.locator('.f4-owner-name').textContent()) ?? '', payload);
  assert.equal(await page.locator('table[data-table="I"] tbody tr').count(), 2, 'the tables keep their rows');
  assert.equal(await page.locator('table[data-table="II"] tbody tr:first-child td').count(), 16, 'and their columns');
}

/** Every slot of the fixture (names, titles, footnotes, remarks, addresses, codes, dates, amounts, footnote ids). */
function hostileXml(payload: string): string {
  return fixtureXml(Object.fromEntries(fixtureSlots.map((slot) => [slot, payload])));
}

describe('hostile values in every field', () => {
  it('the detectors catch a payload that is not escaped (control)', async () => {
    const url = writeArtifact(
      'control.html',
      `<!DOCTYPE html><html><body><div class="f4-form">${payloads[0]}<img src="http://127.0.0.1:9/f4-control"></div></body></html>`,
    );
    const { page, watch } = await openPage([url]);
    await page.goto(url);
    await page.waitForTimeout(150);
    assert.equal(await page.evaluate(() => (window as unknown as { __f4pwned?: unknown }).__f4pwned), 1);
    assert.ok(watch.console.some((m) => m.includes('F4PWNED')));
    assert.ok(watch.requests.some((r) => r.includes('f4-control')));
  });

  it('uses a fixture whose every slot is shown', () => {
    const xml = hostileXml('PLACEHOLDER');
    // Each slot once, but footnote ids also where they are referenced: F1 three times more, F2 twice more.
    assert.equal(xml.split('PLACEHOLDER').length - 1, fixtureSlots.length + 5);
    assert.ok(!escapeXml('<"&').includes('<'));
  });

  payloads.forEach((payload, i) => {
    it(`payload ${i + 1} never runs nor loads, standalone or in the preview: ${payload.slice(0, 60)}`, async () => {
      const xml = hostileXml(payload);
      const standalone = await openStandalone(`hostile-${i + 1}`, renderXml(xml, standalonePage({ findings: [] })));
      const csp = await standalone.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      assert.match(csp ?? '', /default-src 'none'/);
      await assertInert(standalone.page, standalone.watch, payload);
      await standalone.page.context().close();

      const preview = await openPreview(`hostile-preview-${i + 1}`, renderXml(xml, { standalone: false }));
      await assertInert(preview.page, preview.watch, payload);
      // Clicking around the form (a link would navigate, a handler would run) changes nothing either.
      await preview.page.locator('.f4-remarks .f4-v').click();
      await preview.page.locator('.f4-owner-name').click();
      await assertInert(preview.page, preview.watch, payload);
      assert.ok(preview.page.url().endsWith(`hostile-preview-${i + 1}.html`), 'no navigation');
      await preview.page.context().close();
    });
  });
});
