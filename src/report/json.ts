/** The JSON report: exactly one document, findings in a fixed key order. */
import { BUILTIN_IDS } from '../rules/index.js';
import { INPUT_RULES } from '../types.js';
import type { ReportContext } from './context.js';

const TOOL_RULES: Record<string, string> = { 'stale-baseline': 'README.md#baselines' };

/** The section of docs/rules.md about a rule; null for custom rules, which the config documents. */
export function docsLink(ruleId: string): string | null {
  if (ruleId in INPUT_RULES) return 'docs/rules.md#input-errors';
  if (TOOL_RULES[ruleId]) return TOOL_RULES[ruleId]!;
  return BUILTIN_IDS.includes(ruleId) ? `docs/rules.md#${ruleId}` : null;
}

export function json(ctx: ReportContext): string {
  const findings = ctx.findings.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    tactic: f.tactic,
    objective: f.objective,
    evidence: f.evidence,
    related: f.related.map((r) => ({ file: r.file, line: r.line, column: r.column, message: r.message })),
    docs: docsLink(f.ruleId),
  }));
  return `${JSON.stringify({ version: 1, findings, summary: ctx.summary }, null, 2)}\n`;
}
