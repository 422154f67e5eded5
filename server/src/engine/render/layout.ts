/**
 * The form's layout, shared with the preview: `npm run generate` writes it verbatim into media/preview.css, so both
 * lay the same classes out the same way and differ only in the colour variables (`--f4-*`): print colours here, VS
 * Code theme colours there (client/src/preview/previewStylesheet.ts).
 * No rule may contain `<` or `&`, so the page stays well-formed XML.
 *
 * It fits the width it is given before it scrolls: as the form narrows (container queries on `.f4-form`, so the
 * preview's panel and a browser window alike), the header's columns wrap, the tables' text shrinks and their headings
 * break between syllables, the boxes stack (numbers never break); a table scrolls sideways only when even that does not fit.
 */
export const layoutCss = `
.f4-form { font-family: Arial, Helvetica, sans-serif; font-size: 9pt; color: var(--f4-fg); background: var(--f4-bg); line-height: 1.3; }
.f4-form h1, .f4-form h2 { font-size: inherit; margin: 0; }
.f4-head { display: grid; grid-template-columns: auto 1fr 16em; gap: 0.5em; align-items: start; border: 1px solid var(--f4-border); padding: 0.4em; }
.f4-formname { font-size: 18pt; font-weight: bold; white-space: nowrap; }
.f4-agency { text-align: center; }
.f4-agency-name, .f4-statement { font-weight: bold; }
.f4-statement { font-size: 11pt; }
.f4-small, .f4-caption, .f4-extra, .f4-notes { font-size: 7.5pt; }
.f4-caption { color: var(--f4-muted); border-top: 1px solid var(--f4-rule); margin-bottom: 0.3em; }
.f4-extra { color: var(--f4-muted); }
.f4-omb { border-collapse: collapse; border: 1px solid var(--f4-border); font-size: 7.5pt; }
.f4-omb th, .f4-omb td { border: 1px solid var(--f4-border); padding: 0.1em 0.3em; }
.f4-checks { border: 1px solid var(--f4-border); border-top: none; padding: 0.3em 0.4em; }
.f4-checkline, .f4-checkitem { display: flex; gap: 0.5em; align-items: flex-start; margin: 0.15em 0; }
.f4-check { display: inline-block; flex: none; min-width: 1.1em; height: 1.1em; line-height: 1.1em; border: 1px solid var(--f4-border); text-align: center; font-weight: bold; }
.f4-boxes { display: grid; grid-template-columns: 1.2fr 1.3fr 1.2fr; grid-template-areas: "b1 b2 b5" "b1 b3 b5" "b1 b4 b6"; border: 1px solid var(--f4-border); border-top: none; }
.f4-box { padding: 0.3em 0.4em; border: 1px solid var(--f4-rule); }
.f4-box-1 { grid-area: b1; } .f4-box-2 { grid-area: b2; } .f4-box-3 { grid-area: b3; }
.f4-box-4 { grid-area: b4; } .f4-box-5 { grid-area: b5; } .f4-box-6 { grid-area: b6; }
.f4-boxes-3 { grid-template-columns: 1.2fr 0.8fr 1.2fr 1.2fr; grid-template-areas: "b1 b2 b3 b5" "b1 b2 b3 b6" "b1 b2 b4 b6"; }
.f4-box-title { font-weight: normal; margin-bottom: 0.3em; }
.f4-subbox { border-top: 1px solid var(--f4-rule); margin-top: 0.3em; padding-top: 0.2em; }
.f4-owner + .f4-owner { border-top: 1px dashed var(--f4-rule); margin-top: 0.4em; padding-top: 0.4em; }
.f4-owner-name, .f4-owners-name, .f4-issuer-name { font-weight: bold; }
.f4-relationship { display: grid; grid-template-columns: 1fr 1fr; gap: 0.1em 0.6em; }
.f4-relationship-block + .f4-relationship-block { margin-top: 0.5em; }
.f4-relationship-owner { font-weight: bold; }
.f4-titles { text-align: center; border-top: 1px solid var(--f4-rule); margin-top: 0.3em; padding-top: 0.2em; }
.f4-table-section { margin-top: 0.8em; }
.f4-table-title { text-align: center; font-weight: bold; border: 1px solid var(--f4-border); border-bottom: none; padding: 0.3em; background: var(--f4-head-bg); }
.f4-table { width: 100%; border-collapse: collapse; table-layout: auto; }
.f4-table th, .f4-table td { border: 1px solid var(--f4-border); padding: 0.2em 0.3em; vertical-align: top; }
.f4-table th { font-weight: normal; font-size: 7.5pt; text-align: left; background: var(--f4-head-bg); }
.f4-table td.f4-num { text-align: right; white-space: nowrap; }
.f4-table tbody tr.f4-holding { font-style: normal; }
.f4-table.f4-owners { width: auto; min-width: 50%; }
.f4-table td.f4-center { text-align: center; }
.f4-owners-section, .f4-no-securities { margin-top: 0.6em; }
.f4-fn { font-size: 70%; margin-left: 0.1em; }
.f4-previous { display: block; font-size: 7.5pt; color: var(--f4-muted); font-style: italic; }
.f4-section-title { font-weight: bold; margin-top: 0.8em; }
.f4-footnotes, .f4-remarks, .f4-signatures, .f4-notes { margin-top: 0.6em; }
.f4-footnote-list { list-style: none; padding: 0; margin: 0.2em 0; }
.f4-footnote { margin: 0.15em 0; }
.f4-footnote-id { font-weight: bold; }
.f4-pre, .f4-footnote-text { white-space: pre-line; }
.f4-signatures { display: grid; justify-content: end; }
.f4-signature { display: grid; grid-template-columns: 22em 8em; gap: 1em; }
.f4-signature-captions { border-top: 1px solid var(--f4-border); font-size: 7.5pt; }
.f4-notes p { margin: 0.2em 0; }
[data-start] { cursor: default; }
.f4-error { background: var(--f4-error-bg); outline: 2px solid var(--f4-error); outline-offset: -2px; }
.f4-warning { background: var(--f4-warning-bg); outline: 2px dashed var(--f4-warning); outline-offset: -2px; }
.f4-info { outline: 1px dotted var(--f4-info); outline-offset: -2px; }
.f4-form { container-type: inline-size; }
.f4-table-section { overflow-x: auto; }
@container (max-width: 90em) {
  .f4-table { font-size: 0.9em; }
  .f4-table th, .f4-table td { padding: 0.15em 0.2em; }
  .f4-table th { overflow-wrap: break-word; hyphens: auto; }
}
@container (max-width: 70em) {
  .f4-head { grid-template-columns: auto 1fr; }
  .f4-table { font-size: 0.8em; }
  .f4-table th { overflow-wrap: anywhere; }
  .f4-table td { overflow-wrap: break-word; }
}
@container (max-width: 52em) {
  .f4-boxes { grid-template-columns: 1fr 1fr; grid-template-areas: "b1 b2" "b1 b3" "b4 b5" "b6 b6"; }
  .f4-table { font-size: 0.7em; }
  .f4-table th, .f4-table td { padding: 0.1em 0.15em; }
  .f4-formname { white-space: normal; }
}
@container (max-width: 36em) {
  .f4-head, .f4-boxes, .f4-relationship { grid-template-columns: 1fr; }
  .f4-boxes { grid-template-areas: "b1" "b2" "b3" "b4" "b5" "b6"; }
  .f4-table { font-size: 0.62em; }
  .f4-signature { grid-template-columns: 1fr 6em; }
}
`;

/** Black on white for paper and for a browser; the tables fit a landscape US Letter page. */
export const standaloneCss =
  `
:root { --f4-fg: #000; --f4-bg: #fff; --f4-muted: #444; --f4-border: #000; --f4-rule: #888; --f4-head-bg: #f2f2f2;
  --f4-error: #c00; --f4-error-bg: #fde8e8; --f4-warning: #b36b00; --f4-warning-bg: #fff4dc; --f4-info: #0060c0; }
html, body { margin: 0; background: var(--f4-bg); }
body { padding: 0.5in; }
@page { size: letter landscape; margin: 0.4in; }
@media print {
  body { padding: 0; }
  .f4-table-section, .f4-footnote, .f4-signature { break-inside: avoid; }
  .f4-table tr { break-inside: avoid; }
}
` + layoutCss;
