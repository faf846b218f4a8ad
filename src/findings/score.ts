/** The alignment score: how much of the playbook is executing the strategy cleanly. One function, used by every report. */
import type { Playbook } from '../playbook/model.js';
import { type Finding, severityRank } from '../types.js';

export interface Score {
  /** Per cent of active tactics with no error or warning (shown or hidden by a baseline, --since or --quiet); null when no tactic is active. */
  tactics: number | null;
  /** Per cent of objectives that at least one aligned active tactic supports; null when there are no objectives. */
  objectives: number | null;
}

export const SCORE_DEFINITIONS = {
  tactics: 'the share of active tactics with no error or warning, known ones included',
  objectives: 'the share of objectives that at least one aligned active tactic supports',
} as const;

const pct = (n: number, of: number) => (of === 0 ? null : Math.round((n / of) * 1000) / 10);

/** Worst severity per tactic, keyed by file and id (ids may repeat across files). */
export function worstByTactic(findings: Iterable<Finding>): Map<string, Finding['severity']> {
  const out = new Map<string, Finding['severity']>();
  for (const f of findings) {
    if (!f.tactic) continue;
    const k = tacticKey(f.file, f.tactic);
    const cur = out.get(k);
    if (!cur || severityRank[f.severity] > severityRank[cur]) out.set(k, f.severity);
  }
  return out;
}

export const tacticKey = (file: string, id: string) => `${file}\u0000${id}`;

/**
 * The alignment score of a playbook, from every finding it has: those shown and those a baseline,
 * --since or --quiet hide (`hidden`), so that a known problem never counts as aligned. An objective
 * is carried when an aligned active tactic supports it: one that has errors carries nothing.
 */
export function alignmentScore(playbook: Playbook, findings: Finding[], hidden: Finding[] = []): Score {
  const active = playbook.tactics.filter((t) => t.status === 'active');
  const worst = worstByTactic([...findings, ...hidden]);
  const clean = active.filter((t) => {
    const w = worst.get(tacticKey(t.at.file, t.id));
    return w !== 'error' && w !== 'warning';
  });
  const carried = new Set(clean.flatMap((t) => t.supports));
  const objectives = playbook.strategy.objectives;
  return { tactics: pct(clean.length, active.length), objectives: pct(objectives.filter((o) => carried.has(o.id)).length, objectives.length) };
}
