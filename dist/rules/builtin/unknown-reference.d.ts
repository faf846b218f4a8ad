import type { MessageData, Problem, RuleContext, RuleExamples } from '../types.js';
export declare const meta: {
    readonly id: "unknown-reference";
    readonly severity: "error";
    readonly summary: "Every id a tactic targets or supports exists in the strategy.";
    readonly rationale: "A reference to an audience or objective that does not exist is usually a typo; it silently detaches the tactic from the strategy it was meant to serve.";
    readonly tags: readonly ["references"];
};
export declare const messages: {
    targets: (d: MessageData) => string;
    supports: (d: MessageData) => string;
};
export declare function check(ctx: RuleContext): Problem[];
export declare const examples: RuleExamples;
