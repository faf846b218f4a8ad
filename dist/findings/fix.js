/** Where each line starts in a text, counting `\n` as findings do (a `\r` before it belongs to its line). */
export function lineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
/** The offset of a 1-based line and column (UTF-16 units, as findings count them), clamped to the text. */
export function offsetOf(text, starts, line, column) {
    const start = starts[Math.min(Math.max(line, 1), starts.length) - 1];
    return Math.min(start + Math.max(column, 1) - 1, text.length);
}
/** A fix that changes something: its range holds other words than the one it suggests. */
export function changes(text, fix, starts = lineStarts(text)) {
    const [a, b] = [offsetOf(text, starts, fix.line, fix.column), offsetOf(text, starts, fix.endLine, fix.endColumn)];
    return b >= a && text.slice(a, b) !== fix.text;
}
/**
 * Applies the fixes of the findings in one file to its text: from the end backwards, so that each
 * range is read in the text it was found in. A fix whose range overlaps one already taken (two
 * suggestions for one word) is left for the next run, as ESLint does.
 */
export function applyFixes(text, findings) {
    const starts = lineStarts(text);
    const edits = findings
        .filter((f) => f.fix !== undefined)
        .map((finding) => ({
        finding,
        fix: finding.fix,
        start: offsetOf(text, starts, finding.fix.line, finding.fix.column),
        end: offsetOf(text, starts, finding.fix.endLine, finding.fix.endColumn),
    }))
        .filter((e) => e.end >= e.start && text.slice(e.start, e.end) !== e.fix.text)
        .sort((a, b) => b.start - a.start || b.end - a.end);
    const applied = [];
    let out = text;
    let limit = Infinity;
    for (const e of edits) {
        if (e.end > limit)
            continue;
        applied.unshift({ finding: e.finding, fix: e.fix, before: text.slice(e.start, e.end) });
        out = out.slice(0, e.start) + e.fix.text + out.slice(e.end);
        limit = e.start;
    }
    return { text: out, applied };
}
/** A fix in words: `tactics.yaml:4:15 'grwo' → 'grow' (unknown-reference)`. */
export const describeFix = (a) => `${at(a.fix)} '${a.before}' → '${a.fix.text}' (${a.finding.ruleId})`;
const at = (l) => `${l.file}:${l.line}:${l.column}`;
