/** Turns a path into the data (tactics.0.offer.discount) into a range in the file, falling back to the closest existing ancestor. */
import { isAlias, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { Location, Path } from '../types.js';
import { offsetsToLocation, type Source } from './source.js';

interface Found {
  node: Node;
  /** The key node, when the last step was a mapping key. */
  keyNode?: Node;
  /** How many steps of the path were found. */
  depth: number;
}

function keyMatches(key: unknown, want: string | number): boolean {
  if (isScalar(key)) return String(key.value) === String(want);
  return false;
}

/** Walks the YAML nodes along the path, as far as they go. */
export function findNode(source: Source, path: Path): Found | null {
  let node = source.doc.contents as Node | null;
  if (!node) return null;
  let keyNode: Node | undefined;
  let depth = 0;
  for (const step of path) {
    if (isAlias(node)) break;
    let next: Node | null | undefined;
    let nextKey: Node | undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyMatches(p.key, step));
      if (pair) {
        next = pair.value as Node | null;
        nextKey = pair.key as Node;
        // `key:` with no value: point at the key.
        if (!next) next = nextKey;
      }
    } else if (isSeq(node) && typeof step === 'number') {
      next = node.items[step] as Node | undefined;
      nextKey = undefined;
    }
    if (!next) break;
    node = next;
    keyNode = nextKey;
    depth++;
  }
  return { node, keyNode, depth };
}

function rangeOf(node: Node): [number, number] {
  const r = node.range ?? [0, 0, 0];
  return [r[0], r[1]];
}

/** Trims a range so that it does not end in white space or a comment line. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return end;
}

/**
 * Locates a path in a source. `key` points at the mapping key; `needle` narrows a string value to
 * the first place the needle occurs in it (evidence inside a description).
 */
export function locate(source: Source, path: Path, opts: { key?: boolean; needle?: string; needleAt?: number } = {}): Location {
  const found = findNode(source, path);
  if (!found) return offsetsToLocation(source, 0, 0);
  const complete = found.depth === path.length;
  const target = complete && opts.key && found.keyNode ? found.keyNode : found.node;
  let [start, end] = rangeOf(target);
  end = trimEnd(source.text, start, end);
  if (complete && opts.needle && isScalar(target) && typeof target.value === 'string') {
    const span = needleSpan(source.text.slice(start, end), target.value, opts.needle, opts.needleAt);
    if (span) return offsetsToLocation(source, start + span[0], start + span[1]);
  }
  // A whole mapping or sequence: mark its first line only, so excerpts stay short.
  if (isMap(target) || isSeq(target)) {
    const first = target.items[0];
    const firstNode = isPair(first) ? (first.key as Node) : (first as Node | undefined);
    if (firstNode?.range && isMap(target)) {
      const pair = first as { value?: Node | null };
      const valueEnd = pair.value?.range && !isMap(pair.value) && !isSeq(pair.value) ? pair.value.range[1] : firstNode.range[1];
      return offsetsToLocation(source, start, trimEnd(source.text, start, valueEnd));
    }
  }
  return offsetsToLocation(source, start, end);
}

/** Where a phrase sits inside the source text of a scalar, by its offset in the value when the two agree. */
function needleSpan(raw: string, value: string, needle: string, at?: number): [number, number] | null {
  if (at !== undefined) {
    // Plain or quoted scalar written on one line: the value sits in the source as it is.
    const inner = raw.startsWith('"') || raw.startsWith("'") ? 1 : 0;
    if (raw.slice(inner, inner + value.length) === value) return [inner + at, inner + at + needle.length];
  }
  const i = raw.toLowerCase().indexOf(needle.toLowerCase());
  return i >= 0 ? [i, i + needle.length] : null;
}
