/**
 * Findings as the editor shows them: one diagnostic each, with the finding's range, severity,
 * message and rule id (the same as `align check`), and the strategy line it conflicts with as
 * related information, so the editor links to it. Pure: a result in, diagnostics by file out.
 */
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
const SEVERITY = {
    error: DiagnosticSeverity.Error,
    warning: DiagnosticSeverity.Warning,
    info: DiagnosticSeverity.Information,
};
/** The rules of input errors: yaml-language-server shows the schema's own, so an editor running it may turn these off. */
export const SCHEMA_RULES = new Set(['schema']);
/** A 1-based, end-exclusive location as an LSP range (0-based; both count UTF-16 units). */
export const rangeOf = (l) => ({
    start: { line: l.line - 1, character: l.column - 1 },
    end: { line: l.endLine - 1, character: l.endColumn - 1 },
});
/** A related location's range: from its column to the end of its line's text, so that the editor shows the clause. */
function lineRange(source, line, column) {
    const text = source?.text;
    if (text === undefined)
        return { start: { line: line - 1, character: column - 1 }, end: { line: line - 1, character: column - 1 } };
    const starts = source.lineCounter.lineStarts;
    const start = starts[line - 1] ?? 0;
    let end = starts[line] !== undefined ? starts[line] - 1 : text.length;
    while (end > start + column - 1 && /\s/.test(text[end - 1] ?? ''))
        end--;
    return { start: { line: line - 1, character: column - 1 }, end: { line: line - 1, character: Math.max(column - 1, end - start) } };
}
/** One finding as a diagnostic. */
export function toDiagnostic(f, sources, opts) {
    const related = f.related.map((r) => ({
        location: { uri: pathToFileURL(opts.absolute(r.file)).href, range: lineRange(sources.get(r.file), r.line, r.column) },
        message: r.message,
    }));
    const href = opts.docs(f.ruleId);
    const data = { ruleId: f.ruleId, ...(f.fix ? { fix: f.fix.text } : {}) };
    return {
        range: rangeOf(f),
        severity: SEVERITY[f.severity],
        code: f.ruleId,
        ...(href ? { codeDescription: { href } } : {}),
        source: 'align',
        message: f.message,
        ...(related.length ? { relatedInformation: related } : {}),
        data,
    };
}
/** Every file's diagnostics, by the path findings show: each file the check read has an entry (empty when clean). */
export function diagnosticsByFile(result, opts) {
    const out = new Map();
    for (const file of result.sources.keys())
        out.set(file, []);
    for (const f of result.findings) {
        if (!opts.schema && SCHEMA_RULES.has(f.ruleId))
            continue;
        const list = out.get(f.file);
        const d = toDiagnostic(f, result.sources, opts);
        if (list)
            list.push(d);
        else
            out.set(f.file, [d]);
    }
    return out;
}
