/** What `align traits "TEXT"` prints: what a text signals, the words, and what cancelled what. */
import type { Lexicon, Reading } from './reader.js';

export interface TraitReading {
  text: string;
  signals: Array<{ trait: string; phrase: string; start: number; end: number; construction: string; kind: 'phrase' | 'construction' }>;
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
  entities: Array<{ kind: string; text: string; start: number; value: number | null }>;
}

/**
 * Reads one text; the same reading `align check` does on a tactic's name, description and messaging (`rivals`: the names
 * the tactic's other texts mark as another seller's, `rivalsOf`; `kind`: the tactic's kind).
 */
export function readTraits(lexicon: Lexicon, text: string, rivals?: readonly string[], kind?: string): TraitReading {
  const r: Reading = lexicon.explain(text, rivals, kind);
  const span = (a: number, b: number) => ({ start: r.tokens[a]!.start, end: r.tokens[b - 1]!.end });
  return {
    text,
    signals: r.matches.map(({ trait, phrase, start, end, construction, kind }) => ({ trait, phrase, start, end, construction, kind })),
    cancelled: r.cancelled
      .filter((c) => c.reason !== 'context')
      .concat(r.cancelled.filter((c) => c.reason === 'context' && !r.matches.some((m) => m.trait === c.trait && m.start <= c.start && c.end <= m.end)))
      .sort((x, y) => x.start - y.start || x.end - y.end)
      // Two patterns that read the same words the same way are one line.
      .filter((c, i, all) => i === 0 || !(all[i - 1]!.trait === c.trait && all[i - 1]!.start === c.start && all[i - 1]!.end === c.end))
      .map(({ trait, phrase, start, end, construction, kind, reason, by, rule }) => ({
        trait,
        phrase,
        start,
        end,
        construction,
        kind,
        reason,
        by,
        ...(rule ? { rule } : {}),
      })),
    // Whose a word is ({poss}) and who is named ({name}) are for patterns, not values a reader looks for.
    entities: r.entities
      .filter((e) => e.kind !== 'poss' && e.kind !== 'name')
      .map((e) => {
        const { start, end } = span(e.start, e.end);
        return { kind: e.kind, text: text.slice(start, end), start, value: Number.isFinite(e.value) ? e.value : null };
      }),
  };
}

const REASONS: Record<string, string> = {
  negated: 'negated by',
  retired: 'retired by',
  hypothetical: 'hypothetical by',
  'other-party': "another party's, by",
  mentioned: 'mentioned, not used, by',
  sense: 'another sense:',
  context: 'not read:',
  passing: 'named in passing,',
  unlikely: 'unlikely,',
};

const short = (p: string) => (p.length > 48 ? `${p.slice(0, 47)}…` : p);
const rule = (s: { kind: string; construction: string }) => (s.kind === 'phrase' ? `phrase "${short(s.construction)}"` : s.construction);

/** Plain text for a person: one line a signal, then what was set aside and why. */
export function traitsText(readings: TraitReading[]): string {
  const out: string[] = [];
  for (const r of readings) {
    out.push(r.text);
    const width = Math.max(10, ...r.signals.map((s) => s.trait.length), ...r.cancelled.map((c) => c.trait.length));
    if (r.signals.length === 0) out.push('  signals no trait');
    for (const s of r.signals) out.push(`  ${s.trait.padEnd(width)}  "${s.phrase}"  (${rule(s)})`);
    for (const c of r.cancelled) {
      const why =
        c.reason === 'context' || c.reason === 'passing' || c.reason === 'unlikely'
          ? c.by
          : c.reason === 'sense'
            ? `"${short(c.by)}"`
            : `"${short(c.by)}" (${c.rule})`;
      out.push(`  ${'-'.padEnd(width)}  "${c.phrase}" is not ${c.trait}: ${REASONS[c.reason] ?? c.reason} ${why}`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
