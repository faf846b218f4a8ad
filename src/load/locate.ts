/** Turns a path into the data (tactics.0.offer.discount) into a range in the file, falling back to the closest existing ancestor. */
import type { Location, Path } from '../types.js';
import type { PosNode } from './positions.js';
import { offsetsToLocation, type Source } from './source.js';

interface Found {
  node: PosNode;
  /** The key node, when the last step was a mapping key. */
  keyNode?: PosNode | undefined;
  /** How many steps of the path were found. */
  depth: number;
}

/** Walks the position index along the path, as far as it goes. */
export function findNode(source: Source, path: Path): Found | null {
  let node = source.root;
  if (!node) return null;
  let keyNode: PosNode | undefined;
  let depth = 0;
  for (const step of path) {
    let next: PosNode | null | undefined;
    let nextKey: PosNode | undefined;
    if (node.kind === 'map') {
      const i = node.keys.indexOf(String(step));
      if (i >= 0) {
        nextKey = node.keyNodes[i] ?? undefined;
        // A key with no value at all (`? key`): point at the key.
        next = node.values[i] ?? nextKey;
      }
    } else if (node.kind === 'seq' && typeof step === 'number') {
      next = node.items[step];
    }
    if (!next) break;
    node = next;
    keyNode = nextKey;
    depth++;
  }
  return { node, keyNode, depth };
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
  const start = target.start;
  const end = trimEnd(source.text, start, target.end);
  if (complete && opts.needle && target.kind === 'scalar' && target.string !== null) {
    const span = needleSpan(source.text.slice(start, end), target.string, opts.needle, opts.needleAt);
    if (span) return offsetsToLocation(source, start + span[0], start + span[1]);
  }
  // A whole mapping: mark its first line only, so excerpts stay short.
  if (target.kind === 'map') {
    const firstKey = target.keyNodes[0];
    if (firstKey) {
      const value = target.values[0];
      const valueEnd = value && value.kind !== 'map' && value.kind !== 'seq' ? value.end : firstKey.end;
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
