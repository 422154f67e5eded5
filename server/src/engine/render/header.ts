/**
 * The top of the form: title block, the Section 16 and Rule 10b5-1 checkboxes, and boxes 1 to 6 as the paper form
 * numbers them (reporting person, issuer, earliest transaction, amendment, relationship, individual or joint filing).
 */
import type { CalendarDate } from '../model/date';
import type { Field, OwnershipDocument, ReportingOwner } from '../model/types';
import { attributes, escapeHtml } from './escape';
import { asDate, asText, hasText } from './format';
import { asPlace } from './places';
import { inline, showField, sourceAttributes, type RenderContext } from './source';

/** A checkbox as a mark, not an input (the preview has no forms). An unreadable value is shown as written. */
export function checkbox(ctx: RenderContext, field: Field<boolean> | undefined): string {
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
export function derivedCheckbox(checked: boolean): string {
  const label = checked ? 'checked' : 'not checked';
  return `<span role="img"${attributes({ 'aria-label': label, class: checked ? 'f4-check f4-checked' : 'f4-check' })}>${checked ? 'X' : ''}</span>`;
}

export function checkLine(box: string, text: string): string {
  return `<div class="f4-checkline">${box}<span class="f4-checktext">${text}</span></div>`;
}

/** The title block: form number, agency, the form's statement and its OMB box, from the layout. */
export function titleBlock(ctx: RenderContext, doc: OwnershipDocument): string {
  const type = showField(doc.documentType, asText);
  const { formNumber, statement, omb } = ctx.layout;
  const formName = type ? inline(ctx, type) : formNumber;
  return (
    '<header class="f4-head">' +
    `<div class="f4-formname">FORM ${formName}</div>` +
    '<div class="f4-agency">' +
    '<div class="f4-agency-name">UNITED STATES SECURITIES AND EXCHANGE COMMISSION</div>' +
    '<div>Washington, D.C. 20549</div>' +
    `<h1 class="f4-statement">${escapeHtml(statement)}</h1>` +
    '<div class="f4-small">Filed pursuant to Section 16(a) of the Securities Exchange Act of 1934 or Section 30(h) of the Investment Company Act of 1940</div>' +
    '</div>' +
    '<table class="f4-omb"><tbody>' +
    '<tr><th colspan="2">OMB APPROVAL</th></tr>' +
    `<tr><td>OMB Number:</td><td>${escapeHtml(omb.number)}</td></tr>` +
    `<tr><td>Estimated average burden hours per response:</td><td>${escapeHtml(omb.hours)}</td></tr>` +
    '</tbody></table>' +
    '</header>'
  );
}

/** The checkbox lines above the boxes (Forms 4 and 5; a Form 3 has none). */
export function checkLines(lines: readonly string[]): string {
  return `<div class="f4-checks">${lines.join('')}</div>`;
}

export function section16Line(ctx: RenderContext, doc: OwnershipDocument): string {
  return checkLine(
    checkbox(ctx, doc.notSubjectToSection16),
    'Check this box if no longer subject to Section 16. Form 4 or Form 5 obligations may continue. See Instruction 1(b).',
  );
}

export function rule10b5OneLine(ctx: RenderContext, doc: OwnershipDocument): string {
  return checkLine(
    checkbox(ctx, doc.aff10b5One),
    'Check this box to indicate that a transaction was made pursuant to a contract, instruction or written plan for the purchase or sale of equity securities of the issuer that is intended to satisfy the affirmative defense conditions of Rule 10b5-1(c). See Instruction 10.',
  );
}

/** A check line for a box the filing states (`field`), or, when it does not, one derived as EDGAR derives it. */
export function statedOrDerivedLine(ctx: RenderContext, field: Field<boolean> | undefined, derived: boolean, text: string): string {
  return checkLine(field ? checkbox(ctx, field) : derivedCheckbox(derived), text);
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

/** Street, city, state (its name, as EDGAR shows it), zip and country of one owner: box 1 and the owners table. */
export function addressLines(ctx: RenderContext, owner: ReportingOwner): { street: string; place: string; abroad: string } {
  const a = owner.address;
  const street = line(inline(ctx, showField(a?.street1, asText))) + line(inline(ctx, showField(a?.street2, asText)));
  const place = joinInline([
    inline(ctx, showField(a?.city, asText)),
    inline(ctx, showField(a?.state, asPlace)),
    inline(ctx, showField(a?.nonUSStateTerritory, asText)),
    inline(ctx, showField(a?.zipCode, asText)),
  ]);
  const abroad = joinInline([inline(ctx, showField(a?.country, asPlace)), inline(ctx, showField(a?.stateDescription, asText))]);
  return { street, place: line(place), abroad: line(abroad) };
}

function ownerAddress(ctx: RenderContext, owner: ReportingOwner): string {
  const { street, place, abroad } = addressLines(ctx, owner);
  return street + caption('(Street)') + place + caption('(City) (State) (Zip)') + abroad + caption('(Country)');
}

/** A numbered box; its number names its class (`f4-box-3`), which places it on the form's grid. */
export function box(number: string, title: string, body: string): string {
  return `<section${attributes({ class: `f4-box f4-box-${number}` })}><h2 class="f4-box-title">${number}. ${title}</h2>${body}</section>`;
}

export function reportingPersonsBox(ctx: RenderContext, doc: OwnershipDocument): string {
  const owners = doc.reportingOwners.map((owner) => {
    const where = { span: owner.node.nameSpan, markSpans: [owner.node.nameSpan] };
    return `<div${sourceAttributes(ctx, where, ['f4-owner'])}>${ownerIdentity(ctx, owner)}${ownerAddress(ctx, owner)}</div>`;
  });
  return box('1', 'Name and Address of Reporting Person<sup>*</sup>', owners.join(''));
}

/** The issuer box with its foreign trading symbol part below (2 and 2a on Forms 4 and 5, 3 and 3a on Form 3). */
export function issuerBox(ctx: RenderContext, doc: OwnershipDocument, number: string): string {
  const issuer = doc.issuer;
  const symbol = showField(issuer?.tradingSymbol, asText);
  const foreign = showField(issuer?.foreignTradingSymbol, asText);
  const cik = showField(issuer?.cik, asText);
  const body =
    line(inline(ctx, showField(issuer?.name, asText), ['f4-issuer-name']) + (symbol ? ` [ ${inline(ctx, symbol)} ]` : '')) +
    (cik ? `<div class="f4-extra">CIK ${inline(ctx, cik)}</div>` : '') +
    `<div class="f4-subbox f4-foreign-symbol"><h2 class="f4-box-title">${number}a. Foreign Trading Symbol</h2>` +
    line(foreign ? `[ ${inline(ctx, foreign)} ]` : '') +
    '</div>';
  return box(number, 'Issuer Name and Ticker or Trading Symbol', body);
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

export function relationshipBox(ctx: RenderContext, doc: OwnershipDocument, number: string): string {
  const labelled = doc.reportingOwners.length > 1;
  const body = doc.reportingOwners.map((owner) => relationshipOf(ctx, owner, labelled)).join('');
  return box(number, 'Relationship of Reporting Person(s) to Issuer (Check all applicable)', body);
}

/** Individual or joint filing: derived from the number of reporting owners. */
export function filingBox(doc: OwnershipDocument, title: string): string {
  const joint = doc.reportingOwners.length > 1;
  const body =
    `<div class="f4-checkitem">${derivedCheckbox(!joint)}<span>Form filed by One Reporting Person</span></div>` +
    `<div class="f4-checkitem">${derivedCheckbox(joint)}<span>Form filed by More than One Reporting Person</span></div>`;
  return box('6', title, body);
}

/** A box holding one date of the document. */
export function dateBox(
  ctx: RenderContext,
  number: string,
  title: string,
  field: Field<CalendarDate> | undefined,
  className: string,
): string {
  return box(number, title, line(inline(ctx, showField(field, asDate), [className])));
}

export function amendmentBox(ctx: RenderContext, doc: OwnershipDocument, number: string): string {
  return dateBox(ctx, number, 'If Amendment, Date of Original Filed (Month/Day/Year)', doc.dateOfOriginalSubmission, 'f4-original-date');
}

/** The grid of numbered boxes; `variant` names a form whose boxes stand elsewhere on the page (Form 3). */
export function boxes(content: string, variant?: string): string {
  return `<div${attributes({ class: variant ? `f4-boxes f4-boxes-${variant}` : 'f4-boxes' })}>${content}</div>`;
}

/**
 * Boxes 1-6 of the forms that report changes (4 and 5): they differ only in what box 3 dates (the earliest
 * transaction, the fiscal year's end) and in box 6's wording.
 */
export function changesBoxes(ctx: RenderContext, doc: OwnershipDocument, box3: string, box6: string): string {
  return boxes(
    reportingPersonsBox(ctx, doc) +
      issuerBox(ctx, doc, '2') +
      dateBox(ctx, '3', box3, doc.periodOfReport, 'f4-period') +
      amendmentBox(ctx, doc, '4') +
      relationshipBox(ctx, doc, '5') +
      filingBox(doc, box6),
  );
}

/** Form 4: title block, checkboxes and boxes 1-6. */
export function renderHeader(ctx: RenderContext, doc: OwnershipDocument): string {
  return (
    titleBlock(ctx, doc) +
    checkLines([section16Line(ctx, doc), rule10b5OneLine(ctx, doc)]) +
    changesBoxes(ctx, doc, 'Date of Earliest Transaction (Month/Day/Year)', 'Individual or Joint/Group Filing (Check Applicable Line)')
  );
}
