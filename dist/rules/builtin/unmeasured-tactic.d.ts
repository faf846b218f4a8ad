/** Every tactic names how it is measured. */
import type { ConditionSpec, MessageData, RuleExamples } from '../types.js';
export declare const meta: {
    readonly id: "unmeasured-tactic";
    readonly severity: "warning";
    readonly summary: "Every tactic names how it is measured.";
    readonly rationale: "Tactics must be specific and measurable; without a metric, nobody can tell whether the tactic works or should be stopped.";
    readonly tags: readonly ["metrics"];
};
export declare const messages: {
    unmeasured: (d: MessageData) => string;
};
export declare const condition: ConditionSpec;
export declare const examples: RuleExamples;
