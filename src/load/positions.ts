/**
 * Where each node of a parsed file sits: what `locate` needs, without keeping yaml's Document
 * (which costs about ten times the file's size in memory). Built either by the CST composer
 * (compose.ts) or, on the fallback path, from a Document.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';

// Plain objects (not classes), so that a worker thread can send them back as they are.

/** A scalar or an alias; `string` is the value when it is a string (evidence is found inside it). */
export interface PosLeaf {
  kind: 'scalar' | 'alias';
  start: number;
  end: number;
  string: string | null;
}

/** A mapping: its keys as `String(key)` (null for a key that is not a scalar), key nodes and values. */
export interface PosMap {
  kind: 'map';
  start: number;
  end: number;
  keys: Array<string | null>;
  keyNodes: Array<PosNode | null>;
  values: Array<PosNode | null>;
}

export interface PosSeq {
  kind: 'seq';
  start: number;
  end: number;
  items: Array<PosNode | null>;
}

export type PosNode = PosLeaf | PosMap | PosSeq;

export const posLeaf = (kind: PosLeaf['kind'], start: number, end: number, string: string | null): PosLeaf => ({ kind, start, end, string });
export const posMap = (start: number, end: number, keys: PosMap['keys'], keyNodes: PosMap['keyNodes'], values: PosMap['values']): PosMap => ({ kind: 'map', start, end, keys, keyNodes, values });
export const posSeq = (start: number, end: number, items: PosSeq['items']): PosSeq => ({ kind: 'seq', start, end, items });

/** Deeper than this, a Document's nodes are indexed as leaves: such a file is refused anyway. */
const MAX_INDEX_DEPTH = 256;

function indexNode(node: Node | null | undefined, depth: number): PosNode | null {
  if (!node) return null;
  const [start, end] = node.range ?? [0, 0];
  if (isMap(node) && depth < MAX_INDEX_DEPTH) {
    const keys: Array<string | null> = [];
    const keyNodes: Array<PosNode | null> = [];
    const values: Array<PosNode | null> = [];
    for (const pair of node.items) {
      const key = isPair(pair) ? (pair.key as Node | null) : null;
      keys.push(isScalar(key) ? String(key.value) : null);
      keyNodes.push(indexNode(key, depth + 1));
      values.push(indexNode(pair.value as Node | null, depth + 1));
    }
    return posMap(start, end, keys, keyNodes, values);
  }
  if (isSeq(node) && depth < MAX_INDEX_DEPTH) {
    return posSeq(start, end, node.items.map((item) => indexNode(item as Node | null, depth + 1)));
  }
  if (isAlias(node)) return posLeaf('alias', start, end, null);
  // A scalar, or a collection past the depth limit (kept as a leaf).
  return posLeaf('scalar', start, end, isScalar(node) && typeof node.value === 'string' ? node.value : null);
}

/** The position index of a Document's contents. */
export const indexDocument = (doc: Document.Parsed): PosNode | null => indexNode(doc.contents as Node | null, 0);
