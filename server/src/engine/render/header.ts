/**
 * The top of the form: title block, the Section 16 and Rule 10b5-1 checkboxes, and boxes 1 to 6 as the paper form
 * numbers them (reporting person, issuer, earliest transaction, amendment, relationship, individual or joint filing).
 */
import type { Field, OwnershipDocument, ReportingOwner } from '../model/types';
import { attributes, escapeHtml } from './escape';
import { asDate, asText, hasText } from './format';
import { inline, showField, sourceAttributes, type RenderContext } from './source';

/** A checkbox as a mark, not an input (the preview has no forms). An unreadable value is shown as written. */
function checkbox(ctx: RenderContext, field: Field<boolean> | undefined): string {
  const checked = field?.value === true;
  const unreadable = field !== undefined && field.value === undefined && hasText(field);
  const label = checked ? 'checked' : unreadable ? 'unreadable' : 'not checked';
  const content = checked ? 'X' : unreadable ? escapeHtml(field.raw.trim()) : '';
  const classes = ['f4-check', ...(checked ? ['f4-checked'] : [])];
  const source = field
    ? sourceAttributes(ctx, { span: field.span, markSpans: [field.span, field.node.nameSpan] }, classes)
    : attributes({ class: classes.join(' ') });
  return `<span role="img"${attributes({ 'aria-label': label })}${source}>${content}</span>`;
}

/** A checkbox whose state the form derives rather than reads (box 6). */
function derivedCheckbox(checked: boolean): string {
  const label = checked ? 'checked' : 'not checked';
  return `<span role="img"${attributes({ 'aria-label': label, class: checked ? 'f4-check f4-checked' : 'f4-check' })}>${checked ? 'X' : ''}</span>`;
}

function checkLine(box: string, text: string): string {
  return `<div class="f4-checkline">${box}<span class="f4-checktext">${text}</span></div>`;
}

function titleBlock(ctx: RenderContext, doc: OwnershipDocument): string {
  const type = showField(doc.documentType, asText);
  const formName = type ? inline(ctx, type) : ctx.layout.formNumber;
  return (
    '<header class="f4-head">' +
    `<div class="f4-formname">FORM ${formName}</div>` +
    '<div class="f4-agency">' +
    '<div class="f4-agency-name">UNITED STATES SECURITIES AND EXCHANGE COMMISSION</div>' +
    '<div>Washington, D.C. 20549</div>' +
    '<h1 class="f4-statement">STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP</h1>' +
    '<div class="f4-small">Filed pursuant to Section 16(a) of the Securities Exchange Act of 1934 or Section 30(h) of the Investment Company Act of 1940</div>' +
    '</div>' +
    '<table class="f4-omb"><tbody>' +
    '<tr><th colspan="2">OMB APPROVAL</th></tr>' +
    '<tr><td>OMB Number:</td><td>3235-0287</td></tr>' +
    '<tr><td>Estimated average burden hours per response:</td><td>0.5</td></tr>' +
    '</tbody></table>' +
    '</header>'
  );
}

function checkboxes(ctx: RenderContext, doc: OwnershipDocument): string {
  return (
    '<div class="f4-checks">' +
    checkLine(
      checkbox(ctx, doc.notSubjectToSection16),
      'Check this box if no longer subject to Section 16. Form 4 or Form 5 obligations may continue. See Instruction 1(b).',
    ) +
    checkLine(
      checkbox(ctx, doc.aff10b5One),
      'Check this box to indicate that a transaction was made pursuant to a contract, instruction or written plan for the purchase or sale of equity securities of the issuer that is intended to satisfy the affirmative defense conditions of Rule 10b5-1(c). See Instruction 10.',
    ) +
    '</div>'
  );
}

function line(content: string): string {
  return content ? `<div class="f4-line">${content}</div>` : '';
}

function caption(text: string): string {
  return `<div class="f4-caption">${text}</div>`;
}

function joinInline(parts: readonly string[]): string {
  return parts.filter((p) => p !== '').join(' ');
}

function ownerIdentity(ctx: RenderContext, owner: ReportingOwner): string {
  const name = inline(ctx, showField(owner.name, asText), ['f4-owner-name']);
  const cik = showField(owner.cik, asText);
  const ccc = ctx.showCcc ? showField(owner.ccc, asText) : undefined;
  const ids = joinInline([cik ? `CIK ${inline(ctx, cik)}` : '', ccc ? `CCC ${inline(ctx, ccc)}` : '']);
  return line(name) + (ids ? `<div class="f4-extra">${ids}</div>` : '') + caption('(Last) (First) (Middle)');
}

