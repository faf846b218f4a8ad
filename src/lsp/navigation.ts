/**
 * Navigation read from the files as written (the position index), so that it works while a file
 * has input errors: the items of a file (document symbols), where an objective or audience id is
 * defined (go to definition), and the ids that may be written after `supports:` and `targets:`
 * (completion).
 */
import { findNode } from '../load/locate.js';
import type { PosChild, PosMap, PosNode } from '../load/positions.js';
import type { Source } from '../load/source.js';
import type { PathSegment } from '../types.js';
import { pathAt } from './document.js';

/** One item of a list of mappings with ids: a tactic, an objective, an audience, a guardrail. */
export interface Item {
  /** The list it is in: `tactics`, `objectives`, `ideal_customers`, `exclude`, `guardrails`. */
  list: string;
  id: string;
  /** Its name, statement or reason, for a label. */
  detail: string | null;
  /** The whole item, and its id's value, as offsets. */
  start: number;
  end: number;
  idStart: number;
  idEnd: number;
}

const isNode = (c: PosChild | undefined): c is PosNode => c !== null && c !== undefined && typeof c === 'object';
const DETAIL_KEYS = ['name', 'statement', 'reason'];

/** The items of the top-level lists a playbook file holds, in file order. */
export function itemsOf(source: Source, lists: readonly string[]): Item[] {
  const root = source.root;
  if (root?.kind !== 'map') return [];
  const out: Item[] = [];
  for (const list of lists) {
    const i = root.keys.indexOf(list);
    const seq = i >= 0 ? root.children[i] : undefined;
    if (!isNode(seq) || seq.kind !== 'seq') continue;
    seq.children.forEach((child, j) => {
      if (!isNode(child) || child.kind !== 'map') return;
      const k = child.keys.indexOf('id');
      const id = k >= 0 ? child.children[k] : undefined;
      if (typeof id !== 'string' || child.spans[4 * k + 2]! < 0) return;
      const d = DETAIL_KEYS.map((key) => child.children[child.keys.indexOf(key)]).find((v) => typeof v === 'string');
      out.push({
        list,
        id,
        detail: typeof d === 'string' ? d : null,
        start: seq.spans[2 * j]!,
        end: contentEnd(source.text, seq.spans[2 * j]!, seq.spans[2 * j + 1]!),
        idStart: child.spans[4 * k + 2]!,
        idEnd: child.spans[4 * k + 3]!,
      });
    });
  }
  return out;
}

function contentEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** The lists of a strategy whose ids a tactic names. */
export const OBJECTIVES = ['objectives'] as const;
export const AUDIENCES = ['ideal_customers', 'exclude'] as const;

/** What the id under the cursor refers to: an objective (`supports`) or an audience (`targets`), with the id written. */
export function referenceAt(source: Source, offset: number): { kind: 'supports' | 'targets'; id: string; tactic: number } | null {
  const { path, onKey } = pathAt(source, offset);
  if (onKey || path[0] !== 'tactics' || typeof path[1] !== 'number') return null;
  const kind = path[2];
  if (kind !== 'supports' && kind !== 'targets') return null;
  // `supports: grow` (one id) or `supports: [grow]`; a target may also be an inline audience (a mapping), which names no id.
  if (path.length > 4 || (path.length === 4 && typeof path[3] !== 'number')) return null;
  const found = findNode(source, path);
  const id = found?.depth === path.length && found.spot.kind === 'scalar' ? found.spot.string : null;
  return id ? { kind, id, tactic: path[1] } : null;
}

/** The tactic or strategy item (objective, audience, guardrail) the cursor is in, by its place in the file. */
export function itemAt(source: Source, offset: number): { list: string; index: number; path: PathSegment[] } | null {
  const { path } = pathAt(source, offset);
  if (typeof path[0] !== 'string' || typeof path[1] !== 'number') return null;
  return { list: path[0], index: path[1], path };
}

/**
 * Which ids fit where the cursor is, from the line's text (the file may not parse while an id is
 * being typed): after `supports:` or `targets:` (`[a, b` included), or in a `- ` item of a block
 * list under one of them. Returns the key, and where the word being typed starts.
 */
export function completionContext(text: string, offset: number): { key: 'supports' | 'targets'; wordStart: number } | null {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const word = /[A-Za-z0-9_.-]*$/.exec(before)![0];
  const wordStart = offset - word.length;
  const inline = /^\s*(?:-\s+)?(supports|targets)\s*:\s*(?:\[(?:[^\]#]*,)?\s*)?[A-Za-z0-9_.-]*$/.exec(before);
  if (inline) return { key: inline[1] as 'supports' | 'targets', wordStart };
  const item = /^(\s*)-\s+[A-Za-z0-9_.-]*$/.exec(before);
  if (!item) return null;
  // The nearest line above that is indented less than the item's dash: the key the list belongs to.
  const indent = item[1]!.length;
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).replace(/\r$/, '');
    end = start - 1;
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const lineIndent = line.length - line.trimStart().length;
    if (lineIndent > indent || (lineIndent === indent && line.trimStart().startsWith('-'))) continue;
    const key = /^\s*(?:-\s+)?(supports|targets)\s*:\s*$/.exec(line);
    return key ? { key: key[1] as 'supports' | 'targets', wordStart } : null;
  }
  return null;
}

/** The map at the root of a source, when it is one. */
export const rootMap = (source: Source): PosMap | null => (source.root?.kind === 'map' ? source.root : null);
