/** A tactic's traits with evidence: explicit, implied by its offer, and read from its text. */
import type { Config } from '../load/config.js';
import { excerpt, quotesBounded } from '../load/quote.js';
import type { Evidence, Playbook, Tactic } from '../playbook/model.js';
import type { PathProblem } from '../types.js';
import { BUILTIN_TRAITS, LEXICON, type TraitPhrases } from './lexicon/index.js';
import { fromConfig, type Qualifier } from './qualifiers.js';
import { type Cancelled, compilePattern, Lexicon, type LexiconImage, type PhraseMatch } from './reader.js';
import { nameKey, stem } from './tokens.js';
import { builtinModel } from './veto.js';

/** The fields whose text is scanned for traits, in the order their evidence is preferred. */
export const TEXT_FIELDS = ['name', 'description', 'messaging'] as const;

/** Builds the reader for the built-in lexicon plus the config's extra phrases per trait and its qualifiers. */
export function buildLexicon(
  extra: Record<string, readonly string[]> = {},
  qualifiers: readonly Qualifier[] = [],
  opts: { image?: boolean | LexiconImage; statistical?: boolean } = {},
): Lexicon {
  const phrases: Record<string, TraitPhrases> = {};
  for (const t of BUILTIN_TRAITS) phrases[t] = LEXICON[t];
  for (const [trait, list] of Object.entries(extra)) {
    const base = phrases[trait] ?? { triggers: [] };
    phrases[trait] = { ...base, triggers: [...base.triggers, ...list] };
  }
  // The built-in phrases are tested and the config's were validated when it loaded: compile lazily. `statistical: true`: with
  // the statistical check over the rules (veto.ts), which is off by default.
  const { statistical, ...rest } = opts;
  return new Lexicon(phrases, qualifiers, { lazy: true, ...rest, ...(statistical === true ? { model: builtinModel() ?? false } : {}) });
}

/** The reader with the config's phrases and qualifiers. */
export function lexiconOf(config: Pick<Config, 'lexicon' | 'qualifiers'> & Partial<Pick<Config, 'statistical'>>): Lexicon {
  return buildLexicon(config.lexicon, config.qualifiers.map(fromConfig), { statistical: config.statistical === true });
}

/** The config's phrases and qualifier patterns the reader cannot match, each an input error at its place. */
export function patternProblems(config: Pick<Config, 'patterns'>): PathProblem[] {
  const problems: PathProblem[] = [];
  for (const { pattern, file, path } of config.patterns) {
    try {
      compilePattern(pattern);
    } catch (e) {
      problems.push({
        file,
        path,
        key: false,
        message: `'${excerpt(pattern)}' is not a phrase the lexicon can match: ${quotesBounded((e as Error).message)}.`,
      });
    }
  }
  return problems;
}

/**
 * The names one text of a tactic marks as another seller's ({name>=1}), when another of its texts names them without a
 * mark: "Responding to Valley Bee's price cut" (its name) and "Valley Bee Supply has been advertising …" (its description).
 * Undefined when no text marks any (most tactics: one scan a text, the second a lookup in the reader's memo).
 */
export function rivalsOf(data: Tactic['data'], lexicon: Lexicon): string[] | undefined {
  const marked = new Set<string>();
  for (const field of TEXT_FIELDS) {
    const value = data[field];
    if (!value) continue;
    const { tokens, entities } = lexicon.scan(value);
    for (const e of entities) if (e.kind === 'name' && e.value >= 1) marked.add(nameKey(tokens, e));
  }
  return marked.size ? [...marked].sort() : undefined;
}

/**
 * The signals of a tactic's name that its description or messaging reads, in the same words, as not ours, each with the
 * reading that cancelled it there: the name is the tactic's title, and "Voltaro winter cashback (manufacturer promo)" is the
 * cashback the description tells of as Voltaro's own ("Our battery supplier Voltaro is running its own winter cashback").
 * Only a trait the other texts do not signal themselves; undefined when there is none (most tactics: the other texts are
 * read again only when the name signals a trait they do not).
 */
export function echoedInName(data: Tactic['data'], lexicon: Lexicon, rivals: readonly string[] | undefined): Map<PhraseMatch, Cancelled> | undefined {
  if (!data.name) return undefined;
  const opts = { ...(rivals ? { rivals } : {}), kind: data.kind };
  const own = lexicon.scan(data.name, opts).matches;
  if (own.length === 0) return undefined;
  const elsewhere = new Set<string>();
  for (const field of TEXT_FIELDS) if (field !== 'name' && data[field]) for (const m of lexicon.scan(data[field]!, opts).matches) elsewhere.add(m.trait);
  const alone = own.filter((m) => !elsewhere.has(m.trait));
  if (alone.length === 0) return undefined;
  // A name passed over in a long text (`passing`) is not read there as another party's, nor a signal the statistical check
  // set aside (`unlikely`, whose words are the check's, not the text's): no echo.
  const cancelled = TEXT_FIELDS.flatMap((field) =>
    field !== 'name' && data[field]
      ? lexicon.explain(data[field]!, rivals, data.kind).cancelled.filter((c) => c.reason !== 'passing' && c.reason !== 'unlikely')
      : [],
  );
  const echoed = new Map<PhraseMatch, Cancelled>();
  for (const m of alone) {
    const words = contentStems(m.phrase);
    // The same words, in the signal or in what cancelled it ("It's Voltaro's promotion" for "(manufacturer promo)"). A context's
    // `by` is the reader's own description of what was missing ("needs … nearby"), not words of the text.
    const echo = cancelled.find(
      (c) => c.trait === m.trait && contentStems(c.reason === 'context' ? c.phrase : `${c.phrase} ${c.by}`).some((w) => words.some((x) => sameWord(w, x))),
    );
    if (echo) echoed.set(m, echo);
  }
  return echoed.size ? echoed : undefined;
}

