import { severityRank } from '../types.js';
export const SCORE_DEFINITIONS = {
    tactics: 'the share of active tactics with no error or warning',
    objectives: 'the share of objectives supported by at least one active tactic',
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
export function alignmentScore(playbook, findings) {
    const active = playbook.tactics.filter((t) => t.status === 'active');
    const worst = worstByTactic(findings);
    const clean = active.filter((t) => {
        const w = worst.get(tacticKey(t.at.file, t.id));
        return w !== 'error' && w !== 'warning';
    });
    const covered = playbook.coverage;
    const objectives = playbook.strategy.objectives;
    return { tactics: pct(clean.length, active.length), objectives: pct(objectives.filter((o) => covered.get(o.id) === 'carried').length, objectives.length) };
}
