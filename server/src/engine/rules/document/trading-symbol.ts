import { defineRule, allForms } from '../rule';
import { fieldPlace } from '../../model/place';
import { techSpec } from '../../docs/sources';

/** What filers write for an issuer with no listed class: not a symbol, so not held to a symbol's spelling. */
const noSymbol = /^(none|n\/?a|n\.a\.?|-+)$/i;

export const tradingSymbol = defineRule({
  id: 'document/trading-symbol',
  category: 'document',
  severity: 'warning',
  forms: allForms,
  summary: 'issuerTradingSymbol is written as the exchange lists it: upper case, no spaces.',
  explanation: [
    'Box 2 of the form, "Issuer Name and Ticker or Trading Symbol", is `issuerTradingSymbol` in XML: the symbol the',
    "exchange lists the issuer's stock under. Exchange and EDGAR symbols are upper case letters and digits, with a",
    'dot or a dash before a class or series suffix (`BRK.B`, `MFAC.U`), and never a space. A symbol in lower',
    'case or with a space is shown on the public copy as typed, and the databases and feeds that index insider',
    'filings by symbol do not match it to the issuer.',
    '',
    'Write the symbol in upper case; where a space separates a class suffix, use the dot or dash the exchange uses.',
    'An issuer with no listed class has no symbol to check: a placeholder such as `NONE` or `N/A` is left alone.',
  ].join('\n'),
  sources: [techSpec('issuerTradingSymbol (the stock exchange trading symbol, 1 to 10 characters)')],
  check({ doc, report }) {
    const symbol = doc.issuer?.tradingSymbol;
    const value = symbol?.value;
    if (!symbol || value === undefined || noSymbol.test(value)) return;
    const lowerCase = /[a-z]/.test(value);
    const spaced = /\s/.test(value);
    if (!lowerCase && !spaced) return;
    const what = [lowerCase ? 'in lower case' : undefined, spaced ? 'with a space' : undefined].filter(Boolean).join(' and ');
    report({
      span: symbol.span,
      message: `${fieldPlace(['ownershipDocument', 'issuer', 'issuerTradingSymbol'], doc.form)}: "${value}" is written ${what}: exchange symbols are upper case with no spaces${spaced ? ' (a dot or dash before a class suffix)' : ''}.`,
      // Upper case is the whole fix only when there is no space to resolve.
      data: spaced ? undefined : { expected: value.toUpperCase() },
    });
  },
});
