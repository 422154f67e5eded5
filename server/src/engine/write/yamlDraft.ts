/**
 * The element tree to the draft notation (structure/draftShape.ts), choosing the friendliest form that reads back to
 * the same tree: folded cells, `footnotes` lists and maps, mappings in document order. Where a mapping cannot keep
 * the children's order (a name that comes back after another, an element repeated where the schema allows one) the
 * content is written in the ordered form, a list of one-key mappings, as tables always are.
 *
 * Comments go where the tree puts them, as whole lines (docs/architecture.md, "Comments"): one before child `at` is
 * written before that child's key or list item; one at the end after the last child; one inside what the draft writes
 * as a scalar (a folded cell, a leaf) before its key if it stood first, else after it. Processing instructions
 * cannot be written in YAML: they are left out, and convert says so.
 */
import {
  attributeKeyPrefix,
  childTypeOf,
  definesFootnotes,
  draftRootType,
  escapeElementName,
  footnoteElement,
  footnoteIdAttribute,
  footnoteRefElement,
  footnotesKey,
  foldsIntoScalar,
  isRepeatable,
  sequenceListsOccurrences,
  takesFootnoteRefs,
  textKey,
  valueElement,
  writesOrdered,
} from '../structure/draftShape';
import type { TypeDef } from '../structure/schema';
import { commentLines, type CommentNode, type ElementNode } from '../tree/node';
import { joinComments, type CommentLines, type YamlEntry, type YamlValue } from './yamlText';

/** A key with nothing after it. A new object each time: the draft writer attaches comments to values. */
const nothing = (): YamlValue => ({ kind: 'null' });

/** YAML keys longer than this must be written as explicit keys, which drafts do not use. */
const maxKeyLength = 1000;

/**
 * The root element's content as the draft's top-level mapping (or list, in the ordered form). A draft is always an
 * ownership document: the root element's own name is not written.
 */
export function draftOf(root: ElementNode): YamlValue {
  written = new WeakMap();
  const draft = contentOf(root, draftRootType, true);
  for (const comment of root.outside ?? []) addLines(draft, comment.at === 0 ? 'before' : 'after', comment);
  written = new WeakMap();
  return draft;
}

/** The value each element of the tree being written became, for placing its parent's comments. */
let written = new WeakMap<ElementNode, YamlValue>();

/** `value`, the content written for `element`, with the element's comments placed in it or around it. */
function withComments(element: ElementNode, value: YamlValue): YamlValue {
  written.set(element, value);
  const comments = element.comments ?? [];
  if (value.kind === 'scalar' || value.kind === 'null') {
    // Nothing in a scalar can hold a comment: those of the element (and of a folded `value`) go around the entry.
    for (const comment of comments) if (comment.at === 0) addLines(value, 'before', comment);
    for (const child of element.children) for (const comment of child.comments ?? []) addLines(value, 'after', comment);
    for (const comment of comments) if (comment.at > 0) addLines(value, 'after', comment);
    return value;
  }
  const children = element.children;
  // Before a child, the parent's comments come first: the child's own were placed when it was written.
  const leading = new Map<YamlValue, CommentLines>();
  for (const comment of comments) {
    const target = comment.at < children.length ? written.get(children[comment.at]!) : undefined;
    if (target) {
      if (!leading.has(target)) leading.set(target, []);
      pushLines(leading.get(target)!, comment);
    } else {
      const last = children.length > 0 ? written.get(children[children.length - 1]!) : undefined;
      addLines(last ?? value, 'after', comment);
    }
  }
  for (const [target, lines] of leading) target.before = joinComments(lines, target.before);
  return value;
}

function addLines(value: YamlValue, where: 'before' | 'after', comment: CommentNode): void {
  pushLines((value[where] ??= []), comment);
}

/**
 * A comment's lines (./yamlText.ts writes each as a `#` line), apart from the comment before it; an instruction has
 * none a draft could hold.
 */
function pushLines(lines: CommentLines, comment: CommentNode): void {
  if (comment.instruction) return;
  if (lines.length > 0) lines.push(null);
  for (const line of commentLines(comment.text)) lines.push(line);
}

