/** A value position cannot carry costly high-touch service. */
import type { ConditionSpec, MessageData, RuleExamples } from '../types.js';
export declare const meta: {
    readonly id: "value-vs-white-glove";
    readonly severity: "warning";
    readonly summary: "A value position cannot carry costly high-touch service.";
    readonly rationale: "A value position promises a low price, which is only sustainable with a low cost to serve. White-glove service — on-site visits, dedicated engineers, concierge onboarding — adds cost the price cannot carry.";
    readonly tags: readonly ["positioning", "prose"];
};
export declare const messages: {
    costly: (d: MessageData) => string;
};
export declare const condition: ConditionSpec;
export declare const examples: RuleExamples;
