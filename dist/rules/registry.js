/** The one list of built-in rules, in the order `align rules` and docs/rules.md show them. */
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
export { guardrailRule } from './builtin/guardrail.js';