/**
 * An element's content. `collection` asks for a mapping or list even where a scalar or nothing would do (the root,
 * and places where a scalar would mean something else).
 */
function contentOf(element: ElementNode, type: TypeDef | undefined, collection = false): YamlValue {
  return withComments(element, bareContentOf(element, type, collection));
}

function bareContentOf(element: ElementNode, type: TypeDef | undefined, collection: boolean): YamlValue {
  if (definesFootnotes(type)) {
    const definitions = footnoteDefinitions(element, type);
    if (definitions) return definitions;
  }
  const folds = foldsIntoScalar(type);
  if (!collection && folds) {
    const folded = foldedCell(element);
    if (folded) return folded;
  }
  // A scalar is the element's text, except in a cell, where it is the `value` child's.
  if (!collection && !folds && element.attributes.length === 0 && element.children.length === 0) {
    return element.text ? scalar(element.text.value) : nothing();
  }
  const own = ownEntries(element);
  const runs = childRuns(element, type);
  // Footnote definitions that could not be a map by id fall back to the ordered form: in a mapping under
  // `footnotes` the keys would be read as ids.
  const ordered = writesOrdered(type) || definesFootnotes(type);
  const entries = ordered ? undefined : mappingEntries(runs, type, own);
  if (entries) return { kind: 'map', entries: [...own, ...entries], flow: folds && isFlowable([...own, ...entries]) };
  const items = [...own, ...runs.flatMap((run) => orderedEntries(run, type))];
  return { kind: 'seq', items: items.map((entry) => ({ kind: 'map', entries: [entry] })) };
}

/** Attributes (`"@name"`) and the element's own text (`"#text"`) beside its children. */
function ownEntries(element: ElementNode): YamlEntry[] {
  const entries = element.attributes.map((a) => ({ key: attributeKeyPrefix + a.name, value: scalar(a.value.value) }));
  if (element.text) entries.push({ key: textKey, value: scalar(element.text.value) });
  return entries;
}

/** `transactionShares: 1500` for `<transactionShares><value>1500</value></transactionShares>`; undefined if it has more. */
function foldedCell(element: ElementNode): YamlValue | undefined {
  if (element.attributes.length > 0 || element.text) return undefined;
  if (element.children.length === 0) return nothing();
  const [only] = element.children;
  if (element.children.length !== 1 || only!.name !== valueElement || only!.attributes.length > 0 || only!.children.length > 0)
    return undefined;
  // An empty `value` is `""`, told apart from a cell with no `value` at all (`key:` with nothing).
  return scalar(only!.text?.value ?? '');
}

// ---- children in runs ----------------------------------------------------------------------------------------------

/** Consecutive children written under one key: a run of same-named elements, or of footnote references in a cell. */
interface Run {
  readonly key: string;
  /** The elements' name (the key may differ: `footnotes` for references, `<footnotes>` for an element so named). */
  readonly name: string;
  readonly elements: readonly ElementNode[];
  readonly kind: 'elements' | 'references';
}

function childRuns(element: ElementNode, type: TypeDef | undefined): Run[] {
  const refs = takesFootnoteRefs(type);
  // Each run's list is appended to in place: copying it per element made a run of n same-named elements cost n².
  const runs: Array<Run & { readonly elements: ElementNode[] }> = [];
  for (const child of element.children) {
    const kind: Run['kind'] = refs && child.name === footnoteRefElement ? 'references' : 'elements';
    const key = kind === 'references' ? footnotesKey : refs && child.name === footnotesKey ? escapeElementName(child.name) : child.name;
    const last = runs[runs.length - 1];
    if (last && last.kind === kind && last.name === child.name) last.elements.push(child);
    else runs.push({ key, name: child.name, elements: [child], kind });
  }
  return runs;
}

/**
 * One entry per run, or undefined when a mapping cannot hold them beside the element's own `@`/`#text` entries (a key
 * twice, a repeat the notation cannot list).
 */
