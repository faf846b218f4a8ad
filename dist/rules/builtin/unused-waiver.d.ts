/** A waiver that silences no finding can be removed (reported by the waivers stage). */
import type { MessageData, RuleExamples } from '../types.js';
export declare const meta: {
    readonly id: "unused-waiver";
    readonly severity: "info";
    readonly summary: "A waiver silences no finding and can be removed.";
    readonly rationale: "A waiver for a rule that no longer fires is clutter, and it would silently hide the finding if the tactic drifted again.";
    readonly tags: readonly ["waivers"];
};
export declare const messages: {
    unused: (d: MessageData) => string;
};
export declare const examples: RuleExamples;
