/**
 * The condition language shared by guardrails, custom rules and built-in rules: a mapping from a
 * field path to a matcher, all of which must hold, with `all`, `any` and `not` to combine.
 */
import type { Evidence } from '../playbook/model.js';
import type { Path } from '../types.js';
import { type PatternWork } from './regex.js';
import { type Subject } from './subject.js';
/** What a condition reads: a tactic (with `strategy.…` fields), an objective (likewise), or the strategy alone. */
export type Scope = 'tactic' | 'objective' | 'strategy';
/** A condition that holds: the evidence of what made it hold (empty for negations). */
export interface Match {
    evidence: Evidence[];
}
export interface Env {
    subject: Subject;
    /** The strategy, for `{strategy: path}` operands. */
    strategy: Subject;
    /** The check's pattern work (`matches:`), bounded: see PATTERN_LIMITS. */
    patterns?: PatternWork;
}
export interface Condition {
    test(env: Env): Match | null;
    /** The source as written, for `align explain`. */
    source: unknown;
    /** Every strategy path the condition reads (for related locations). */
    strategyPaths: string[];
}
/** A mistake in a condition: where in the condition and what is wrong. */
export interface ConditionError {
    path: Path;
    message: string;
}
/** Compiles a condition; `at` is where it sits in its file, for error locations. */
export declare function compileCondition(raw: unknown, scope: Scope, at: Path): {
    condition?: Condition;
    errors: ConditionError[];
};
