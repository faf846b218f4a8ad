/** A tactic never matches a guardrail's `forbid` condition in the strategy: each guardrail is a condition rule of its own. */
import type { Guardrail } from '../../playbook/model.js';
import type { ConditionRule, MessageData, RuleExamples } from '../types.js';
export declare const meta: {
    readonly id: "guardrail";
    readonly severity: "error";
    readonly summary: "No tactic matches a strategy guardrail's forbid condition.";
    readonly rationale: "Guardrails are the lines the strategy says are never crossed, whatever the quarter looks like. Each one names its reason.";
    readonly tags: readonly ["strategy"];
};
export declare const messages: {
    breaks: (d: MessageData) => string;
};
/** The condition rule of one guardrail: its own `forbid`, severity and reason; the guardrail is the related location. */
export declare function guardrailRule(g: Guardrail): ConditionRule;
export declare const examples: RuleExamples;
