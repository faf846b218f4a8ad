/** Manufactured urgency undercuts a premium position. */
import type { ConditionSpec, MessageData, RuleExamples } from '../types.js';
export declare const meta: {
    readonly id: "premium-vs-pressure";
    readonly severity: "warning";
    readonly summary: "Manufactured urgency undercuts a premium position.";
    readonly rationale: "Countdown timers, \"last chance\" and scarcity claims are the vocabulary of discount brands. A premium brand that borrows them signals that it needs the sale more than the buyer needs the product.";
    readonly tags: readonly ["positioning", "prose"];
};
export declare const messages: {
    urgency: (d: MessageData) => string;
};
export declare const condition: ConditionSpec;
export declare const examples: RuleExamples;
