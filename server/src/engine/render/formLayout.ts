/**
 * How a form is drawn: the parts of the page that differ by form. The form's description (forms/) names its layout;
 * the renderer draws the layout it is given and assumes no form of its own. Each layout follows the SEC's current
 * rendering stylesheet for its form (../shared/sec/xsl/v5.5: 3_X07.xsl, 4_X09.xsl, 5_X09.xsl).
 */
import type { OwnershipDocument, Table } from '../model/types';
import {
  form3TableIGroups,
  form3TableIIGroups,
  form5TableIGroups,
  form5TableIIGroups,
  tableIGroups,
  tableIIGroups,
  type ColumnGroup,
} from './columns';
import { renderHeader } from './header';
import { renderForm3Header, renderNoSecuritiesOwned } from './header3';
import { renderForm5Header } from './header5';
import type { RenderContext } from './source';

export interface TableLayout {
  /** The title above the table, as the form words it. */
  readonly title: string;
  /** Its numbered columns. */
  readonly groups: readonly ColumnGroup[];
}

export interface FormLayout {
  /** What the standalone page's title starts with, before issuer, owner and period. */
  readonly pageTitle: string;
  /** The form number the title block shows when the document gives no documentType. */
  readonly formNumber: string;
  /** The statement the title block names ("STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP"). */
  readonly statement: string;
  /** The OMB approval box: control number and estimated burden. */
  readonly omb: { readonly number: string; readonly hours: string };
  /** The General Instruction on filings by several reporting persons, which the page's standing notes cite. */
  readonly jointFilingInstruction: string;
  /** Title block, checkboxes and the numbered boxes above the tables. */
  header(ctx: RenderContext, doc: OwnershipDocument): string;
  /** Table I and Table II: their titles and numbered columns. */
  readonly tables: Readonly<Record<Table, TableLayout>>;
  /** What the page says below the tables before the footnotes (Form 3: "No securities are beneficially owned"). */
  readonly afterTables?: (ctx: RenderContext, doc: OwnershipDocument) => string;
}

const changesTitles = {
  I: 'Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned',
  II: 'Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned (e.g., puts, calls, warrants, options, convertible securities)',
} as const;

/** Forms 4 and 4/A are drawn alike: the amendment fills box 4 (date of the original filing), which a Form 4 leaves empty. */
export const form4Layout: FormLayout = {
  pageTitle: 'Form 4',
  formNumber: '4',
  statement: 'STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP',
  omb: { number: '3235-0287', hours: '0.5' },
  jointFilingInstruction: '4 (b)(v)',
  header: renderHeader,
  tables: { I: { title: changesTitles.I, groups: tableIGroups }, II: { title: changesTitles.II, groups: tableIIGroups } },
};

/** Forms 3 and 3/A: holdings only, in a four-column Table I and a six-column Table II. */
export const form3Layout: FormLayout = {
  pageTitle: 'Form 3',
  formNumber: '3',
  statement: 'INITIAL STATEMENT OF BENEFICIAL OWNERSHIP OF SECURITIES',
  omb: { number: '3235-0104', hours: '0.5' },
  jointFilingInstruction: '5 (b)(v)',
  header: renderForm3Header,
  afterTables: renderNoSecuritiesOwned,
  tables: {
    I: { title: 'Table I - Non-Derivative Securities Beneficially Owned', groups: form3TableIGroups },
    II: {
      title: 'Table II - Derivative Securities Beneficially Owned (e.g., puts, calls, warrants, options, convertible securities)',
      groups: form3TableIIGroups,
    },
  },
};

/** Forms 5 and 5/A: Form 4's tables with one code column and amounts at the fiscal year's end. */
export const form5Layout: FormLayout = {
  pageTitle: 'Form 5',
  formNumber: '5',
  statement: 'ANNUAL STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP OF SECURITIES',
  omb: { number: '3235-0362', hours: '1.0' },
  jointFilingInstruction: '4 (b)(v)',
  header: renderForm5Header,
  tables: { I: { title: changesTitles.I, groups: form5TableIGroups }, II: { title: changesTitles.II, groups: form5TableIIGroups } },
};
