/** In a consultative motion, outreach, demos and closing for mid-market and enterprise buyers are tailored. */
import type { ConditionSpec, MessageData, RuleExamples } from '../types.js';
export declare const meta: {
    readonly id: "consultative-fit";
    readonly severity: "info";
    readonly summary: "In a consultative motion, outreach, demos and closing for mid-market and enterprise buyers should be tailored.";
    readonly rationale: "Mid-market and enterprise buyers in a consultative motion expect conversations tailored to their operational challenges: discovery first, then a demo or close built on what was learnt. A generic tactic wastes the trust the discovery earned.";
    readonly tags: readonly ["motion", "audience", "prose"];
};
export declare const messages: {
    generic: (d: MessageData) => string;
};
export declare const condition: ConditionSpec;
export declare const examples: RuleExamples;
