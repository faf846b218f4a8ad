/** The rules stage: compile the guardrails and custom rules with the built-in ones, and run them all over the playbook. */
import type { Config, SeverityOrOff } from '../config.js';
import type { Guardrail, Playbook } from '../playbook/model.js';
import type { Path } from '../types.js';
import { type CompiledRule } from './engine.js';
import type { ConditionRule, Messages, Problem } from './types.js';
/** A mistake in a rule the user wrote (a guardrail): an input error at its place. */
export interface RuleError {
    file: string;
    path: Path;
    message: string;
}
/** Guardrails as condition rules, each with its compiled form. */
export type CompiledGuardrails = Map<ConditionRule, CompiledRule>;
/** The strategy's guardrails as condition rules, compiled; a mistake in one is an input error at its place. */
export declare function compileGuardrails(guardrails: Guardrail[]): {
    rules: CompiledGuardrails;
    errors: RuleError[];
};
export interface RunOptions {
    config: Config;
    /** YYYY-MM-DD. */
    today: string;
    /** The effective severity of a rule when something overrides its default. */
    override(id: string): SeverityOrOff | undefined;
    guardrails: CompiledGuardrails;
}
/** Every rule that is not off, run over the playbook; and the message builders of every rule id, for wording the problems. */
export declare function runAllRules(playbook: Playbook, opts: RunOptions): {
    problems: Problem[];
    errors: RuleError[];
    messages: (ruleId: string) => Messages;
};
