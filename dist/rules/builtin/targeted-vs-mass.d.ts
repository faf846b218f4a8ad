/** Untargeted, high-volume outreach does not fit a targeted strategy or an enterprise audience. */
import type { ConditionSpec, MessageData, RuleExamples } from '../types.js';
export declare const meta: {
    readonly id: "targeted-vs-mass";
    readonly severity: "warning";
    readonly summary: "Untargeted, high-volume outreach does not fit a targeted strategy or an enterprise audience.";
    readonly rationale: "Consultative and account-based motions, and any enterprise buyer, expect outreach built for them. Blasts, bought lists and dial quotas burn the named accounts the strategy depends on and train buyers to ignore the brand.";
    readonly tags: readonly ["motion", "audience", "prose"];
};
export declare const messages: {
    motion: (d: MessageData) => string;
    enterprise: (d: MessageData) => string;
};
export declare const condition: ConditionSpec;
export declare const examples: RuleExamples;
