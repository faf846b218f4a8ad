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
import { CST, Document, isScalar, Lexer, LineCounter, Parser } from 'yaml';
import { posMap, posSeq, rootOf } from './positions.js';
/**
 * Thrown when the parser opens a collection deeper than the limit. yaml's composer recurses once
 * per level of nesting, and a few thousand levels (`[` × 1,000 is one kilobyte) exhaust V8's stack
 * inside a regular expression it compiles on the way, which aborts the whole process (`FATAL ERROR:
 * RegExpCompiler Allocation failed`, exit 134) with nothing to catch. yaml's parser keeps its open
 * collections on a stack of its own, without recursion, so the depth is known before anything
 * composes: `depthChecked` stops there, at the collection that is one level too deep.
 */
export class TooDeep {
    offset;
    constructor(offset) {
        this.offset = offset;
    }
}
const isCollection = (t) => t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection';
/** Throws TooDeep when more than `maxDepth` collections are open on the parser's stack. */
export function checkDepth(stack, maxDepth) {
    // Only collections count, and the stack holds little else: most lexemes cost one comparison.
    if (stack.length <= maxDepth)
        return;
    let open = 0;
    for (const t of stack)
        if (isCollection(t) && ++open > maxDepth)
            throw new TooDeep(t.offset);
}
/** yaml's `Parser.parse`, refusing nesting deeper than `maxDepth` as soon as the parser opens it (see TooDeep). */
export function* depthChecked(text, parser, maxDepth) {
    for (const lexeme of new Lexer().lex(text)) {
        yield* parser.next(lexeme);
        checkDepth(parser.stack, maxDepth);
    }
    yield* parser.end();
}
/** Thrown (and caught below) when the input leaves the subset this composer handles. */
class Bail {
}
const BAIL = new Bail();
const bail = () => {
    throw BAIL;
};
let core;
function coreSchema() {
    if (!core) {
        const { schema, options } = new Document();
        core = {
            options,
            scalarTags: schema.tags.filter((t) => !t.collection && t.test),
            stringTag: schema[Symbol.for('yaml.scalar')],
        };
    }
    return core;
}
const tagFor = (c, value, atKey) => c.scalarTags.find((t) => (t.default === true || (atKey && t.default === 'key')) && t.test.test(value)) ?? c.stringTag;
const isBlock = (t) => t?.type === 'block-map' || t?.type === 'block-seq';
/** yaml's containsNewline (util-contains-newline.js). */
function containsNewline(key) {
    if (!key)
        return false;
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
function emptyScalarPosition(offset, before) {
    if (before) {
        for (let i = before.length - 1; i >= 0; --i) {
            let st = before[i];
            if (st.type === 'space' || st.type === 'comment' || st.type === 'newline') {
                offset -= st.source.length;
                continue;
            }
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}
/** The part of yaml's resolveProps that can pass: no anchors, tags or tabs. */
function props(tokens, indicator, offset, startOnNewline, flow) {
    let hasSpace = startOnNewline;
    let hasNewline = false;
    let hasComment = false;
    let found = null;
    let comma = null;
    for (const token of tokens) {
        switch (token.type) {
            case 'space':
                if (token.source.includes('\t'))
                    bail();
                hasSpace = true;
                break;
            case 'comment':
                if (!hasSpace)
                    bail();
                hasComment = true;
                break;
            case 'newline':
                hasNewline = true;
                hasSpace = true;
                break;
            case 'comma':
                if (!flow || comma)
                    bail();
                comma = token;
                hasSpace = false;
                break;
            default:
                if (token.type !== indicator || found)
                    bail();
                found = token;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    return { found, comma, end: last ? last.offset + last.source.length : offset, hasNewline, hasComment };
}
/** yaml's resolveEnd, passing only white space and comments. */
function endOf(end, offset, reqSpace) {
    if (end) {
        let hasSpace = false;
        for (const token of end) {
            if (token.type === 'space' || token.type === 'newline')
                hasSpace = true;
            else if (token.type === 'comment') {
                if (reqSpace && !hasSpace)
                    bail();
            }
            else
                bail();
            offset += token.source.length;
        }
    }
    return offset;
}
const onScalarError = () => bail();
/** Strings up to this long are shared between equal values (kinds, channels, ids of audiences…). */
const INTERN_MAX = 32;
class Composer {
    limits;
    /** The value of the node composed last. */
    value = null;
    /** Its range: start, end of the value, end with trailing comments (yaml's range[0..2]). */
    start = 0;
    end = 0;
    nodeEnd = 0;
    /** One copy of each key and short string: a big playbook repeats them thousands of times. */
    shared = new Map();
    /** Items of top-level sequences composed while the file was still being parsed (see `composeFast`), with their syntax trees let go. */
    early = new Map();
    constructor(limits) {
        this.limits = limits;
    }
    get maxDepth() {
        return this.limits.maxDepth;
    }
    intern(s) {
        if (s.length > INTERN_MAX)
            return s;
        const had = this.shared.get(s);
        if (had !== undefined)
            return had;
        this.shared.set(s, s);
        return s;
    }
    scalar(token, atKey) {
        if (token.type !== 'scalar' && token.type !== 'single-quoted-scalar' && token.type !== 'double-quoted-scalar' && token.type !== 'block-scalar')
            return bail();
        const r = CST.resolveAsScalar(token, true, onScalarError);
        let value = r.value;
        if (token.type === 'scalar') {
            // Like composeScalar: a tag may return a Scalar (null, floats) or a plain value.
            const c = coreSchema();
            value = tagFor(c, r.value, atKey).resolve(r.value, onScalarError, c.options);
            if (isScalar(value))
                value = value.value;
            if (value !== null && typeof value === 'object')
                bail();
        }
        if (typeof value === 'string')
            value = this.intern(value);
        this.value = value;
        this.start = r.range[0];
        this.end = r.range[1];
        this.nodeEnd = r.range[2];
        return typeof value === 'string' ? value : null;
    }
    /** yaml's composeEmptyNode: a null where a value is left out. */
    empty(offset, before, p) {
        const at = emptyScalarPosition(offset, before);
        this.value = null;
        this.start = this.end = at;
        this.nodeEnd = p.hasComment ? p.end : at;
        return null;
    }
    /** Composes a value; its spans go to the parent's list. */
    node(token, depth, spans) {
        let c;
        switch (token.type) {
            case 'block-map':
                c = this.blockMap(token, depth + 1);
                break;
            case 'block-seq':
                c = this.blockSeq(token, depth + 1);
                break;
            case 'flow-collection':
                c = this.flow(token, depth + 1);
                break;
            default:
                c = this.scalar(token, false);
        }
        spans.push(this.start, this.end);
        return c;
    }
    /** A mapping key: a one-line flow scalar whose value is a string that may be a plain object's key. */
    key(key, seen, spans) {
        if (!key || key.type === 'block-scalar' || containsNewline(key))
            return bail();
        const name = this.scalar(key, true);
        if (typeof this.value !== 'string' || name === null || name === '__proto__' || name === '<<' || name.length > this.limits.maxKeyLength || seen.has(name))
            return bail();
        seen.add(name);
        spans.push(this.start, this.end);
        return name;
    }
    blockMap(bm, depth) {
        if (depth > this.limits.maxDepth)
            bail();
        const data = {};
        const keys = [];
        const spans = [];
        const children = [];
        const seen = new Set();
        let offset = bm.offset;
        let commentEnd = null;
        for (const { start, key, sep, value } of bm.items) {
            const kp = props(start, 'explicit-key-ind', offset, true, false);
            if (kp.found)
                bail();
            if (key && (key.type === 'block-seq' || ('indent' in key && key.indent !== bm.indent)))
                bail();
            if (!sep) {
                if (key)
                    bail();
                commentEnd = kp.end;
                continue;
            }
            const name = this.key(key, seen, spans);
            const vp = props(sep, 'map-value-ind', this.nodeEnd, false, false);
            offset = vp.end;
            if (!vp.found || vp.comma)
                bail();
            if (value?.type === 'block-map' && !vp.hasNewline)
                bail();
            if (kp.end < vp.found.offset - 1024)
                bail();
            if (value)
                children.push(this.node(value, depth, spans));
            else {
                children.push(this.empty(offset, sep, vp));
                spans.push(this.start, this.end);
            }
            offset = this.nodeEnd;
            data[name] = this.value;
            keys.push(name);
        }
        if (commentEnd !== null && commentEnd < offset)
            bail();
        this.value = data;
        this.start = bm.offset;
        this.end = offset;
        this.nodeEnd = commentEnd ?? offset;
        return posMap(bm.offset, offset, keys, spans, children);
    }
    blockSeq(bs, depth) {
        if (depth > this.limits.maxDepth)
            bail();
        const data = [];
        const spans = [];
        const children = [];
        let offset = bs.offset;
        let commentEnd = null;
        for (const item of bs.items) {
            const { start, value } = item;
            const p = props(start, 'seq-item-ind', offset, true, false);
            const early = this.early.get(item);
            if (!p.found) {
                if (value)
                    bail();
                commentEnd = p.end;
                continue;
            }
            if (early) {
                children.push(early.child);
                spans.push(early.start, early.end);
                ({ value: this.value, start: this.start, end: this.end, nodeEnd: this.nodeEnd } = early);
                this.early.delete(item);
            }
            else if (value)
                children.push(this.node(value, depth, spans));
            else {
                children.push(this.empty(p.end, start, p));
                spans.push(this.start, this.end);
            }
            offset = this.nodeEnd;
            data.push(this.value);
        }
        this.value = data;
        this.start = bs.offset;
        this.end = offset;
        this.nodeEnd = commentEnd ?? offset;
        return posSeq(bs.offset, offset, spans, children);
    }
    flow(fc, depth) {
        if (depth > this.limits.maxDepth)
            bail();
        const isMap = fc.start.source === '{';
        const list = [];
        const data = {};
        const keys = [];
        const spans = [];
        const children = [];
        const seen = new Set();
        let offset = fc.offset + fc.start.source.length;
        for (let i = 0; i < fc.items.length; ++i) {
            const { start, key, sep, value } = fc.items[i];
            const p = props(start, 'explicit-key-ind', offset, false, true);
            if (p.found)
                bail();
            if (!sep && !value) {
                // Only a trailing comma may stand alone: `[a, b,]`.
                if ((i === 0 && p.comma) || i < fc.items.length - 1 || key)
                    bail();
                offset = p.end;
                continue;
            }
            if (i === 0 ? p.comma : !p.comma)
                bail();
            if (!isMap) {
                if (sep || key || !value || isBlock(value))
                    bail();
                children.push(this.node(value, depth, spans));
                offset = this.nodeEnd;
                list.push(this.value);
                continue;
            }
            if (isBlock(key))
                bail();
            const name = this.key(key, seen, spans);
            const vp = props(sep ?? [], 'map-value-ind', this.nodeEnd, false, true);
            if (!vp.found || vp.comma || isBlock(value))
                bail();
            if (value)
                children.push(this.node(value, depth, spans));
            else {
                children.push(this.empty(vp.end, sep, vp));
                spans.push(this.start, this.end);
            }
            offset = this.nodeEnd;
            data[name] = this.value;
            keys.push(name);
        }
        const [ce, ...ee] = fc.end;
        if (ce?.source !== (isMap ? '}' : ']'))
            bail();
        const cePos = ce.offset + ce.source.length;
        this.nodeEnd = ee.length ? endOf(ee, cePos, true) : cePos;
        this.value = isMap ? data : list;
        this.start = fc.offset;
        this.end = cePos;
        return isMap ? posMap(fc.offset, cePos, keys, spans, children) : posSeq(fc.offset, cePos, spans, children);
    }
    /**
     * Composes a finished item of a sequence that is the value of a top-level key (depth 2, where
     * blockSeq will find it) and drops its syntax tree: blockSeq takes the result as it is. Items
     * whose `-` is missing are left for blockSeq, which refuses them.
     */
    composeEarly(item) {
        if (!item.value || this.early.has(item) || !props(item.start, 'seq-item-ind', 0, true, false).found)
            return;
        const spans = [];
        const child = this.node(item.value, 2, spans);
        this.early.set(item, { child, value: this.value, start: this.start, end: this.end, nodeEnd: this.nodeEnd });
        delete item.value;
    }
    document(doc) {
        const p = props(doc.start, 'doc-start', doc.offset, true, false);
        if (!doc.value)
            return bail();
        if (p.found && isBlock(doc.value) && !p.hasNewline)
            bail();
        const spans = [];
        const root = rootOf(this.node(doc.value, 0, spans), spans);
        endOf(doc.end, this.nodeEnd, false);
        return root;
    }
}
/**
 * The data and position index of a one-document file, or null when the file leaves the subset
 * handled here (the caller then uses parseDocument, which reports any error).
 */
export function composeFast(text, limits) {
    const lineCounter = new LineCounter();
    const composer = new Composer(limits);
    let root = null;
    try {
        for (const token of parseComposingEarly(text, new Parser(lineCounter.addNewLine), composer, () => lineCounter.addNewLine(0))) {
            switch (token.type) {
                case 'document':
                    if (root)
                        return null;
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
    }
    catch (err) {
        // Too deep: the caller's path (parseSource) finds the same place and reports it.
        if (err === BAIL || err instanceof TooDeep)
            return null;
        throw err;
    }
    return root ? { data: composer.value, root, lineCounter } : null;
}
/**
 * yaml's `Parser.parse`, lexeme by lexeme, composing each item of a top-level sequence (the
 * `tactics:` list) as soon as the parser has finished it, and letting its syntax tree go. A
 * playbook's syntax tree is many times the size of its data, and held whole it was most of the
 * peak memory and of the garbage collector's time; now only one tactic's tree is held at a time.
 * The parser sets an item's value when it pops it (Parser#pop), so an item is finished once a
 * later item exists; tokens after it go to later items.
 */
function* parseComposingEarly(text, parser, composer, onStart) {
    onStart();
    const stack = parser.stack;
    let seq = null;
    let done = 0;
    for (const lexeme of new Lexer().lex(text)) {
        yield* parser.next(lexeme);
        checkDepth(stack, composer.maxDepth);
        // While a top-level key's sequence is being parsed, the stack holds the document, the root mapping and the sequence.
        const open = stack[2];
        if (open?.type !== 'block-seq' || stack[1].type !== 'block-map' || stack[0].type !== 'document')
            continue;
        if (open !== seq) {
            seq = open;
            done = 0;
        }
        for (; done < seq.items.length - 1; done++)
            composer.composeEarly(seq.items[done]);
    }
    yield* parser.end();
}
/** This module's file, for the parse cache's key (cache.ts). */
export const MODULE_URL = import.meta.url;
