/** Small pieces of wording the rules' messages share. */
import type { Motion } from '../load/schema.js';
/** ` ("25% off")` after a claim, or nothing when there is no phrase. */
export declare const quoted: (phrase: string | number | undefined) => string;
/** "consultative and account-based". */
export declare const motionList: (m: readonly Motion[]) => string;
/** "an outreach sequence", "a demo". */
export declare const kindPhrase: (kind: string) => string;
/** "a 25%", "an 8%", "an 11%", "an 80%": the article a percentage takes when read aloud. */
export declare const aPercent: (n: number | string) => string;
/**
 * The discount a tactic offers, in words: the figure of `offer.discount` as given, or, when the
 * figure was read from its prose, the words it was read from, so that the message claims no more
 * than the playbook says: `a 25% discount`, `an 8% discount ("8% rebate" in its text)`.
 */
export declare const discountPhrase: (percent: number | string, phrase?: string | number) => string;
/**
 * A condition as the config or strategy writes it, on one line: `channel: sms`, `kind: demo, text: { phrase: [free] }`,
 * so that a message can name what its rule asked for.
 */
export declare function conditionText(c: unknown): string;
/** The phrase that triggered a condition, when it is words inside a text (not a whole value). */
export declare const phraseOf: (e: {
    text: string | null;
    offset?: number;
} | undefined) => string;
