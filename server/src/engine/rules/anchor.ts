/**
 * Where a rule is documented: its section of docs/rules.md, found by the anchor GitHub (and most Markdown viewers)
 * give the section's heading. Written once, so the generated document, SARIF's `helpUri` and the editor's links on
 * diagnostic codes name the same place.
 */

/** The published rules document; a rule's section is this with `#` and the rule's anchor. */
export const rulesDocumentUrl = 'https://github.com/form4/form4/blob/main/docs/rules.md';

/** GitHub's heading anchors: lower case, punctuation dropped (all but `-` and `_`), spaces to hyphens. */
export function headingAnchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, '')
    .replace(/ /g, '-');
}

/** The heading text of a rule's section in docs/rules.md: the id, as code. */
export function ruleHeading(ruleId: string): string {
  return `\`${ruleId}\``;
}

/** The anchor of a rule's section: `code/direction` is at `#codedirection`. */
export function ruleAnchor(ruleId: string): string {
  return headingAnchor(ruleHeading(ruleId));
}

/** The link to a rule's section of the published rules document. */
export function ruleDocumentationUrl(ruleId: string): string {
  return `${rulesDocumentUrl}#${ruleAnchor(ruleId)}`;
}
