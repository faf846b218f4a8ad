/** Every built-in rule, in the order `align rules` lists them. */
import { duplicateId } from './code/duplicate-id.js';
import { guardrailMeta } from './code/guardrail.js';
import { excludedMarket, offTarget } from './code/markets.js';
import { staleStrategy } from './code/stale-strategy.js';
import { strategyClarity } from './code/strategy-clarity.js';
import { unexecutedObjective } from './code/unexecuted-objective.js';
import { unknownReference } from './code/unknown-reference.js';
import { expiredWaiverMeta, unusedWaiverMeta } from './code/waivers.js';
import {
  activityMetricsOnly,
  CONDITION_RULES,
  consultativeFit,
  consultativeVsPressure,
  discountOverPolicy,
  orphanTactic,
  premiumVsDiscount,
  premiumVsPressure,
  productLedVsGated,
  targetedVsMass,
  unmeasuredTactic,
  valueVsWhiteGlove,
} from './recommended.js';
import type { CodeRule, RuleMeta } from './types.js';

/** Built-in rules that run as they are (the guardrail rule is built per strategy). */
export const CODE_RULES: CodeRule[] = [duplicateId, unknownReference, excludedMarket, offTarget, unexecutedObjective, staleStrategy, strategyClarity];

/** The metadata of every built-in rule. */
export const BUILTIN_META: RuleMeta[] = [
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
  guardrailMeta,
  expiredWaiverMeta,
  unusedWaiverMeta,
];

export const BUILTIN_IDS = BUILTIN_META.map((r) => r.id);
export { CONDITION_RULES };
