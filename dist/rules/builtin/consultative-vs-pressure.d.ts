/** A consultative or account-based motion has no place for high-pressure tactics. */
import type { ConditionSpec, MessageData, RuleExamples } from '../types.js';
export declare const meta: {
    readonly id: "consultative-vs-pressure";
    readonly severity: "error";
    readonly summary: "A consultative or account-based motion has no place for high-pressure tactics.";
    readonly rationale: "Consultative and account-based selling win by being the trusted adviser who understands the buyer's problem. Manufactured urgency, fear and hard closes break that trust; in large deals more closing pressure goes with lower success (Rackham's SPIN research).";
    readonly tags: readonly ["motion", "prose"];
};
export declare const messages: {
    pressure: (d: MessageData) => string;
};
export declare const condition: ConditionSpec;
export declare const examples: RuleExamples;
