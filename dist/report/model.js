/**
 * The report model: what every formatter needs, computed once from a check's result. The matrix,
 * the audience map, each tactic's worst finding, the quoted lines, the fingerprints and the docs
 * links live here, so that formatters are pure functions `(model, options) => string` that import
 * nothing but this module's types and the shared wording (text.ts, escape.ts).
 */
import { fingerprint } from '../findings/fingerprint.js';
import { SCORE_DEFINITIONS, tacticKey, worstByTactic } from '../findings/score.js';
import { compareAudiences, describeAudience, inExcluded } from '../playbook/audience.js';
import { severityRank } from '../types.js';
/** Colours that print plain text: every style is the identity (so the library need not load chalk). */
const plain = new Proxy((text) => String(text), { get: () => plain });
/** The options with their defaults: the one place a format's defaults are set. */
export const withDefaults = (o = {}) => ({
    color: o.color ?? plain,
    width: o.width ?? 80,
    repoPath: o.repoPath ?? ((file) => file),
    root: o.root ?? null,
    version: o.version ?? '0.0.0',
    today: o.today ?? null,
    annotationCap: o.annotationCap ?? null,
});
/** Builds the report model of a check's result. */
export function buildReport(result) {
    const lines = new Map();
    const quote = (f) => {
        const src = result.sources.get(f.file);
        if (!src)
            return null;
        let l = lines.get(f.file);
        if (!l) {
            l = src.text.split(/\r\n|\r|\n/);
            lines.set(f.file, l);
        }
        return l[f.line - 1] ?? null;
    };
    // The playbook view is drawn only by the formats that show it (html, markdown), the fingerprints only by SARIF: made on first read.
    let view;
    const playbook = () => (view ??= result.playbook ? playbookView(result.playbook, result.findings, hiddenOf(result)) : null);
    let ids;
    const docs = new Map(result.rules.map((r) => [r.id, r.docs]));
    const info = (r) => ({ id: r.id, severity: r.effective, summary: r.summary, rationale: r.rationale, docs: r.docs });
    return {
        get playbook() {
            return playbook();
        },
        get fingerprints() {
            ids ??= result.findings.map(fingerprint);
            return ids;
        },
        findings: result.findings.map((f) => ({ ...f, quote: quote(f), docs: docs.get(f.ruleId) ?? null })),
        summary: result.summary,
        scoreDefinitions: SCORE_DEFINITIONS,
        inputError: result.inputError,
        files: [...result.sources.keys()],
        rules: result.rules.filter((r) => r.kind === 'check' && r.effective !== 'off').map(info),
        inputRules: result.rules.filter((r) => r.kind === 'input').map(info),
        baselined: result.baselined ?? 0,
        hidden: hiddenOf(result).length,
    };
}
const hiddenOf = (result) => (result.hidden ? [...result.hidden.baseline, ...result.hidden.since, ...result.hidden.quiet] : []);
/** The mark of a tactic: its worst finding shown, or `known` when a hidden one is worse (a known problem is not aligned). */
function cellState(shown, hidden) {
    if (hidden !== undefined && (shown === undefined || severityRank[hidden] > severityRank[shown]))
        return 'known';
    return shown ?? 'ok';
}
function playbookView(playbook, findings, hiddenFindings) {
    const worst = worstByTactic(findings);
    const hidden = worstByTactic(hiddenFindings);
    const shown = playbook.tactics.filter((t) => t.status !== 'retired');
    const views = new Map(shown.map((t) => [
        t,
        {
            id: t.id,
            name: t.name,
            kind: t.data.kind,
            status: t.status,
            supports: t.supports,
            state: cellState(worst.get(tacticKey(t.at.file, t.id)), hidden.get(tacticKey(t.at.file, t.id))),
        },
    ]));
    const covered = playbook.coverage;
    const s = playbook.strategy;
    // Each audience with the tactics that target it; an inline target counts for the entries it falls in.
    const by = new Map();
    const add = (a, t) => {
        const list = by.get(a) ?? [];
        if (!list.includes(t))
            list.push(t);
        by.set(a, list);
    };
    for (const [t, view] of views) {
        for (const target of t.targets) {
            const a = target.audience;
            if (!a)
                continue;
            if (a.origin !== 'inline') {
                add(a, view);
                continue;
            }
            const excluded = s.exclude.filter((ex) => inExcluded(a, ex));
            const ideal = excluded.length ? [] : s.ideal.filter((ic) => compareAudiences(a, ic).overlap);
            for (const x of [...excluded, ...ideal])
                add(x, view);
            if (!excluded.length && !ideal.length)
                add('other', view);
        }
    }
    const audience = (a, kind) => ({
        kind,
        id: a.id ?? null,
        description: describeAudience({ ...a, id: undefined }),
        reason: a.reason ?? null,
        tactics: by.get(a) ?? [],
    });
    const audiences = [...s.ideal.map((a) => audience(a, 'ideal')), ...s.exclude.map((a) => audience(a, 'excluded'))];
    const other = by.get('other');
    if (other?.length)
        audiences.push({ kind: 'other', id: null, description: '', reason: null, tactics: other });
    return {
        title: s.data.name,
        tactics: [...views.values()],
        objectives: s.objectives.map((o) => ({ id: o.id, statement: o.statement, coverage: covered.get(o.id) ?? 'none' })),
        audiences,
    };
}
/**
 * The model with every file named from the repository root (`repoPath`), for the formats a CI system
 * reads (github, junit, markdown): GitHub resolves an annotation's file from the root, whatever folder
 * the check ran in. Standard input and files outside the repository keep the name the user saw.
 */
export function fromRoot(model, repoPath) {
    const path = (file) => {
        if (file.startsWith('<'))
            return file;
        const p = repoPath(file);
        return p.startsWith('../') || p === '..' || p.startsWith('/') ? file : p;
    };
    const rooted = Object.create(model);
    Object.defineProperties(rooted, {
        findings: { value: model.findings.map((f) => ({ ...f, file: path(f.file), related: f.related.map((r) => ({ ...r, file: path(r.file) })) })) },
        files: { value: model.files.map(path) },
    });
    return rooted;
}
