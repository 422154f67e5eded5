import { fieldPlace } from '../../model/place';
import type { Field } from '../../model/types';
import { defineRule, allForms } from '../rule';
import { ownerLabel } from '../../model/rows';
import { edgarMessages, techSpec } from '../../docs/sources';

const allZeros = (field: Field<string> | undefined): field is Field<string> => field?.value !== undefined && /^0+$/.test(field.value);

export const zeroCik = defineRule({
  id: 'document/zero-cik',
  category: 'document',
  severity: 'error',
  forms: allForms,
  summary: 'No CIK (issuer or reporting owner) is all zeros.',
  explanation: [
    'A CIK (Central Index Key) is the number EDGAR gives each filer, up to 10 digits, leading zeros optional. The',
    "schema accepts any digits, so `0000000000` passes it, but no filer has that number: it is a template's",
    'placeholder that was never filled in. EDGAR identifies the issuer (`issuerCik`) and every reporting owner',
    '(`rptOwnerCik`) by CIK, fills in their names from it and suspends a submission whose CIK it does not know.',
    '',
    "Enter the real CIK: the issuer's is on its EDGAR company page, the owner's on the owner's EDGAR access letter",
    'or company page.',
  ].join('\n'),
  sources: [techSpec('issuerCik and rptOwnerCik (CIK, up to 10 digits)'), edgarMessages],
  check({ doc, report }) {
    const issuerCik = doc.issuer?.cik;
    if (allZeros(issuerCik)) {
      report({
        span: issuerCik.span,
        message: `${fieldPlace(['ownershipDocument', 'issuer', 'issuerCik'], doc.form)}: ${issuerCik.value} is all zeros: enter the issuer's CIK.`,
      });
    }
    for (const owner of doc.reportingOwners) {
      if (!allZeros(owner.cik)) continue;
      report({
        span: owner.cik.span,
        message: `${ownerLabel({ ...owner, cik: undefined })}, ${fieldPlace(['ownershipDocument', 'reportingOwner', 'reportingOwnerId', 'rptOwnerCik'], doc.form)}: ${owner.cik.value} is all zeros: enter the owner's CIK.`,
      });
    }
  },
});
