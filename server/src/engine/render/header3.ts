/**
 * The top of Form 3 (3_X07.xsl): no checkboxes (a Form 3 reports no transactions), the date of the event requiring
 * the statement in box 2, the issuer in box 3 with its foreign trading symbol as 3a, then relationship (4),
 * amendment (5) and individual or joint filing (6).
 */
import type { OwnershipDocument } from '../model/types';
import {
  amendmentBox,
  boxes,
  checkLines,
  dateBox,
  filingBox,
  issuerBox,
  relationshipBox,
  reportingPersonsBox,
  statedOrDerivedLine,
  titleBlock,
} from './header';
import type { RenderContext } from './source';

export function renderForm3Header(ctx: RenderContext, doc: OwnershipDocument): string {
  return (
    titleBlock(ctx, doc) +
    boxes(
      reportingPersonsBox(ctx, doc) +
        dateBox(ctx, '2', 'Date of Event Requiring Statement (Month/Day/Year)', doc.periodOfReport, 'f4-period') +
        issuerBox(ctx, doc, '3') +
        relationshipBox(ctx, doc, '4') +
        amendmentBox(ctx, doc, '5') +
        filingBox(doc, 'Individual or Joint/Group Filing (Check Applicable Line)'),
      '3',
    )
  );
}

/**
 * Form 3's statement that no securities are owned (`noSecuritiesOwned`), which EDGAR prints in bold under the
 * tables when it is true. Shown whenever the filing states it, checked or not, so a finding on it has a place.
 */
export function renderNoSecuritiesOwned(ctx: RenderContext, doc: OwnershipDocument): string {
  const stated = doc.noSecuritiesOwned;
  if (!stated) return '';
  return `<section class="f4-no-securities">${checkLines([statedOrDerivedLine(ctx, stated, false, '<b>No securities are beneficially owned</b>')])}</section>`;
}
