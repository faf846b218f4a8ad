/** Every built-in rule, in the order `align rules` lists them. */
import { duplicateId } from './code/duplicate-id.js';
import { guardrailMeta } from './code/guardrail.js';
import { excludedMarket, offTarget } from './code/markets.js';
import { staleStrategy } from './code/stale-strategy.js';
import { strategyClarity } from './code/strategy-clarity.js';
import { unexecutedObjective } from './code/unexecuted-objective.js';
import { unknownReference } from './code/unknown-reference.js';
import { expiredWaiverMeta, unusedWaiverMeta } from './code/waivers.js';
import { CONDITION_RULES } from './recommended.js';
import type { CodeRule, RuleMeta } from './types.js';

/** Built-in rules that run as they are (the guardrail rule is built per strategy). */
export const CODE_RULES: CodeRule[] = [duplicateId, unknownReference, excludedMarket, offTarget, unexecutedObjective, staleStrategy, strategyClarity];

/** The metadata of every built-in rule. */
export const BUILTIN_META: RuleMeta[] = [
  duplicateId,
  unknownReference,
  ...CONDITION_RULES.slice(0, 7),
  excludedMarket,
  offTarget,
  ...CONDITION_RULES.slice(7, 8),
  CONDITION_RULES[8]!,
  unexecutedObjective,
  ...CONDITION_RULES.slice(9),
  staleStrategy,
  strategyClarity,
  guardrailMeta,
  expiredWaiverMeta,
  unusedWaiverMeta,
];

export const BUILTIN_IDS = BUILTIN_META.map((r) => r.id);
export { CONDITION_RULES };
