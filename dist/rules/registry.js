/**
 * Every rule a finding can name, in one place: the built-in checks, in the order `align rules` and
 * docs/rules.md show them, and the rules whose findings no check reports (input errors, the
 * baseline's own), so that every report and doc knows them from here.
 */
import * as activityMetricsOnly from './builtin/activity-metrics-only.js';
import * as consultativeFit from './builtin/consultative-fit.js';
import * as consultativeVsPressure from './builtin/consultative-vs-pressure.js';
import * as discountOverPolicy from './builtin/discount-over-policy.js';
import * as duplicateId from './builtin/duplicate-id.js';
import * as excludedMarket from './builtin/excluded-market.js';
import * as expiredWaiver from './builtin/expired-waiver.js';
import * as guardrail from './builtin/guardrail.js';
import * as offTarget from './builtin/off-target.js';
import * as orphanTactic from './builtin/orphan-tactic.js';
import * as premiumVsDiscount from './builtin/premium-vs-discount.js';
import * as premiumVsPressure from './builtin/premium-vs-pressure.js';
import * as productLedVsGated from './builtin/product-led-vs-gated.js';
import * as staleStrategy from './builtin/stale-strategy.js';
import * as strategyClarity from './builtin/strategy-clarity.js';
import * as targetedVsMass from './builtin/targeted-vs-mass.js';
import * as unexecutedObjective from './builtin/unexecuted-objective.js';
import * as unknownReference from './builtin/unknown-reference.js';
import * as unmeasuredTactic from './builtin/unmeasured-tactic.js';
import * as unusedWaiver from './builtin/unused-waiver.js';
import * as valueVsWhiteGlove from './builtin/value-vs-white-glove.js';
const MODULES = [
    duplicateId,
    unknownReference,
    premiumVsDiscount,
    discountOverPolicy,
    consultativeVsPressure,
    premiumVsPressure,
    targetedVsMass,
    valueVsWhiteGlove,
    productLedVsGated,
    excludedMarket,
    offTarget,
    consultativeFit,
    orphanTactic,
    unexecutedObjective,
    unmeasuredTactic,
    activityMetricsOnly,
    staleStrategy,
    strategyClarity,
    guardrail,
    expiredWaiver,
    unusedWaiver,
];
/** A rule module as the engine runs it. Guardrails are condition rules made per strategy (`guardrailRule`); this one documents them. */
export function ruleOf(m, origin = 'built-in') {
    const base = { ...m.meta, origin, messages: m.messages, examples: m.examples };
    if (m.condition)
        return { ...base, ...m.condition, type: 'condition' };
    if (m.check)
        return { ...base, check: m.check, type: 'code' };
    return { ...base, type: 'reported' };
}
export const BUILTIN_RULES = MODULES.map((m) => ruleOf(m));
export const BUILTIN_IDS = BUILTIN_RULES.map((r) => r.id);
export const builtinRule = (id) => BUILTIN_RULES.find((r) => r.id === id);
const inputRule = (id, summary) => ({ id, severity: 'error', summary, rationale: summary, tags: ['input'], origin: 'built-in' });
/** The rules of input errors (exit code 2): the load stage reports them, and the stages after it for mistakes found later. */
export const INPUT_RULES = [
    inputRule('yaml-syntax', 'The file is not valid YAML.'),
    inputRule('schema', 'A key, value or reference that the playbook format does not allow.'),
    inputRule('input', 'A file that cannot be read (missing, a folder, not UTF-8).'),
];
/** The tool's own findings: the baseline stage reports an entry that hides nothing any more. */
export const TOOL_RULES = [
    {
        id: 'stale-baseline',
        severity: 'info',
        summary: 'A baseline entry that no longer matches any finding.',
        rationale: 'A baseline should only shrink: an entry that hides nothing can be removed, or rewritten with --update-baseline.',
        tags: ['baseline'],
        origin: 'built-in',
    },
];
/** The section of the docs about a built-in rule (a path inside the package); null for custom rules, which the config documents. */
export function ruleDocs(id, kind) {
    if (kind === 'input')
        return 'docs/rules.md#input-errors';
    if (kind === 'tool')
        return 'README.md#baselines';
    return BUILTIN_IDS.includes(id) ? `docs/rules.md#${id}` : null;
}
export { guardrailRule } from './builtin/guardrail.js';
