/** Builds the normalised playbook from validated data: audiences resolved, defaults applied. */
import { buildAudience } from './audience.js';
import { coverage } from './coverage.js';
const waiversOf = (file, path, list) => (list ?? []).map((w, i) => {
    const out = { at: { file, path: [...path, 'waivers', i] }, rule: w.rule, reason: w.reason };
    if (w.approved_by !== undefined)
        out.approvedBy = w.approved_by;
    if (w.until !== undefined)
        out.until = w.until;
    return out;
});
/** The strategy's guardrails, each with where it is. */
function buildGuardrails(strategyFile, s) {
    return (s.guardrails ?? []).map((g, i) => ({
        at: { file: strategyFile, path: ['guardrails', i] },
        id: g.id,
        forbid: g.forbid,
        reason: g.reason,
        ...(g.severity ? { severity: g.severity } : {}),
    }));
}
/** An audience, or the problem of one whose segment and employee range do not meet. */
function audienceOf(data, file, path, origin, bands, problems) {
    const { audience: a, error } = buildAudience(data, { file, path }, origin, bands);
    if (error)
        problems.push({ file, path: [...path, 'employees'], message: error });
    return a;
}
/** The strategy: audiences resolved, objectives, guardrails. Its problems are the caller's to report or not (an input error elsewhere comes first). */
export function buildStrategy(strategyFile, s, bands) {
    const problems = [];
    const ideal = s.ideal_customers.map((a, i) => audienceOf(a, strategyFile, ['ideal_customers', i], 'ideal', bands, problems));
    const exclude = (s.exclude ?? []).map((a, i) => audienceOf(a, strategyFile, ['exclude', i], 'exclude', bands, problems));
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
    return { strategy, problems };
}
/** One tactics file's tactics, their targets resolved against the strategy's audiences; traits are the next stage's. */
export function buildTactics(strategy, { file, data }, bands) {
    const problems = [];
    const tactics = data.tactics.map((t, i) => {
        const path = ['tactics', i];
        const targets = (t.targets ?? []).map((x, j) => {
            const tp = [...path, 'targets', j];
            if (typeof x === 'string') {
                const a = strategy.audiences.get(x);
                return a ? { at: { file, path: tp }, id: x, audience: a } : { at: { file, path: tp }, id: x };
            }
            return { at: { file, path: tp }, audience: audienceOf(x, file, tp, 'inline', bands, problems) };
        });
        return {
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
        };
    });
    return { tactics, problems };
}
/** The playbook put together: the strategy, every tactic in file order, and each objective's coverage. */
export function playbookOf(strategy, tactics, tacticsFiles) {
    return { strategy, tactics, files: [strategy.file, ...tacticsFiles], coverage: coverage(strategy.objectives, tactics) };
}
/** The whole playbook from validated data, or every problem found while building it. */
export function buildPlaybook(strategyFile, s, tacticsInputs, bands) {
    const { strategy, problems } = buildStrategy(strategyFile, s, bands);
    const tactics = tacticsInputs.flatMap((input) => {
        const built = buildTactics(strategy, input, bands);
        problems.push(...built.problems);
        return built.tactics;
    });
    if (problems.length)
        return { problems };
    return {
        playbook: playbookOf(strategy, tactics, tacticsInputs.map((t) => t.file)),
        problems,
    };
}
