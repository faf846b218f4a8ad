/**
 * The statistical check on the rule reader, off unless the config turns it on (`reader: {statistical_check: true}`): per
 * built-in trait, a logistic regression over the stems and stem pairs of a sentence, trained on the project's own labelled
 * sentences, playbooks and lexicon examples (scripts/train-veto.mjs writes src/traits/veto-model.json; the build copies it
 * beside the reader). A construction's signal stands only when some sentence of its text has a probability of its trait above
 * VETO_THRESHOLD: the rules say what a sentence reads as, the model says whether anything like it was ever read so. Training
 * is deterministic: the same data gives the same weights, byte for byte.
 *
 * It is off by default because its gain comes from common words weighing against every trait: on the development playbooks it
 * gains about a point of precision, and on wording it was not taught (red teams 49 and 50: CRM and operations language) it
 * cancels plain readings wholesale (docs/format.md, "The statistical check").
 */
import { besideReader } from './beside.js';
import type { Token } from './tokens.js';

/** Below this probability a construction's signal is cancelled (chosen on the development playbooks, two-fold, see CHANGELOG). */
export const VETO_THRESHOLD = 0.1;

export interface VetoModel {
  version: 1;
  /** Per trait: the intercept and the weight of each feature the training data gave one. */
  traits: Record<string, { bias: number; weights: Record<string, number> }>;
}

/** What a token counts as: a word by its stem, a number-like token by its kind, a question or exclamation mark as itself. */
export function featureOfToken(t: Token): string | undefined {
  if (t.kind === 'word') return t.stem;
  if (t.kind === 'punct') return undefined;
  if (t.kind === 'stop') return t.text === '?' || t.text === '!' ? t.text : undefined;
  return CLASSES[t.kind];
}

const CLASSES: Partial<Record<Token['kind'], string>> = { num: '#num', pct: '#pct', money: '#money', dur: '#dur', time: '#time' };

/** The features of tokens[from, to): each stem or class, and each pair of neighbours ("a b"), once. */
export function features(tokens: readonly Token[], from = 0, to = tokens.length): string[] {
  const out = new Set<string>();
  let prev: string | undefined;
  for (let k = from; k < to; k++) {
    const f = featureOfToken(tokens[k]!);
    if (f === undefined) continue;
    out.add(f);
    if (prev !== undefined) out.add(`${prev} ${f}`);
    prev = f;
  }
  return [...out];
}

