/**
 * Table I (non-derivative) and Table II (derivative securities): one row per transaction or holding, in document
 * order, each cell in the paper form's column and tagged with the source range of the value it shows.
 */
import type { Decimal } from '../model/decimal';
import type { Cell, HoldingRow, OwnershipDocument, Row, Table, TransactionCoding, TransactionRow } from '../model/types';
import type { ElementNode } from '../tree/node';
import type { Span } from '../text/span';
import { attributes, escapeHtml } from './escape';
import { rowKey } from '../history/previous';
import { cutNote } from './cut';
import { leafColumns, type Column, type ColumnGroup } from './columns';
import { asAmount, asDate, asDollars, asText, hasText, valueSpan } from './format';
import { footnoteMarks, showCell, sourceAttributes, tableCell, type RenderContext, type Shown } from './source';

type CellValues = Readonly<Record<string, readonly (Shown | undefined)[]>>;

function headerRows(groups: readonly ColumnGroup[]): string {
  const first = groups
    .map((g) => {
      const label = `${escapeHtml(g.number)}. ${escapeHtml(g.heading)}`;
      if (g.columns.length === 1) return `<th${attributes({ rowspan: 2, scope: 'col', 'data-col': g.columns[0].key })}>${label}</th>`;
      return `<th${attributes({ colspan: g.columns.length, scope: 'colgroup' })}>${label}</th>`;
    })
    .join('');
  const second = groups
    .filter((g) => g.columns.length > 1)
    .flatMap((g) => g.columns)
    .map((c) => `<th${attributes({ scope: 'col', 'data-col': c.key })}>${escapeHtml(c.heading)}</th>`)
    .join('');
  return `<thead><tr>${first}</tr><tr>${second}</tr></thead>`;
}

/** The code as EDGAR writes it: the letter, with `/K` after it when an equity swap is involved. */
function codeText(coding: TransactionCoding): string {
  const code = coding.code && hasText(coding.code) ? asText(coding.code) : '';
  return coding.equitySwapInvolved?.value === true ? `${code}/K` : code;
}

/** The ranges the code cell stands for: the coding, its code and its swap flag (their findings mark it). */
function codingSpans(coding: TransactionCoding): Span[] {
  const spans: Span[] = [coding.node.nameSpan];
  if (coding.code) spans.push(coding.code.span, coding.code.node.nameSpan);
  if (coding.equitySwapInvolved) spans.push(coding.equitySwapInvolved.span, coding.equitySwapInvolved.node.nameSpan);
  return spans;
}

/** Code column: the transaction code (as `text` writes it) and the coding's footnotes; its other fields mark it too. */
function codeCell(ctx: RenderContext, row: TransactionRow, text: (coding: TransactionCoding) => string = codeText): Shown | undefined {
  const coding = row.coding;
  if (!coding) return undefined;
  const code = coding.code;
  const written = code && hasText(code) ? code : undefined;
  const html = escapeHtml(text(coding)) + footnoteMarks(ctx, coding.footnotes);
  return { html, span: written ? valueSpan(written) : coding.node.nameSpan, markSpans: codingSpans(coding) };
}

/**
 * Form 5's one code column (5_X09.xsl): the code and the form the item belongs on. A Form 4 item reported late
 * shows its code and `4`; a Form 3 item `3`; a Form 5 item its code, and `5` when marked late.
 */
function form5CodeText(row: TransactionRow): (coding: TransactionCoding) => string {
  return (coding) => {
    const formType = coding.formType?.value;
    if (formType === '3') return '3';
    if (formType === '4') return `${codeText(coding)}4`;
    if (formType === '5' && row.timeliness?.value?.value === 'L') return `${codeText(coding)}5`;
    return codeText(coding);
  };
}

/** Form 5's code cell, which also stands for the form type and the timeliness (Form 5 has no V column). */
function form5CodeCell(ctx: RenderContext, row: Row): Shown | undefined {
  if (row.kind === 'holding') return holdingCodeCell(ctx, row);
  const shown = codeCell(ctx, row, form5CodeText(row));
  if (!shown) return undefined;
  const { formType } = row.coding!;
  const timeliness = row.timeliness;
  const markSpans = [
    ...shown.markSpans,
    ...(formType ? [formType.span, formType.node.nameSpan] : []),
    ...(timeliness ? [timeliness.node.nameSpan, ...(timeliness.value ? [timeliness.value.span] : [])] : []),
  ];
  return { html: shown.html, span: shown.span, markSpans };
}

