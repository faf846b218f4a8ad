/**
 * The trait lexicon as data: per built-in trait, plain trigger phrases, constructions (families
 * of wording with the context they need), and look-alikes (other senses of the same words).
 * Patterns use the syntax documented in pattern.ts. Every construction carries examples that
 * must signal and traps that must not; the tests run both.
 */
export declare const BUILTIN_TRAITS: readonly ["discount", "pressure", "mass", "consultative", "white-glove", "gated", "free-trial"];
export type BuiltinTrait = (typeof BUILTIN_TRAITS)[number];
/** Named word sets a construction can require (`when`) or be cancelled by (`unless`) in its sentence. */
export declare const CONTEXTS: {
    readonly offer: readonly ["offer", "deal", "price", "pricing", "rate", "discount", "promo", "code", "coupon", "quote", "terms", "=sale", "bonus", "bundle", "{pct}", "{money}"];
    readonly buyer: readonly ["customer", "buyer", "client", "prospect", "their", "they're", "=they", "account", "stakeholder", "champion", "cfo", "cio", "ceo", "cto", "ciso"];
    readonly decision: readonly ["sign", "signature", "countersign", "commit", "decide", "decision", "order", "=po", "=pos", "purchase", "buy", "rsvp", "enrol", "enroll", "enrolment", "enrollment", "apply", "reserve", "reservation", "claim", "lock in", "intake", "cohort", "doors", "cart", "checkout", "waitlist", "seat", "spot", "slot", "pass", "ticket"];
    readonly capacity: readonly ["seat", "spot", "place", "slot", "ticket", "pass", "licence", "license", "unit", "capacity", "inventory", "stock", "cohort", "intake", "table", "invitation", "allocation", "room", "space", "appointment"];
    readonly outreach: readonly ["email", "blast", "send", "=sent", "sequence", "cadence", "reminder", "dial", "dialer", "dialler", "call", "cold", "message", "sms", "=text", "=texts", "mail", "mailer", "mailing", "enrol", "enroll", "nurture", "campaign", "newsletter", "inmail", "outreach", "drip", "announcement", "invite", "pitch", "hit", "spam", "target"];
    readonly hospitality: readonly ["dinner", "lunch", "breakfast", "drinks", "chef", "retreat", "reception", "tasting", "golf", "suite", "trip", "evening", "cocktail", "wine", "hotel", "flight", "spa", "concert", "yacht", "meal", "coffee"];
    readonly finance: readonly ["bond", "cash flow", "=npv", "yield", "treasury", "interest rate", "present value", "valuation", "maturity", "wacc"];
    readonly legal: readonly ["litigation", "lawsuit", "law firm", "lawyer", "counsel", "court", "attorney", "legal", "subpoena"];
    readonly tech: readonly ["kubernetes", "network", "device", "endpoint", "=api", "playlist", "listener", "dns", "microservice", "cluster", "scan"];
    readonly award: readonly ["olympic", "medal", "athlete", "tournament", "league", "crown", "award", "trophy", "prize", "contest", "competition", "=won"];
    readonly hiring: readonly ["new ~1 sdrs|aes|hires|reps|starters|recruits|joiners|employees", "probation", "probationary", "new hire", "employment", "hiring"];
    readonly trial: readonly ["trial", "freemium", "free plan", "free tier"];
};
export type ContextName = keyof typeof CONTEXTS | `trait:${BuiltinTrait}`;
/** A family of wording that signals a trait. */
export interface Construction {
    /** Names the family in `align traits` output. */
    id: string;
    patterns: readonly string[];
    /** The sentence (or, for a short sentence, the one before it) must hold one of these. */
    when?: readonly ContextName[];
    /** Any of these in the sentence cancels the signal (another sense of the words). */
    unless?: readonly ContextName[];
    /** Where `when` and `unless` look: the sentence (default) or only the clause of the phrase. */
    scope?: 'sentence' | 'clause';
    /** Sentences that must signal the trait, and traps that must not (both are tested). */
    examples: {
        signal: readonly string[];
        not?: readonly string[];
    };
}
export interface TraitLexicon {
    /** Plain phrases that signal the trait wherever they stand (negation and look-alikes still apply). */
    triggers: readonly string[];
    constructions: readonly Construction[];
    /** Phrases in which a trigger means something else; a signal overlapping one is dropped. */
    lookalikes: readonly string[];
}
/** What the config's `lexicon:` and the `phrase` condition give: phrases per trait. */
export interface TraitPhrases {
    triggers: readonly string[];
    constructions?: readonly Construction[];
    lookalikes?: readonly string[];
}
export declare const LEXICON: Record<BuiltinTrait, TraitLexicon>;
/** Organisation nouns: a trigger followed by one (directly or after one modifier) names an industry, not a practice. */
export declare const ORG_NOUNS: readonly string[];
