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
import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
export const posMap = (start, end, keys, spans, children) => ({
    kind: 'map',
    start,
    end,
    keys,
    spans,
    children,
});
export const posSeq = (start, end, spans, children) => ({ kind: 'seq', start, end, spans, children });
/** Deeper than this, a Document's collections are indexed as plain scalars: such a file is refused anyway. */
const MAX_INDEX_DEPTH = 256;
/** Adds a node's spans to its parent's and returns its child slot. */
function child(node, spans, depth) {
    if (!node) {
        spans.push(-1, -1);
        return null;
    }
    const [start, end] = node.range ?? [0, 0];
    spans.push(start, end);
    if ((isMap(node) || isSeq(node)) && depth < MAX_INDEX_DEPTH)
        return indexNode(node, depth);
    if (isAlias(node))
        return { kind: 'alias', start, end };
    return isScalar(node) && typeof node.value === 'string' ? node.value : null;
}
function indexNode(node, depth) {
    const [start, end] = node.range ?? [0, 0];
    const spans = [];
    const children = [];
    if (isMap(node)) {
        const keys = [];
        for (const pair of node.items) {
            const key = isPair(pair) ? pair.key : null;
            keys.push(isScalar(key) ? String(key.value) : null);
            // A key that is a collection is kept as a scalar: paths never go through keys.
            if (key)
                spans.push(...(key.range ?? [0, 0]).slice(0, 2));
            else
                spans.push(-1, -1);
            children.push(child(pair.value, spans, depth + 1));
        }
        return posMap(start, end, keys, spans, children);
    }
    for (const item of node.items)
        children.push(child(item, spans, depth + 1));
    return posSeq(start, end, spans, children);
}
/** The root of an index, from its child slot and spans. */
export const rootOf = (c, spans) => c !== null && typeof c === 'object' ? c : { kind: 'scalar', start: spans[0], end: spans[1], string: c };
/** The position index of a Document's contents; null for an empty file. */
export function indexDocument(doc) {
    const contents = doc.contents;
    if (!contents)
        return null;
    const spans = [];
    return rootOf(child(contents, spans, 0), spans);
}
/** This module's file, for the parse cache's key (cache.ts). */
export const MODULE_URL = import.meta.url;
