import { excerpt } from '../load/quote.js';
import { compileCondition } from './conditions.js';
import { compileRule, runRules } from './engine.js';
import { MetricClassifier } from './metrics.js';
import { PatternBudgetError } from './regex.js';
import { BUILTIN_RULES, guardrailRule } from './registry.js';
import { StrategySubject, TacticSubject } from './subject.js';
/** The built-in condition rules, compiled once per process. */
const compiledBuiltins = (() => {
    let cache;
    return () => {
        if (!cache) {
            cache = new Map();
            for (const rule of BUILTIN_RULES) {
                if (rule.type !== 'condition')
                    continue;
                const c = compileRule(rule);
                if (c.errors.length)
                    throw new Error(`built-in rule ${rule.id} does not compile: ${c.errors[0].message}`);
                cache.set(rule, c.compiled);
            }
        }
        return cache;
    };
})();
/** The strategy's guardrails as condition rules, compiled; a mistake in one is an input error at its place. */
export function compileGuardrails(guardrails) {
    const rules = new Map();
    const errors = [];
    for (const g of guardrails) {
        const r = compileCondition(g.forbid, 'tactic', [...g.at.path, 'forbid']);
        for (const e of r.errors)
            errors.push({ file: g.at.file, path: e.path, key: true, message: `Guardrail '${excerpt(g.id)}': ${e.message}` });
        if (r.condition) {
            const rule = guardrailRule(g);
            rules.set(rule, { rule, forbid: r.condition });
        }
    }
    return { rules, errors };
}
/** Every rule that is not off, run over the playbook; and the message builders of every rule id, for wording the problems. */
export function runAllRules(playbook, opts) {
    const { config } = opts;
    const compiled = new Map([...compiledBuiltins(), ...opts.guardrails]);
    for (const { rule, compiled: c } of opts.customRules)
        compiled.set(rule, c);
    const env = { bands: config.bands, metrics: new MetricClassifier(config.data.metrics) };
    const strategy = new StrategySubject(playbook.strategy);
    const ctx = {
        playbook,
        today: opts.today,
        env,
        strategy,
        active: playbook.tactics.filter((t) => t.status !== 'retired').map((tactic) => ({ tactic, subject: new TacticSubject(tactic, strategy, env) })),
    };
    const rules = [...BUILTIN_RULES, ...opts.guardrails.keys(), ...opts.customRules.map((c) => c.rule)];
    const byId = new Map(rules.map((r) => [r.id, r.messages]));
    const messages = (id) => byId.get(id) ?? {};
    try {
        const problems = runRules(rules.filter((r) => !opts.off(r.id)), compiled, ctx);
        return { problems, errors: [], messages };
    }
    catch (e) {
        if (!(e instanceof PatternBudgetError) || !e.rule)
            throw e;
        // An input error at the pattern, in the config (a custom rule) or the strategy (a guardrail).
        const { id, guardrail } = e.rule;
        const file = guardrail !== undefined ? playbook.strategy.guardrails.find((g) => g.id === guardrail)?.at.file : opts.customRules.find((c) => c.rule.id === id)?.file;
        if (file === undefined)
            throw e;
        const who = guardrail !== undefined ? `Guardrail '${excerpt(guardrail)}'` : `Custom rule '${excerpt(id)}'`;
        return { problems: [], errors: [{ file, path: e.at, key: true, message: `${who}: ${e.message}` }], messages };
    }
}
