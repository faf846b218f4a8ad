/**
 * The fast path of loading: builds the plain data and its position index straight from yaml's CST
 * (`Parser`), skipping the Document, its nodes and `toJS`, which cost about 40% of parsing.
 *
 * It accepts a conservative subset of YAML — block and flow collections, plain, quoted and block
 * scalars with string keys, comments — and mirrors yaml's composer (`yaml/dist/compose/*`) check
 * for check. Anything else, or anything yaml would warn or err about (anchors, aliases, tags,
 * directives, several documents, tabs, duplicate or over-long keys, too deep nesting, `__proto__`
 * and `<<` keys), returns null and the caller falls back to `parseDocument`, which reports it
 * exactly as before. A test checks that both paths give the same data, positions and findings on
 * every file of the YAML test suite.
 */
import { CST, Document, isScalar, LineCounter, Parser } from 'yaml';
import type { Limits } from './source.js';
import { posLeaf, posMap, posSeq, type PosLeaf, type PosMap, type PosNode, type PosSeq } from './positions.js';

type Token = CST.Token;
type SourceToken = CST.SourceToken;

/** Thrown (and caught below) when the input leaves the subset this composer handles. */
class Bail {}
const BAIL = new Bail();
const bail = (): never => {
  throw BAIL;
};

interface Props {
  found: SourceToken | null;
  comma: SourceToken | null;
  /** Offset after the last token. */
  end: number;
  hasNewline: boolean;
  hasComment: boolean;
}

// yaml's core schema, as parseDocument uses it: the same tags resolve plain scalars here.
const defaults = new Document();
const schema = defaults.schema;
const options = defaults.options;
type ScalarTag = { default?: boolean | 'key'; test?: RegExp; resolve(value: string, onError: (msg: string) => void, options: unknown): unknown };
const scalarTags = (schema.tags as unknown as Array<ScalarTag & { collection?: string }>).filter((t) => !t.collection && t.test);
// The tag for strings, under the symbol yaml's Schema keeps it (identity.SCALAR).
const stringTag = (schema as unknown as Record<symbol, ScalarTag>)[Symbol.for('yaml.scalar')]!;
const tagFor = (value: string, atKey: boolean) => scalarTags.find((t) => (t.default === true || (atKey && t.default === 'key')) && t.test!.test(value)) ?? stringTag;

const isBlock = (t: Token | null | undefined) => t?.type === 'block-map' || t?.type === 'block-seq';

/** yaml's containsNewline (util-contains-newline.js). */
function containsNewline(key: Token | null | undefined): boolean {
  if (!key) return false;
  switch (key.type) {
    case 'alias':
    case 'scalar':
    case 'double-quoted-scalar':
    case 'single-quoted-scalar':
      return key.source.includes('\n') || !!key.end?.some((st) => st.type === 'newline');
    default:
      // Flow collections and block scalars are never keys here.
      return true;
  }
}

/** yaml's emptyScalarPosition (util-empty-scalar-position.js). */
function emptyScalarPosition(offset: number, before: SourceToken[] | undefined): number {
  if (before) {
    for (let i = before.length - 1; i >= 0; --i) {
      let st = before[i]!;
      if (st.type === 'space' || st.type === 'comment' || st.type === 'newline') {
        offset -= st.source.length;
        continue;
      }
      st = before[++i]!;
      while (st?.type === 'space') {
        offset += st.source.length;
        st = before[++i]!;
      }
      break;
    }
  }
  return offset;
}

/** The part of yaml's resolveProps that can pass: no anchors, tags or tabs. */
function props(tokens: SourceToken[], indicator: string, offset: number, startOnNewline: boolean, flow: boolean): Props {
  let hasSpace = startOnNewline;
  let hasNewline = false;
  let hasComment = false;
  let found: SourceToken | null = null;
  let comma: SourceToken | null = null;
  for (const token of tokens) {
    switch (token.type) {
      case 'space':
        if (token.source.includes('\t')) bail();
        hasSpace = true;
        break;
      case 'comment':
        if (!hasSpace) bail();
        hasComment = true;
        break;
      case 'newline':
        hasNewline = true;
        hasSpace = true;
        break;
      case 'comma':
        if (!flow || comma) bail();
        comma = token;
        hasSpace = false;
        break;
      default:
        if (token.type !== indicator || found) bail();
        found = token;
        hasSpace = false;
    }
  }
  const last = tokens[tokens.length - 1];
  return { found, comma, end: last ? last.offset + last.source.length : offset, hasNewline, hasComment };
}

