/**
 * How a form is drawn: the parts of the page that differ by form. The form's description (forms/) names its layout;
 * the renderer draws the layout it is given and assumes no form of its own.
 */
import type { OwnershipDocument, Table } from '../model/types';
import { tableIGroups, tableIIGroups, type ColumnGroup } from './columns';
import { renderHeader } from './header';
import type { RenderContext } from './source';

export interface FormLayout {
  /** What the standalone page's title starts with, before issuer, owner and period. */
  readonly pageTitle: string;
  /** The form number the title block shows when the document gives no documentType. */
  readonly formNumber: string;
  /** Title block, checkboxes and the numbered boxes above the tables. */
  header(ctx: RenderContext, doc: OwnershipDocument): string;
  /** The numbered columns of Table I and Table II. */
  readonly columns: Readonly<Record<Table, readonly ColumnGroup[]>>;
}

/** Forms 4 and 4/A are drawn alike: the amendment fills box 4 (date of the original filing), which a Form 4 leaves empty. */
export const form4Layout: FormLayout = {
  pageTitle: 'Form 4',
  formNumber: '4',
  header: renderHeader,
  columns: { I: tableIGroups, II: tableIIGroups },
};
