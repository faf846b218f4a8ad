/** The one owner of a finding's severity: `--rule`, then the config, then the item's own (a guardrail's), then the rule's default; and of which rules are off. */
import type { Problem, Rule } from '../rules/types.js';
import type { Severity, SeverityOrOff } from '../types.js';
export type RatedProblem = Problem & {
    severity: Severity;
};
/** The severity `--rule` or the config sets for a rule, if any. */
export type Override = (id: string) => SeverityOrOff | undefined;
/** Whether a rule is off: the rules stage does not run it, and no problem of it is rated. */
export declare const isOff: (override: Override, ruleId: string) => boolean;
/** Gives each problem its severity and drops those whose rule is off (the rules reported by other stages: waivers). */
export declare function rate(problems: Problem[], override: Override, rules: readonly Rule[]): RatedProblem[];
