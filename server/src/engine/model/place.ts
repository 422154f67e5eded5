/**
 * Where a finding is, in the form's own words: the one describer of a place that every business-rule message starts
 * with, so the Problems panel shows the row and the column before it is cut off.
 *
 *   Table I row 2 (08/18/2003 P 1,000), column 5: should be 101,000 (100,000 + 1,000 acquired), not 100,000
 *
 * A row is named by its table and number as the printed form counts them, then by what a filer recognises it by:
 * its date, code and amount (a holding by its security). A column is named by its number on the printed form, read
 * from the field documentation (docs/fields.ts), the one place that knows which column an element is in. Fields
 * outside the tables are named by their box ("Box 4 (If Amendment, Date Original Filed)").
 */
import { fieldDocumentation } from '../docs/fields';
import { BoundedMemo } from './boundedMemo';
import { formatUsDate } from './date';
import { rowLabel } from './rows';
import type { FormId } from '../forms/id';
import type { Row, Table } from './types';

/** Something that names the cell it is in: a model cell or field (its element), or an element name. */
export type CellName = string | { readonly node: { readonly name: string } };

/** What a filer recognises a row by: "08/18/2003 P 1,000" for a transaction, "holding, Common Stock" for a holding. */
export function rowIdentity(row: Row): string {
  if (row.kind === 'holding') {
    const title = row.securityTitle?.value?.value?.trim();
    return title ? `holding, ${title}` : 'holding';
  }
  const date = row.transactionDate?.value?.value;
  const code = row.coding?.code?.value?.trim();
  const shares = row.shares?.value?.value ?? row.totalValue?.value?.value;
  return [date ? formatUsDate(date) : undefined, code || undefined, shares?.format()].filter((p) => p !== undefined).join(' ');
}

/** "Table I row 2 (08/18/2003 P 1,000)": the row's number, then what it is, when the row says. */
export function rowPlace(row: Row): string {
  const identity = rowIdentity(row);
  return identity ? `${rowLabel(row)} (${identity})` : rowLabel(row);
}

/**
 * "Table I row 2 (08/18/2003 P 1,000), column 5": the row, then the column of the cell (the element holding the
 * cell: `transactionShares`, `sharesOwnedFollowingTransaction`...). An element no column holds names the row alone.
 */
export function cellPlace(row: Row, cell: CellName): string {
  const column = columnLabel(row.form, row.table, typeof cell === 'string' ? cell : cell.node.name);
  return column ? `${rowPlace(row)}, ${column}` : rowPlace(row);
}

/** The column of the amount owned after (shares or dollars alike: column 5 of Table I, 9 of Table II). */
export const ownedColumn = 'sharesOwnedFollowingTransaction';

/**
 * Column labels found so far, by form, table and element: a few hundred (the forms' table columns and the element
 * names met in them), and messages name columns row after row. Element names come from documents: bounded.
 */
const columnLabels = new BoundedMemo<string, string | undefined>(4096);

/** "column 5", "column 2A", "columns 6 and 7": where the element is in its table on the form's printed page. */
export function columnLabel(form: FormId, table: Table, element: string): string | undefined {
  return columnLabels.get(`${form}\u0000${table}\u0000${element}`, () => {
    const path = [table === 'I' ? 'nonDerivativeTable' : 'derivativeTable', element];
    return fieldDocumentation(path, form)?.label?.match(/\bcolumns? [0-9]+A?(?: and [0-9]+)?/)?.[0];
  });
}

/**
 * A field outside the tables as the form labels it: "Box 4 (If Amendment, Date Original Filed)", "Checkbox (Rule
 * 10b5-1(c) transaction)". `path` is the element's path from the root; the element name when it has no documentation.
 */
export function fieldPlace(path: readonly string[], form: FormId): string {
  const label = fieldDocumentation(path, form)?.label;
  if (!label) return path[path.length - 1] ?? '';
  const box = label.match(/^([^:]+): (.*)$/);
  // The label's own asides ("(EDGAR identifier)", "(Last, First, Middle)") would nest parentheses: they go.
  return box ? `${box[1]} (${box[2]!.replace(/ \([^)]*\)/g, '')})` : label;
}
