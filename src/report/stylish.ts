/** The terminal report: findings grouped by file, each with a source excerpt and the strategy line it conflicts with. */
import type { Severity } from '../types.js';
import type { ReportContext, ReportFinding } from './model.js';
import { plural, wrap } from './text.js';

function excerpt(ctx: ReportContext, f: ReportFinding, indent: string): string[] {
  const text = f.quote;
  if (text === null) return [];
  const c = ctx.color;
  const shown = text.replace(/\t/g, ' ');
  const gutter = String(f.line).length + 1;
  const room = Math.max(20, ctx.width - indent.length - gutter - 3);
  // Keep the marked span in view on long lines.
  let from = 0;
  if (shown.length > room && f.column - 1 > room - 20) from = Math.min(f.column - 1 - 10, shown.length - room);
  let body = shown.slice(from, from + room);
  if (from > 0) body = `…${body.slice(1)}`;
  if (from + room < shown.length) body = `${body.slice(0, -1)}…`;
  const start = f.column - 1 - from;
  const end = f.endLine === f.line ? f.endColumn - 1 - from : shown.trimEnd().length - from;
  const width = Math.max(1, Math.min(end, body.length) - start);
  const mark = severityColor(ctx, f.severity);
  return [
    `${indent}${c.dim(`${String(f.line).padStart(gutter - 1)} |`)} ${body}`,
    `${indent}${c.dim(`${' '.repeat(gutter - 1)} |`)} ${' '.repeat(Math.max(0, start))}${mark('^'.repeat(width))}`,
  ];
}

function severityColor(ctx: ReportContext, s: Severity) {
  const c = ctx.color;
  return s === 'error' ? c.red : s === 'warning' ? c.yellow : c.cyan;
}

export function stylish(ctx: ReportContext): string {
  const c = ctx.color;
  const out: string[] = [];
  const byFile = new Map<string, ReportFinding[]>();
  for (const f of ctx.findings) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  for (const [file, findings] of byFile) {
    out.push(c.underline(file));
    // One column for positions per file, so messages line up.
    const posWidth = Math.max(...findings.map((f) => `${f.line}:${f.column}`.length));
    const hang = ' '.repeat(2 + posWidth + 2 + 7 + 2);
    const msgWidth = Math.max(30, ctx.width - hang.length);
    for (const f of findings) {
      const head = `  ${`${f.line}:${f.column}`.padEnd(posWidth)}  ${severityColor(ctx, f.severity)(f.severity.padEnd(7))}  `;
      const lines = wrap(f.message, msgWidth);
      const last = lines.length - 1;
      const fits = lines[last]!.length + 2 + f.ruleId.length <= msgWidth;
      lines.forEach((l, i) => {
        out.push(`${i === 0 ? head : hang}${l}${i === last && fits ? `  ${c.dim(f.ruleId)}` : ''}`);
      });
      if (!fits) out.push(`${hang}${c.dim(f.ruleId)}`);
      out.push(...excerpt(ctx, f, hang));
      for (const r of f.related) {
        const where = `${r.file}:${r.line}:${r.column}`;
        if (where.length + 4 + r.message.length <= msgWidth) out.push(`${hang}${c.dim('=')} ${c.dim(where)}  ${r.message}`);
        else {
          out.push(`${hang}${c.dim('=')} ${c.dim(where)}`);
          for (const m of wrap(r.message, msgWidth - 2)) out.push(`${hang}  ${m}`);
        }
      }
    }
    out.push('');
  }
  const { error, warning, info } = ctx.summary;
  const total = error + warning + info;
  if (ctx.inputError) {
    out.push(c.red.bold(`✖ ${plural(total, 'input error')}: the playbook could not be checked. Fix ${total === 1 ? 'it' : 'them'} and run again.`));
  } else if (total === 0) {
    out.push(
      c.green(
        `✔ No ${ctx.baselined ? 'new ' : ''}mismatches: ${plural(ctx.summary.tactics, 'tactic')} and ${plural(ctx.summary.objectives, 'objective')} checked against the strategy.`,
      ),
    );
  } else {
    const mark = error ? c.red.bold : warning ? c.yellow.bold : c.cyan.bold;
    out.push(
      mark(
        `✖ ${plural(total, 'problem')} (${plural(error, 'error')}, ${plural(warning, 'warning')}, ${info} info) in ${plural(ctx.summary.tactics, 'tactic')} and ${plural(ctx.summary.objectives, 'objective')}`,
      ),
    );
  }
  if (ctx.baselined) out.push(c.dim(`  ${plural(ctx.baselined, 'known finding')} hidden by the baseline.`));
  return `${out.join('\n')}\n`;
}
