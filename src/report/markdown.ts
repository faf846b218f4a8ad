/** Markdown for a pull-request comment or $GITHUB_STEP_SUMMARY: a summary table, then the findings by file. */

import { forMarkdown, markdownCode } from './escape.js';
import { type FormatOptions, type PlaybookView, type ReportModel, type TacticView, withDefaults } from './model.js';
import { plural } from './text.js';

const ICON: Record<string, string> = { error: '🔴 error', warning: '🟡 warning', info: '🔵 info' };

const MARK: Record<string, string> = { error: '✖', warning: '▲', info: '●', ok: '✓', known: '◇' };

/** The alignment matrix as text: each objective with the tactics that carry it, marked by their worst finding. */
function textMatrix(playbook: PlaybookView): string[] {
  const shown = playbook.tactics;
  const mark = (t: TacticView) => `${MARK[t.state]} ${markdownCode(t.id)}${t.status === 'active' ? '' : ` (${t.status})`}`;
  const lines = [
    '<details><summary>Alignment matrix: objectives and the tactics that carry them (✓ aligned, ● note, ▲ warning, ✖ error, ◇ known: a finding hidden by the baseline, --since or --quiet)</summary>',
    '',
    '| objective | tactics |',
    '| --- | --- |',
  ];
  for (const o of playbook.objectives) {
    const carriers = shown.filter((t) => t.supports.includes(o.id));
    lines.push(`| ${markdownCode(o.id)}${o.coverage === 'carried' ? '' : ' ⚠️ no active tactic'} | ${carriers.map(mark).join(', ') || '—'} |`);
  }
  const orphans = shown.filter((t) => !t.supports.length);
  if (orphans.length) lines.push(`| *no objective (orphans)* | ${orphans.map(mark).join(', ')} |`);
  lines.push('', '</details>');
  return lines;
}

export function markdown(ctx: ReportModel, options?: FormatOptions): string {
  const o = withDefaults(options);
  const { error, warning, info, tactics, objectives } = ctx.summary;
  const total = error + warning + info;
  const out: string[] = ['## playbook-align', ''];
  const checked = `${plural(tactics, 'tactic')} and ${plural(objectives, 'objective')}`;
  if (ctx.inputError) out.push(`**${plural(total, 'input error')}: the playbook could not be checked.**`, '');
  else if (total === 0) out.push(`✅ No ${ctx.baselined ? 'new ' : ''}mismatches: ${checked} checked against the strategy.`, '');
  else out.push(`**${plural(total, 'problem')}** in ${checked}.`, '');
  const cap = o.annotationCap;
  if (cap !== null && (error > cap || warning > cap)) {
    const over = [error > cap ? plural(error - cap, 'error') : '', warning > cap ? plural(warning - cap, 'warning') : ''].filter(Boolean).join(' and ');
    out.push(
      `GitHub annotates at most ${cap} errors and ${cap} warnings per step: ${over} ${Math.max(0, error - cap) + Math.max(0, warning - cap) === 1 ? 'is' : 'are'} not annotated on the pull request. Every finding is listed below (and in code scanning, when SARIF is uploaded).`,
      '',
    );
  }
  if (ctx.baselined) out.push(`${ctx.baselined} known finding${ctx.baselined === 1 ? '' : 's'} hidden by the baseline.`, '');
  const score = ctx.summary.score;
  if (score) {
    const p = (n: number | null) => (n === null ? 'n/a' : `${n}%`);
    out.push(
      `**Alignment score:** ${p(score.tactics)} of active tactics have no error or warning${ctx.hidden ? ' (the known findings hidden here count too)' : ''}; ${p(score.objectives)} of objectives are supported by an aligned active tactic.`,
      '',
    );
  }
  if (ctx.playbook) out.push(...textMatrix(ctx.playbook), '');
  out.push('| severity | findings |', '| --- | ---: |', `| 🔴 error | ${error} |`, `| 🟡 warning | ${warning} |`, `| 🔵 info | ${info} |`, '');
  if (total) {
    const byRule = new Map<string, number>();
    for (const f of ctx.findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    out.push(
      '| rule | findings |',
      '| --- | ---: |',
      ...[...byRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([r, n]) => `| ${markdownCode(r)} | ${n} |`),
      '',
    );
    const files = [...new Set(ctx.findings.map((f) => f.file))];
    for (const file of files) {
      out.push(`### ${markdownCode(file, false)}`, '', '| line | severity | finding | rule |', '| ---: | --- | --- | --- |');
      for (const f of ctx.findings.filter((x) => x.file === file)) {
        const related = f.related.length ? `<br>↳ ${f.related.map((r) => `${markdownCode(`${r.file}:${r.line}`)} ${forMarkdown(r.message)}`).join('; ')}` : '';
        out.push(`| ${f.line}:${f.column} | ${ICON[f.severity]} | ${forMarkdown(f.message)}${related} | ${markdownCode(f.ruleId)} |`);
      }
      out.push('');
    }
  }
  return `${out.join('\n')}\n`;
}
