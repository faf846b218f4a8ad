/**
 * The condition language shared by guardrails, custom rules and built-in rules: a mapping from a
 * field path to a matcher, all of which must hold, with `all`, `any` and `not` to combine.
 */
import { excerpt, quotesBounded } from '../load/quote.js';
import { parsePercent } from '../load/units.js';
import { didYouMean } from '../suggest.js';
import { Lexicon } from '../traits/reader.js';
import { compileRegex, PATTERN_LIMITS, textAt } from './regex.js';
import { OBJECTIVE_PATHS, PERCENT_PATHS, STRATEGY_PATHS, TACTIC_PATHS } from './subject.js';
const OPERATORS = ['in', 'not', 'includes', 'includes_any', 'includes_all', 'exists', 'gt', 'gte', 'lt', 'lte', 'matches', 'phrase'];
const COMBINATORS = ['all', 'any', 'not'];
const isMapping = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const isScalar = (v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
function equals(a, b, percent) {
    if (typeof a === 'number') {
        const n = percent ? parsePercent(b) : typeof b === 'number' ? b : Number(b);
        return n !== null && n === a;
    }
    if (typeof a === 'boolean' || typeof b === 'boolean')
        return String(a) === String(b);
    return a.trim().toLowerCase() === String(b).trim().toLowerCase();
}
class Compiler {
    scope;
    errors = [];
    strategyPaths = new Set();
    constructor(scope) {
        this.scope = scope;
    }
    err(path, message) {
        this.errors.push({ path, message });
        return null;
    }
    condition(raw, at) {
        if (!isMapping(raw))
            return this.err(at, 'A condition is a mapping of field: matcher entries (e.g. { channel: phone }).');
        const parts = [];
        for (const [key, val] of Object.entries(raw)) {
            const here = [...at, key];
            if (key === 'all' || key === 'any') {
                if (!Array.isArray(val) || val.length === 0) {
                    this.err(here, `'${key}' takes a non-empty list of conditions.`);
                    continue;
                }
                const subs = val.map((c, i) => this.condition(c, [...here, i]));
                if (subs.some((s) => s === null))
                    continue;
                const list = subs;
                parts.push(key === 'all'
                    ? (env) => allOf(list, env)
                    : (env) => {
                        for (const s of list) {
                            const m = s(env);
                            if (m)
                                return m;
                        }
                        return null;
                    });
            }
            else if (key === 'not') {
                const sub = this.condition(val, here);
                if (sub)
                    parts.push((env) => (sub(env) ? null : { evidence: [] }));
            }
            else {
                const field = this.path(key, here);
                const matcher = field ? this.matcher(val, here, field.percent) : null;
                if (field && matcher) {
                    parts.push((env) => {
                        const subject = field.strategy ? env.strategy : env.subject;
                        const f = subject.get(field.name);
                        const r = matcher(f, env);
                        if (r === null)
                            return null;
                        return { evidence: r === true ? (f.at ? [{ text: null, at: f.at }] : []) : [r.evidence] };
                    });
                }
            }
        }
        if (Object.keys(raw).length === 0)
            return this.err(at, 'A condition needs at least one entry.');
        return (env) => allOf(parts, env);
    }
    path(key, at) {
        if (this.scope === 'strategy') {
            if (key in STRATEGY_PATHS) {
                this.strategyPaths.add(key);
                return { name: key, strategy: true, percent: PERCENT_PATHS.has(key) };
            }
            return this.err(at, `Unknown strategy field '${excerpt(key)}'.${hint(key, Object.keys(STRATEGY_PATHS))}`);
        }
        if (key.startsWith('strategy.')) {
            const s = key.slice(9);
            if (s in STRATEGY_PATHS) {
                this.strategyPaths.add(s);
                return { name: s, strategy: true, percent: PERCENT_PATHS.has(s) };
            }
            return this.err(at, `Unknown strategy field '${excerpt(s)}'.${hint(s, Object.keys(STRATEGY_PATHS))}`);
        }
        const own = this.scope === 'objective' ? OBJECTIVE_PATHS : TACTIC_PATHS;
        if (key in own)
            return { name: key, strategy: false, percent: PERCENT_PATHS.has(key) };
        return this.err(at, `Unknown ${this.scope} field '${excerpt(key)}'.${hint(key, [...Object.keys(own), ...COMBINATORS])}`);
    }
    /** A number operand: a number, a percentage, or `{strategy: path}` read when the rule runs. */
    operand(raw, at, percent) {
        if (isMapping(raw) && Object.keys(raw).length === 1 && typeof raw.strategy === 'string') {
            const p = raw.strategy;
            if (!(p in STRATEGY_PATHS))
                return this.err([...at, 'strategy'], `Unknown strategy field '${excerpt(p)}'.${hint(p, Object.keys(STRATEGY_PATHS))}`);
            this.strategyPaths.add(p);
            return (env) => {
                const v = env.strategy.get(p).values[0]?.value;
                return typeof v === 'number' ? v : null;
            };
        }
        const n = percent ? parsePercent(raw) : typeof raw === 'number' ? raw : null;
        if (n === null)
            return this.err(at, `Expected ${percent ? 'a percentage (e.g. 10%)' : 'a number'}, or { strategy: field }.`);
        return () => n;
    }
    matcher(raw, at, percent) {
        if (isScalar(raw))
            return (f) => f.values.find((v) => equals(v.value, raw, percent)) ?? null;
        if (Array.isArray(raw)) {
            if (!raw.every(isScalar))
                return this.err(at, 'A list matcher holds plain values (any of them matches).');
            return (f) => f.values.find((v) => raw.some((r) => equals(v.value, r, percent))) ?? null;
        }
        if (!isMapping(raw))
            return this.err(at, 'A matcher is a value, a list of values, or a mapping of operators.');
        const ops = [];
        const errorsBefore = this.errors.length;
        for (const [op, arg] of Object.entries(raw)) {
            const here = [...at, op];
            if (!OPERATORS.includes(op)) {
                this.err(here, `Unknown operator '${excerpt(op)}'.${hint(op, OPERATORS)} Operators: ${OPERATORS.join(', ')}.`);
                continue;
            }
            const m = this.operator(op, arg, here, percent);
            if (m)
                ops.push(m);
        }
        if (this.errors.length > errorsBefore)
            return null;
        if (ops.length === 0)
            return this.err(at, 'An operator mapping needs at least one operator.');
        return (f, env) => {
            let first = true;
            for (const m of ops) {
                const r = m(f, env);
                if (r === null)
                    return null;
                if (first === true && r !== true)
                    first = r;
            }
            return first;
        };
    }
    operator(op, arg, at, percent) {
        switch (op) {
            case 'in':
            case 'includes_any':
                if (!Array.isArray(arg))
                    return this.err(at, `'${op}' takes a list.`);
                return this.matcher(arg, at, percent);
            case 'includes':
                if (!isScalar(arg))
                    return this.err(at, "'includes' takes one value.");
                return this.matcher(arg, at, percent);
            case 'includes_all': {
                if (!Array.isArray(arg) || !arg.every(isScalar))
                    return this.err(at, "'includes_all' takes a list of values.");
                return (f) => {
                    let first = null;
                    for (const want of arg) {
                        const hit = f.values.find((v) => equals(v.value, want, percent));
                        if (!hit)
                            return null;
                        first ??= hit;
                    }
                    return first ?? true;
                };
            }
            case 'not': {
                const inner = this.matcher(arg, at, percent);
                return inner ? (f, env) => (inner(f, env) === null ? true : null) : null;
            }
            case 'exists':
                if (typeof arg !== 'boolean')
                    return this.err(at, "'exists' takes true or false.");
                return (f) => (f.values.length > 0 === arg ? (f.values[0] ?? true) : null);
            case 'gt':
            case 'gte':
            case 'lt':
            case 'lte': {
                const operand = this.operand(arg, at, percent);
                if (!operand)
                    return null;
                const cmp = {
                    gt: (a, b) => a > b,
                    gte: (a, b) => a >= b,
                    lt: (a, b) => a < b,
                    lte: (a, b) => a <= b,
                }[op];
                return (f, env) => {
                    const b = operand(env);
                    if (b === null)
                        return null;
                    return f.values.find((v) => typeof v.value === 'number' && cmp(v.value, b)) ?? null;
                };
            }
            case 'matches': {
                if (typeof arg !== 'string')
                    return this.err(at, "'matches' takes a regular expression as text.");
                if (arg.length > 500)
                    return this.err(at, "A 'matches' pattern may be at most 500 characters; use 'phrase' for lists of words.");
                const re = compileRegex(arg);
                if ('error' in re)
                    return this.err(at, `Invalid regular expression '${excerpt(arg)}': ${quotesBounded(re.error)}. Patterns run on RE2, which takes linear time on any text: no lookaround and no backreferences; use 'phrase' for words.`);
                if (re.size > PATTERN_LIMITS.instructions)
                    return this.err(at, `The pattern '${excerpt(arg)}' compiles to ${re.size.toLocaleString('en-US')} RE2 instructions, over the ${PATTERN_LIMITS.instructions.toLocaleString('en-US')} a pattern may have: its time on a text grows with its size. Use fewer or shorter repetitions ({1000} is a thousand instructions), or 'phrase' for words.`);
                return (f, env) => {
                    for (const v of f.values) {
                        if (typeof v.value !== 'string')
                            continue;
                        env.patterns?.charge(re.size, v.value.length, textAt(v.evidence.at.file, v.evidence.at.path), at);
                        const m = re.find(v.value);
                        if (m)
                            return { value: v.value, evidence: { text: m.text, at: v.evidence.at, offset: m.index } };
                    }
                    return null;
                };
            }
            case 'phrase': {
                const list = typeof arg === 'string' ? [arg] : arg;
                if (!Array.isArray(list) || list.length === 0 || !list.every((x) => typeof x === 'string' && x.trim()))
                    return this.err(at, "'phrase' takes a list of phrases.");
                let lexicon;
                try {
                    lexicon = new Lexicon({ phrase: { triggers: list } });
                }
                catch (e) {
                    return this.err(at, `Invalid phrase: ${quotesBounded(e.message)}.`);
                }
                return (f) => {
                    for (const v of f.values) {
                        if (typeof v.value !== 'string')
                            continue;
                        const m = lexicon.scan(v.value).matches[0];
                        if (m)
                            return { value: v.value, evidence: { text: m.phrase, at: v.evidence.at, offset: m.start } };
                    }
                    return null;
                };
            }
        }
    }
}
function allOf(parts, env) {
    const evidence = [];
    for (const p of parts) {
        const m = p(env);
        if (!m)
            return null;
        evidence.push(...m.evidence);
    }
    return { evidence };
}
const hint = (word, options) => didYouMean(word, options, '', excerpt);
/** Compiles a condition; `at` is where it sits in its file, for error locations. */
export function compileCondition(raw, scope, at) {
    const c = new Compiler(scope);
    const test = c.condition(raw, at);
    if (!test || c.errors.length)
        return { errors: c.errors };
    return { condition: { test, source: raw, strategyPaths: [...c.strategyPaths] }, errors: [] };
}
