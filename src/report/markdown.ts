/** Markdown for a pull-request comment or $GITHUB_STEP_SUMMARY: a summary table, then the findings by file. */
import type { ReportContext } from './context.js';
import { plural } from './stylish.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const ICON: Record<string, string> = { error: '🔴 error', warning: '🟡 warning', info: '🔵 info' };

export function markdown(ctx: ReportContext): string {
  const { error, warning, info, tactics, objectives } = ctx.summary;
  const total = error + warning + info;
  const out: string[] = ['## playbook-align', ''];
  const checked = `${plural(tactics, 'tactic')} and ${plural(objectives, 'objective')}`;
  if (ctx.inputError) out.push(`**${plural(total, 'input error')}: the playbook could not be checked.**`, '');
  else if (total === 0) out.push(`✅ No ${ctx.baselined ? 'new ' : ''}mismatches: ${checked} checked against the strategy.`, '');
  else out.push(`**${plural(total, 'problem')}** in ${checked}.`, '');
  if (ctx.baselined) out.push(`${ctx.baselined} known finding${ctx.baselined === 1 ? '' : 's'} hidden by the baseline.`, '');
  out.push('| severity | findings |', '| --- | ---: |', `| 🔴 error | ${error} |`, `| 🟡 warning | ${warning} |`, `| 🔵 info | ${info} |`, '');
  if (total) {
    const byRule = new Map<string, number>();
    for (const f of ctx.findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    out.push('| rule | findings |', '| --- | ---: |', ...[...byRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([r, n]) => `| \`${r}\` | ${n} |`), '');
    const files = [...new Set(ctx.findings.map((f) => f.file))];
    for (const file of files) {
      out.push(`### \`${file}\``, '', '| line | severity | finding | rule |', '| ---: | --- | --- | --- |');
      for (const f of ctx.findings.filter((x) => x.file === file)) {
        const related = f.related.length ? `<br>↳ ${f.related.map((r) => `\`${r.file}:${r.line}\` ${cell(r.message)}`).join('; ')}` : '';
        out.push(`| ${f.line}:${f.column} | ${ICON[f.severity]} | ${cell(f.message)}${related} | \`${f.ruleId}\` |`);
      }
      out.push('');
    }
  }
  return `${out.join('\n')}\n`;
}
