/**
 * Model -> HTML of the whole form as EDGAR shows it, in the layout of its description: header boxes, Table I,
 * Table II, Explanation of Responses, remarks and signatures. Every value from the filing is escaped, every shown
 * value carries its source range (`data-start`/`data-end`) and, when a finding touches it, a severity class and the
 * messages as its title.
 *
 * Two shapes: a standalone page (own stylesheet, strict CSP without any script, printable) for `form4 render`, and
 * the body fragment the VS Code preview puts into its webview (whose shell supplies CSP, stylesheet and script).
 */
import type { OwnershipDocument } from '../model/types';
import { attributes, escapeHtml } from './escape';
import { renderFooter } from './footer';
import { renderOwnersTable } from './owners';
import type { PreviousBalances } from '../history/previous';
import type { FormLayout } from './formLayout';
import { standaloneCss } from './layout';
import { FindingMarks, type RenderFinding } from './marks';
import { defaultRenderLimits, type RenderLimits } from '../read/limits';
import type { RenderContext } from './source';
import { renderTables } from './tables';

export type { RenderFinding } from './marks';
export { pageCuts, type CutPart, type PageCut } from './cut';

/**
 * The base64 SHA-256 digest of a text's UTF-8 bytes, as a CSP `'sha256-...'` source holds it. The host supplies it
 * (the CLI builds it on node:crypto): the engine stays free of Node and of a hash implementation of its own.
 */
export type Sha256Base64 = (text: string) => string;

/** The body fragment for the preview webview (whose shell supplies CSP, stylesheet and script). */
export interface FragmentOptions {
  readonly standalone: false;
}

/** A complete HTML page, its inline stylesheet allowed by its hash or by a nonce. */
export interface PageOptions {
  readonly standalone: true;
  /** Hashes the inline stylesheet for the policy (also when a nonce is given: a refused nonce falls back to it). */
  readonly sha256Base64: Sha256Base64;
  /** Allow the inline stylesheet by this nonce instead of by its hash. */
  readonly nonce?: string;
  /** A further style source the host may load from (a webview's `cspSource`). */
  readonly cspSource?: string;
}

export type RenderOptions = (FragmentOptions | PageOptions) & {
  /** Findings to mark on the cells whose source ranges they overlap. */
  readonly findings?: readonly RenderFinding[];
  /** Show the reporting owners' CCC (EDGAR access code). Off by default: it is a secret. */
  readonly showCcc?: boolean;
  /** The previous filing's closing balances to show beside first rows that do not continue them. */
  readonly previousBalances?: PreviousBalances;
  /** How much the page draws (rows per table, hover title length); the defaults keep it bounded whatever the input. */
  readonly limits?: Partial<RenderLimits>;
};

/** The form itself: what the preview shows and what the standalone page wraps. */
function renderBody(doc: OwnershipDocument, layout: FormLayout, options: RenderOptions): string {
  const limits = { ...defaultRenderLimits, ...options.limits };
  const ctx: RenderContext = {
    marks: new FindingMarks(options.findings, limits.maxMarkTitle),
    showCcc: options.showCcc === true,
    layout,
    previousBalances: options.previousBalances,
    maxRowsPerTable: limits.maxRowsPerTable,
    maxFootnotes: limits.maxFootnotes,
  };
  const afterTables = layout.afterTables?.(ctx, doc) ?? '';
  return `<div class="f4-form">${layout.header(ctx, doc)}${renderTables(ctx, doc)}${afterTables}${renderOwnersTable(ctx, doc)}${renderFooter(ctx, doc)}</div>`;
}

/** A CSP nonce or source is put in the policy as given: refuse anything that could end or extend the directive. */
function cspToken(token: string | undefined): string | undefined {
  return token !== undefined && /^[A-Za-z0-9+/=_:.\-*]+$/.test(token) ? token : undefined;
}

/** No script of any kind, no fetches, no images, no forms: the page can only show its text with its stylesheet. */
export function standalonePolicy(options: Omit<PageOptions, 'standalone'>): string {
  const nonce = cspToken(options.nonce);
  const source = cspToken(options.cspSource);
  const style = nonce ? `'nonce-${nonce}'` : `'sha256-${options.sha256Base64(standaloneCss)}'`;
  return [
    "default-src 'none'",
    `style-src ${style}${source ? ` ${source}` : ''}`,
    "script-src 'none'",
    "img-src 'none'",
    "font-src 'none'",
    "connect-src 'none'",
    "object-src 'none'",
    "media-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function pageTitle(doc: OwnershipDocument, layout: FormLayout): string {
  const parts = [doc.issuer?.name?.value, doc.reportingOwners[0]?.name?.value, doc.periodOfReport?.raw.trim()].filter((p) => p);
  return [layout.pageTitle, ...parts].join(' - ');
}

function standalonePage(doc: OwnershipDocument, layout: FormLayout, options: PageOptions & RenderOptions): string {
  const nonce = cspToken(options.nonce);
  return (
    '<!DOCTYPE html>\n<html lang="en"><head>' +
    '<meta charset="utf-8"/>' +
    `<meta http-equiv="Content-Security-Policy"${attributes({ content: standalonePolicy(options) })}/>` +
    '<meta name="referrer" content="no-referrer"/>' +
    '<meta name="viewport" content="width=device-width, initial-scale=1"/>' +
    `<title>${escapeHtml(pageTitle(doc, layout))}</title>` +
    `<style${attributes({ nonce })}>${standaloneCss}</style>` +
    `</head><body>${renderBody(doc, layout, options)}</body></html>\n`
  );
}

/** The document drawn in its form's layout (the `layout` of the description `analyze` chose). */
export function renderForm(doc: OwnershipDocument, layout: FormLayout, options: RenderOptions): string {
  return options.standalone ? standalonePage(doc, layout, options) : renderBody(doc, layout, options);
}
