/** Every tactic supports at least one objective. */
import type { ConditionSpec, MessageData, RuleExamples } from '../types.js';
export declare const meta: {
    readonly id: "orphan-tactic";
    readonly severity: "warning";
    readonly summary: "Every tactic supports at least one objective.";
    readonly rationale: "A tactic that supports no objective is activity without direction: nobody can say whether it works, because nobody said what it was for.";
    readonly tags: readonly ["coverage"];
};
export declare const messages: {
    orphan: (d: MessageData) => string;
};
export declare const condition: ConditionSpec;
export declare const examples: RuleExamples;
