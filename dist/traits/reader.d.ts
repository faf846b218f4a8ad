/**
 * The prose reader: finds trait signals in text and decides, for each, whether it stands. The
 * words are data (lexicon.ts: triggers, constructions, senses; qualifiers.ts: ConText
 * qualifiers); this module is the algorithm, the same for every entry:
 *
 * 1. a construction stands only with the context it binds to (`when`, `unless`);
 * 2. a sense of its trait that overlaps it and is at least as long cancels it (the longest span wins);
 * 3. a qualifier whose scope reaches it cancels it: negated, retired, hypothetical, another
 *    party's, or mentioned (quoted in a sentence that rejects it).
 *
 * Every step is linear in the number of tokens.
 */
import { type TraitPhrases } from './lexicon/index.js';
import { type IndexImage } from './pattern.js';
import { type Qualifier, type QualifierCategory } from './qualifiers.js';
import { type Entity, type Token } from './tokens.js';
import { type VetoModel } from './veto.js';
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
    /**
     * A qualifier's category, `sense` (another sense of the words), `context` (a construction without what it binds to) or
     * `passing` (a bare name of the practice, alone in a long text: `TraitLexicon.bare`) or `unlikely` (the statistical check:
     * no sentence of the text reads as the trait, veto.ts).
     */
    reason: QualifierCategory | 'sense' | 'context' | 'passing' | 'unlikely';
    /** The words that cancelled it, or what the construction needed. */
    by: string;
    /** The qualifier or sense that cancelled it, by its id. */
    rule?: string;
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
/**
 * The indexes of the built-in lexicon, made at build time (scripts/lexicon-image.mjs writes dist/traits/lexicon-image.json,
 * beside this module once built, and read from the bundle's folder as ../traits/): a run loads them without compiling
 * thousands of patterns. Each holds only for the patterns it was made from (`PatternIndex.load` compares a hash of their
 * sources), so a lexicon changed since, or a config's phrases, are compiled as before; no image at all (the sources run by
 * the tests, a build that did not write one) is the same.
 */
export interface LexiconImage {
    version: 1;
    index: IndexImage;
    qualifiers: IndexImage;
    contexts: IndexImage;
}
/** A set of trait phrases, constructions, senses and qualifiers compiled into one reader. */
export declare class Lexicon {
    /** Rules and senses; the qualifiers are scanned only when a rule matched. */
    private index;
    private qualifiers;
    /**
     * The tactic kinds some construction does not count in (`notIn`) or some qualifier counts in alone (`onlyIn`): a scan of any
     * other kind reads as one with none.
     */
    private kinds;
    /** Per trait, its bare names of the practice (`TraitLexicon.bare`). */
    private bare;
    readonly traits: string[];
    /**
     * `phrases`: per trait, its triggers, constructions and senses in the pattern syntax (pattern.ts);
     * `qualifiers`: entries added to the built-in ones. Throws on a malformed phrase; with `lazy`
     * (phrases known to compile: the built-in ones, a config's once it was validated) most of each
     * pattern is compiled the first time the text reaches it. `image`: false to compile every index (as when there is no image),
     * or an image to load instead of the build's (`LexiconImage`). `model`: the statistical check's model (veto.ts); none by
     * default (buildLexicon gives the build's with `statistical: true`).
     */
    constructor(phrases: Record<string, TraitPhrases>, qualifiers?: readonly Qualifier[], opts?: {
        lazy?: boolean;
        image?: boolean | LexiconImage;
        model?: VetoModel | false;
    });
    /** The statistical check's model, or undefined when the check is off. */
    private model;
    /** The built-in qualifiers and contexts this reader uses (`shared()`, or its own when given `image`). */
    private builtins;
    /** The image of this reader's indexes (scripts/lexicon-image.mjs makes it from the built-in lexicon's reader, made with `image: false`). */
    image(): LexiconImage;
    /** Readings of texts seen before: tactics written from templates repeat their wording. */
    private memo;
    /**
     * Every trait signal in the text that stands. The result is shared between equal texts: do not change it. `rivals`: names
     * (`nameKey`) that another text of the same tactic marks as another seller's, so that a name marked in a tactic's `name`
     * counts as marked in its description; `kind`: the tactic's kind, for constructions that do not count in some (`notIn`).
     */
    scan(text: string, opts?: {
        cache?: boolean;
        rivals?: readonly string[];
        kind?: string;
    }): ScanResult;
    /** Every trait signal that stands, and every phrase that matched but was cancelled, with the reason. */
    explain(text: string, rivals?: readonly string[], kind?: string): Reading;
    private read;
}
