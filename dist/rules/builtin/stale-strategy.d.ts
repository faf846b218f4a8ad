import type { MessageData, Problem, RuleContext, RuleExamples } from '../types.js';
export declare const meta: {
    readonly id: "stale-strategy";
    readonly severity: "warning";
    readonly summary: "The strategy has been reviewed within its review_every period.";
    readonly rationale: "Markets, competitors and the business change; a strategy that is never reassessed keeps tactics aligned to a world that has moved on.";
    readonly tags: readonly ["strategy"];
};
export declare const messages: {
    overdue: (d: MessageData) => string;
    undated: (d: MessageData) => string;
};
export declare function check(ctx: RuleContext): Problem[];
export declare const examples: RuleExamples;
