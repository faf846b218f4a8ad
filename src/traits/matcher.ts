/** The phrase matcher: whole-word, inflection-tolerant, look-alike and negation aware. The lexicon is data. */
import { stemmer } from 'stemmer';
import { NEGATION_AFTER, NEGATION_BEFORE, PSEUDO_NEGATIONS, SCOPE_BREAKERS } from './lexicon.js';

type TokenKind = 'word' | 'num' | 'pct' | 'money' | 'stop';

export interface Token {
  kind: TokenKind;
  /** Lower-case text. */
  text: string;
  stem: string;
  /** Offsets in the original string. */
  start: number;
  end: number;
  /** Numeric value of num, pct and money tokens. */
  value: number;
  sentence: number;
}

const TOKEN = /([$€£]\s?\d[\d,]*(?:\.\d+)?\s?[km]?\b)|(\d[\d,]*(?:\.\d+)?\s?(?:%|percent\b|per cent\b))|(\d[\d,]*(?:\.\d+)?[km]?\b)|(\p{L}[\p{L}\p{N}]*(?:['’]\p{L}+)*)|([.!?;:]+(?=\s|$)|\n\s*\n)/giu;

const stemCache = new Map<string, string>();
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /^\p{L}+$/u.test(word) ? stemmer(word) : word;
    if (stemCache.size < 50_000) stemCache.set(word, s);
  }
  return s;
}

function numberOf(raw: string): number {
  const m = /(\d[\d,]*(?:\.\d+)?)\s?([km])?/i.exec(raw);
  if (!m) return NaN;
  const n = Number(m[1]!.replace(/,/g, ''));
  const mult = m[2]?.toLowerCase() === 'k' ? 1e3 : m[2]?.toLowerCase() === 'm' ? 1e6 : 1;
  return n * mult;
}

/** Splits text into words, numbers and sentence stops; hyphens, underscores and other punctuation separate words. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const lower = raw.toLowerCase().replace(/’/g, "'");
    if (m[5] !== undefined) {
      tokens.push({ kind: 'stop', text: lower, stem: lower, start, end, value: NaN, sentence });
      sentence++;
      continue;
    }
    const kind: TokenKind = m[1] ? 'money' : m[2] ? 'pct' : m[3] ? 'num' : 'word';
    tokens.push({ kind, text: lower, stem: kind === 'word' ? stem(lower) : lower, start, end, value: kind === 'word' ? NaN : numberOf(raw), sentence });
  }
  return tokens;
}

type Slot =
  | { type: 'words'; stems: Set<string>; exact: Set<string> }
  | { type: 'kind'; kind: 'num' | 'pct' | 'money' }
  | { type: 'gap'; max: number };

/** A compiled phrase. */
export interface Pattern {
  source: string;
  slots: Slot[];
}

/** Compiles one phrase of the lexicon syntax (see lexicon.ts). Throws on an empty phrase. */
export function compilePattern(phrase: string): Pattern {
  const parts = phrase.toLowerCase().replace(/[-_]+/g, ' ').trim().split(/\s+/).filter(Boolean);
  const slots: Slot[] = [];
  for (const part of parts) {
    if (part === '#') slots.push({ type: 'kind', kind: 'num' });
    else if (part === '#%') slots.push({ type: 'kind', kind: 'pct' });
    else if (part === '$#') slots.push({ type: 'kind', kind: 'money' });
    else if (/^~\d+$/.test(part)) slots.push({ type: 'gap', max: Number(part.slice(1)) });
    else {
      const stems = new Set<string>();
      const exact = new Set<string>();
      for (const alt of part.split('|').filter(Boolean)) {
        if (alt.startsWith('=')) exact.add(alt.slice(1));
        else for (const t of tokenize(alt)) stems.add(t.kind === 'word' ? t.stem : t.text);
      }
      slots.push({ type: 'words', stems, exact });
    }
  }
  if (slots.length === 0 || slots[0]!.type === 'gap') throw new Error(`empty or malformed phrase: "${phrase}"`);
  return { source: phrase, slots };
}

const slotAccepts = (slot: Slot, t: Token): boolean => {
  if (slot.type === 'kind') return t.kind === slot.kind;
  if (slot.type === 'words') return (t.kind === 'word' || t.kind === 'num') && (slot.stems.has(t.stem) || slot.exact.has(t.text));
  return false;
};

/** The end index (exclusive) of a match of `slots` starting at token i, or -1. */
function matchAt(tokens: Token[], i: number, slots: Slot[], s = 0): number {
  if (s === slots.length) return i;
  const slot = slots[s]!;
  if (slot.type === 'gap') {
    for (let skip = 0; skip <= slot.max; skip++) {
      const j = i + skip;
      if (j > tokens.length) break;
      if (skip > 0 && tokens[j - 1]!.kind === 'stop') break;
      const end = matchAt(tokens, j, slots, s + 1);
      if (end >= 0) return end;
    }
    return -1;
  }
  const t = tokens[i];
  if (!t || t.kind === 'stop' || !slotAccepts(slot, t)) return -1;
  return matchAt(tokens, i + 1, slots, s + 1);
}

/** Tries each candidate pattern at token i. */
function tryEach<T>(candidates: Array<[Pattern, T]> | undefined, tokens: Token[], i: number, out: Array<[number, number, Pattern, T]>): void {
  if (!candidates) return;
  for (const [p, tag] of candidates) {
    const end = matchAt(tokens, i, p.slots);
    if (end > i) out.push([i, end, p, tag]);
  }
}

/** Patterns indexed by what their first slot accepts, so a scan tries only the candidates of each token. */
class PatternIndex<T> {
  private byStem = new Map<string, Array<[Pattern, T]>>();
  private byExact = new Map<string, Array<[Pattern, T]>>();
  private byKind = new Map<string, Array<[Pattern, T]>>();

  add(p: Pattern, tag: T): void {
    const first = p.slots[0]!;
    const push = (m: Map<string, Array<[Pattern, T]>>, k: string) => {
      const list = m.get(k) ?? [];
      list.push([p, tag]);
      m.set(k, list);
    };
    if (first.type === 'kind') push(this.byKind, first.kind);
    else if (first.type === 'words') {
      for (const s of first.stems) push(this.byStem, s);
      for (const e of first.exact) push(this.byExact, e);
    }
  }

  /** Every match as [start token, end token (exclusive), pattern, tag], in text order. */
  scan(tokens: Token[]): Array<[number, number, Pattern, T]> {
    const out: Array<[number, number, Pattern, T]> = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind === 'stop') continue;
      tryEach(this.byStem.get(t.stem), tokens, i, out);
      tryEach(this.byExact.get(t.text), tokens, i, out);
      tryEach(this.byKind.get(t.kind), tokens, i, out);
    }
    return out;
  }
}

