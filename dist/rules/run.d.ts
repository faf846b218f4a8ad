/** The rules stage: compile the guardrails and custom rules with the built-in ones, and run them all over the playbook. */
import type { Config } from '../load/config.js';
import type { Guardrail, Playbook } from '../playbook/model.js';
import type { PathProblem } from '../types.js';
import type { CustomRule } from './custom.js';
import { type CompiledRule } from './engine.js';
import type { ConditionRule, Messages, Problem } from './types.js';
/** A mistake in a rule the user wrote (a guardrail, a custom rule): an input error at its place. */
export type RuleError = PathProblem;
/** Guardrails as condition rules, each with its compiled form. */
export type CompiledGuardrails = Map<ConditionRule, CompiledRule>;
/** The strategy's guardrails as condition rules, compiled; a mistake in one is an input error at its place. */
export declare function compileGuardrails(guardrails: Guardrail[]): {
    rules: CompiledGuardrails;
    errors: RuleError[];
};
export interface RunOptions {
    /** The config's segment bands and metric names. */
    config: Pick<Config, 'bands' | 'data'>;
    /** YYYY-MM-DD. */
    today: string;
    /** Whether a rule is off here (findings/severity.ts decides): it is not run. */
    off(id: string): boolean;
    guardrails: CompiledGuardrails;
    customRules: readonly CustomRule[];
}
/** Every rule that is not off, run over the playbook; and the message builders of every rule id, for wording the problems. */
export declare function runAllRules(playbook: Playbook, opts: RunOptions): {
    problems: Problem[];
    errors: RuleError[];
    messages: (ruleId: string) => Messages;
};
