/** One line a finding, `file:line:col: severity message [rule]`, for grep and editors' problem matchers. */
import { visible } from './escape.js';
import type { ReportContext } from './model.js';
import { plural } from './text.js';

export function compact(ctx: ReportContext): string {
  const lines = ctx.findings.map((f) => `${visible(f.file)}:${f.line}:${f.column}: ${f.severity} ${visible(f.message)} [${f.ruleId}]`);
  const { error, warning, info } = ctx.summary;
  lines.push(`${plural(error + warning + info, 'problem')} (${plural(error, 'error')}, ${plural(warning, 'warning')}, ${info} info)`);
  return `${lines.join('\n')}\n`;
}
