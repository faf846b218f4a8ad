/**
 * Qualifiers as data, in the manner of ConText (Chapman et al.; medspaCy's ConTextRule): each
 * entry is a cue with a category (what it says about a signal it reaches), a direction (which
 * way its scope runs from the cue), a window (how many tokens the scope may reach) and what
 * ends its scope. A signal stands only when no cancelling qualifier reaches it.
 *
 * - `forward` and `backward` scopes stay inside their clause: they end at a sentence stop, at
 *   ; : ( ) and dashes, at a comma that does not continue a list ("no coupons, vouchers or
 *   rebates" runs on), at a `terminate` entry, or at one of the entry's own `terminatedBy`
 *   words. `scope: 'sentence'` lets an entry run over clause punctuation to its sentence's end.
 * - `pseudo` entries look like cues and are not ("not only", "no later than"): any cue they
 *   overlap, and that is no longer than them, counts for nothing. Double negation ("never …
 *   without"), a negation under a condition ("if they don't sign") and a negated limit ("never
 *   more than 10%") are pseudo entries too: the negation is about something else.
 * - A cue written as a word of the signal's own phrase ("no credit card", "now or never") is
 *   part of that phrase, not a qualifier.
 * - A quoted phrase in a sentence that holds a negating, retiring or mentioning cue outside the
 *   quotes is mentioned, not used ("'ACT NOW' is banned in our copy").
 *
 * Users add entries of the same shape under `lexicon: { qualifiers: [...] }` in the config.
 */
import type { QUALIFIER_CATEGORIES, QUALIFIER_DIRECTIONS, QualifierData } from '../load/schema.js';
import type { ContextName } from './lexicon/types.js';
/** What a qualifier says about the signals it reaches; every category cancels them. */
export type QualifierCategory = (typeof QUALIFIER_CATEGORIES)[number];
export type Direction = (typeof QUALIFIER_DIRECTIONS)[number];
export interface Qualifier {
    /** Names the qualifier in `align traits`. */
    id: string;
    direction: Direction;
    /** Required for forward, backward and both; pseudo and terminate entries have none. */
    category?: QualifierCategory;
    /** Cue phrases, in the lexicon's pattern syntax (pattern.ts); `?` may stand for a question mark. */
    patterns: readonly string[];
    /** How many tokens the scope reaches from the cue (default 8). */
    window?: number;
    /**
     * `clause` (default), the whole `sentence`, or for a backward cue that points back at what was
     * said before ("we are stopping that"), its sentence and the one before: `previous-sentence`. A backward cue that answers
     * everything said before it ("… 20–30% under us, sometimes with the first quarter free. We do not match.") reaches its
     * sentence and the sentences before it, back to one that holds a word of `terminatedBy`: `earlier-sentences`. A forward cue
     * that heads the whole text ("HR note:", "For context only.") reaches every sentence after it, to a word of `terminatedBy`
     * and whatever its window: `later-sentences`.
     */
    scope?: 'clause' | 'sentence' | 'previous-sentence' | 'earlier-sentences' | 'later-sentences';
    /**
     * Tactic kinds (format.md) in which alone it counts: in an `objection-handling` tactic what comes before our refusal is the
     * objection, the buyer's or a rival's offer.
     */
    onlyIn?: readonly string[];
    /**
     * For an `earlier-sentences` cue: the contexts (lexicon/types.ts) each sentence it reaches must hold, before the cue in its
     * own: another party named or reported ("Buyers forward us spot quotes at 10% below our price. We don't match them.").
     */
    over?: readonly ContextName[];
    /** Reaches only signals written inside quotes (a name, a phrase mentioned). */
    quotedOnly?: boolean;
    /**
     * Whether a forward cue's own words reach the signals inside it (default true); "rather … than" reaches only what follows.
     * For a pseudo-cue: whether the negation it starts with still reaches the words before its last one ("may not run
     * coupons without approval"), though not what follows.
     */
    inside?: boolean;
    /** A forward cue that reaches only the quotation right after it ("instead of 'X'"), not a later one. */
    nextQuoteOnly?: boolean;
    /** The traits it applies to (default: all). */
    traits?: readonly string[];
    /**
     * Counts only in a sentence that holds a cue of one of these categories as well ("In 2022 we bought a list …; we stopped
     * after two quarters": a past date is history beside a practice stopped, not beside "Since 2022 we offer 10% off").
     */
    withCategory?: readonly QualifierCategory[];
    /** Words that end this entry's scope, besides the general ends. */
    terminatedBy?: readonly string[];
    /** Sentences where it cancels a signal, and sentences whose signals it must leave alone. */
    examples: {
        cancels?: readonly string[];
        keeps?: readonly string[];
    };
}
/** A qualifier as the config writes it (snake_case keys), as the reader takes it. */
export declare function fromConfig(q: QualifierData, index: number): Qualifier;
/**
 * Verbs that put a quotation to use ("say 'this price is only good today'"): a phrase quoted right
 * after one is used, whatever else in its sentence rejects something ("… and stop talking").
 */
export declare const QUOTE_USED_AFTER: readonly string[];
/** Default reach of a scope, in tokens (NegEx used five to six words; lists need a little more). */
export declare const DEFAULT_WINDOW = 8;
export declare const QUALIFIERS: readonly Qualifier[];
