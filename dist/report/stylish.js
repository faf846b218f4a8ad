/** The terminal report: findings grouped by file, each with a source excerpt and the strategy line it conflicts with. */
import { displayWidth, forTerminal, terminalCells } from './escape.js';
import { withDefaults } from './model.js';
import { plural, wrap } from './text.js';
function excerpt(o, f, indent) {
    if (f.quote === null)
        return [];
    const c = o.color;
    const cells = terminalCells(f.quote);
    // Columns on screen, not UTF-16 units: escapes, wide and zero-width characters shift the caret.
    const columnAt = (index) => {
        let col = 0;
        for (const cell of cells) {
            if (cell.at >= index)
                break;
            col += cell.width;
        }
        return col;
    };
    const total = columnAt(Number.POSITIVE_INFINITY);
    const gutter = String(f.line).length + 1;
    const room = Math.max(20, o.width - indent.length - gutter - 3);
    const startCol = columnAt(f.column - 1);
    const endCol = f.endLine === f.line ? columnAt(f.endColumn - 1) : columnAt(f.quote.trimEnd().length);
    // Keep the marked span in view on long lines.
    let from = 0;
    if (total > room && startCol > room - 20)
        from = Math.min(startCol - 10, total - room);
    const to = Math.min(total, from + room);
    let body = '';
    let col = 0;
    for (const cell of cells) {
        const cellFrom = col;
        col += cell.width;
        // Whole characters only; an ellipsis (and a space for half a wide character) marks a cut.
        if (cellFrom < from + (from > 0 ? 1 : 0))
            continue;
        if (col > to - (to < total ? 1 : 0))
            break;
        if (!body && from > 0)
            body = `…${' '.repeat(cellFrom - from - 1)}`;
        body += cell.text;
    }
    if (to < total)
        body += `${' '.repeat(Math.max(0, to - 1 - from - displayWidth(body)))}…`;
    const start = startCol - from;
    const width = Math.max(1, Math.min(endCol - from, to - from) - start);
    const mark = severityColor(o, f.severity);
    return [
        `${indent}${c.dim(`${String(f.line).padStart(gutter - 1)} |`)} ${body}`,
        `${indent}${c.dim(`${' '.repeat(gutter - 1)} |`)} ${' '.repeat(Math.max(0, start))}${mark('^'.repeat(width))}`,
    ];
}
function severityColor(o, s) {
    const c = o.color;
    return s === 'error' ? c.red : s === 'warning' ? c.yellow : c.cyan;
}
export function stylish(ctx, options) {
    const o = withDefaults(options);
    const c = o.color;
    const out = [];
    const byFile = new Map();
    for (const f of ctx.findings) {
        const list = byFile.get(f.file);
        if (list)
            list.push(f);
        else
            byFile.set(f.file, [f]);
    }
    for (const [file, findings] of byFile) {
        out.push(c.underline(forTerminal(file)));
        // One column for positions per file, so messages line up.
        const posWidth = Math.max(...findings.map((f) => `${f.line}:${f.column}`.length));
        const hang = ' '.repeat(2 + posWidth + 2 + 7 + 2);
        const msgWidth = Math.max(30, o.width - hang.length);
        for (const f of findings) {
            const head = `  ${`${f.line}:${f.column}`.padEnd(posWidth)}  ${severityColor(o, f.severity)(f.severity.padEnd(7))}  `;
            const lines = wrap(forTerminal(f.message), msgWidth);
            const last = lines.length - 1;
            const fits = displayWidth(lines[last]) + 2 + f.ruleId.length <= msgWidth;
            lines.forEach((l, i) => {
                out.push(`${i === 0 ? head : hang}${l}${i === last && fits ? `  ${c.dim(f.ruleId)}` : ''}`);
            });
            if (!fits)
                out.push(`${hang}${c.dim(f.ruleId)}`);
            out.push(...excerpt(o, f, hang));
            for (const r of f.related) {
                const where = forTerminal(`${r.file}:${r.line}:${r.column}`);
                const message = forTerminal(r.message);
                if (displayWidth(where) + 4 + displayWidth(message) <= msgWidth)
                    out.push(`${hang}${c.dim('=')} ${c.dim(where)}  ${message}`);
                else {
                    out.push(`${hang}${c.dim('=')} ${c.dim(where)}`);
                    for (const m of wrap(message, msgWidth - 2))
                        out.push(`${hang}  ${m}`);
                }
            }
        }
        out.push('');
    }
    const { error, warning, info } = ctx.summary;
    const total = error + warning + info;
    if (ctx.inputError) {
        out.push(c.red.bold(`✖ ${plural(total, 'input error')}: the playbook could not be checked. Fix ${total === 1 ? 'it' : 'them'} and run again.`));
    }
    else if (total === 0) {
        out.push(c.green(`✔ No ${ctx.baselined ? 'new ' : ''}mismatches: ${plural(ctx.summary.tactics, 'tactic')} and ${plural(ctx.summary.objectives, 'objective')} checked against the strategy.`));
    }
    else {
        const mark = error ? c.red.bold : warning ? c.yellow.bold : c.cyan.bold;
        out.push(mark(`✖ ${plural(total, 'problem')} (${plural(error, 'error')}, ${plural(warning, 'warning')}, ${info} info) in ${plural(ctx.summary.tactics, 'tactic')} and ${plural(ctx.summary.objectives, 'objective')}`));
    }
    if (ctx.baselined)
        out.push(c.dim(`  ${plural(ctx.baselined, 'known finding')} hidden by the baseline.`));
    return `${out.join('\n')}\n`;
}
