import { segmentsOf } from '../playbook/audience.js';
/** Fields a tactic condition may name, with what they hold (shown by "did you mean" and `align explain`). */
export const TACTIC_PATHS = {
    id: 'the tactic id',
    name: 'the tactic name',
    kind: 'the kind of tactic (outreach-sequence, demo, pricing, …)',
    channel: 'the channel (email, phone, …)',
    status: 'active, planned, paused or retired',
    owner: 'who owns the tactic',
    description: 'the description text',
    messaging: 'the messaging text',
    text: 'name, description and messaging',
    traits: 'every trait: explicit, from the offer, from the text',
    metrics: 'metric names',
    'metrics.class': 'activity, outcome or unknown, per metric',
    supports: 'objective ids',
    targets: 'audience ids targeted',
    'targets.segment': "each targeted audience's segment, or the segments its band meets",
    'targets.industries': 'industries of the targeted audiences',
    'targets.regions': 'regions of the targeted audiences',
    discount: 'the discount in per cent: offer.discount, or the largest percentage beside a discount phrase',
    'offer.discount': 'the offered discount, in per cent',
    'offer.free_shipping': 'true when the offer ships free',
    'offer.free_months': 'free months offered',
    'offer.free_trial_days': 'free trial days offered',
    'offer.gift': 'a gift offered',
};
/** Fields a strategy condition may name (in `when:`, or as `strategy.…` in a tactic condition). */
export const STRATEGY_PATHS = {
    name: 'the strategy name',
    owner: 'who owns the strategy',
    positioning: 'the positioning tier',
    'positioning.tier': 'premium, mainstream or value',
    'positioning.statement': 'the positioning statement',
    'positioning.differentiators': 'the differentiators',
    'pricing.max_discount': 'the deepest discount allowed, in per cent',
    motion: 'the sales motions',
    metrics: 'the metrics the strategy is judged by',
    strengths: 'the strengths',
    'objectives.id': 'objective ids',
    'objectives.horizon': 'objective horizons',
};
/** Fields an objective condition may name (a rule with `scope: objective`). */
export const OBJECTIVE_PATHS = {
    id: 'the objective id',
    statement: 'the objective statement',
    horizon: 'long-term, annual or quarterly',
    metrics: 'the metrics the objective is measured by',
    coverage: 'carried (an active tactic supports it), planned (only planned or paused ones do) or none',
};
/** The fields whose values are percentages: the one list for the subjects and the condition language. */
export const PERCENT_PATHS = new Set(['discount', 'offer.discount', 'pricing.max_discount']);
function listField(file, base, key, list) {
    if (!list || list.length === 0)
        return { values: [] };
    const at = { file, path: [...base, key] };
    return { at, values: list.map((v, i) => ({ value: v, evidence: { text: String(v), at: { file, path: [...base, key, i] } } })) };
}
function scalarField(file, path, v) {
    if (v === undefined)
        return { values: [] };
    const at = { file, path };
    return { at, values: [{ value: v, evidence: { text: String(v), at } }] };
}
export class StrategySubject {
    s;
    cache = new Map();
    constructor(s) {
        this.s = s;
    }
    get(path) {
        let f = this.cache.get(path);
        if (!f) {
            f = this.resolve(path);
            if (PERCENT_PATHS.has(path))
                f.percent = true;
            this.cache.set(path, f);
        }
        return f;
    }
    resolve(path) {
        const { data: d, file } = this.s;
        const pos = typeof d.positioning === 'string' ? undefined : d.positioning;
        const tierPath = pos ? ['positioning', 'tier'] : ['positioning'];
        switch (path) {
            case 'name':
            case 'owner':
                return scalarField(file, [path], d[path]);
            case 'positioning':
            case 'positioning.tier':
                return scalarField(file, tierPath, this.s.tier);
            case 'positioning.statement':
                return scalarField(file, ['positioning', 'statement'], pos?.statement);
            case 'positioning.differentiators':
                return listField(file, ['positioning'], 'differentiators', pos?.differentiators);
            case 'pricing.max_discount':
                return scalarField(file, ['pricing', 'max_discount'], d.pricing?.max_discount);
            case 'motion':
                return Array.isArray(d.motion) ? listField(file, [], 'motion', this.s.motions) : scalarField(file, ['motion'], this.s.motions[0]);
            case 'metrics':
            case 'strengths':
                return listField(file, [], path, d[path]);
            case 'objectives.id':
            case 'objectives.horizon': {
                const key = path === 'objectives.id' ? 'id' : 'horizon';
                return {
                    at: { file, path: ['objectives'] },
                    values: this.s.objectives.map((o) => ({ value: o[key], evidence: { text: o[key], at: { file, path: [...o.at.path, key] } } })),
                };
            }
            default:
                return { values: [] };
        }
    }
}
/** An objective as a condition reads it, with its coverage by tactics (playbook/coverage.ts). */
export class ObjectiveSubject {
    o;
    coverage;
    constructor(o, coverage) {
        this.o = o;
        this.coverage = coverage;
    }
    get(path) {
        const { o } = this;
        const { file, path: base } = o.at;
        switch (path) {
            case 'id':
            case 'statement':
            case 'horizon':
                return scalarField(file, [...base, path], o[path]);
            case 'metrics':
                return listField(file, base, 'metrics', o.metrics);
            case 'coverage': {
                // The objective's id is where a coverage finding belongs: the objective itself, not a word in it.
                const at = { file, path: [...base, 'id'] };
                return { at, values: [{ value: this.coverage, evidence: { text: null, at } }] };
            }
            default:
                return { values: [] };
        }
    }
}
export class TacticSubject {
    t;
    strategy;
    env;
    /** Fields already read: every rule reads the same few (traits, kind, metrics). */
    cache = new Map();
    constructor(t, strategy, env) {
        this.t = t;
        this.strategy = strategy;
        this.env = env;
    }
    get(path) {
        if (path.startsWith('strategy.'))
            return this.strategy.get(path.slice('strategy.'.length));
        let f = this.cache.get(path);
        if (!f) {
            f = this.resolve(path);
            if (PERCENT_PATHS.has(path))
                f.percent = true;
            this.cache.set(path, f);
        }
        return f;
    }
    resolve(path) {
        const { t } = this;
        const { file, path: base } = t.at;
        const d = t.data;
        switch (path) {
            case 'id':
            case 'name':
            case 'kind':
            case 'channel':
            case 'owner':
            case 'description':
            case 'messaging':
                return scalarField(file, [...base, path], d[path]);
            case 'status':
                return {
                    at: { file, path: [...base, d.status ? 'status' : 'id'] },
                    values: [{ value: t.status, evidence: { text: t.status, at: { file, path: [...base, 'status'] } } }],
                };
            case 'text': {
                const values = [];
                for (const k of ['name', 'description', 'messaging']) {
                    const v = d[k];
                    if (v)
                        values.push({ value: v, evidence: { text: v, at: { file, path: [...base, k] } } });
                }
                return { values };
            }
            case 'traits':
                return { values: [...t.traits].map(([trait, ev]) => ({ value: trait, evidence: ev[0] })) };
            case 'metrics':
                return listField(file, base, 'metrics', t.metrics);
            case 'metrics.class': {
                const f = listField(file, base, 'metrics', t.metrics);
                return { ...f, values: f.values.map((v) => ({ ...v, value: this.env.metrics.classify(String(v.value)) })) };
            }
            case 'supports':
                return listField(file, base, 'supports', t.supports);
            case 'targets':
                return {
                    at: { file, path: [...base, 'targets'] },
                    values: t.targets.flatMap((x) => {
                        const id = x.id ?? x.audience?.id;
                        return id ? [{ value: id, evidence: { text: id, at: x.at } }] : [];
                    }),
                };
            case 'targets.segment':
            case 'targets.industries':
            case 'targets.regions':
                return {
                    at: { file, path: [...base, 'targets'] },
                    values: t.targets.flatMap((x) => {
                        const a = x.audience;
                        if (!a)
                            return [];
                        const vals = path === 'targets.segment' ? segmentsOf(a, this.env.bands) : path === 'targets.industries' ? (a.industries ?? []) : (a.regions ?? []);
                        return vals.map((v) => ({ value: v, evidence: { text: v, at: x.at } }));
                    }),
                };
            case 'discount':
                return t.discount ? { at: t.discount.evidence.at, values: [{ value: t.discount.percent, evidence: t.discount.evidence }] } : { values: [] };
            default:
                if (path.startsWith('offer.')) {
                    const k = path.slice(6);
                    const v = d.offer?.[k];
                    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? scalarField(file, [...base, 'offer', k], v) : { values: [] };
                }
                return { values: [] };
        }
    }
}
