/**
 * The "Reporting Owners" table EDGAR's stylesheets draw below Table II: each owner's name and address, and their
 * relationship to the issuer in four columns (Director and 10% Owner as an X, Officer and Other as the title or
 * description the filing gives). Where the filing checks Officer or Other without a title, the cell shows an X, so
 * the relationship is not lost (EDGAR leaves it blank).
 */
import type { Field, ReportingOwner } from '../model/types';
import type { OwnershipDocument } from '../model/types';
import { attributes } from './escape';
import { asText } from './format';
import { addressLines } from './header';
import { inline, showField, sourceAttributes, tableCell, type RenderContext, type Shown } from './source';

/** An X for a checked box, tied to its field; nothing for one not checked. */
function mark(field: Field<boolean> | undefined): Shown | undefined {
  if (field?.value !== true) return undefined;
  return { html: 'X', span: field.span, markSpans: [field.span, field.node.nameSpan] };
}

function nameAndAddress(ctx: RenderContext, owner: ReportingOwner): string {
  const { street, place, abroad } = addressLines(ctx, owner);
  const name = inline(ctx, showField(owner.name, asText), ['f4-owners-name']);
  return `<td data-col="owner">${name ? `<div class="f4-line">${name}</div>` : ''}${street}${place}${abroad}</td>`;
}

function ownerRow(ctx: RenderContext, owner: ReportingOwner): string {
  const r = owner.relationship;
  const titled = (flag: Field<boolean> | undefined, text: Field<string> | undefined) => showField(text, asText) ?? mark(flag);
  const cells =
    nameAndAddress(ctx, owner) +
    tableCell(ctx, 'director', [mark(r?.isDirector)], ['f4-center']) +
    tableCell(ctx, 'ten-percent', [mark(r?.isTenPercentOwner)], ['f4-center']) +
    tableCell(ctx, 'officer', [titled(r?.isOfficer, r?.officerTitle)]) +
    tableCell(ctx, 'other', [titled(r?.isOther, r?.otherText)]);
  const where = { span: owner.node.nameSpan, markSpans: [owner.node.nameSpan] };
  return `<tr${attributes({ 'data-owner': owner.index })}${sourceAttributes(ctx, where, ['f4-row'])}>${cells}</tr>`;
}

export function renderOwnersTable(ctx: RenderContext, doc: OwnershipDocument): string {
  const head =
    '<thead><tr><th rowspan="2" scope="col" data-col="owner">Reporting Owner Name / Address</th><th colspan="4" scope="colgroup">Relationships</th></tr>' +
    '<tr><th scope="col" data-col="director">Director</th><th scope="col" data-col="ten-percent">10% Owner</th>' +
    '<th scope="col" data-col="officer">Officer</th><th scope="col" data-col="other">Other</th></tr></thead>';
  const body = doc.reportingOwners.map((owner) => ownerRow(ctx, owner)).join('');
  return (
    '<section class="f4-owners-section"><h2 class="f4-section-title">Reporting Owners</h2>' +
    `<table class="f4-table f4-owners" data-table="owners">${head}<tbody>${body}</tbody></table></section>`
  );
}
