import { type Condition } from './conditions.js';
import type { ConditionRule, Problem, Rule, RuleContext } from './types.js';
export interface CompiledRule {
    rule: ConditionRule;
    when?: Condition;
    tactic?: Condition;
    forbid?: Condition;
    require?: Condition;
}
/** Compiles a condition rule; a mistake in one is reported by the caller with its location. */
export declare function compileRule(rule: ConditionRule, at?: readonly (string | number)[]): {
    compiled: CompiledRule;
    errors: import("./conditions.js").ConditionError[];
};
/**
 * Runs every rule given; condition rules must come with their compiled form. Rules another stage
 * reports are skipped. Throws PatternBudgetError when the patterns go over their budget.
 */
export declare function runRules(rules: readonly Rule[], compiled: Map<ConditionRule, CompiledRule>, ctx: RuleContext): Problem[];