/** A Form 5 holding's coding: `3` for a holding that belonged on a Form 3, and its footnotes. */
function holdingCodeCell(ctx: RenderContext, row: HoldingRow): Shown | undefined {
  const coding = row.coding;
  if (!coding) return undefined;
  const formType = coding.formType;
  const markSpans = [coding.node.nameSpan, ...(formType ? [formType.span, formType.node.nameSpan] : [])];
  const html = (formType?.value === '3' ? '3' : '') + footnoteMarks(ctx, coding.footnotes);
  return { html, span: formType ? valueSpan(formType) : coding.node.nameSpan, markSpans };
}

/**
 * V column: "V" for a transaction reported voluntarily ahead of time, which the XML says with a Form 5 transaction
 * form type or an early (E) timeliness. The cell stands for both fields, so their findings mark it.
 */
function voluntaryCell(ctx: RenderContext, row: TransactionRow): Shown | undefined {
  const formType = row.coding?.formType;
  const timeliness = row.timeliness;
  if (!formType && !timeliness) return undefined;
  const early = formType?.value === '5' || timeliness?.value?.value === 'E';
  const markSpans: Span[] = [];
  if (formType) markSpans.push(formType.span, formType.node.nameSpan);
  if (timeliness) markSpans.push(timeliness.node.nameSpan, ...(timeliness.value ? [timeliness.value.span] : []));
  const span =
    timeliness?.value && hasText(timeliness.value)
      ? valueSpan(timeliness.value)
      : formType
        ? valueSpan(formType)
        : timeliness!.node.nameSpan;
  const notes = timeliness ? footnoteMarks(ctx, timeliness.footnotes) : '';
  return { html: (early ? 'V' : '') + notes, span, markSpans };
}

function amountOwned(ctx: RenderContext, row: Row): readonly (Shown | undefined)[] {
  const shown = [showCell(ctx, row.postTransaction?.sharesOwned, asAmount), showCell(ctx, row.postTransaction?.valueOwned, asDollars)];
  const previous = ctx.previousBalances?.get(rowKey(row));
  const first = shown.findIndex((s) => s !== undefined);
  if (!previous || first < 0) return shown;
  // Beside the figure, not in it: the cell still shows what the filing says, and where the history disagrees.
  const note = `<span class="f4-previous" title="${escapeHtml(`Closing balance of the previous filing, ${previous.filing}`)}">previous filing: ${escapeHtml(previous.closing)}</span>`;
  return shown.map((s, i) => (i === first && s ? { html: s.html + note, span: s.span, markSpans: s.markSpans } : s));
}

/** The cells every row has: title, amount owned following, ownership form and nature (and Form 5's code column). */
function commonCells(ctx: RenderContext, row: Row): CellValues {
  return {
    title: [showCell(ctx, row.securityTitle, asText)],
    'code-5': [form5CodeCell(ctx, row)],
    'owned-following': amountOwned(ctx, row),
    'ownership-form': [showCell(ctx, row.ownership?.directOrIndirect, asText)],
    nature: [showCell(ctx, row.ownership?.natureOfOwnership, asText)],
  };
}

function transactionCells(ctx: RenderContext, row: TransactionRow): CellValues {
  return {
    date: [showCell(ctx, row.transactionDate, asDate)],
    deemed: [showCell(ctx, row.deemedExecutionDate, asDate)],
    code: [codeCell(ctx, row)],
    v: [voluntaryCell(ctx, row)],
    price: [showCell(ctx, row.pricePerShare, asDollars)],
  };
}

function tableIRow(ctx: RenderContext, row: Row): CellValues {
  if (row.kind === 'holding') return commonCells(ctx, row);
  // Object.assign, not spreads: spreads followed by more take Node 20's V8 a microsecond or more a row.
  return Object.assign({}, commonCells(ctx, row), transactionCells(ctx, row), {
    amount: [showCell(ctx, row.shares, asAmount), showCell(ctx, row.totalValue, asDollars)],
    'acquired-disposed': [showCell(ctx, row.acquiredDisposed, asText)],
  });
}

/** Adds the (A)/(D) code's ranges and footnotes to a shown amount, which stands for both on Table II. */
function withCode(ctx: RenderContext, amount: Shown, code: Cell<string>): Shown {
  const markSpans = [...amount.markSpans, code.node.nameSpan, ...(code.value ? [code.value.span] : [])];
  return { html: amount.html + footnoteMarks(ctx, code.footnotes), span: amount.span, markSpans };
}

