/** One line a finding, `file:line:col: severity message [rule]`, for grep and editors' problem matchers; safe in a CI log like stylish. */
import { forTerminal } from './escape.js';
import { plural } from './text.js';
export function compact(ctx) {
    const lines = ctx.findings.map((f) => `${forTerminal(f.file)}:${f.line}:${f.column}: ${f.severity} ${forTerminal(f.message)} [${f.ruleId}]`);
    const { error, warning, info } = ctx.summary;
    lines.push(`${plural(error + warning + info, 'problem')} (${plural(error, 'error')}, ${plural(warning, 'warning')}, ${info} info)`);
    return `${lines.join('\n')}\n`;
}
