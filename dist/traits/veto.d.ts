import type { Token } from './tokens.js';
/** Below this probability a construction's signal is cancelled (chosen on the development playbooks, two-fold, see CHANGELOG). */
export declare const VETO_THRESHOLD = 0.1;
export interface VetoModel {
    version: 1;
    /** Per trait: the intercept and the weight of each feature the training data gave one. */
    traits: Record<string, {
        bias: number;
        weights: Record<string, number>;
    }>;
}
/** What a token counts as: a word by its stem, a number-like token by its kind, a question or exclamation mark as itself. */
export declare function featureOfToken(t: Token): string | undefined;
/** The features of tokens[from, to): each stem or class, and each pair of neighbours ("a b"), once. */
export declare function features(tokens: readonly Token[], from?: number, to?: number): string[];
/** The probability the model gives `trait` for a sentence's features; undefined for a trait it has no weights for. */
export declare function probability(model: VetoModel, trait: string, feats: readonly string[]): number | undefined;
/**
 * A model made ready to read with: every stem or class that some feature names by a number, and per feature the place of its
 * weights for every trait at once in one array, so that a sentence is weighed for all traits in one pass over its tokens, with
 * one lookup by string a token and none made of a pair.
 */
export interface ReadyModel {
    traits: Map<string, number>;
    bias: Float64Array;
    /** Every feature's weights, one row of `traits.size` each. */
    weights: Float64Array;
    /** The number of each stem or class that some feature names. */
    ids: Map<string, number>;
    /** By a stem's number, its row in `weights` (starting at row × traits.size), or -1. */
    single: Int32Array;
    /** By the numbers of a pair (first × ids.size + second), its row. */
    pairs: Map<number, number>;
}
export declare function readyModel(model: VetoModel): ReadyModel;
/**
 * Each trait's log-odds for tokens[from, to), in `readyModel`'s order of traits, written into `z` from `at`: the same sums as
 * `probability` makes.
 */
export declare function logOdds(r: ReadyModel, tokens: readonly Token[], from: number, to: number, z: Float64Array, at: number): void;
/**
 * The features that weighed most for and against the trait in a sentence, strongest first, as `"word" +1.2`; `show` writes a
 * feature as the text does.
 */
export declare function weightiest(model: VetoModel, trait: string, feats: readonly string[], show?: (f: string) => string, n?: number): string[];
/** One training row: a sentence's features and, per trait it is labelled for, whether it signals it. */
export interface Row {
    feats: string[];
    labels: Record<string, 0 | 1>;
    /** How much the row counts (default 1). */
    weight?: number;
}
/**
 * Trains the model: per trait, stochastic gradient descent over the rows labelled for it, in their order (no randomness),
 * positives weighted up by the square root of the class ratio, a little L2. Features seen in fewer than `minCount` rows are
 * left out; weights are rounded to one decimal and those under MIN_WEIGHT dropped, so that the model file stays small (on the
 * development sets, dropping them changed no reading: scripts/train-veto.mjs).
 */
export declare function train(rows: readonly Row[], traits: readonly string[], opts?: {
    epochs?: number;
    minCount?: number;
}): VetoModel;
/** The build's model (dist/traits/veto-model.json), read on first use; undefined when the build has none. */
export declare function builtinModel(): VetoModel | undefined;
