import type { MessageData, Problem, RuleContext, RuleExamples } from '../types.js';
export declare const meta: {
    readonly id: "duplicate-id";
    readonly severity: "error";
    readonly summary: "Tactics, objectives, audiences and guardrails each have a unique id.";
    readonly rationale: "References, waivers and reports name items by id; two items with one id make every one of them ambiguous.";
    readonly tags: readonly ["references"];
};
/** The first use is the related location, so the message need not say where it is. */
export declare const messages: {
    duplicate: (d: MessageData) => string;
};
export declare function check(ctx: RuleContext): Problem[];
export declare const examples: RuleExamples;
