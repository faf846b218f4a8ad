/**
 * Where each node of a parsed file sits: what `locate` needs, without keeping yaml's Document
 * (which costs about ten times the file's size in memory). Built either by the CST composer
 * (compose.ts) or, on the fallback path, from a Document.
 *
 * Compact on purpose — a big playbook has millions of scalars: only collections are objects.
 * A scalar is two numbers in its parent's `spans` plus one slot in `children`: its value when it
 * is a string (evidence is searched inside it), else null. Plain objects, not classes, so that a
 * worker thread can send them back as they are.
 */
import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';

/** An alias (only on the fallback path): paths stop at it. */
export interface PosAlias {
  kind: 'alias';
  start: number;
  end: number;
}

/** A mapping: per entry, its key as `String(key)` (null for a key that is not a scalar), 4 spans (key start and end, value start and end; -1 for no value) and its value. */
export interface PosMap {
  kind: 'map';
  start: number;
  end: number;
  keys: Array<string | null>;
  spans: number[];
  children: PosChild[];
}

/** A sequence: per item, 2 spans (start, end) and its value. */
export interface PosSeq {
  kind: 'seq';
  start: number;
  end: number;
  spans: number[];
  children: PosChild[];
}

/** A file that holds a single scalar (the root only: other scalars live in their parent's spans). */
export interface PosScalar {
  kind: 'scalar';
  start: number;
  end: number;
  string: string | null;
}

export type PosNode = PosMap | PosSeq | PosAlias | PosScalar;
/** A collection or alias, a string scalar's value, or null for any other scalar. */
export type PosChild = PosNode | string | null;

export const posMap = (start: number, end: number, keys: PosMap['keys'], spans: number[], children: PosChild[]): PosMap => ({
  kind: 'map',
  start,
  end,
  keys,
  spans,
  children,
});
export const posSeq = (start: number, end: number, spans: number[], children: PosChild[]): PosSeq => ({ kind: 'seq', start, end, spans, children });

/** Deeper than this, a Document's collections are indexed as plain scalars: such a file is refused anyway. */
const MAX_INDEX_DEPTH = 256;

/** Adds a node's spans to its parent's and returns its child slot. */
function child(node: Node | null | undefined, spans: number[], depth: number): PosChild {
  if (!node) {
    spans.push(-1, -1);
    return null;
  }
  const [start, end] = node.range ?? [0, 0];
  spans.push(start, end);
  if ((isMap(node) || isSeq(node)) && depth < MAX_INDEX_DEPTH) return indexNode(node, depth);
  if (isAlias(node)) return { kind: 'alias', start, end };
  return isScalar(node) && typeof node.value === 'string' ? node.value : null;
}

function indexNode(node: Node, depth: number): PosNode {
  const [start, end] = node.range ?? [0, 0];
  const spans: number[] = [];
  const children: PosChild[] = [];
  if (isMap(node)) {
    const keys: Array<string | null> = [];
    for (const pair of node.items) {
      const key = isPair(pair) ? (pair.key as Node | null) : null;
      keys.push(isScalar(key) ? String(key.value) : null);
      // A key that is a collection is kept as a scalar: paths never go through keys.
      if (key) spans.push(...(key.range ?? [0, 0]).slice(0, 2));
      else spans.push(-1, -1);
      children.push(child(pair.value as Node | null, spans, depth + 1));
    }
    return posMap(start, end, keys, spans, children);
  }
  for (const item of (node as { items: Array<Node | null> }).items) children.push(child(item, spans, depth + 1));
  return posSeq(start, end, spans, children);
}

/** The root of an index, from its child slot and spans. */
export const rootOf = (c: PosChild, spans: number[]): PosNode =>
  c !== null && typeof c === 'object' ? c : { kind: 'scalar', start: spans[0]!, end: spans[1]!, string: c };

/** The position index of a Document's contents; null for an empty file. */
export function indexDocument(doc: Document.Parsed): PosNode | null {
  const contents = doc.contents as Node | null;
  if (!contents) return null;
  const spans: number[] = [];
  return rootOf(child(contents, spans, 0), spans);
}

/** This module's file, for the parse cache's key (cache.ts). */
export const MODULE_URL = import.meta.url;
