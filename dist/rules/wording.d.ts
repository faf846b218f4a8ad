/** Small pieces of wording the rules' messages share. */
import type { Motion } from '../load/schema.js';
/** ` ("25% off")` after a claim, or nothing when there is no phrase. */
export declare const quoted: (phrase: string | number | undefined) => string;
/** "consultative and account-based". */
export declare const motionList: (m: readonly Motion[]) => string;
/** "an outreach sequence", "a demo". */
export declare const kindPhrase: (kind: string) => string;
/** The phrase that triggered a condition, when it is words inside a text (not a whole value). */
export declare const phraseOf: (e: {
    text: string | null;
    offset?: number;
} | undefined) => string;
