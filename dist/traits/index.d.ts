/** A tactic's traits with evidence: explicit, implied by its offer, and read from its text. */
import type { Config } from '../load/config.js';
import type { Evidence, Playbook, Tactic } from '../playbook/model.js';
import type { PathProblem } from '../types.js';
import { type Qualifier } from './qualifiers.js';
import { type Cancelled, Lexicon, type LexiconImage, type PhraseMatch } from './reader.js';
/** The fields whose text is scanned for traits, in the order their evidence is preferred. */
export declare const TEXT_FIELDS: readonly ["name", "description", "messaging"];
/** Builds the reader for the built-in lexicon plus the config's extra phrases per trait and its qualifiers. */
export declare function buildLexicon(extra?: Record<string, readonly string[]>, qualifiers?: readonly Qualifier[], opts?: {
    image?: boolean | LexiconImage;
    statistical?: boolean;
}): Lexicon;
/** The reader with the config's phrases and qualifiers. */
export declare function lexiconOf(config: Pick<Config, 'lexicon' | 'qualifiers'> & Partial<Pick<Config, 'statistical'>>): Lexicon;
/** The config's phrases and qualifier patterns the reader cannot match, each an input error at its place. */
export declare function patternProblems(config: Pick<Config, 'patterns'>): PathProblem[];
/**
 * The names one text of a tactic marks as another seller's ({name>=1}), when another of its texts names them without a
 * mark: "Responding to Valley Bee's price cut" (its name) and "Valley Bee Supply has been advertising …" (its description).
 * Undefined when no text marks any (most tactics: one scan a text, the second a lookup in the reader's memo).
 */
export declare function rivalsOf(data: Tactic['data'], lexicon: Lexicon): string[] | undefined;
/**
 * The signals of a tactic's name that its description or messaging reads, in the same words, as not ours, each with the
 * reading that cancelled it there: the name is the tactic's title, and "Voltaro winter cashback (manufacturer promo)" is the
 * cashback the description tells of as Voltaro's own ("Our battery supplier Voltaro is running its own winter cashback").
 * Only a trait the other texts do not signal themselves; undefined when there is none (most tactics: the other texts are
 * read again only when the name signals a trait they do not).
 */
export declare function echoedInName(data: Tactic['data'], lexicon: Lexicon, rivals: readonly string[] | undefined): Map<PhraseMatch, Cancelled> | undefined;
/**
 * The reading that cancels a name's signal, found by its place (trait and span), not by object: a reading may be made afresh
 * (a long text, a full memo) between the scan that found the echo and the one that asks.
 */
export declare function echoOf(echoes: ReadonlyMap<PhraseMatch, Cancelled>, s: {
    trait: string;
    start: number;
    end: number;
}): Cancelled | undefined;
/** What the traits stage reads from one tactic. */
export interface TacticTraits {
    traits: Map<string, Evidence[]>;
    discount?: {
        percent: number;
        evidence: Evidence;
    };
}
/** The traits stage: the playbook with every tactic's traits and discount, as new tactic objects; the input is not changed. */
export declare function withTraits(playbook: Playbook, lexicon: Lexicon): Playbook;
/** A tactic's traits (explicit, from its offer, from its prose) and its discount. */
export declare function readTactic(tactic: Tactic, lexicon: Lexicon): TacticTraits;
