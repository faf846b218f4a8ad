import type { Problem, RuleContext, RuleExamples } from '../types.js';
export declare const meta: {
    readonly id: "strategy-clarity";
    readonly severity: "warning";
    readonly summary: "The strategy says who it serves, what measurable outcome it delivers, why customers choose it, and where it is going.";
    readonly rationale: "Tactics can only be aligned with a strategy that makes choices. A strategy without a customer, a measurable outcome, a reason to win or a long-term objective leaves every tactic free to drift.";
    readonly tags: readonly ["strategy"];
};
export declare const messages: {
    who: () => string;
    outcome: () => string;
    whyUs: () => string;
    whereTo: () => string;
};
export declare function check(ctx: RuleContext): Problem[];
export declare const examples: RuleExamples;
