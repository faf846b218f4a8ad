export type TokenKind = 'word' | 'num' | 'pct' | 'money' | 'dur' | 'time' | 'punct' | 'stop';
export interface Token {
    kind: TokenKind;
    /** Lower-case text, curly apostrophes made straight. */
    text: string;
    stem: string;
    /** Offsets in the original string. */
    start: number;
    end: number;
    /** Numeric value of number-like tokens (percent for pct, days for dur), else NaN. */
    value: number;
    /** Sentence index: stops (. ! ? and blank lines) end a sentence. */
    sentence: number;
    /** Clause index: sentence stops and ; : ( ) and dashes end a clause (commas do not). */
    clause: number;
    /** Inside a pair of quotes. */
    quoted: boolean;
    /** Written with a capital first letter. */
    cap: boolean;
    /** Written in capitals throughout (SPRING30, ACT NOW). */
    upper: boolean;
    /** The numbers of its stem and of its text among the words patterns name (`wordIds`), or -1. */
    sid: number;
    tid: number;
}
/**
 * `poss`: a word written with 's that is no contraction ("TechWire's", "the planner's"), for patterns about whose a practice is.
 * `name`: a business or a person named with capitals ("CleanTex", "Coastal Cable"), for patterns about who acts.
 */
export type EntityKind = 'num' | 'pct' | 'money' | 'duration' | 'date' | 'code' | 'poss' | 'name' | 'year';
/** A run of tokens read as one value: `end` is exclusive. */
export interface Entity {
    kind: EntityKind;
    start: number;
    end: number;
    value: number;
    /** Set by the reader for percentages: a negation reaches it ("not even 20%"). */
    negated?: boolean;
}
export interface Tokens {
    tokens: Token[];
    /** Entities by the index of their first token (an array, not a map: the pattern scan asks at every token). */
    entities: ReadonlyArray<Entity[] | undefined>;
    /** Every entity, in text order. */
    list: Entity[];
    /** Every stem, exact word and entity class of the text, built the first time a pattern compiled after the text's needs were marked asks for it. */
    vocab: Set<string> | undefined;
    /**
     * Set by the reader: 1 at each word that is the first part of a hyphenated compound ("price" in "price-match promise"), where
     * a phrase of two or more words may not end (pattern.ts); undefined when there is none.
     */
    compound?: Uint8Array;
    /** How many words patterns named when the tokens were numbered (`wordIds`). */
    known: number;
}
/**
 * Every word or class a pattern starts with or needs, numbered (pattern.ts): each token carries
 * the numbers of its stem and text, found when it is read, so that the pattern indexes and the
 * needs work with numbers.
 */
export declare const wordIds: Map<string, number>;
export declare function idOf(w: string): number;
/** Numbers the tokens again when patterns named new words after they were read. */
export declare function renumber(doc: Tokens): void;
export declare function stem(word: string): string;
/** A word's stem, worked out (`stem` keeps it). */
export declare function stemAfresh(word: string): string;
/** Splits text into tokens; hyphens, underscores, slashes and other symbols separate words. */
export declare function tokenize(text: string): Token[];
/** Whether a word negates what follows: "not", "never", "cannot", "don't", "won't". */
export declare function isNegation(w: string): boolean;
/** Whether token b follows token a with nothing but a hyphen between them ("price-match", "KB-7000"). */
export declare function hyphenJoined(a: Token, b: Token | undefined, text: string): boolean;
/** Reads the entities of a token list (`text`, when given, is what the tokens were read from: it shows names written as CamelCase). */
export declare function entities(tokens: Token[], text?: string, rivals?: readonly string[]): Tokens;
/** Tokens and entities of a text; `rivals`: names another text about the same tactic marked as another seller's (`nameKey`), marked here too. */
export declare function read(text: string, rivals?: readonly string[]): Tokens;
/** A name as the texts of a tactic share it: its words in lower case, without a possessive ("Valley Bee's" is valley bee). */
export declare function nameKey(tokens: readonly Token[], e: Entity): string;
/** Whether two name keys name the same business: one is the other or its first words ("apex" and "apex home medical"). */
export declare function sameName(a: string, b: string): boolean;
