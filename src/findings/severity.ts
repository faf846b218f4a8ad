/** The one owner of a finding's severity: `--rule`, then the config, then the item's own (a guardrail's), then the rule's default; and of which rules are off. */
import type { Problem, Rule } from '../rules/types.js';
import type { Severity, SeverityOrOff } from '../types.js';

export type RatedProblem = Problem & { severity: Severity };

/** The severity `--rule` or the config sets for a rule, if any. */
export type Override = (id: string) => SeverityOrOff | undefined;

/** A rule's severity: the override, else the item's own, else the rule's default. */
const severityOf = (override: Override, ruleId: string, own: Severity | undefined, byDefault: Severity | undefined): SeverityOrOff =>
  override(ruleId) ?? own ?? byDefault ?? 'warning';

/** Whether a rule is off: the rules stage does not run it, and no problem of it is rated. */
export const isOff = (override: Override, ruleId: string): boolean => severityOf(override, ruleId, undefined, 'error') === 'off';

/** Gives each problem its severity and drops those whose rule is off (the rules reported by other stages: waivers). */
export function rate(problems: Problem[], override: Override, rules: readonly Rule[]): RatedProblem[] {
  const defaults = new Map<string, Severity>(rules.map((r) => [r.id, r.severity]));
  const out: RatedProblem[] = [];
  for (const p of problems) {
    const severity = severityOf(override, p.ruleId, p.severity, defaults.get(p.ruleId));
    if (severity !== 'off') out.push({ ...p, severity });
  }
  return out;
}
