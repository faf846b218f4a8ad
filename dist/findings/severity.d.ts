/** The one owner of a finding's severity: `--rule`, then the config, then the item's own (a guardrail's), then the rule's default. */
import type { SeverityOrOff } from '../config.js';
import type { Problem, Rule } from '../rules/types.js';
import type { Severity } from '../types.js';
export type RatedProblem = Problem & {
    severity: Severity;
};
/** Gives each problem its severity and drops those whose rule is off. */
export declare function rate(problems: Problem[], override: (id: string) => SeverityOrOff | undefined, rules: readonly Rule[]): RatedProblem[];
