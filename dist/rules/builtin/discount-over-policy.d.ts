/** No tactic offers a deeper discount than the strategy's pricing.max_discount. */
import type { ConditionSpec, MessageData, RuleExamples } from '../types.js';
export declare const meta: {
    readonly id: "discount-over-policy";
    readonly severity: "error";
    readonly summary: "No tactic may offer a deeper discount than the strategy's pricing.max_discount.";
    readonly rationale: "The strategy sets the deepest discount the business can afford without eroding margin and price integrity. A tactic that goes beyond it spends margin the strategy did not approve, and buyers remember the deepest price they were ever offered.";
    readonly tags: readonly ["pricing"];
};
export declare const messages: {
    over: (d: MessageData) => string;
};
export declare const condition: ConditionSpec;
export declare const examples: RuleExamples;
