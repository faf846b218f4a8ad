import type { MessageData, Problem, RuleContext, RuleExamples } from '../types.js';
export declare const meta: {
    readonly id: "excluded-market";
    readonly severity: "error";
    readonly summary: "No tactic targets a market the strategy excludes.";
    readonly rationale: "Saying no to a market is a strategic choice: it frees the team to serve the ideal customers well. A tactic that targets an excluded market spends effort on buyers the business decided it cannot serve profitably.";
    readonly tags: readonly ["audience"];
};
export declare const messages: {
    excluded: (d: MessageData) => string;
};
export declare function check(ctx: RuleContext): Problem[];
export declare const examples: RuleExamples;