/** yaml's resolveEnd, passing only white space and comments. */
function endOf(end: SourceToken[] | undefined, offset: number, reqSpace: boolean): number {
  if (end) {
    let hasSpace = false;
    for (const token of end) {
      if (token.type === 'space' || token.type === 'newline') hasSpace = true;
      else if (token.type === 'comment') {
        if (reqSpace && !hasSpace) bail();
      } else bail();
      offset += token.source.length;
    }
  }
  return offset;
}

const onScalarError = () => bail();

class Composer {
  /** The value of the node composed last. */
  value: unknown = null;
  /** The end of the node composed last, trailing comments included (yaml's range[2]). */
  nodeEnd = 0;

  constructor(private readonly limits: Limits) {}

  scalar(token: Token, atKey: boolean): PosLeaf {
    if (token.type !== 'scalar' && token.type !== 'single-quoted-scalar' && token.type !== 'double-quoted-scalar' && token.type !== 'block-scalar') return bail();
    const r = CST.resolveAsScalar(token, true, onScalarError)!;
    let value: unknown = r.value;
    if (token.type === 'scalar') {
      // Like composeScalar: a tag may return a Scalar (null, floats) or a plain value.
      value = tagFor(r.value, atKey).resolve(r.value, onScalarError, options);
      if (isScalar(value)) value = value.value;
      if (value !== null && typeof value === 'object') bail();
    }
    this.value = value;
    this.nodeEnd = r.range[2];
    return posLeaf('scalar', r.range[0], r.range[1], typeof value === 'string' ? value : null);
  }

  /** yaml's composeEmptyNode: a null where a value is left out. */
  empty(offset: number, before: SourceToken[] | undefined, p: Props): PosLeaf {
    const at = emptyScalarPosition(offset, before);
    this.value = null;
    this.nodeEnd = p.hasComment ? p.end : at;
    return posLeaf('scalar', at, at, null);
  }

  node(token: Token, depth: number): PosNode {
    switch (token.type) {
      case 'block-map':
        return this.blockMap(token, depth + 1);
      case 'block-seq':
        return this.blockSeq(token, depth + 1);
      case 'flow-collection':
        return this.flow(token, depth + 1);
      default:
        return this.scalar(token, false);
    }
  }

  /** A mapping key: a one-line flow scalar whose value is a string that may be a plain object's key. */
  key(key: Token | null | undefined, seen: Set<string>): { node: PosLeaf; name: string } {
    if (!key || key.type === 'block-scalar' || containsNewline(key)) return bail();
    const node = this.scalar(key, true);
    const name = this.value;
    if (typeof name !== 'string' || name === '__proto__' || name === '<<' || name.length > this.limits.maxKeyLength || seen.has(name)) return bail();
    seen.add(name);
    return { node, name };
  }

  blockMap(bm: CST.BlockMap, depth: number): PosMap {
    if (depth > this.limits.maxDepth) bail();
    const data: Record<string, unknown> = {};
    const keys: string[] = [];
    const keyNodes: PosNode[] = [];
    const values: PosNode[] = [];
    const seen = new Set<string>();
    let offset = bm.offset;
    let commentEnd: number | null = null;
    for (const { start, key, sep, value } of bm.items) {
      const kp = props(start, 'explicit-key-ind', offset, true, false);
      if (kp.found) bail();
      if (key && (key.type === 'block-seq' || ('indent' in key && key.indent !== bm.indent))) bail();
      if (!sep) {
        if (key) bail();
        commentEnd = kp.end;
        continue;
      }
      const k = this.key(key, seen);
      const vp = props(sep, 'map-value-ind', this.nodeEnd, false, false);
      offset = vp.end;
      if (!vp.found || vp.comma) bail();
      if (value?.type === 'block-map' && !vp.hasNewline) bail();
      if (kp.end < vp.found!.offset - 1024) bail();
      const v = value ? this.node(value, depth) : this.empty(offset, sep, vp);
      offset = this.nodeEnd;
      data[k.name] = this.value;
      keys.push(k.name);
      keyNodes.push(k.node);
      values.push(v);
    }
    if (commentEnd !== null && commentEnd < offset) bail();
    this.value = data;
    this.nodeEnd = commentEnd ?? offset;
    return posMap(bm.offset, offset, keys, keyNodes, values);
  }

