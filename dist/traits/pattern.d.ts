import { type EntityKind, type Tokens } from './tokens.js';
/** A class, its lower bound, and whether its value must be below (<) or above (>) the last one the phrase matched. */
type ClassRef = {
    kind: EntityKind | 'amount';
    min: number;
    than?: '<' | '>';
};
/**
 * A slot of words: `has` tells which of its parts hold anything (HAS_STEMS, HAS_EXACT, HAS_CLASSES), so that a match asks
 * only those (most slots hold stems alone, and an empty part is the one shared empty set or list).
 *
 * When all its words are numbered (`wordIds`, which a token carries as `sid` and `tid`) by the time it is first matched, a
 * match asks by number (BY_IDS): the first two of each part in the slot itself (-2 when there are fewer), any more in a set
 * of numbers. Numbers compare without a look at the words' text, which a set of strings reads for every entry it compares,
 * and the scan is bound by memory, not by work. A slot is never numbered itself (the numbers are part of every reading).
 */
type WordsSlot = SlotShape & {
    type: 'words';
};
/**
 * Every slot, of whichever type, has every field (those of other types at their defaults, shared empty sets and lists), so that
 * the matcher, which reads one slot after another, sees objects of one shape.
 *
 * A slot of words: `has` tells which of its parts hold anything (HAS_STEMS, HAS_EXACT, HAS_CLASSES), so that a match asks
 * only those (most slots hold stems alone, and an empty part is the one shared empty set or list).
 *
 * When all its words are numbered (`wordIds`, which a token carries as `sid` and `tid`) by the time it is first matched, a
 * match asks by number (BY_IDS): the first two of each part in the slot itself (-2 when there are fewer), any more in a set
 * of numbers. Numbers compare without a look at the words' text, which a set of strings reads for every entry it compares,
 * and the scan is bound by memory, not by work. A slot is never numbered itself (the numbers are part of every reading).
 *
 * A group: alternatives of words (`alts`), indexed by what their first word accepts so that a token tries only its own:
 * `byWord`, alternative indices by a stem or exact word their first slot accepts, made the first time the group is tried
 * (`indexed`); `always`, alternatives whose first slot holds a class, tried at every token (set with `byWord`); and when every
 * alternative is one slot of words without a class ("(price|prices|rates)"), `flat`, the group as one slot of all their words,
 * which matches where some alternative would and ends where each would (set with `byWord`).
 *
 * A gap: up to `max` tokens, or with `words` up to `max` words crossing no punctuation.
 */
type SlotShape = {
    type: 'words' | 'group' | 'gap';
    optional: boolean;
    stems: ReadonlySet<string>;
    exact: ReadonlySet<string>;
    classes: ClassRef[];
    has: number;
    s0: number;
    s1: number;
    sMore: ReadonlySet<number> | undefined;
    e0: number;
    e1: number;
    eMore: ReadonlySet<number> | undefined;
    alts: WordsSlot[][];
    byWord: Map<string, number[]> | undefined;
    byId: Map<number, number[]> | undefined;
    always: number[];
    flat: WordsSlot | undefined;
    max: number;
    words: boolean;
};
type GroupSlot = SlotShape & {
    type: 'group';
};
type GapSlot = SlotShape & {
    type: 'gap';
};
export type Slot = WordsSlot | GroupSlot | GapSlot;
/** A compiled phrase. */
export interface Pattern {
    source: string;
    slots: Slot[];
    /** What the text must hold somewhere for the phrase to match: one word or class of each (the most telling required slots). */
    needs?: Need[];
    /** Whether `needs` was worked out: on the pattern's first try (`ready`), so that a start pays only for the patterns its text reaches. */
    needsKnown: boolean;
    /** Matches only at the start of a sentence. */
    anchored: boolean;
    /** Parts not compiled yet (`compilePattern(…, { lazy: true })`): `ready` compiles them. */
    rest: string[] | undefined;
    /**
     * The words that may stand second, as `follow` finds them in the second slot, or undefined when anything may: what the index
     * lists the pattern under beside its first words (pairs). A lazy pattern reads them from the second part's text (`followOf`).
     */
    follows: string[] | undefined;
}
/**
 * What a required slot needs the text to hold: any one of its words or classes. Slots are shared
 * between patterns, and so are their needs. A need that some pattern checks (`needsOf` picks at
 * most four a pattern) has a number; a text marks the numbered needs it meets once, word by word
 * (`mark`), so that asking whether a pattern can match is a lookup. Most needs are never checked
 * (a slot that another slot of its pattern tells better), and marking them would be wasted.
 */
export interface Need {
    /** Its number among the needs patterns check, or -1 while none does (`use`). */
    id: number;
    words: string[];
    /** How poorly it tells texts apart: more words, and common ones, are worse. */
    vague: number;
}
/**
 * Compiles one phrase. Throws with a reason when it is empty or malformed. With `lazy`, only the
 * parts the index needs are compiled now (the first, and the second when it is short); the rest
 * waits for the first time the pattern is tried (`ready`), so that a run pays only for the
 * patterns its text can reach. Only phrases already known to compile may be lazy.
 */
