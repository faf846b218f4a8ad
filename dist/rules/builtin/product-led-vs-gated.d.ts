/** A product-led motion does not hold value back behind a sales conversation. */
import type { ConditionSpec, MessageData, RuleExamples } from '../types.js';
export declare const meta: {
    readonly id: "product-led-vs-gated";
    readonly severity: "warning";
    readonly summary: "A product-led motion does not hold value back behind a sales conversation.";
    readonly rationale: "Product-led growth lets buyers reach value on their own before they talk to anyone. Gating access, pricing or content behind a demo or a lead form puts sales in the way of the very path the strategy relies on.";
    readonly tags: readonly ["motion", "prose"];
};
export declare const messages: {
    gated: (d: MessageData) => string;
};
export declare const condition: ConditionSpec;
export declare const examples: RuleExamples;
