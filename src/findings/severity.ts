/** The one owner of a finding's severity: `--rule`, then the config, then the item's own (a guardrail's), then the rule's default. */
import type { SeverityOrOff } from '../config.js';
import type { Problem, Rule } from '../rules/types.js';
import type { Severity } from '../types.js';

export type RatedProblem = Problem & { severity: Severity };

/** Gives each problem its severity and drops those whose rule is off. */
export function rate(problems: Problem[], override: (id: string) => SeverityOrOff | undefined, rules: readonly Rule[]): RatedProblem[] {
  const defaults = new Map<string, Severity>(rules.map((r) => [r.id, r.severity]));
  const out: RatedProblem[] = [];
  for (const p of problems) {
    const severity = override(p.ruleId) ?? p.severity ?? defaults.get(p.ruleId) ?? 'warning';
    if (severity !== 'off') out.push({ ...p, severity });
  }
  return out;
}