export declare function compilePattern(phrase: string, opts?: {
    lazy?: boolean;
}): Pattern;
/** Compiles what a lazy pattern left for later. */
export declare function ready(p: Pattern): Pattern;
/**
 * A PatternIndex made at build time (`image`), so that a run loads the index of the built-in lexicon, which has thousands
 * of patterns, without compiling them (`load`). Words are written out, not numbered: their numbers are the run's own.
 */
export interface IndexImage {
    /** How many patterns, and a hash of their sources in order (`sourcesHash`): the image holds for these sources only. */
    size: number;
    hash: string;
    /** By first word: the patterns it starts by its stem, exactly, and by a second word. */
    heads: Array<[word: string, stem: number[], exact: number[], pairs: Array<[second: string, list: number[]]>]>;
    /** By entity class ({pct}, …): the patterns that start with one. */
    kinds: Record<string, number[]>;
    /** The words of each distinct need, and each pattern's needs by their number here (`needsOf`). */
    needs: string[][];
    patternNeeds: number[][];
}
/** A hash of a list of sources in order (MD5, native: a run hashes the built-in lexicon's 600,000 characters as it starts). */
export declare function sourcesHash(sources: readonly string[]): string;
/** A pattern found in text: token range [start, end). */
export interface Hit<T> {
    start: number;
    end: number;
    pattern: Pattern;
    tag: T;
}
/** Patterns indexed by what their first slot accepts, so a scan tries only the candidates of each token. */
export declare class PatternIndex<T> {
    /**
     * By a word: the patterns that start with its stem (`stem`) or with exactly it (`exact`), and
     * those whose first two words are fixed ("no longer", "is|are =not"), by the second word
     * (`pair`: common first words try few). One lookup a word finds all three. Lists hold pattern numbers.
     */
    private heads;
    private byKind;
    /** The lists above laid flat for the scan (`flatten`), made again after an `add`. */
    private flat;
    /** The patterns by number, and the tag each is found with. */
    private patterns;
    private tags;
    /**
     * What a scan asks of each pattern at every start it is a candidate for, STRIDE numbers a pattern (from `pattern * STRIDE`)
     * in one array rather than on an object per pattern: a text makes a scan look at a few dozen patterns, most only to find
     * that the text lacks a word they need, and each pattern's numbers share a cache line. At TRIED the start (`starts`) it was
     * last tried at; at CHECKED and FITS the scan whose text was last checked for what it needs, and the answer (1 or 0); at
     * ANCHORED whether it matches only at the start of a sentence; from NEED the numbers of its needs (at most NEEDS, -1 past
     * the last), all UNKNOWN until it is first tried.
     */
    private state;
    private scans;
    /** Starts tried so far, over all scans: each start of each scan has a number of its own, a small integer. */
    private starts;
    size: number;
    add(p: Pattern, tag: T): void;
    /** Numbers pattern p with its tag, and readies its row in `state`; its number. */
    private entry;
    /**
     * What `load` makes this index again from, without compiling a pattern: the lists of pattern numbers by first word (and
     * by first and second word), by entity class, and a hash of the patterns' sources in the order they were added.
     */
    image(): IndexImage;
    /**
     * Makes the index an image describes (`image`), from the sources of its patterns in the order they were added and their
     * tags. No pattern is compiled: each is compiled whole the first time a scan tries it (`ready`). False, with nothing
     * changed, when the index is not empty or the sources are not those the image was made from.
     */
    load(image: IndexImage, sources: readonly string[], tags: readonly T[]): boolean;
    /** The needs of the patterns loaded from an image, and those made so far (by number in `needs`): see `learnNeeds`. */
    private loaded;
    /** Lists pattern `entry` under what its first slot (or one alternative's) accepts, and under pairs with `seconds` when they pay. */
    private addFirst;
    /** Lists pattern `entry` under the first word `w` followed by each of `seconds`. */
    private pairs;
    /** What a scan finds under word `w`, made on first use. */
    private headOf;
    /** Every match, in text order of its start; each pattern at most once per start. */
    scan(doc: Tokens): Array<Hit<T>>;
    /** The patterns whose first two words are the token (word number `first`) and the next one. */
    private attemptPair;
    /** Tries the patterns numbered in `lists` from `from` to `to` (exclusive) at token i. */
    private attempt;
    /**
     * Lays the lists flat: every list of pattern numbers in one Int32Array (`lists`), found by word number through `heads`
     * (HEAD numbers a word: where its stem list and its exact list start and end, and whether it starts pairs), by entity kind
     * through `kinds`, and by a pair of words through `pairs`, an open-addressed table (PAIR numbers a slot: first word, second
     * word, where the list starts and ends; -1 first in an empty slot). The same patterns in the same order as the lists.
     */
    private flatten;
    /**
     * Keeps the numbers of a pattern's needs, on its first try. A pattern loaded from an image takes them from it and is not
     * compiled yet: most patterns a text reaches lack a word they need, and are never compiled in a run. Others are readied.
     */
    private learnNeeds;
}
export {};
