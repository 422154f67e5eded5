/**
 * A draft being written, in the editor: the findings that only say "this field is still empty" (or still holds the
 * draft's `YYYY-MM-DD` placeholder) are one summary, `draft/fields-to-fill`, "7 fields to fill in: ...", placed at
 * the first of them with the others as its related places; every other finding stands. The adapter decides when a
 * document is being written (the editor: an untitled document not yet saved, until asked for every finding); the
 * command line never asks for this.
 */
import type { Finding } from '../findings';
import type { AnalyzedDocument } from '../service';
import { walk, type ElementNode } from '../tree/node';
import type { Span } from '../text/span';

const datePlaceholder = 'YYYY-MM-DD';

interface Named {
  readonly node: ElementNode;
  readonly parent: ElementNode | undefined;
}

/** Each element by where its name starts: findings of an empty value sit on the element's name. */
function elementsByName(root: ElementNode): Map<number, Named> {
  const found = new Map<number, Named>();
  walk(root, (node, parent) => {
    found.set(node.nameSpan.start, { node, parent });
  });
  return found;
}

const sameSpan = (a: Span, b: Span) => a.start === b.start && a.end === b.end;

/** The field a finding says is still to fill in (a cell's `value` named by its cell), or undefined for any other finding. */
function fieldToFill(finding: Finding, text: string, elements: ReadonlyMap<number, Named>): string | undefined {
  const at = elements.get(finding.span.start);
  if (finding.rule === 'schema/missing-element') {
    // A YAML cell left empty (`transactionShares:`) has no value element.
    return finding.data?.missing === 'value' && at && sameSpan(at.node.nameSpan, finding.span) ? at.node.name : undefined;
  }
  if (finding.rule !== 'schema/invalid-value') return undefined;
  const spanned = text.slice(finding.span.start, finding.span.end).trim();
  const placeholder = spanned === datePlaceholder || spanned === `"${datePlaceholder}"` || spanned === `'${datePlaceholder}'`;
  const empty = at !== undefined && sameSpan(at.node.nameSpan, finding.span) && (at.node.text?.value.trim() ?? '') === '';
  if (!placeholder && !empty) return undefined;
  const named = placeholder
    ? [...elements.values()].find(
        (e) => e.node.text && e.node.text.span.start <= finding.span.start && finding.span.end <= e.node.text.span.end,
      )
    : at;
  if (!named) return undefined;
  return named.node.name === 'value' && named.parent ? named.parent.name : named.node.name;
}

/** The findings with those of empty fields made one summary; the same findings when there are none. */
export function withFieldsToFill(doc: AnalyzedDocument, findings: readonly Finding[]): Finding[] {
  if (!doc.root) return [...findings];
  const elements = elementsByName(doc.root);
  const toFill: { finding: Finding; field: string }[] = [];
  const rest: Finding[] = [];
  for (const finding of findings) {
    const field = fieldToFill(finding, doc.text, elements);
    if (field) toFill.push({ finding, field });
    else rest.push(finding);
  }
  if (toFill.length === 0) return [...findings];
  const [first, ...others] = toFill;
  const names = toFill.map((t) => t.field);
  const summary: Finding = {
    rule: 'draft/fields-to-fill',
    severity: 'information',
    message: `${names.length} ${names.length === 1 ? 'field' : 'fields'} to fill in: ${names.join(', ')}. Each is reported on its own once the draft is saved (or with Form 4: Show every finding).`,
    span: first.finding.span,
    related: others.map((t) => ({ span: t.finding.span, message: `${t.field}: to fill in` })),
  };
  return [summary, ...rest].sort((a, b) => a.span.start - b.span.start);
}
