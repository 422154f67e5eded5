/**
 * The fast reader's YAML nodes: just what the draft notation needs (structure/draftShape.ts), with offsets only.
 * `end` is where the node's source ends with trailing blanks left out, which is what the general reader's spans
 * use (read/yamlDraft.ts `nodeSpan`): a scalar's last character, the closing bracket of a flow collection, and for a
 * block collection the end of its last value, trailing comments included where YAML attaches them to that value.
 */

export interface FastScalar {
  readonly kind: 'scalar';
  /** The scalar's string: plain scalars as written, quoted and block scalars decoded. */
  readonly value: string;
  readonly start: number;
  readonly end: number;
  /** `key:` with nothing after it: YAML's empty plain scalar, which drafts read as "no value". */
  readonly isNull: boolean;
}

export interface FastPair {
  readonly key: FastScalar;
  readonly value: FastNode;
}

export interface FastMap {
  readonly kind: 'map';
  readonly flow: boolean;
  readonly pairs: FastPair[];
  readonly start: number;
  end: number;
}

export interface FastSeq {
  readonly kind: 'seq';
  readonly flow: boolean;
  readonly items: FastNode[];
  /** The offset of each item's `-` in a block list; empty for a flow list. */
  readonly dashes: number[];
  readonly start: number;
  end: number;
  /** Its items went to an {@link ItemSink} as they were read, so `items` and `dashes` are empty. */
  readonly streamed?: true;
}

/**
 * Takes a block list's items as the scanner reads them (`dash` the offset of the item's `-`), so that what is built
 * from each stands in for it at once: a 35,000-row draft's scanned rows then never exist together.
 */
export type ItemSink = (item: FastNode, dash: number) => void;

/** The sink for the block list under a top-level key, if it has one (asked as the key is read). */
export type SinkForKey = (key: FastScalar) => ItemSink | undefined;

export type FastNode = FastScalar | FastMap | FastSeq;

export function scalarNode(value: string, start: number, end: number, isNull = false): FastScalar {
  return { kind: 'scalar', value, start, end, isNull };
}
