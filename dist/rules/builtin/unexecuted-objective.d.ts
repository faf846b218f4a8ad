/** Every objective is carried by at least one active, planned or paused tactic. */
import type { ConditionSpec, MessageData, RuleExamples } from '../types.js';
export declare const meta: {
    readonly id: "unexecuted-objective";
    readonly severity: "warning";
    readonly summary: "Every objective has at least one tactic that is not retired supporting it.";
    readonly rationale: "An objective nobody works towards is a wish. Each one needs at least one tactic that carries it, or it should be dropped from the strategy.";
    readonly tags: readonly ["coverage"];
};
export declare const messages: {
    unexecuted: (d: MessageData) => string;
};
export declare const condition: ConditionSpec;
export declare const examples: RuleExamples;
