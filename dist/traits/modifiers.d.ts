/**
 * Modifiers as data, in the manner of NegEx and ConText: cues that negate a signal before or
 * after it, pseudo-cues that look like negation but are not, what ends a cue's scope, and the
 * words that make a quoted phrase a mention rather than a use.
 */
/** Cues that negate a signal that follows them in the same clause (NegEx "pre" triggers). */
export declare const NEGATION_BEFORE: readonly string[];
/** Cues that negate a signal before them in the same clause (NegEx "post" triggers). */
export declare const NEGATION_AFTER: readonly string[];
/** Look like cues and negate nothing (NegEx pseudo-triggers), including limits on an amount. */
export declare const PSEUDO_NEGATIONS: readonly string[];
/** Words after a negation cue that make it govern a limit, not the practice ("won't extend trials past 14 days"). */
export declare const LIMIT_WORDS: readonly string[];
/** Words after a signal that put a limit on it ("never discount more than 10%"). */
export declare const LIMIT_AFTER: readonly string[];
/** Words that end a negation's scope inside a clause (ConText terminators). */
export declare const TERMINATORS: readonly string[];
/** Subjects that, after "and" or "or", start a new clause. */
export declare const NEW_SUBJECTS: readonly string[];
/** Words that turn a negation into a condition ("if the PO isn't in by the 28th"). */
export declare const CONDITIONALS: readonly string[];
/** Words that, with a phrase in quotes, make it a mention ("'ACT NOW' is banned in our copy"). */
export declare const MENTION_CUES: readonly string[];
/** Words before a quoted phrase that make it a name ("a chatbot branded 'Concierge'"). */
export declare const NAME_CUES: readonly string[];
