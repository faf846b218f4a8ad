/** What `align traits "TEXT"` prints: what a text signals, the words, and what cancelled what. */
import type { Lexicon } from './reader.js';
export interface TraitReading {
    text: string;
    signals: Array<{
        trait: string;
        phrase: string;
        start: number;
        end: number;
        construction: string;
        kind: 'phrase' | 'construction';
    }>;
    cancelled: Array<{
        trait: string;
        phrase: string;
        start: number;
        end: number;
        construction: string;
        kind: 'phrase' | 'construction';
        reason: string;
        by: string;
        /** The qualifier or sense that cancelled it. */
        rule?: string;
    }>;
    /** Numbers, percentages, money, durations, dates and codes the reader found. */
    entities: Array<{
        kind: string;
        text: string;
        start: number;
        value: number | null;
    }>;
}
/**
 * Reads one text; the same reading `align check` does on a tactic's name, description and messaging (`rivals`: the names
 * the tactic's other texts mark as another seller's, `rivalsOf`; `kind`: the tactic's kind).
 */
export declare function readTraits(lexicon: Lexicon, text: string, rivals?: readonly string[], kind?: string): TraitReading;
/** Plain text for a person: one line a signal, then what was set aside and why. */
export declare function traitsText(readings: TraitReading[]): string;
