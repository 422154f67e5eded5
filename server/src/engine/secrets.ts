/**
 * Secrets a filing may hold that must not travel with an exported draft. The one Form 4 knows is the reporting
 * owner's CCC (`rptOwnerCcc`, the EDGAR access code): with the CIK it lets anyone file in the owner's name, and EDGAR
 * strips it from the public copy. A YAML draft is the kind of file that ends up in repositories and e-mails, so
 * conversion to YAML leaves the code out unless the user asks for it.
 */
import type { Finding } from './findings';
import type { ElementNode } from './tree/node';

export const cccElement = 'rptOwnerCcc';

export interface WithoutCcc {
  /** The tree without any non-empty `rptOwnerCcc`; the very same object when there was none. */
  readonly root: ElementNode;
  /** The elements left out, in document order. */
  readonly removed: readonly ElementNode[];
}

/** An `rptOwnerCcc` holding a code. An empty one holds no secret and is kept, so nothing else is lost. */
function holdsCcc(node: ElementNode): boolean {
  return node.name === cccElement && (node.text?.value.trim() ?? '') !== '';
}

/**
 * The tree with every code-holding `rptOwnerCcc` removed, wherever it stands (a misplaced one is no less secret).
 * Only the elements on the way to a removed one are copied; the walk uses an explicit stack, so a tree as deep as
 * the reader allows cannot overflow the call stack.
 */
export function withoutCcc(root: ElementNode): WithoutCcc {
  const removed: ElementNode[] = [];
  // Post-order: each frame collects its children's results, then builds its own node.
  interface Frame {
    readonly node: ElementNode;
    next: number;
    readonly kept: ElementNode[];
    changed: boolean;
    /** The indices of the children left out, for moving the comments after them (ElementNode.comments `at`). */
    readonly removedAt: number[];
  }
  const stack: Frame[] = [{ node: root, next: 0, kept: [], changed: false, removedAt: [] }];
  let result: ElementNode = root;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    if (frame.next < frame.node.children.length) {
      const child = frame.node.children[frame.next++];
      if (holdsCcc(child)) {
        removed.push(child);
        frame.removedAt.push(frame.next - 1);
        frame.changed = true;
      } else if (child.children.length === 0) {
        frame.kept.push(child);
      } else {
        stack.push({ node: child, next: 0, kept: [], changed: false, removedAt: [] });
      }
      continue;
    }
    stack.pop();
    const built = frame.changed ? { ...frame.node, children: frame.kept, ...shiftedComments(frame.node, frame.removedAt) } : frame.node;
    const parent = stack[stack.length - 1];
    if (!parent) result = built;
    else {
      parent.kept.push(built);
      if (built !== frame.node) parent.changed = true;
    }
  }
  return { root: result, removed };
}

/** The element's comments with `at` counting only the children kept, when some were left out. */
function shiftedComments(node: ElementNode, removedAt: readonly number[]): Pick<ElementNode, 'comments'> {
  if (!node.comments || removedAt.length === 0) return {};
  return { comments: node.comments.map((c) => ({ ...c, at: c.at - removedAt.filter((i) => i < c.at).length })) };
}

/** The warning for each code left out of an export, on the element's name in the source. */
export function cccLeftOutFindings(removed: readonly ElementNode[]): Finding[] {
  return removed.map((node) => ({
    rule: 'owner/ccc-present',
    severity: 'warning',
    message:
      'rptOwnerCcc holds an EDGAR access code, a secret: it was left out of the YAML draft. ' +
      'To keep it, convert with the include-CCC option (`form4 convert --include-ccc`).',
    span: node.nameSpan,
  }));
}
