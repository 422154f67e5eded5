/**
 * The bottom of the form: Explanation of Responses (the footnotes), remarks, signatures with their dates, and the
 * form's standing notes.
 */
import type { FootnoteDefinition, OwnershipDocument } from '../model/types';
import { attributes, escapeHtml } from './escape';
import { asDate, asText, footnoteLabel, valueSpan } from './format';
import { inline, showField, sourceAttributes, type RenderContext } from './source';
import { cutNote } from './cut';

function footnote(ctx: RenderContext, fn: FootnoteDefinition): string {
  const label = `<span${sourceAttributes(ctx, { span: fn.idSpan, markSpans: [fn.idSpan] }, ['f4-footnote-id'])}>${escapeHtml(footnoteLabel(fn.id))}.</span>`;
  const raw = fn.node.text?.value ?? '';
  const textSpan = valueSpan({ value: fn.text, raw, span: fn.textSpan, node: fn.node });
  const text = `<span${sourceAttributes(ctx, { span: textSpan, markSpans: [fn.textSpan, fn.node.nameSpan] }, ['f4-v', 'f4-footnote-text'])}>${escapeHtml(fn.text)}</span>`;
  return `<li${attributes({ class: 'f4-footnote', 'data-footnote': fn.id })}>${label} ${text}</li>`;
}

function footnotes(ctx: RenderContext, doc: OwnershipDocument): string {
  const where = doc.footnotesNode
    ? sourceAttributes(ctx, { span: doc.footnotesNode.nameSpan, markSpans: [doc.footnotesNode.nameSpan] }, ['f4-footnotes'])
    : attributes({ class: 'f4-footnotes' });
  const all = doc.footnotes;
  const drawn = all.slice(0, ctx.maxFootnotes).map((fn) => footnote(ctx, fn));
  const cut =
    all.length > ctx.maxFootnotes
      ? cutNote(
          ctx,
          'footnotes',
          all.length,
          all.slice(ctx.maxFootnotes).map((fn) => fn.node.span),
        )
      : '';
  return `<section${where}><h2 class="f4-section-title">Explanation of Responses:</h2><ol class="f4-footnote-list">${drawn.join('')}</ol>${cut}</section>`;
}

function remarks(ctx: RenderContext, doc: OwnershipDocument): string {
  const shown = showField(doc.remarks, asText);
  return `<section class="f4-remarks"><h2 class="f4-section-title">Remarks:</h2>${inline(ctx, shown, ['f4-pre'])}</section>`;
}

function signatures(ctx: RenderContext, doc: OwnershipDocument): string {
  const rows = doc.signatures.map((s) => {
    const where = { span: s.node.nameSpan, markSpans: [s.node.nameSpan] };
    return (
      `<div${sourceAttributes(ctx, where, ['f4-signature'])}>` +
      `<div class="f4-signature-name">${inline(ctx, showField(s.name, asText))}</div>` +
      `<div class="f4-signature-date">${inline(ctx, showField(s.date, asDate))}</div>` +
      '</div>'
    );
  });
  const captions =
    '<div class="f4-signature f4-signature-captions"><div class="f4-signature-name">** Signature of Reporting Person</div><div class="f4-signature-date">Date</div></div>';
  return `<section class="f4-signatures">${rows.join('')}${captions}</section>`;
}

/** The notes every form prints under its signatures; the instruction on joint filings is 4(b)(v) on Forms 4 and 5, 5(b)(v) on Form 3. */
const standingNotes = (jointInstruction: string) => [
  'Reminder: Report on a separate line for each class of securities beneficially owned directly or indirectly.',
  `* If the form is filed by more than one reporting person, see Instruction ${jointInstruction}.`,
  '** Intentional misstatements or omissions of facts constitute Federal Criminal Violations See 18 U.S.C. 1001 and 15 U.S.C. 78ff(a).',
  'Note: File three copies of this Form, one of which must be manually signed. If space is insufficient, see Instruction 6 for procedure.',
  'Persons who respond to the collection of information contained in this form are not required to respond unless the form displays a currently valid OMB Number.',
];

export function renderFooter(ctx: RenderContext, doc: OwnershipDocument): string {
  const notes = `<section class="f4-notes">${standingNotes(ctx.layout.jointFilingInstruction)
    .map((n) => `<p>${escapeHtml(n)}</p>`)
    .join('')}</section>`;
  return footnotes(ctx, doc) + remarks(ctx, doc) + signatures(ctx, doc) + notes;
}