/** The probability the model gives `trait` for a sentence's features; undefined for a trait it has no weights for. */
export function probability(model: VetoModel, trait: string, feats: readonly string[]): number | undefined {
  const m = model.traits[trait];
  if (!m) return undefined;
  let z = m.bias;
  for (const f of feats) z += m.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

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

const ready = new WeakMap<VetoModel, ReadyModel>();

export function readyModel(model: VetoModel): ReadyModel {
  const known = ready.get(model);
  if (known) return known;
  const names = Object.keys(model.traits);
  const n = names.length;
  const ids = new Map<string, number>();
  const idOf = (w: string) => {
    let id = ids.get(w);
    if (id === undefined) {
      id = ids.size;
      ids.set(w, id);
    }
    return id;
  };
  // Number every word first: a pair's key needs the final count.
  const entries = names.map((t) =>
    Object.entries(model.traits[t]!.weights).map(([f, w]) => {
      const space = f.indexOf(' ');
      return space < 0 ? { a: idOf(f), b: -1, w } : { a: idOf(f.slice(0, space)), b: idOf(f.slice(space + 1)), w };
    }),
  );
  const single = new Int32Array(ids.size).fill(-1);
  const pairs = new Map<number, number>();
  let rows = 0;
  const placed: number[] = [];
  entries.forEach((list, i) => {
    for (const { a, b, w } of list) {
      let row: number;
      if (b < 0) {
        if (single[a]! < 0) single[a] = rows++;
        row = single[a]!;
      } else {
        const key = a * ids.size + b;
        row = pairs.get(key) ?? rows++;
        pairs.set(key, row);
      }
      placed.push(row * n + i, w);
    }
  });
  const weights = new Float64Array(rows * n);
  for (let k = 0; k < placed.length; k += 2) weights[placed[k]!] = placed[k + 1]!;
  const r: ReadyModel = {
    traits: new Map(names.map((t, i) => [t, i])),
    bias: Float64Array.from(names.map((t) => model.traits[t]!.bias)),
    weights,
    ids,
    single,
    pairs,
  };
  ready.set(model, r);
  return r;
}

/** Per row of a ready model's weights, the pass that last added it (`logOdds`): a feature counts once in a sentence. */
let stamps = new Uint32Array(0);
let pass = 0;

/**
 * Each trait's log-odds for tokens[from, to), in `readyModel`'s order of traits, written into `z` from `at`: the same sums as
 * `probability` makes.
 */
export function logOdds(r: ReadyModel, tokens: readonly Token[], from: number, to: number, z: Float64Array, at: number): void {
  const n = r.bias.length;
  const w = r.weights;
  const size = r.ids.size;
  if (stamps.length * n < w.length) stamps = new Uint32Array(w.length / n);
  // A new pass; after 2^32 − 1 of them, the stamps start afresh.
  if (++pass === 0xffffffff) {
    stamps.fill(0);
    pass = 1;
  }
  for (let i = 0; i < n; i++) z[at + i] = r.bias[i]!;
  // The number of the feature before, -1 when it names none (nor any pair).
  let prev = -1;
  for (let k = from; k < to; k++) {
    const f = featureOfToken(tokens[k]!);
    if (f === undefined) continue;
    const id = r.ids.get(f) ?? -1;
    if (id >= 0) {
      // Its own row, then its pair's with the feature before.
      for (let step = 0; step < 2; step++) {
        const row = step === 0 ? r.single[id]! : prev >= 0 ? (r.pairs.get(prev * size + id) ?? -1) : -1;
        if (row < 0 || stamps[row] === pass) continue;
        stamps[row] = pass;
        const o = row * n;
        for (let i = 0; i < n; i++) z[at + i] = z[at + i]! + w[o + i]!;
      }
    }
    prev = id;
  }
}

/**
 * The features that weighed most for and against the trait in a sentence, strongest first, as `"word" +1.2`; `show` writes a
 * feature as the text does.
 */
export function weightiest(model: VetoModel, trait: string, feats: readonly string[], show: (f: string) => string = (f) => f, n = 3): string[] {
  const m = model.traits[trait];
  if (!m) return [];
  return feats
    .map((f) => [f, m.weights[f] ?? 0] as const)
    .filter(([, w]) => w !== 0)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([f, w]) => `"${show(f)}" ${w > 0 ? '+' : '−'}${Math.abs(w).toFixed(1)}`);
}

/** Weights smaller than this are left out of the model. */
const MIN_WEIGHT = 0.3;

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
export function train(rows: readonly Row[], traits: readonly string[], opts: { epochs?: number; minCount?: number } = {}): VetoModel {
  const epochs = opts.epochs ?? 8;
  const minCount = opts.minCount ?? 3;
  const counts = new Map<string, number>();
  for (const r of rows) for (const f of r.feats) counts.set(f, (counts.get(f) ?? 0) + 1);
  const model: VetoModel = { version: 1, traits: {} };
  for (const trait of traits) {
    const mine = rows.filter((r) => r.labels[trait] !== undefined);
    const ids = new Map<string, number>();
    const xs = mine.map((r) =>
      r.feats
        .filter((f) => (counts.get(f) ?? 0) >= minCount)
        .map((f) => {
          const id = ids.get(f) ?? ids.size;
          ids.set(f, id);
          return id;
        }),
    );
    const ys = mine.map((r) => r.labels[trait]!);
    const positives = ys.reduce<number>((a, b) => a + b, 0);
    const lift = Math.sqrt((mine.length - positives) / Math.max(positives, 1));
    const w = new Float64Array(ids.size);
    let bias = 0;
    for (let epoch = 0; epoch < epochs; epoch++) {
      const rate = 0.2 / (1 + epoch);
      for (let i = 0; i < xs.length; i++) {
        let z = bias;
        for (const f of xs[i]!) z += w[f]!;
        const y = ys[i]!;
        const g = (1 / (1 + Math.exp(-z)) - y) * (y ? lift : 1) * (mine[i]!.weight ?? 1);
        bias -= rate * g;
        for (const f of xs[i]!) w[f] = w[f]! - rate * (g + 1e-4 * w[f]!);
      }
    }
    const weights: Record<string, number> = {};
    for (const [f, id] of [...ids].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
      if (Math.abs(w[id]!) >= MIN_WEIGHT) weights[f] = Math.round(w[id]! * 10) / 10;
    }
    model.traits[trait] = { bias: Math.round(bias * 100) / 100, weights };
  }
  return model;
}

/** The build's model (dist/traits/veto-model.json), read on first use; undefined when the build has none. */
export function builtinModel(): VetoModel | undefined {
  return besideReader<VetoModel>('veto-model.json', 1);
}
