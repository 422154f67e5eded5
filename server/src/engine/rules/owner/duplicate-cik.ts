import { fieldPlace } from '../../model/place';
import type { ReportingOwner } from '../../model/types';
import { defineRule, allForms } from '../rule';
import { ownerLabel } from '../../model/rows';
import { techSpec } from '../../docs/sources';

/** A CIK as a number written in digits: leading zeros do not matter (0000320193 and 320193 are one filer). */
function normalizedCik(owner: ReportingOwner): string | undefined {
  const cik = owner.cik?.value;
  if (!cik || !/^\d+$/.test(cik)) return undefined;
  return cik.replace(/^0+(?=\d)/, '');
}

export const duplicateCik = defineRule({
  id: 'owner/duplicate-cik',
  category: 'owner',
  severity: 'error',
  forms: allForms,
  summary: 'The same reporting-owner CIK appears only once.',
  explanation: [
    'Each `reportingOwner` of a joint filing is a different person or entity, identified by its EDGAR CIK. Listing',
    'the same CIK twice (leading zeros do not make a different CIK) reports that filer twice, usually because an',
    'owner block was copied and not edited.',
    '',
    "Remove the repeated owner, or correct its CIK to the other filer's.",
  ].join('\n'),
  sources: [techSpec('reportingOwner / rptOwnerCik (CIK)')],
  check({ doc, report }) {
    const firstByCik = new Map<string, ReportingOwner>();
    for (const owner of doc.reportingOwners) {
      const cik = normalizedCik(owner);
      if (cik === undefined || !owner.cik) continue;
      const first = firstByCik.get(cik);
      if (!first) {
        firstByCik.set(cik, owner);
        continue;
      }
      report({
        span: owner.cik.span,
        message: `${ownerLabel(owner)}, ${fieldPlace(['ownershipDocument', 'reportingOwner', 'reportingOwnerId', 'rptOwnerCik'], doc.form)}: ${owner.cik.value} repeats the CIK of ${ownerLabel(first)}.`,
        related: first.cik ? [{ span: first.cik.span, message: `Same CIK: ${first.cik.value}` }] : undefined,
        data: { cik },
      });
    }
  },
});
