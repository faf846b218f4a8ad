/**
 * The prose reader: finds trait signals in text and decides, for each, whether it stands.
 * A signal is cancelled by a look-alike that overlaps it, by another sense of its words (an
 * industry named as a market, a name in quotes), by being mentioned rather than used (quoted
 * inside a sentence that bans it), or by a negation whose scope reaches it (NegEx/ConText:
 * cues before and after, scope ending at the clause, double negation, pseudo-cues and limits).
 * Every step is linear in the number of tokens.
 */
import { type TraitPhrases } from './lexicon.js';
import { type Entity, type Token } from './tokens.js';
export { compilePattern } from './pattern.js';
export type { Token } from './tokens.js';
/** A phrase found in text: the trait it signals and the words as written. */
export interface PhraseMatch {
    trait: string;
    /** The matched words as written in the text. */
    phrase: string;
    start: number;
    end: number;
    sentence: number;
    /** The construction's name, or the trigger phrase's pattern, that matched. */
    construction: string;
    /** Whether a plain trigger phrase or a construction matched. */
    kind: 'phrase' | 'construction';
}
/** Why a phrase that matched does not signal its trait. */
export interface Cancelled extends PhraseMatch {
    reason: 'negated' | 'look-alike' | 'mention' | 'sense' | 'context';
    /** The words or the rule that cancelled it. */
    by: string;
}
export interface ScanResult {
    tokens: Token[];
    /** Numbers, percentages, amounts, durations and dates read from the text. */
    entities: Entity[];
    matches: PhraseMatch[];
}
export interface Reading extends ScanResult {
    cancelled: Cancelled[];
}
/** A set of trait phrases and constructions compiled into one reader. */
export declare class Lexicon {
    /** Rules and look-alikes; the modifiers are scanned only when a rule matched. */
    private index;
    readonly traits: string[];
    /** `phrases`: per trait, its triggers, constructions and look-alikes in the pattern syntax (pattern.ts). Throws on a malformed phrase. */
    constructor(phrases: Record<string, TraitPhrases>);
    /** Readings of texts seen before: tactics written from templates repeat their wording. */
    private memo;
    /** Every trait signal in the text that stands. The result is shared between equal texts: do not change it. */
    scan(text: string, opts?: {
        cache?: boolean;
    }): ScanResult;
    /** Every trait signal that stands, and every phrase that matched but was cancelled, with the reason. */
    explain(text: string): Reading;
    private read;
}
