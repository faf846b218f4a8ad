/**
 * What a hover shows, in Markdown: on a tactic, the traits read from it with the words that
 * signalled each and what negation, a mention or another sense cancelled (what `align traits`
 * shows); on an id a tactic supports or targets, the objective or audience; on an objective, the
 * tactics that carry it. Every word from the playbook is escaped: a file cannot put a link, HTML
 * or a command into the editor.
 */
import { describeAudience } from '../playbook/audience.js';
import type { Objective, Playbook, Tactic } from '../playbook/model.js';
import { forMarkdown, markdownCode } from '../report/escape.js';
import { readTraits, type TraitReading, traitsText } from '../traits/explain.js';
import { echoedInName, echoOf, rivalsOf, TEXT_FIELDS } from '../traits/index.js';
import type { Lexicon } from '../traits/reader.js';

const code = (s: string) => markdownCode(s, false);
const text = (s: string) => forMarkdown(s);

/** A fenced block that no line of the text can close. */
function fenced(body: string): string {
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${body.replace(/\n$/, '')}\n${fence}`;
}

const COVERAGE: Record<string, string> = {
  carried: 'carried by an active tactic',
  planned: 'only planned or paused tactics support it',
  none: 'no tactic supports it',
};

/** A tactic: its traits with their evidence, and what its prose reads as. */
export function tacticHover(t: Tactic, lexicon: Lexicon | undefined): string {
  const out = [`**Tactic ${code(t.id)}** — ${text(t.name)} (${text(t.status)})`];
  if (t.traits.size) {
    out.push('', '**Traits**');
    for (const [trait, evidence] of t.traits) {
      const words = [...new Set(evidence.map((e) => e.text).filter((w): w is string => w !== null))];
      out.push(`- ${code(trait)}${words.length ? `: ${words.map((w) => code(w)).join(', ')}` : ''}`);
    }
  } else out.push('', 'No traits read.');
  if (t.discount) out.push('', `Discount: ${t.discount.percent}% (${code(t.discount.evidence.text ?? '')})`);
  if (lexicon) {
    // Read as the check reads them: a rival one text names is a rival in the others, and the tactic's kind counts.
    const rivals = rivalsOf(t.data, lexicon);
    const echoed = echoedInName(t.data, lexicon, rivals);
    const readings = TEXT_FIELDS.filter((f) => typeof t.data[f] === 'string' && t.data[f]!.trim() !== '').map((f) => {
      const r = readTraits(lexicon, t.data[f]!, rivals, t.data.kind);
      return f === 'name' && echoed ? echoedAway(r, echoed) : r;
    });
    if (readings.length) out.push('', '**Read from its text** (as `align traits` shows it)', '', fenced(traitsText(readings)));
  }
  return out.join('\n');
}

/** A name's reading with the signals its description reads as not ours shown as cancelled, as the check counts them. */
function echoedAway(r: TraitReading, echoed: NonNullable<ReturnType<typeof echoedInName>>): TraitReading {
  const gone = r.signals.flatMap((s) => {
    const c = echoOf(echoed, s);
    return c ? [{ ...s, reason: c.reason, by: c.by, rule: 'as its description reads it' }] : [];
  });
  return {
    ...r,
    signals: r.signals.filter((s) => !echoOf(echoed, s)),
    cancelled: [...r.cancelled, ...gone].sort((x, y) => x.start - y.start || x.end - y.end),
  };
}

/** An objective: what it says, and the tactics that carry it. */
export function objectiveHover(o: Objective, playbook: Playbook, where: (t: Tactic) => string): string {
  const out = [`**Objective ${code(o.id)}** (${text(o.horizon)}): ${text(o.statement)}`];
  if (o.metrics.length) out.push('', `Metrics: ${o.metrics.map((m) => code(m)).join(', ')}`);
  out.push('', `Coverage: ${COVERAGE[playbook.coverage.get(o.id) ?? 'none']}`);
  const carriers = playbook.tactics.filter((t) => t.supports.includes(o.id));
  if (carriers.length) {
    out.push('', '**Tactics that support it**');
    for (const t of carriers) out.push(`- ${code(t.id)} ${text(t.name)} (${text(t.status)}) — ${text(where(t))}`);
  }
  return out.join('\n');
}

/** An audience id a tactic targets. */
export function audienceHover(id: string, playbook: Playbook): string | null {
  const a = playbook.strategy.audiences.get(id);
  if (!a) return null;
  const kind = a.origin === 'exclude' ? 'Excluded market' : 'Ideal customer';
  return [`**${kind} ${code(id)}**: ${text(describeAudience(a))}`, ...(a.reason ? ['', `Reason: ${text(a.reason)}`] : [])].join('\n');
}
