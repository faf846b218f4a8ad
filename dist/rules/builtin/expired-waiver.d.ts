/** A waiver whose until date has passed no longer silences its finding (reported by the waivers stage). */
import type { MessageData, RuleExamples } from '../types.js';
export declare const meta: {
    readonly id: "expired-waiver";
    readonly severity: "warning";
    readonly summary: "A waiver's until date has passed; the waived finding is reported again.";
    readonly rationale: "Exceptions are granted for a time. When the time is up, the exception should be renewed deliberately or the tactic brought back in line — not forgotten.";
    readonly tags: readonly ["waivers"];
};
export declare const messages: {
    expired: (d: MessageData) => string;
};
export declare const examples: RuleExamples;