/** A phrase found in text: the trait it signals and the words as written. */
export interface PhraseMatch {
  trait: string;
  /** The matched words as written in the text. */
  phrase: string;
  start: number;
  end: number;
  sentence: number;
}

export interface ScanResult {
  tokens: Token[];
  matches: PhraseMatch[];
}

const NEG_WINDOW_BEFORE = 6;
const NEG_WINDOW_AFTER = 3;

/** The negation cues, compiled on first use (not at import). */
let negationIndex: PatternIndex<'before' | 'after' | 'pseudo'> | undefined;
function negation(): PatternIndex<'before' | 'after' | 'pseudo'> {
  if (!negationIndex) {
    negationIndex = new PatternIndex();
    for (const p of NEGATION_BEFORE) negationIndex.add(compilePattern(p), 'before');
    for (const p of NEGATION_AFTER) negationIndex.add(compilePattern(p), 'after');
    for (const p of PSEUDO_NEGATIONS) negationIndex.add(compilePattern(p), 'pseudo');
  }
  return negationIndex;
}
const breakers = new Set(SCOPE_BREAKERS);

/** A set of trait phrases compiled into one matcher. */
export class Lexicon {
  private triggers = new PatternIndex<string>();
  private lookalikes = new PatternIndex<string>();
  readonly traits: string[] = [];

  /** `phrases`: per trait, its triggers and look-alikes in the lexicon syntax. */
  constructor(phrases: Record<string, { triggers: readonly string[]; lookalikes?: readonly string[] }>) {
    for (const [trait, { triggers, lookalikes = [] }] of Object.entries(phrases)) {
      this.traits.push(trait);
      for (const t of triggers) this.triggers.add(compilePattern(t), trait);
      for (const l of lookalikes) this.lookalikes.add(compilePattern(l), trait);
    }
  }

  /** Every trait signal in the text that is not a look-alike and not negated. */
  scan(text: string): ScanResult {
    const tokens = tokenize(text);
    const found = this.triggers.scan(tokens);
    if (found.length === 0) return { tokens, matches: [] };
    const blocked = this.lookalikes.scan(tokens);
    const cues = negation().scan(tokens);
    const pseudo = cues.filter((c) => c[3] === 'pseudo');
    const realCues = cues.filter((c) => c[3] !== 'pseudo' && !pseudo.some((p) => p[0] <= c[0] && c[1] <= p[1]));
    const matches: PhraseMatch[] = [];
    for (const [a, b, , trait] of found) {
      if (blocked.some(([la, lb, , lt]) => lt === trait && la <= a && b <= lb)) continue;
      if (isNegated(tokens, a, b, realCues)) continue;
      // A shorter trigger inside a longer one of the same trait adds nothing.
      if (found.some(([x, y, , t]) => t === trait && x <= a && b <= y && (y - x) > (b - a))) continue;
      if (matches.some((m) => m.trait === trait && m.start === tokens[a]!.start && m.end === tokens[b - 1]!.end)) continue;
      const first = tokens[a]!;
      const last = tokens[b - 1]!;
      matches.push({ trait, phrase: text.slice(first.start, last.end), start: first.start, end: last.end, sentence: first.sentence });
    }
    return { tokens, matches };
  }
}

function isNegated(tokens: Token[], a: number, b: number, cues: Array<[number, number, Pattern, 'before' | 'after' | 'pseudo']>): boolean {
  const sentence = tokens[a]!.sentence;
  for (const [ca, cb, , side] of cues) {
    if (side === 'before' && cb <= a && a - cb < NEG_WINDOW_BEFORE && tokens[ca]!.sentence === sentence) {
      let broken = false;
      for (let k = cb; k < a; k++) if (breakers.has(tokens[k]!.text)) broken = true;
      if (!broken) return true;
    }
    if (side === 'after' && ca >= b && ca - b < NEG_WINDOW_AFTER && tokens[ca]!.sentence === sentence) return true;
  }
  return false;
}
