import { describe, expect, test } from 'vitest';
import { DEFAULT_BANDS } from '../../src/load/schema.js';
import { compileCondition } from '../../src/rules/conditions.js';
import { compileRule, runRules } from '../../src/rules/engine.js';
import { MetricClassifier } from '../../src/rules/metrics.js';
import { StrategySubject, TacticSubject } from '../../src/rules/subject.js';
import type { ConditionRule, RuleContext } from '../../src/rules/types.js';
import { analyseObjects, baseStrategy, baseTactic } from '../helpers.js';

const base = { id: 'x', severity: 'warning', summary: 's', rationale: 'r', tags: [], origin: 'test', messages: { m: () => 'm' } } as const;

function run(rule: ConditionRule, strategy: object, tactics: object[]) {
  const playbook = analyseObjects(strategy, tactics).playbook!;
  const c = compileRule(rule);
  expect(c.errors).toEqual([]);
  const env = { bands: DEFAULT_BANDS, metrics: new MetricClassifier(undefined) };
  const s = new StrategySubject(playbook.strategy);
  const ctx: RuleContext = {
    playbook,
    today: '2026-11-01',
    env,
    strategy: s,
    active: playbook.tactics.filter((t) => t.status !== 'retired').map((tactic) => ({ tactic, subject: new TacticSubject(tactic, s, env) })),
  };
  return runRules([rule], new Map([[rule, c.compiled]]), ctx);
}

describe('the scope of a condition rule', () => {
  test('objective: each objective is tested, and the problem is about it', () => {
    const rule: ConditionRule = {
      ...base,
      type: 'condition',
      scope: 'objective',
      forbid: { horizon: 'annual', coverage: ['none', 'planned'] },
      report: ({ objective }) => ({ messageId: 'm', data: { objective: objective.id } }),
    };
    const strategy = baseStrategy({
      objectives: [
        { id: 'grow', statement: 'g', horizon: 'long-term' },
        { id: 'keep', statement: 'k', horizon: 'annual' },
        { id: 'win', statement: 'w', horizon: 'annual' },
      ],
    });
    const p = run(rule, strategy, [baseTactic({ supports: ['grow'] }), baseTactic({ id: 't2', supports: ['win'], status: 'planned' })]);
    expect(p.map((x) => [x.objective, x.data.objective, x.tactic])).toEqual([
      ['keep', 'keep', undefined],
      ['win', 'win', undefined],
    ]);
    expect(p[0]!.at.path).toEqual(['objectives', 1, 'horizon']);
  });
  test('strategy: checked once, at what made it hold', () => {
    const rule: ConditionRule = {
      ...base,
      type: 'condition',
      scope: 'strategy',
      forbid: { 'positioning.tier': 'premium', 'pricing.max_discount': { gt: 20 } },
      report: () => ({ messageId: 'm', data: {} }),
    };
    const premium = { positioning: 'premium', pricing: { max_discount: '30%' } };
    const p = run(rule, baseStrategy(premium), [baseTactic(), baseTactic({ id: 't2' })]);
    expect(p.map((x) => x.at.path)).toEqual([['positioning']]);
    expect(run(rule, baseStrategy({ ...premium, pricing: { max_discount: '10%' } }), [baseTactic()])).toEqual([]);
  });
  test('an objective condition knows only objective and strategy fields', () => {
    expect(compileCondition({ chanel: 'x' }, 'objective', []).errors[0]!.message).toBe("Unknown objective field 'chanel'.");
    expect(compileCondition({ coverag: 'none' }, 'objective', []).errors[0]!.message).toBe("Unknown objective field 'coverag'. Did you mean 'coverage'?");
    expect(compileCondition({ 'strategy.motion': 'consultative', coverage: 'none' }, 'objective', []).errors).toEqual([]);
  });
});