/**
 * Table II column 5: the number goes under (A) or (D) as the code says, and stands for the code too (the code's
 * findings mark it, its footnotes follow it). A code that is neither A nor D is shown as written, under (A), so the
 * mistake stays visible.
 */
function acquiredDisposedCells(ctx: RenderContext, row: TransactionRow): CellValues {
  const code = row.acquiredDisposed;
  const amounts = [showCell(ctx, row.shares, asAmount), showCell(ctx, row.totalValue, asDollars)].filter(
    (a): a is Shown => a !== undefined,
  );
  if (!code) return { acquired: amounts, disposed: [] };
  const letter = code.value?.value;
  const asWritten = showCell(ctx, code, asText);
  if (letter !== 'A' && letter !== 'D') return { acquired: [...amounts, asWritten], disposed: [] };
  const shown = amounts.length
    ? [withCode(ctx, amounts[0], code), ...amounts.slice(1)]
    : [asWritten && { html: footnoteMarks(ctx, code.footnotes), span: asWritten.span, markSpans: asWritten.markSpans }];
  return letter === 'A' ? { acquired: shown, disposed: [] } : { acquired: [], disposed: shown };
}

function tableIIRow(ctx: RenderContext, row: Row): CellValues {
  const derivative = row.derivative;
  const own: CellValues = Object.assign({}, commonCells(ctx, row), {
    'conversion-price': [showCell(ctx, derivative?.conversionOrExercisePrice, asDollars)],
    exercisable: [showCell(ctx, derivative?.exerciseDate, asDate)],
    expiration: [showCell(ctx, derivative?.expirationDate, asDate)],
    'underlying-title': [showCell(ctx, derivative?.underlying?.title, asText)],
    'underlying-amount': [
      showCell<Decimal>(ctx, derivative?.underlying?.shares, asAmount),
      showCell<Decimal>(ctx, derivative?.underlying?.value, asDollars),
    ],
  });
  if (row.kind === 'holding') return own;
  return Object.assign({}, own, transactionCells(ctx, row), acquiredDisposedCells(ctx, row));
}

function rowHtml(ctx: RenderContext, row: Row, columns: readonly Column[], values: CellValues): string {
  const cells = columns.map((c) => tableCell(ctx, c.key, values[c.key] ?? [], c.numeric ? ['f4-num'] : [])).join('');
  const where = { span: row.node.nameSpan, markSpans: [row.node.nameSpan] };
  return `<tr${attributes({ 'data-row': row.index })}${sourceAttributes(ctx, where, ['f4-row', `f4-${row.kind}`])}>${cells}</tr>`;
}

const cellsOf: Readonly<Record<Table, (ctx: RenderContext, row: Row) => CellValues>> = { I: tableIRow, II: tableIIRow };

function renderTable(ctx: RenderContext, doc: OwnershipDocument, table: Table, tableNode: ElementNode | undefined): string {
  const { title, groups } = ctx.layout.tables[table];
  const columns = leafColumns(groups);
  const rows = doc.rows.filter((r) => r.table === table);
  const body = rows
    .slice(0, ctx.maxRowsPerTable)
    .map((r) => rowHtml(ctx, r, columns, cellsOf[table](ctx, r)))
    .join('');
  const cut =
    rows.length > ctx.maxRowsPerTable
      ? cutNote(
          ctx,
          table,
          rows.length,
          rows.slice(ctx.maxRowsPerTable).map((r) => r.node.span),
        )
      : '';
  const where = tableNode
    ? sourceAttributes(ctx, { span: tableNode.nameSpan, markSpans: [tableNode.nameSpan] }, ['f4-table'])
    : attributes({ class: 'f4-table' });
  return (
    `<section${attributes({ class: `f4-table-section f4-table-${table}` })}>` +
    `<h2 class="f4-table-title">${escapeHtml(title)}</h2>` +
    `<table${attributes({ 'data-table': table })}${where}>${headerRows(groups)}<tbody>${body}</tbody></table>` +
    cut +
    '</section>'
  );
}

export function renderTables(ctx: RenderContext, doc: OwnershipDocument): string {
  return renderTable(ctx, doc, 'I', doc.nonDerivativeTable) + renderTable(ctx, doc, 'II', doc.derivativeTable);
}
