import { normaliseWords } from '../../model/normalise';
import type { OwnershipDocument } from '../../model/types';
import { defineRule, allForms } from '../rule';
import { formInstructions, techSpec } from '../../docs/sources';

/**
 * Words by which one signature signs for every joint filer: "on behalf of himself and each other reporting person"
 * (Berkshire Hathaway and Warren Buffett, DVA 2026-05-01), "for itself and each other reporting person", "on behalf
 * of each of the reporting persons", "on behalf of all reporting persons", "for all joint filers".
 */
const signsForEveryOwner =
  /\b(?:on behalf of|for)\s+(?:(?:himself|herself|itself|themselves)\s*(?:,\s*)?and\s+(?:on behalf of\s+)?)?(?:each|all|every)\s+(?:of\s+)?(?:the\s+)?(?:other\s+)?(?:reporting\s+(?:persons?|owners?)|joint\s+filers?)\b/i;

/** Whether a signature, or the remarks, say that one signature signs for every reporting owner. */
function signedForAll(doc: OwnershipDocument): boolean {
  const texts = [...doc.signatures.map((s) => s.name?.raw ?? ''), doc.remarks?.raw ?? ''];
  return texts.some((text) => signsForEveryOwner.test(text.replace(/\s+/g, ' ')));
}

/** A name's words for comparison, initials run together: "Acme Fund II, L.P." and "ACME FUND II LP" read alike. */
function nameWords(text: string): string {
  return normaliseWords(text).replace(/\b(\p{L}) (?=\p{L}\b)/gu, '$1');
}

/**
 * How many reporting owners the signatures sign for: an owner whose name a signature spells out ("SoftBank Vision
 * Fund II-2 L.P., By: SB Global Advisers Limited, its Manager" signs for both; "Acme Capital LP, for itself and as
 * general partner of Acme Fund II LP" for both), plus one for each signature that names no owner (a person signing
 * as themselves, or an attorney-in-fact), since the count cannot tell whom it is for.
 */
function ownersSignedFor(doc: OwnershipDocument): number {
  const names = doc.reportingOwners.map((o) => nameWords(o.name?.value ?? '')).filter((n) => n !== '');
  const named = new Set<string>();
  let unnamed = 0;
  for (const signature of doc.signatures) {
    const words = ` ${nameWords(signature.name?.raw ?? '')} `;
    const owners = names.filter((n) => words.includes(` ${n} `));
    if (owners.length === 0) unnamed++;
    for (const owner of owners) named.add(owner);
  }
  return named.size + unnamed;
}

export const jointCount = defineRule({
  id: 'signature/joint-count',
  category: 'signature',
  severity: 'warning',
  forms: allForms,
  summary: 'A joint filing has a signature for every reporting owner.',
  explanation: [
    'Several reporting owners may file one joint Form 4 (Box 6, "Form filed by More than One Reporting Person"), but',
    'each of them is responsible for it and each signs it, in person or through an attorney-in-fact whose power of',
    'attorney is filed (Exhibit 24) or already on file. In XML every signature is an `ownerSignature` with',
    '`signatureName` and `signatureDate`.',
    '',
    'Add an `ownerSignature` for each owner who has not signed. This is a warning: the count cannot tell who signed.',
    'A signature (or a remark) that signs for every joint filer, such as "/s/ Warren E. Buffett, on behalf of',
    'himself and each other reporting person hereunder", "for itself and each other reporting person" or "on behalf',
    'of each of the reporting persons", counts for all of them, and one that spells out the names of several owners',
    '("Acme Capital LP, for itself and as general partner of Acme Fund II LP") counts for each owner it names.',
  ].join('\n'),
  sources: [
    formInstructions('Instruction 5(b)(v) and the signature block (joint and group filings)'),
    techSpec('ownerSignature (1 to 10)'),
  ],
  check({ doc, report }) {
    const owners = doc.reportingOwners.length;
    const signatures = doc.signatures.length;
    if (owners < 2 || signatures === 0 || signatures >= owners || signedForAll(doc) || ownersSignedFor(doc) >= owners) return;
    const last = doc.signatures[signatures - 1];
    report({
      span: last.node.nameSpan,
      message: `${owners} reporting owners but ${signatures} signature${signatures === 1 ? '' : 's'}: in a joint filing every reporting owner signs.`,
      data: { owners: String(owners), signatures: String(signatures) },
    });
  },
});