/**
 * The reading that cancels a name's signal, found by its place (trait and span), not by object: a reading may be made afresh
 * (a long text, a full memo) between the scan that found the echo and the one that asks.
 */
export function echoOf(echoes: ReadonlyMap<PhraseMatch, Cancelled>, s: { trait: string; start: number; end: number }): Cancelled | undefined {
  for (const [m, c] of echoes) if (m.trait === s.trait && m.start === s.start && m.end === s.end) return c;
  return undefined;
}

/** Whether two stems are one word, or one is the other written short ("promo", "promotion"). */
function sameWord(a: string, b: string): boolean {
  return a === b || (a.length >= 5 && b.startsWith(a)) || (b.length >= 5 && a.startsWith(b));
}

/** The stems of a phrase's words that carry its meaning (no numbers, no short function words). */
function contentStems(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 3)
    .map(stem);
}

function add(traits: Map<string, Evidence[]>, trait: string, e: Evidence): void {
  const list = traits.get(trait);
  if (list) list.push(e);
  else traits.set(trait, [e]);
}

/** What the traits stage reads from one tactic. */
export interface TacticTraits {
  traits: Map<string, Evidence[]>;
  discount?: { percent: number; evidence: Evidence };
}

/** The traits stage: the playbook with every tactic's traits and discount, as new tactic objects; the input is not changed. */
export function withTraits(playbook: Playbook, lexicon: Lexicon): Playbook {
  return { ...playbook, tactics: playbook.tactics.map((t) => ({ ...t, ...readTactic(t, lexicon) })) };
}

/** A tactic's traits (explicit, from its offer, from its prose) and its discount. */
export function readTactic(tactic: Tactic, lexicon: Lexicon): TacticTraits {
  const { data, at } = tactic;
  const traits = new Map<string, Evidence[]>();
  (data.traits ?? []).forEach((t, i) => {
    add(traits, t, { text: t, at: { file: at.file, path: [...at.path, 'traits', i] } });
  });

  const offer = data.offer;
  const offerAt = (k: string) => ({ file: at.file, path: [...at.path, 'offer', k] });
  if (offer?.discount !== undefined && offer.discount > 0) add(traits, 'discount', { text: `${offer.discount}% discount`, at: offerAt('discount') });
  if (offer?.free_shipping === true) add(traits, 'discount', { text: 'free shipping', at: offerAt('free_shipping') });
  if (offer?.free_months !== undefined && offer.free_months > 0)
    add(traits, 'discount', { text: `${offer.free_months} free months`, at: offerAt('free_months') });
  if (offer?.free_trial_days !== undefined && offer.free_trial_days > 0)
    add(traits, 'free-trial', { text: `${offer.free_trial_days}-day free trial`, at: offerAt('free_trial_days') });

  let textDiscount: { percent: number; evidence: Evidence } | undefined;
  const rivals = rivalsOf(data, lexicon);
  const echoes = echoedInName(data, lexicon, rivals);
  for (const field of TEXT_FIELDS) {
    const value = data[field];
    if (!value) continue;
    const scanned = lexicon.scan(value, { ...(rivals ? { rivals } : {}), kind: data.kind });
    const { tokens, entities } = scanned;
    const matches = field === 'name' && echoes ? scanned.matches.filter((m) => !echoOf(echoes, m)) : scanned.matches;
    const fieldAt = { file: at.file, path: [...at.path, field] };
    // The first discount phrase of each sentence, beside which a percentage is quoted.
    const discountIn = new Map<number, PhraseMatch>();
    for (const m of matches) {
      add(traits, m.trait, { text: m.phrase, at: fieldAt, offset: m.start });
      if (m.trait === 'discount' && !discountIn.has(m.sentence)) discountIn.set(m.sentence, m);
    }
    // The largest percentage (digits or words) no negation reaches, in a sentence with a discount phrase; one pass.
    for (const e of entities) {
      if (e.kind !== 'pct' || e.negated || (textDiscount && textDiscount.percent >= e.value)) continue;
      const first = tokens[e.start]!;
      const last = tokens[e.end - 1]!;
      const m = discountIn.get(first.sentence);
      if (!m) continue;
      const adjacent = first.start >= m.start - 24 && last.end <= m.end + 24;
      const start = adjacent ? Math.min(first.start, m.start) : first.start;
      const end = adjacent ? Math.max(last.end, m.end) : last.end;
      textDiscount = { percent: e.value, evidence: { text: value.slice(start, end), at: fieldAt, offset: start } };
    }
  }
  if (offer?.discount !== undefined)
    return { traits, discount: { percent: offer.discount, evidence: { text: `discount: ${offer.discount}%`, at: offerAt('discount') } } };
  if (!textDiscount) return { traits };
  // Every rule about the discount points at the words that state its amount (the evidence they share).
  const list = traits.get('discount')!;
  const e = textDiscount.evidence;
  const same = list.findIndex((x) => x.at.path.join('.') === e.at.path.join('.') && x.offset === e.offset);
  if (same > 0) list.unshift(...list.splice(same, 1));
  else if (same < 0) list.unshift(e);
  return { traits, discount: textDiscount };
}