function ownerAddress(ctx: RenderContext, owner: ReportingOwner): string {
  const a = owner.address;
  const street = line(inline(ctx, showField(a?.street1, asText))) + line(inline(ctx, showField(a?.street2, asText)));
  const place = joinInline([
    inline(ctx, showField(a?.city, asText)),
    inline(ctx, showField(a?.state, asText)),
    inline(ctx, showField(a?.nonUSStateTerritory, asText)),
    inline(ctx, showField(a?.zipCode, asText)),
  ]);
  const abroad = joinInline([inline(ctx, showField(a?.country, asText)), inline(ctx, showField(a?.stateDescription, asText))]);
  return street + caption('(Street)') + line(place) + line(abroad) + caption('(City) (State) (Zip)');
}

function box(number: string, title: string, body: string): string {
  return `<section${attributes({ class: `f4-box f4-box-${number}` })}><h2 class="f4-box-title">${number}. ${title}</h2>${body}</section>`;
}

function reportingPersons(ctx: RenderContext, doc: OwnershipDocument): string {
  const owners = doc.reportingOwners.map((owner) => {
    const where = { span: owner.node.nameSpan, markSpans: [owner.node.nameSpan] };
    return `<div${sourceAttributes(ctx, where, ['f4-owner'])}>${ownerIdentity(ctx, owner)}${ownerAddress(ctx, owner)}</div>`;
  });
  return box('1', 'Name and Address of Reporting Person<sup>*</sup>', owners.join(''));
}

function issuerBox(ctx: RenderContext, doc: OwnershipDocument): string {
  const issuer = doc.issuer;
  const symbols = [showField(issuer?.tradingSymbol, asText), showField(issuer?.foreignTradingSymbol, asText)]
    .filter((s) => s !== undefined)
    .map((s) => inline(ctx, s));
  const ticker = symbols.length ? ` [ ${symbols.join(' ')} ]` : '';
  const cik = showField(issuer?.cik, asText);
  const body =
    line(inline(ctx, showField(issuer?.name, asText), ['f4-issuer-name']) + ticker) +
    (cik ? `<div class="f4-extra">CIK ${inline(ctx, cik)}</div>` : '');
  return box('2', 'Issuer Name and Ticker or Trading Symbol', body);
}

function relationshipOf(ctx: RenderContext, owner: ReportingOwner, labelled: boolean): string {
  const r = owner.relationship;
  const who = labelled ? `<div class="f4-relationship-owner">${inline(ctx, showField(owner.name, asText))}</div>` : '';
  const item = (field: Field<boolean> | undefined, label: string) =>
    `<div class="f4-checkitem">${checkbox(ctx, field)}<span>${label}</span></div>`;
  const grid =
    '<div class="f4-relationship">' +
    item(r?.isDirector, 'Director') +
    item(r?.isTenPercentOwner, '10% Owner') +
    item(r?.isOfficer, 'Officer (give title below)') +
    item(r?.isOther, 'Other (specify below)') +
    '</div>';
  const titles =
    line(inline(ctx, showField(r?.officerTitle, asText), ['f4-officer-title'])) +
    line(inline(ctx, showField(r?.otherText, asText), ['f4-other-text']));
  return `<div class="f4-relationship-block">${who}${grid}${titles ? `<div class="f4-titles">${titles}</div>` : ''}</div>`;
}

function relationshipBox(ctx: RenderContext, doc: OwnershipDocument): string {
  const labelled = doc.reportingOwners.length > 1;
  const body = doc.reportingOwners.map((owner) => relationshipOf(ctx, owner, labelled)).join('');
  return box('5', 'Relationship of Reporting Person(s) to Issuer (Check all applicable)', body);
}

function filingBox(doc: OwnershipDocument): string {
  const joint = doc.reportingOwners.length > 1;
  const body =
    `<div class="f4-checkitem">${derivedCheckbox(!joint)}<span>Form filed by One Reporting Person</span></div>` +
    `<div class="f4-checkitem">${derivedCheckbox(joint)}<span>Form filed by More than One Reporting Person</span></div>`;
  return box('6', 'Individual or Joint/Group Filing (Check Applicable Line)', body);
}

/** Title block, checkboxes and boxes 1-6. */
export function renderHeader(ctx: RenderContext, doc: OwnershipDocument): string {
  const dates =
    box('3', 'Date of Earliest Transaction (Month/Day/Year)', line(inline(ctx, showField(doc.periodOfReport, asDate), ['f4-period']))) +
    box(
      '4',
      'If Amendment, Date of Original Filed (Month/Day/Year)',
      line(inline(ctx, showField(doc.dateOfOriginalSubmission, asDate), ['f4-original-date'])),
    );
  return (
    titleBlock(ctx, doc) +
    checkboxes(ctx, doc) +
    '<div class="f4-boxes">' +
    reportingPersons(ctx, doc) +
    issuerBox(ctx, doc) +
    dates +
    relationshipBox(ctx, doc) +
    filingBox(doc) +
    '</div>'
  );
}
