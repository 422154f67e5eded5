/**
 * Forms 3 and 5 drawn in their own layouts (3_X07.xsl, 5_X09.xsl), what Form 4 gained with them (the foreign
 * trading symbol box, state names, the Reporting Owners table), and problem marking and click-to-source on Form 3
 * and Form 5 pages: through the front door, as the preview and `form4 render` call it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { analyze, render, type Finding, type RenderRequest } from '../../../server/src/engine/index';
import { fixtureXml } from '../../helpers/form4Fixture';
import { findAll, findOne, hasClass, parseRenderedHtml, textOf, type HtmlElement } from '../../helpers/htmlTree';
import { sharedDir } from '../../helpers/shared';

const corpus = (form: string, name: string) => readFileSync(path.join(sharedDir, 'corpus', 'real', form, name), 'utf8');
const form3Text = corpus('form3', 'AFRM_2021-01-13_1539865_0001209191-21-003532.xml');
const form3Empty = corpus('form3', 'SPWR_2021-12-31_1698764.xml');
const form5Text = corpus('form5', 'TSLA_2022-12-31_1494730_0000899243-23-004992.xml');

function page(text: string, findings: readonly Finding[] = []): { tree: HtmlElement; html: string } {
  const analyzed = analyze(text, 'xml');
  const request: RenderRequest = { standalone: false, findings };
  const html = render(analyzed, request);
  assert.ok(html, 'an ownership document renders');
  return { tree: parseRenderedHtml(html), html };
}

const byClass = (tree: HtmlElement, name: string) => findAll(tree, (el) => hasClass(el, name));
const box = (tree: HtmlElement, n: string) => findOne(tree, (el) => hasClass(el, `f4-box-${n}`), `box ${n}`);
const table = (tree: HtmlElement, name: string) =>
  findOne(tree, (el) => el.tag === 'table' && el.attrs['data-table'] === name, `table ${name}`);
const bodyRows = (el: HtmlElement) =>
  findAll(
    findOne(el, (e) => e.tag === 'tbody', 'tbody'),
    (e) => e.tag === 'tr',
  );
const columnsOf = (row: HtmlElement) => findAll(row, (e) => e.tag === 'td').map((td) => td.attrs['data-col']);
const checks = (el: HtmlElement) => findAll(el, (e) => hasClass(e, 'f4-check')).map((c) => c.attrs['aria-label']);

/** A finding at the first occurrence of `needle` after `after` in the text. */
function findingAt(text: string, needle: string, after = ''): Finding {
  const start = text.indexOf(needle, after ? text.indexOf(after) : 0);
  assert.ok(start >= 0, `${needle} in the filing`);
  return {
    rule: 'holdings/running-balance',
    severity: 'error',
    message: `at ${needle}`,
    span: { start, end: start + needle.length },
  } as Finding;
}

describe('Form 3 page', () => {
  const { tree } = page(form3Text);

  it('is titled and numbered as the Initial Statement', () => {
    assert.equal(textOf(findOne(tree, (el) => hasClass(el, 'f4-formname'), 'form name')), 'FORM 3');
    assert.equal(
      textOf(findOne(tree, (el) => hasClass(el, 'f4-statement'), 'statement')),
      'INITIAL STATEMENT OF BENEFICIAL OWNERSHIP OF SECURITIES',
    );
    assert.match(textOf(findOne(tree, (el) => hasClass(el, 'f4-omb'), 'OMB box')), /3235-0104/);
    assert.equal(
      byClass(tree, 'f4-checks').filter((el) => !el.attrs.class?.includes('no-securities')).length,
      1,
      'only the no-securities line',
    );
  });

  it('numbers its boxes as Form 3 does: event date in 2, issuer in 3 with 3a, relationship 4, amendment 5', () => {
    assert.equal(textOf(box(tree, '2')), '2. Date of Event Requiring Statement (Month/Day/Year)01/13/2021');
    assert.equal(
      textOf(box(tree, '3')),
      '3. Issuer Name and Ticker or Trading SymbolAffirm Holdings, Inc. [ AFRM ]CIK 00018209533a. Foreign Trading Symbol',
    );
    assert.match(textOf(box(tree, '4')), /^4\. Relationship of Reporting Person/);
    assert.match(textOf(box(tree, '5')), /^5\. If Amendment/);
    assert.ok(findAll(tree, (el) => hasClass(el, 'f4-boxes-3')).length === 1);
  });

  it('has a four-column Table I and a six-column Table II of holdings', () => {
    assert.deepEqual(columnsOf(bodyRows(table(tree, 'I'))[0]), ['title', 'owned-following', 'ownership-form', 'nature']);
    assert.deepEqual(columnsOf(bodyRows(table(tree, 'II'))[0]), [
      'title',
      'exercisable',
      'expiration',
      'underlying-title',
      'underlying-amount',
      'conversion-price',
      'ownership-form',
      'nature',
    ]);
    assert.equal(
      textOf(findAll(tree, (el) => hasClass(el, 'f4-table-title'))[0]),
      'Table I - Non-Derivative Securities Beneficially Owned',
    );
    assert.deepEqual(
      bodyRows(table(tree, 'I')).map((r) => textOf(r.children[1] as HtmlElement)),
      ['2,205,293', '545,294', '27,418', '936,909', '60,429'],
    );
  });

  it('says when no securities are owned, checked or not as the filing states it', () => {
    const line = (t: HtmlElement) => findOne(t, (el) => hasClass(el, 'f4-no-securities'), 'no-securities line');
    assert.deepEqual(checks(line(tree)), ['not checked']);
    const empty = page(form3Empty).tree;
    assert.deepEqual(checks(line(empty)), ['checked']);
    assert.equal(bodyRows(table(empty, 'I')).length, 0);
  });
});

