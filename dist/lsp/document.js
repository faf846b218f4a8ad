/**
 * A loaded file as the editor sees it: which path into the data a cursor is on, and the small edits
 * the quick fixes make (a key added to a mapping, an item to a list), in the file's own layout.
 * Reads the position index the load stage built (load/positions.ts); never parses YAML itself.
 */
import { findNode } from '../load/locate.js';
const isNode = (c) => c !== null && typeof c === 'object';
/** The path at an offset (a cursor at the end of a word is still on it). */
export function pathAt(source, offset) {
    const path = [];
    let node = source.root;
    while (node) {
        let next = null;
        if (node.kind === 'map') {
            const sp = node.spans;
            for (let i = 0; i < node.keys.length; i++) {
                const key = node.keys[i];
                if (key === null || key === undefined)
                    continue;
                if (sp[4 * i] >= 0 && offset >= sp[4 * i] && offset <= sp[4 * i + 1])
                    return { path: [...path, key], onKey: true };
                if (sp[4 * i + 2] >= 0 && offset >= sp[4 * i + 2] && offset <= sp[4 * i + 3]) {
                    path.push(key);
                    const child = node.children[i];
                    next = isNode(child) ? child : null;
                    break;
                }
            }
        }
        else if (node.kind === 'seq') {
            for (let i = 0; i < node.children.length; i++) {
                if (offset >= node.spans[2 * i] && offset <= node.spans[2 * i + 1]) {
                    path.push(i);
                    const child = node.children[i];
                    next = isNode(child) ? child : null;
                    break;
                }
            }
        }
        if (!next)
            break;
        node = next;
    }
    return { path, onKey: false };
}
/** The node at a path, when the whole path exists. */
function nodeAt(source, path) {
    const found = findNode(source, path);
    if (!found || found.depth !== path.length)
        return null;
    return { ...(found.spot.node ? { node: found.spot.node } : {}), start: found.spot.start, end: found.spot.end };
}
const eolOf = (text) => (text.includes('\r\n') ? '\r\n' : '\n');
const lineStart = (text, offset) => text.lastIndexOf('\n', offset - 1) + 1;
/** The end of the line holding `offset`, before its line break. */
function lineEnd(text, offset) {
    const n = text.indexOf('\n', offset);
    const end = n < 0 ? text.length : n;
    return end > 0 && text[end - 1] === '\r' ? end - 1 : end;
}
/** The end of a node's content: its span without the white space and comments after it. */
function contentEnd(text, start, end) {
    while (end > start && /\s/.test(text[end - 1]))
        end--;
    return end;
}
/**
 * A key added at the end of a block mapping (the tactic or objective at `path`), lined up with its
 * keys: `lines` are the key's line and those below it, indented relative to the key. Null when the
 * mapping is written in flow style (`{ … }`) or is not there.
 */
export function addKey(source, path, lines) {
    const at = nodeAt(source, path);
    const map = at?.node;
    if (map?.kind !== 'map' || !map.keys.length || source.text[map.start] === '{')
        return null;
    const text = source.text;
    const first = map.spans[0];
    if (first < 0)
        return null;
    const indent = ' '.repeat(first - lineStart(text, first));
    const end = lineEnd(text, contentEnd(text, map.start, lastEnd(map)));
    const eol = eolOf(text);
    return { offset: end, text: lines.map((l) => `${eol}${indent}${l}`).join('') };
}
/** Where a mapping's last entry ends. */
function lastEnd(map) {
    const i = map.keys.length - 1;
    return Math.max(map.spans[4 * i + 1], map.spans[4 * i + 3]);
}
/**
 * An item added at the end of the list at `path`: in a flow list (`[a, b]`) after a comma, in a
 * block list on a line of its own below the last item (`lines` after the first indented under it).
 * Null when the list is not there.
 */
export function addItem(source, path, lines) {
    const at = nodeAt(source, path);
    const seq = at?.node;
    if (seq?.kind !== 'seq')
        return null;
    const text = source.text;
    if (text[seq.start] === '[') {
        const close = text.lastIndexOf(']', seq.end);
        if (close < seq.start || lines.length !== 1)
            return null;
        return { offset: close, text: seq.children.length ? `, ${lines[0]}` : lines[0] };
    }
    return blockItem(text, seq, lines);
}
function blockItem(text, seq, lines) {
    const n = seq.children.length;
    if (!n)
        return null;
    const lastStart = seq.spans[2 * (n - 1)];
    const from = lineStart(text, lastStart);
    const dash = text.indexOf('-', from);
    if (dash < 0 || dash > lastStart)
        return null;
    const indent = ' '.repeat(dash - from);
    const end = lineEnd(text, contentEnd(text, lastStart, seq.spans[2 * (n - 1) + 1]));
    const eol = eolOf(text);
    return { offset: end, text: lines.map((l, i) => `${eol}${indent}${i === 0 ? '- ' : '  '}${l}`).join('') };
}
/** Whether the node at a path exists. */
export const has = (source, path) => nodeAt(source, path) !== null;
/** The range of the node at a path, as offsets; for a mapping, its whole extent without trailing space. */
export function spanOf(source, path) {
    const at = nodeAt(source, path);
    return at ? { start: at.start, end: contentEnd(source.text, at.start, at.end) } : null;
}