function mappingEntries(runs: readonly Run[], type: TypeDef | undefined, own: readonly YamlEntry[]): YamlEntry[] | undefined {
  const keys = new Set(own.map((entry) => entry.key));
  if (keys.size < own.length) return undefined;
  const entries: YamlEntry[] = [];
  for (const run of runs) {
    if (keys.has(run.key)) return undefined;
    keys.add(run.key);
    const value = runValue(run, type);
    if (!value) return undefined;
    entries.push({ key: run.key, value });
  }
  return entries;
}

function runValue(run: Run, type: TypeDef | undefined): YamlValue | undefined {
  if (run.kind === 'references') return references(run.elements, childTypeOf(type, footnoteRefElement));
  const childType = childTypeOf(type, run.name);
  if (!sequenceListsOccurrences(type, run.name)) return run.elements.length === 1 ? contentOf(run.elements[0]!, childType) : undefined;
  if (run.elements.length === 1 && !isRepeatable(type, run.name)) return single(contentOf(run.elements[0]!, childType));
  return { kind: 'seq', items: run.elements.map((e) => contentOf(e, childType)) };
}

/** The ordered form's entries for a run: references stay one list, other elements get an entry each. */
function orderedEntries(run: Run, type: TypeDef | undefined): YamlEntry[] {
  if (run.kind === 'references') return [{ key: run.key, value: runValue(run, type)! }];
  const childType = childTypeOf(type, run.name);
  const listsOccurrences = sequenceListsOccurrences(type, run.name);
  return run.elements.map((element) => {
    const content = contentOf(element, childType);
    return { key: run.key, value: listsOccurrences ? single(content) : content };
  });
}

/** Under a key whose list repeats the element, one occurrence given in the ordered form must be a list of one. */
function single(content: YamlValue): YamlValue {
  return content.kind === 'seq' ? { kind: 'seq', items: [content] } : content;
}

// ---- footnotes -----------------------------------------------------------------------------------------------------

/** `footnotes: [F1, F3]`; a reference with more than an id is written out as a mapping. */
function references(refs: readonly ElementNode[], refType: TypeDef | undefined): YamlValue {
  const items = refs.map((ref): YamlValue => {
    const [id] = ref.attributes;
    const plain = ref.attributes.length === 1 && id!.name === footnoteIdAttribute && ref.children.length === 0 && !ref.text;
    return plain ? withComments(ref, scalar(id!.value.value)) : contentOf(ref, refType, true);
  });
  return { kind: 'seq', items, flow: items.every((item) => item.kind === 'scalar') };
}

/**
 * `footnotes: {F1: text}`: possible when every child is a `footnote` whose first attribute is its id, and the ids are
 * distinct and cannot be mistaken for `@attribute` or `#text` keys. Otherwise undefined (the ordered form is used).
 */
function footnoteDefinitions(element: ElementNode, type: TypeDef | undefined): YamlValue | undefined {
  const footnoteType = childTypeOf(type, footnoteElement);
  const entries = ownEntries(element);
  const ids = new Set<string>();
  if (new Set(entries.map((entry) => entry.key)).size < entries.length) return undefined;
  for (const child of element.children) {
    const [id, ...others] = child.attributes;
    if (child.name !== footnoteElement || !id || id.name !== footnoteIdAttribute) return undefined;
    const key = id.value.value;
    if (ids.has(key) || key.startsWith(attributeKeyPrefix) || key === textKey || key.length > maxKeyLength) return undefined;
    ids.add(key);
    entries.push({ key, value: withComments(child, bareContentOf({ ...child, attributes: others }, footnoteType, false)) });
  }
  return { kind: 'map', entries };
}

// ---- values --------------------------------------------------------------------------------------------------------

function scalar(value: string): YamlValue {
  return { kind: 'scalar', value };
}

/** A cell's `{value: 12.5, footnotes: [F2]}` fits on one line when every value is a one-line scalar or a flow list. */
function isFlowable(entries: readonly YamlEntry[]): boolean {
  return entries.every(
    ({ value }) => (value.kind === 'scalar' && !value.value.includes('\n')) || (value.kind === 'seq' && value.flow === true),
  );
}
