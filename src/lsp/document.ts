/**
 * A loaded file as the editor sees it: which path into the data a cursor is on, and the small edits
 * the quick fixes make (a key added to a mapping, an item to a list), in the file's own layout.
 * Reads the position index the load stage built (load/positions.ts); never parses YAML itself.
 */
import { findNode } from '../load/locate.js';
import type { PosChild, PosMap, PosNode, PosSeq } from '../load/positions.js';
import type { Source } from '../load/source.js';
import type { Path, PathSegment } from '../types.js';

/** Where an offset is: the path of the deepest node holding it, and whether it is on that node's key. */
export interface PathAt {
  path: PathSegment[];
  onKey: boolean;
}

const isNode = (c: PosChild): c is PosNode => c !== null && typeof c === 'object';

/** The path at an offset (a cursor at the end of a word is still on it). */
export function pathAt(source: Source, offset: number): PathAt {
  const path: PathSegment[] = [];
  let node: PosNode | null = source.root;
  while (node) {
    let next: PosNode | null = null;
    if (node.kind === 'map') {
      const sp = node.spans;
      for (let i = 0; i < node.keys.length; i++) {
        const key = node.keys[i];
        if (key === null || key === undefined) continue;
        if (sp[4 * i]! >= 0 && offset >= sp[4 * i]! && offset <= sp[4 * i + 1]!) return { path: [...path, key], onKey: true };
        if (sp[4 * i + 2]! >= 0 && offset >= sp[4 * i + 2]! && offset <= sp[4 * i + 3]!) {
          path.push(key);
          const child = node.children[i]!;
          next = isNode(child) ? child : null;
          break;
        }
      }
    } else if (node.kind === 'seq') {
      for (let i = 0; i < node.children.length; i++) {
        if (offset >= node.spans[2 * i]! && offset <= node.spans[2 * i + 1]!) {
          path.push(i);
          const child = node.children[i]!;
          next = isNode(child) ? child : null;
          break;
        }
      }
    }
    if (!next) break;
    node = next;
  }
  return { path, onKey: false };
}

/** The node at a path, when the whole path exists. */
function nodeAt(source: Source, path: Path): { node?: PosNode; start: number; end: number } | null {
  const found = findNode(source, path);
  if (!found || found.depth !== path.length) return null;
  return { ...(found.spot.node ? { node: found.spot.node } : {}), start: found.spot.start, end: found.spot.end };
}

/** An insertion: the text to put at an offset. */
export interface Insertion {
  offset: number;
  text: string;
}

const eolOf = (text: string) => (text.includes('\r\n') ? '\r\n' : '\n');
const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
/** The end of the line holding `offset`, before its line break. */
function lineEnd(text: string, offset: number): number {
  const n = text.indexOf('\n', offset);
  const end = n < 0 ? text.length : n;
  return end > 0 && text[end - 1] === '\r' ? end - 1 : end;
}
/** The end of a node's content: its span without the white space and comments after it. */
function contentEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/**
 * A key added at the end of a block mapping (the tactic or objective at `path`), lined up with its
 * keys: `lines` are the key's line and those below it, indented relative to the key. Null when the
 * mapping is written in flow style (`{ … }`) or is not there.
 */
export function addKey(source: Source, path: Path, lines: string[]): Insertion | null {
  const at = nodeAt(source, path);
  const map = at?.node;
  if (map?.kind !== 'map' || !map.keys.length || source.text[map.start] === '{') return null;
  const text = source.text;
  const first = map.spans[0]!;
  if (first < 0) return null;
  const indent = ' '.repeat(first - lineStart(text, first));
  const end = lineEnd(text, contentEnd(text, map.start, lastEnd(map)));
  const eol = eolOf(text);
  return { offset: end, text: lines.map((l) => `${eol}${indent}${l}`).join('') };
}

/** Where a mapping's last entry ends. */
function lastEnd(map: PosMap): number {
  const i = map.keys.length - 1;
  return Math.max(map.spans[4 * i + 1]!, map.spans[4 * i + 3]!);
}

/**
 * An item added at the end of the list at `path`: in a flow list (`[a, b]`) after a comma, in a
 * block list on a line of its own below the last item (`lines` after the first indented under it).
 * Null when the list is not there.
 */
export function addItem(source: Source, path: Path, lines: string[]): Insertion | null {
  const at = nodeAt(source, path);
  const seq = at?.node;
  if (seq?.kind !== 'seq') return null;
  const text = source.text;
  if (text[seq.start] === '[') {
    const close = text.lastIndexOf(']', seq.end);
    if (close < seq.start || lines.length !== 1) return null;
    return { offset: close, text: seq.children.length ? `, ${lines[0]}` : lines[0]! };
  }
  return blockItem(text, seq, lines);
}

function blockItem(text: string, seq: PosSeq, lines: string[]): Insertion | null {
  const n = seq.children.length;
  if (!n) return null;
  const lastStart = seq.spans[2 * (n - 1)]!;
  const from = lineStart(text, lastStart);
  const dash = text.indexOf('-', from);
  if (dash < 0 || dash > lastStart) return null;
  const indent = ' '.repeat(dash - from);
  const end = lineEnd(text, contentEnd(text, lastStart, seq.spans[2 * (n - 1) + 1]!));
  const eol = eolOf(text);
  return { offset: end, text: lines.map((l, i) => `${eol}${indent}${i === 0 ? '- ' : '  '}${l}`).join('') };
}

/** Whether the node at a path exists. */
export const has = (source: Source, path: Path): boolean => nodeAt(source, path) !== null;

/** The range of the node at a path, as offsets; for a mapping, its whole extent without trailing space. */
export function spanOf(source: Source, path: Path): { start: number; end: number } | null {
  const at = nodeAt(source, path);
  return at ? { start: at.start, end: contentEnd(source.text, at.start, at.end) } : null;
}