describe('Form 5 page', () => {
  const { tree } = page(form5Text);

  it('is the Annual Statement, with the fiscal year end in box 3 and the two reported boxes', () => {
    assert.equal(textOf(findOne(tree, (el) => hasClass(el, 'f4-formname'), 'form name')), 'FORM 5');
    assert.equal(textOf(box(tree, '3')), "3. Statement for Issuer's Fiscal Year Ended (Month/Day/Year)12/31/2022");
    const lines = byClass(tree, 'f4-checkline').map((el) => textOf(el));
    assert.deepEqual(lines.slice(1, 3), ['Form 3 Holdings Reported', 'Form 4 Transactions Reported']);
    assert.deepEqual(checks(findOne(tree, (el) => hasClass(el, 'f4-checks'), 'checks')), [
      'not checked',
      'not checked',
      'not checked',
      'not checked',
    ]);
  });

  it('has one code column, the code and the form the item belongs on', () => {
    const rows = bodyRows(table(tree, 'I'));
    assert.deepEqual(columnsOf(rows[0]).slice(0, 5), ['title', 'date', 'deemed', 'code-5', 'amount']);
    assert.equal(textOf(rows[0].children[3] as HtmlElement), 'G(1)');
    const late = page(
      form5Text.replace('<transactionFormType>5</transactionFormType>', '<transactionFormType>4</transactionFormType>'),
    ).tree;
    assert.equal(textOf(bodyRows(table(late, 'I'))[0].children[3] as HtmlElement), 'G4(1)');
  });

  it('shows a holding that belonged on a Form 3 with a 3 in the code column, and derives its box', () => {
    const holding =
      '<nonDerivativeHolding><securityTitle><value>Common Stock</value></securityTitle>' +
      '<transactionCoding><transactionFormType>3</transactionFormType><footnoteId id="F1"/></transactionCoding>' +
      '<postTransactionAmounts><sharesOwnedFollowingTransaction><value>100</value></sharesOwnedFollowingTransaction></postTransactionAmounts>' +
      '<ownershipNature><directOrIndirectOwnership><value>D</value></directOrIndirectOwnership></ownershipNature></nonDerivativeHolding>';
    const text = form5Text
      .replace(/\s*<form3HoldingsReported>0<\/form3HoldingsReported>/, '')
      .replace('</nonDerivativeTable>', `${holding}</nonDerivativeTable>`);
    const { tree } = page(text, [findingAt(text, '3', '<nonDerivativeHolding>')]);
    const rows = bodyRows(table(tree, 'I'));
    const code = rows.at(-1)!.children[3] as HtmlElement;
    assert.equal(textOf(code), '3(1)');
    assert.match(code.attrs.class ?? '', /f4-error/, 'a finding on the form type marks the cell');
    assert.deepEqual(checks(findOne(tree, (el) => hasClass(el, 'f4-checks'), 'checks')).slice(1, 3), ['checked', 'not checked']);
  });

  it('derives a reported box from the rows when the filing does not state it', () => {
    const unstated = form5Text
      .replace(/\s*<form4TransactionsReported>0<\/form4TransactionsReported>/, '')
      .replace('<transactionFormType>5</transactionFormType>', '<transactionFormType>4</transactionFormType>');
    const checksOf = checks(findOne(page(unstated).tree, (el) => hasClass(el, 'f4-checks'), 'checks'));
    assert.deepEqual(checksOf, ['not checked', 'not checked', 'checked', 'not checked']);
  });
});