  blockSeq(bs: CST.BlockSequence, depth: number): PosSeq {
    if (depth > this.limits.maxDepth) bail();
    const data: unknown[] = [];
    const items: PosNode[] = [];
    let offset = bs.offset;
    let commentEnd: number | null = null;
    for (const { start, value } of bs.items) {
      const p = props(start, 'seq-item-ind', offset, true, false);
      if (!p.found) {
        if (value) bail();
        commentEnd = p.end;
        continue;
      }
      items.push(value ? this.node(value, depth) : this.empty(p.end, start, p));
      offset = this.nodeEnd;
      data.push(this.value);
    }
    this.value = data;
    this.nodeEnd = commentEnd ?? offset;
    return posSeq(bs.offset, offset, items);
  }

  flow(fc: CST.FlowCollection, depth: number): PosMap | PosSeq {
    if (depth > this.limits.maxDepth) bail();
    const isMap = fc.start.source === '{';
    const list: unknown[] = [];
    const data: Record<string, unknown> = {};
    const items: PosNode[] = [];
    const keys: string[] = [];
    const keyNodes: PosNode[] = [];
    const seen = new Set<string>();
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
      const { start, key, sep, value } = fc.items[i]!;
      const p = props(start, 'explicit-key-ind', offset, false, true);
      if (p.found) bail();
      if (!sep && !value) {
        // Only a trailing comma may stand alone: `[a, b,]`.
        if ((i === 0 && p.comma) || i < fc.items.length - 1 || key) bail();
        offset = p.end;
        continue;
      }
      if (i === 0 ? p.comma : !p.comma) bail();
      if (!isMap) {
        if (sep || key || !value || isBlock(value)) bail();
        items.push(this.node(value!, depth));
        offset = this.nodeEnd;
        list.push(this.value);
        continue;
      }
      if (isBlock(key)) bail();
      const k = this.key(key, seen);
      const vp = props(sep ?? [], 'map-value-ind', this.nodeEnd, false, true);
      if (!vp.found || vp.comma || isBlock(value)) bail();
      const v = value ? this.node(value, depth) : this.empty(vp.end, sep, vp);
      offset = this.nodeEnd;
      data[k.name] = this.value;
      keys.push(k.name);
      keyNodes.push(k.node);
      items.push(v);
    }
    const [ce, ...ee] = fc.end;
    if (ce?.source !== (isMap ? '}' : ']')) bail();
    const cePos = ce!.offset + ce!.source.length;
    this.nodeEnd = ee.length ? endOf(ee, cePos, true) : cePos;
    this.value = isMap ? data : list;
    return isMap ? posMap(fc.offset, cePos, keys, keyNodes, items) : posSeq(fc.offset, cePos, items);
  }

  document(doc: CST.Document): PosNode {
    const p = props(doc.start, 'doc-start', doc.offset, true, false);
    if (!doc.value) return bail();
    if (p.found && isBlock(doc.value) && !p.hasNewline) bail();
    const root = this.node(doc.value, 0);
    endOf(doc.end, this.nodeEnd, false);
    return root;
  }
}

export interface Composed {
  data: unknown;
  root: PosNode;
  lineCounter: LineCounter;
}

/**
 * The data and position index of a one-document file, or null when the file leaves the subset
 * handled here (the caller then uses parseDocument, which reports any error).
 */
export function composeFast(text: string, limits: Limits): Composed | null {
  const lineCounter = new LineCounter();
  const composer = new Composer(limits);
  let root: PosNode | null = null;
  try {
    for (const token of new Parser(lineCounter.addNewLine).parse(text)) {
      switch (token.type) {
        case 'document':
          if (root) return null;
          root = composer.document(token);
          break;
        case 'byte-order-mark':
        case 'space':
        case 'comment':
        case 'newline':
          break;
        default:
          return null;
      }
    }
  } catch (err) {
    if (err === BAIL) return null;
    throw err;
  }
  return root ? { data: composer.value, root, lineCounter } : null;
}
