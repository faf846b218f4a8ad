import type { MessageData, Problem, RuleContext, RuleExamples } from '../types.js';
export declare const meta: {
    readonly id: "off-target";
    readonly severity: "warning";
    readonly summary: "A tactic's inline audience overlaps at least one ideal customer.";
    readonly rationale: "The strategy names who the business serves. A tactic aimed at someone else may be a new idea worth adding to the strategy — or effort spent outside it.";
    readonly tags: readonly ["audience"];
};
export declare const messages: {
    offTarget: (d: MessageData) => string;
};
export declare function check(ctx: RuleContext): Problem[];
export declare const examples: RuleExamples;
