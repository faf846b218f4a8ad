/** Tactics stay inside the markets the strategy serves: `excluded-market` and `off-target`. */
import { compareAudiences, describeAudience } from '../../playbook/audience.js';
import type { Audience } from '../../playbook/model.js';
import type { CodeRule, Problem } from '../types.js';

export const excludedMarketMessage = (tacticId: string, target: string, excluded: Audience) =>
  `Tactic '${tacticId}' targets ${target}, which falls in the excluded market ${describeAudience(excluded)}: ${excluded.reason ?? 'the strategy says no to it'}.`;

export const offTargetMessage = (tacticId: string, target: string, ideal: Audience[]) =>
  `Tactic '${tacticId}' targets ${target}, which matches none of the strategy's ideal customers (${ideal.map(describeAudience).join('; ') || 'none are defined'}).`;

/**
 * Whether a targeted audience falls in an excluded market: the excluded entry itself, or an
 * overlap on at least one dimension both name. (A vacuous overlap — no dimension in common —
 * does not count here, or an exclusion by industry would catch every audience defined by size.)
 */
export function inExcluded(target: Audience, excluded: Audience): boolean {
  if (target === excluded) return true;
  const { overlap, shared } = compareAudiences(target, excluded);
  return overlap && shared > 0;
}

export const excludedMarket: CodeRule = {
  type: 'code',
  id: 'excluded-market',
  severity: 'error',
  origin: 'built-in',
  summary: 'No tactic targets a market the strategy excludes.',
  rationale:
    'Saying no to a market is a strategic choice: it frees the team to serve the ideal customers well. A tactic that targets an excluded market spends effort on buyers the business decided it cannot serve profitably.',
  check(ctx) {
    const problems: Problem[] = [];
    for (const t of ctx.playbook.tactics) {
      if (t.status === 'retired') continue;
      for (const target of t.targets) {
        const a = target.audience;
        if (!a) continue;
        for (const ex of ctx.playbook.strategy.exclude) {
          if (!inExcluded(a, ex)) continue;
          problems.push({
            ruleId: 'excluded-market',
            message: excludedMarketMessage(t.id, a === ex ? `'${ex.id}'` : describeAudience(a), ex),
            at: target.at,
            tactic: t.id,
            item: t.at,
            related: [{ at: ex.at, message: `excluded: ${ex.reason ?? describeAudience(ex)}` }],
          });
        }
      }
    }
    return problems;
  },
};

export const offTarget: CodeRule = {
  type: 'code',
  id: 'off-target',
  severity: 'warning',
  origin: 'built-in',
  summary: "A tactic's inline audience overlaps at least one ideal customer.",
  rationale:
    'The strategy names who the business serves. A tactic aimed at someone else may be a new idea worth adding to the strategy — or effort spent outside it.',
  check(ctx) {
    const { strategy } = ctx.playbook;
    const problems: Problem[] = [];
    for (const t of ctx.playbook.tactics) {
      if (t.status === 'retired') continue;
      for (const target of t.targets) {
        const a = target.audience;
        if (a?.origin !== 'inline') continue;
        if (strategy.exclude.some((ex) => inExcluded(a, ex))) continue;
        if (strategy.ideal.some((ic) => compareAudiences(a, ic).overlap)) continue;
        problems.push({
          ruleId: 'off-target',
          message: offTargetMessage(t.id, describeAudience(a), strategy.ideal),
          at: target.at,
          tactic: t.id,
          item: t.at,
          related: [{ at: { file: strategy.file, path: ['ideal_customers'] }, message: 'ideal_customers' }],
        });
      }
    }
    return problems;
  },
};
