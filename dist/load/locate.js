import { offsetsToLocation } from './source.js';
const spotOf = (c, start, end) => c !== null && typeof c === 'object'
    ? { kind: c.kind, start, end, string: c.kind === 'scalar' ? c.string : null, node: c }
    : { kind: 'scalar', start, end, string: c };
/** Walks the position index along the path, as far as it goes. */
export function findNode(source, path) {
    const root = source.root;
    if (!root)
        return null;
    let spot = spotOf(root, root.start, root.end);
    let key;
    let depth = 0;
    for (const step of path) {
        const node = spot.node;
        let next;
        let nextKey;
        if (node?.kind === 'map') {
            const i = node.keys.indexOf(String(step));
            if (i >= 0) {
                const sp = node.spans;
                nextKey = sp[4 * i] >= 0 ? { kind: 'scalar', start: sp[4 * i], end: sp[4 * i + 1], string: node.keys[i] } : undefined;
                // A key with no value at all (`? key`): point at the key.
                next = sp[4 * i + 2] >= 0 ? spotOf(node.children[i], sp[4 * i + 2], sp[4 * i + 3]) : nextKey;
            }
        }
        else if (node?.kind === 'seq' && typeof step === 'number' && step < node.children.length) {
            next = spotOf(node.children[step], node.spans[2 * step], node.spans[2 * step + 1]);
        }
        if (!next)
            break;
        spot = next;
        key = nextKey;
        depth++;
    }
    return { spot, key, depth };
}
/** The end of a mapping's first line: its first key, with the value when that is a scalar. */
function firstLineEnd(map) {
    if (!map.keys.length || map.spans[0] < 0)
        return null;
    const value = map.children[0];
    const scalarValue = map.spans[2] >= 0 && (value === null || typeof value !== 'object' || value.kind === 'alias');
    return scalarValue ? map.spans[3] : map.spans[1];
}
/** Trims a range so that it does not end in white space or a comment line. */
function trimEnd(text, start, end) {
    while (end > start && /\s/.test(text[end - 1] ?? ''))
        end--;
    return end;
}
/**
 * Locates a path in a source. `key` points at the mapping key; `needle` narrows a string value to
 * the first place the needle occurs in it (evidence inside a description).
 */
export function locate(source, path, opts = {}) {
    const found = findNode(source, path);
    if (!found)
        return offsetsToLocation(source, 0, 0);
    const complete = found.depth === path.length;
    const target = complete && opts.key && found.key ? found.key : found.spot;
    const start = target.start;
    const end = trimEnd(source.text, start, target.end);
    if (complete && opts.needle && target.kind === 'scalar' && target.string !== null) {
        const span = needleSpan(source.text.slice(start, end), target.string, opts.needle, opts.needleAt);
        if (span)
            return offsetsToLocation(source, start + span[0], start + span[1]);
    }
    // A whole mapping: mark its first line only, so excerpts stay short.
    if (target.node?.kind === 'map') {
        const lineEnd = firstLineEnd(target.node);
        if (lineEnd !== null)
            return offsetsToLocation(source, start, trimEnd(source.text, start, lineEnd));
    }
    return offsetsToLocation(source, start, end);
}
/** Where a phrase sits inside the source text of a scalar, by its offset in the value when the two agree. */
function needleSpan(raw, value, needle, at) {
    if (at !== undefined) {
        // Plain or quoted scalar written on one line: the value sits in the source as it is.
        const inner = raw.startsWith('"') || raw.startsWith("'") ? 1 : 0;
        if (raw.slice(inner, inner + value.length) === value)
            return [inner + at, inner + at + needle.length];
    }
    const i = raw.toLowerCase().indexOf(needle.toLowerCase());
    return i >= 0 ? [i, i + needle.length] : null;
}
