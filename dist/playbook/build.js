/** Builds the normalised playbook from validated data: audiences resolved, defaults applied. */
import { buildAudience } from './audience.js';
const waiversOf = (file, path, list) => (list ?? []).map((w, i) => {
    const out = { at: { file, path: [...path, 'waivers', i] }, rule: w.rule, reason: w.reason };
    if (w.approved_by !== undefined)
        out.approvedBy = w.approved_by;
    if (w.until !== undefined)
        out.until = w.until;
    return out;
});
/** The strategy's guardrails, each with where it is. */
export function buildGuardrails(strategyFile, s) {
    return (s.guardrails ?? []).map((g, i) => ({
        at: { file: strategyFile, path: ['guardrails', i] },
        id: g.id,
        forbid: g.forbid,
        reason: g.reason,
        ...(g.severity ? { severity: g.severity } : {}),
    }));
}
export function buildPlaybook(strategyFile, s, tacticsInputs, bands) {
    const problems = [];
    const audience = (data, file, path, origin) => {
        const { audience: a, error } = buildAudience(data, { file, path }, origin, bands);
        if (error)
            problems.push({ file, path: [...path, 'employees'], message: error });
        return a;
    };
    const ideal = s.ideal_customers.map((a, i) => audience(a, strategyFile, ['ideal_customers', i], 'ideal'));
    const exclude = (s.exclude ?? []).map((a, i) => audience(a, strategyFile, ['exclude', i], 'exclude'));
    const audiences = new Map();
    for (const a of [...ideal, ...exclude])
        if (a.id && !audiences.has(a.id))
            audiences.set(a.id, a);
    const objectives = s.objectives.map((o, i) => ({
        at: { file: strategyFile, path: ['objectives', i] },
        id: o.id,
        statement: o.statement,
        horizon: o.horizon,
        metrics: o.metrics ?? [],
        waivers: waiversOf(strategyFile, ['objectives', i], o.waivers),
    }));
    const strategy = {
        file: strategyFile,
        data: s,
        tier: typeof s.positioning === 'string' ? s.positioning : s.positioning.tier,
        motions: Array.isArray(s.motion) ? s.motion : [s.motion],
        reviewEvery: s.review_every ?? { amount: 180, unit: 'd' },
        ideal,
        exclude,
        objectives,
        guardrails: buildGuardrails(strategyFile, s),
        audiences,
    };
    const tactics = [];
    for (const { file, data } of tacticsInputs) {
        data.tactics.forEach((t, i) => {
            const path = ['tactics', i];
            const targets = (t.targets ?? []).map((x, j) => {
                const tp = [...path, 'targets', j];
                if (typeof x === 'string') {
                    const a = audiences.get(x);
                    return a ? { at: { file, path: tp }, id: x, audience: a } : { at: { file, path: tp }, id: x };
                }
                return { at: { file, path: tp }, audience: audience(x, file, tp, 'inline') };
            });
            tactics.push({
                at: { file, path },
                data: t,
                id: t.id,
                name: t.name,
                status: t.status ?? 'active',
                targets,
                supports: t.supports ?? [],
                metrics: t.metrics ?? [],
                waivers: waiversOf(file, path, t.waivers),
                traits: new Map(),
            });
        });
    }
    if (problems.length)
        return { problems };
    return { playbook: { strategy, tactics, files: [strategyFile, ...tacticsInputs.map((t) => t.file)] }, problems };
}
