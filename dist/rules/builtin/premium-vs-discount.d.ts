/** A premium brand does not compete on price: no discount-driven tactics. */
import type { ConditionSpec, MessageData, RuleExamples } from '../types.js';
export declare const meta: {
    readonly id: "premium-vs-discount";
    readonly severity: "error";
    readonly summary: "A premium brand does not compete on price: no discount-driven tactics.";
    readonly rationale: "Premium positioning asks buyers to pay more because the product is worth more. A tactic that leads with a discount teaches them the list price is negotiable and that the brand competes on price like everyone else. A bounded concession inside a pricing or objection-handling conversation, within the strategy's max_discount, is not discount-driven outreach and is allowed.";
    readonly tags: readonly ["positioning", "pricing"];
};
export declare const messages: {
    offers: (d: MessageData) => string;
    signals: (d: MessageData) => string;
};
export declare const condition: ConditionSpec;
export declare const examples: RuleExamples;