describe('Form 4 page: what EDGAR shows that it lacked', () => {
  it('shows the foreign trading symbol in box 2a', () => {
    const xml = fixtureXml().replace(
      '</issuerTradingSymbol>',
      '</issuerTradingSymbol>\n    <issuerForeignTradingSymbol>EXRB.L</issuerForeignTradingSymbol>',
    );
    const { tree } = page(xml);
    assert.equal(textOf(findOne(tree, (el) => hasClass(el, 'f4-foreign-symbol'), '2a')), '2a. Foreign Trading Symbol[ EXRB.L ]');
  });

  it('names states and countries, and ends with the Reporting Owners table', () => {
    const { tree } = page(fixtureXml());
    assert.match(textOf(box(tree, '1')), /Palo Alto California 94301/);
    const owners = bodyRows(table(tree, 'owners'));
    assert.equal(owners.length, 1);
    assert.deepEqual(columnsOf(owners[0]), ['owner', 'director', 'ten-percent', 'officer', 'other']);
    assert.deepEqual(
      owners[0].children.slice(1).map((c) => textOf(c as HtmlElement)),
      ['X', '', 'Chief Financial Officer', 'Trustee of a holder'],
    );
  });
});

describe('problem marking and click-to-source on Forms 3 and 5', () => {
  /** Every element that carries a source range shows (when it is a plain value) exactly the text at that range. */
  function assertClicksReachTheValues(text: string): void {
    const { tree } = page(text);
    const cellsWithValues = (name: string) =>
      findAll(
        table(tree, name),
        (el) => el.tag === 'td' && el.attrs['data-start'] !== undefined && textOf(el) !== '' && !findAll(el, (e) => e.tag === 'sup').length,
      );
    const values = [...cellsWithValues('I'), ...cellsWithValues('II')];
    assert.ok(values.length > 10, `${values.length} valued cells`);
    for (const td of values) {
      const source = text.slice(Number(td.attrs['data-start']), Number(td.attrs['data-end']));
      const shown = textOf(td).replace(/[$,]/g, '');
      if (td.attrs['data-col'] === 'code-5' || /^\d{2}\/\d{2}\/\d{4}$/.test(shown)) continue;
      assert.equal(shown, source.replace(/,/g, '').replace(/\.0+$/, ''), `cell ${td.attrs['data-col']}`);
    }
  }

  it('ties each Form 3 cell to its value in the source', () => assertClicksReachTheValues(form3Text));
  it('ties each Form 5 cell to its value in the source', () => assertClicksReachTheValues(form5Text));

  it("marks a Form 3 holding's amount and the no-securities box", () => {
    const findings = [findingAt(form3Text, '545294'), findingAt(form3Text, 'noSecuritiesOwned')];
    const { tree } = page(form3Text, findings);
    const marked = byClass(tree, 'f4-error');
    assert.deepEqual(
      marked.map((el) => el.attrs['data-col'] ?? el.attrs.class),
      ['owned-following', 'f4-check f4-error'],
    );
    assert.equal(marked[0].attrs.title, 'at 545294 [holdings/running-balance]');
  });

  it("marks Form 5's code column by its form type and a reported box by its element", () => {
    const findings = [findingAt(form5Text, '5', '<transactionFormType>'), findingAt(form5Text, 'form4TransactionsReported')];
    const { tree } = page(form5Text, findings);
    const marked = byClass(tree, 'f4-error');
    assert.deepEqual(
      marked.map((el) => el.attrs['data-col'] ?? el.tag),
      ['span', 'code-5'],
    );
    const start = Number(marked[0].attrs['data-start']);
    assert.equal(form5Text.slice(start, Number(marked[0].attrs['data-end'])), '0');
  });
});
