import { severityRank } from '../types.js';
export const SCORE_DEFINITIONS = {
    tactics: 'the share of active tactics with no error or warning, known ones included',
    objectives: 'the share of objectives that at least one aligned active tactic supports',
};
const pct = (n, of) => (of === 0 ? null : Math.round((n / of) * 1000) / 10);
/** Worst severity per tactic, keyed by file and id (ids may repeat across files). */
export function worstByTactic(findings) {
    const out = new Map();
    for (const f of findings) {
        if (!f.tactic)
            continue;
        const k = tacticKey(f.file, f.tactic);
        const cur = out.get(k);
        if (!cur || severityRank[f.severity] > severityRank[cur])
            out.set(k, f.severity);
    }
    return out;
}
export const tacticKey = (file, id) => `${file}\u0000${id}`;
/**
 * The alignment score of a playbook, from every finding it has: those shown and those a baseline,
 * --since or --quiet hide (`hidden`), so that a known problem never counts as aligned. An objective
 * is carried when an aligned active tactic supports it: one that has errors carries nothing.
 */
export function alignmentScore(playbook, findings, hidden = []) {
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
