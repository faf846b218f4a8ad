import { describe, expect, test } from 'vitest';
import { duplicateIdMessage } from '../../src/rules/code/duplicate-id.js';
import { guardrailMessage } from '../../src/rules/code/guardrail.js';
import { excludedMarketMessage, offTargetMessage } from '../../src/rules/code/markets.js';
import { staleStrategyMessage } from '../../src/rules/code/stale-strategy.js';
import { strategyClarityMessage } from '../../src/rules/code/strategy-clarity.js';
import { unexecutedObjectiveMessage } from '../../src/rules/code/unexecuted-objective.js';
import { unknownReferenceMessage } from '../../src/rules/code/unknown-reference.js';
import { expiredWaiverMessage, unusedWaiverMessage } from '../../src/rules/code/waivers.js';
import { analyseObjects, baseStrategy, baseTactic, idsOf } from '../helpers.js';

const messages = (a: ReturnType<typeof analyseObjects>, rule: string) => a.problems.filter((p) => p.ruleId === rule).map((p) => p.message);

describe('duplicate-id', () => {
  test('reports the second tactic with the first one as related', () => {
    const a = analyseObjects(baseStrategy(), [baseTactic({ id: 'a' }), baseTactic({ id: 'b' }), baseTactic({ id: 'a' })]);
    const p = a.problems.filter((x) => x.ruleId === 'duplicate-id');
    expect(p).toHaveLength(1);
    expect(p[0]!.at.path).toEqual(['tactics', 2, 'id']);
    expect(p[0]!.related[0]!.at.path).toEqual(['tactics', 0, 'id']);
    expect(p[0]!.message).toBe(duplicateIdMessage('Tactic', 'a', 'tactics.yaml'));
  });
  test('covers objectives, audiences across ideal and exclude, and guardrails', () => {
    const s = baseStrategy({
      objectives: [
        { id: 'grow', statement: 'x', horizon: 'long-term' },
        { id: 'grow', statement: 'y', horizon: 'annual' },
      ],
      exclude: [{ id: 'mid', industries: ['gov'], reason: 'r' }],
      guardrails: [
        { id: 'g', forbid: { channel: 'sms' }, reason: 'r' },
        { id: 'g', forbid: { channel: 'ads' }, reason: 'r' },
      ],
    });
    const a = analyseObjects(s, [baseTactic()]);
    expect(messages(a, 'duplicate-id').map((m) => m.split(' ')[0])).toEqual(['Objective', 'Audience', 'Guardrail']);
  });
  test('does not fire on distinct ids', () =>
    expect(idsOf(analyseObjects(baseStrategy(), [baseTactic({ id: 'a' }), baseTactic({ id: 'b' })]), 'duplicate-id')).toEqual([]));
});

describe('unknown-reference', () => {
  test('suggests the closest id for targets and supports, also on retired tactics', () => {
    const a = analyseObjects(baseStrategy(), [baseTactic({ targets: ['midd'], supports: ['growth'], status: 'retired' })]);
    expect(messages(a, 'unknown-reference')).toEqual([
      unknownReferenceMessage('t1', 'targets', 'midd', 'mid'),
      unknownReferenceMessage('t1', 'supports', 'growth', 'grow'),
    ]);
  });
  test('gives no suggestion when nothing is close', () => {
    const a = analyseObjects(baseStrategy(), [baseTactic({ supports: ['reduce-churn-everywhere'] })]);
    expect(messages(a, 'unknown-reference')).toEqual([unknownReferenceMessage('t1', 'supports', 'reduce-churn-everywhere', null)]);
  });
  test('accepts exclude ids as targets (excluded-market reports them)', () => {
    const s = baseStrategy({ exclude: [{ id: 'gov', industries: ['public-sector'], reason: 'slow' }] });
    expect(idsOf(analyseObjects(s, [baseTactic({ targets: ['gov'] })]), 'unknown-reference')).toEqual([]);
  });
});

describe('excluded-market and off-target', () => {
  const s = baseStrategy({
    ideal_customers: [{ id: 'dev', employees: '10-999', industries: ['software'] }],
    exclude: [
      { id: 'micro', employees: '<10', reason: 'Too small to pay' },
      { id: 'gov', industries: ['public-sector'], reason: 'Procurement we cannot serve' },
    ],
  });
  test('an inline audience inside an excluded band fires, with the reason', () => {
    const a = analyseObjects(s, [baseTactic({ targets: [{ employees: '1-5', industries: ['software'] }] })]);
    expect(messages(a, 'excluded-market')).toEqual([excludedMarketMessage('t1', '1–5 employees, software', a.playbook!.strategy.exclude[0]!)]);
    expect(messages(a, 'excluded-market')[0]).toContain('Too small to pay');
    expect(idsOf(a, 'off-target')).toEqual([]);
  });
  test('targeting an excluded id fires', () => expect(idsOf(analyseObjects(s, [baseTactic({ targets: ['gov'] })]), 'excluded-market')).toEqual(['t1']));
  test('an audience that shares no dimension with an exclusion is not in it', () => {
    // industries only vs employees only: no dimension in common, so not "inside" the micro exclusion.
    const a = analyseObjects(s, [baseTactic({ targets: [{ industries: ['software'] }] })]);
    expect(idsOf(a, 'excluded-market')).toEqual([]);
  });
  test('ideal customers that do not meet an exclusion do not fire', () =>
    expect(idsOf(analyseObjects(s, [baseTactic({ targets: ['dev'] })]), 'excluded-market')).toEqual([]));
  test('off-target fires on an inline audience outside every ideal customer', () => {
    const a = analyseObjects(s, [baseTactic({ targets: [{ segment: 'enterprise', industries: ['retail'] }] })]);
    expect(messages(a, 'off-target')).toEqual([offTargetMessage('t1', 'enterprise (1,000+ employees), retail', a.playbook!.strategy.ideal)]);
  });
  test('off-target gives the benefit of the doubt to audiences that share no dimension', () => {
    expect(idsOf(analyseObjects(s, [baseTactic({ targets: [{ regions: ['emea'] }] })]), 'off-target')).toEqual([]);
  });
  test('segments may be redefined by the config', () => {
    const bands = { smb: { min: 0, max: 49 }, 'mid-market': { min: 50, max: 999 }, enterprise: { min: 1000, max: Infinity } };
    const s2 = baseStrategy({ ideal_customers: [{ id: 'm', employees: '60-80' }] });
    expect(idsOf(analyseObjects(s2, [baseTactic({ targets: [{ segment: 'mid-market' }] })], { config: { bands } }), 'off-target')).toEqual([]);
    expect(idsOf(analyseObjects(s2, [baseTactic({ targets: [{ segment: 'smb' }] })], { config: { bands } }), 'off-target')).toEqual(['t1']);
  });
  test('a segment and employee range that do not meet are an input error', () => {
    const a = analyseObjects(baseStrategy({ ideal_customers: [{ id: 'x', segment: 'smb', employees: '5000+' }] }), [baseTactic()]);
    expect(a.errors[0]!.message).toMatch(/do not overlap/);
  });
});

describe('unexecuted-objective', () => {
  const s = baseStrategy({
    objectives: [
      { id: 'grow', statement: 'Grow', horizon: 'long-term' },
      { id: 'keep', statement: 'Keep churn low', horizon: 'annual' },
    ],
  });
  test('fires on an objective only retired tactics support', () => {
    const a = analyseObjects(s, [baseTactic(), baseTactic({ id: 't2', supports: ['keep'], status: 'retired' })]);
    expect(messages(a, 'unexecuted-objective')).toEqual([unexecutedObjectiveMessage('keep', 'Keep churn low')]);
  });
  test('planned and paused tactics carry an objective', () => {
    expect(idsOf(analyseObjects(s, [baseTactic(), baseTactic({ id: 't2', supports: ['keep'], status: 'paused' })]), 'unexecuted-objective')).toEqual([]);
  });
});

describe('stale-strategy', () => {
  test('fires when reviewed is older than review_every, naming the due date', () => {
    const a = analyseObjects(baseStrategy({ reviewed: '2026-01-31', review_every: 'monthly' }), [baseTactic()], { today: '2026-03-01' });
    expect(messages(a, 'stale-strategy')).toEqual([staleStrategyMessage('2026-01-31', { amount: 1, unit: 'm' }, '2026-02-28')]);
  });
  test('the due day itself is not late', () => {
    expect(
      idsOf(analyseObjects(baseStrategy({ reviewed: '2026-01-31', review_every: 'monthly' }), [baseTactic()], { today: '2026-02-28' }), 'stale-strategy'),
    ).toEqual([]);
  });
  test('defaults to 180 days and fires when reviewed is missing', () => {
    expect(idsOf(analyseObjects(baseStrategy({ reviewed: '2026-01-01' }), [baseTactic()], { today: '2026-06-30' }), 'stale-strategy')).toEqual([]);
    expect(idsOf(analyseObjects(baseStrategy({ reviewed: '2026-01-01' }), [baseTactic()], { today: '2026-07-01' }), 'stale-strategy')).toEqual(['-']);
    expect(messages(analyseObjects(baseStrategy({ reviewed: undefined }), [baseTactic()]), 'stale-strategy')[0]).toMatch(/no 'reviewed' date/);
  });
});

describe('strategy-clarity', () => {
  test('one finding per unanswered question', () => {
    const s = baseStrategy({
      ideal_customers: [],
      positioning: 'premium',
      value: { outcomes: [{ statement: 'Better operations' }] },
      objectives: [{ id: 'grow', statement: 'Grow', horizon: 'annual' }],
    });
    expect(messages(analyseObjects(s, [baseTactic({ targets: [] })]), 'strategy-clarity')).toEqual(
      (['who', 'outcome', 'why-us', 'where-to'] as const).map(strategyClarityMessage),
    );
  });
  test('a measure or a number answers the outcome question; strengths answer why-us', () => {
    const s = baseStrategy({ positioning: 'value', strengths: ['speed'], value: { outcomes: [{ statement: 'Faster closes', measure: 'days-to-close' }] } });
    expect(idsOf(analyseObjects(s, [baseTactic()]), 'strategy-clarity')).toEqual([]);
  });
});

describe('guardrail', () => {
  const s = baseStrategy({
    guardrails: [
      { id: 'no-sms', forbid: { channel: 'sms' }, reason: 'Buyers hate texts' },
      { id: 'no-gifts', forbid: { 'offer.gift': { exists: true } }, severity: 'warning', reason: 'Compliance' },
      { id: 'no-fear', forbid: { text: { phrase: ['breach'] } }, reason: 'No fear selling' },
    ],
  });
  test('fires per guardrail with its own severity, id and reason', () => {
    const a = analyseObjects(s, [
      baseTactic({ channel: 'sms' }),
      baseTactic({ id: 't2', offer: { gift: 'mug' } }),
      baseTactic({ id: 't3', messaging: 'You could suffer a breach.' }),
    ]);
    const g = a.problems.filter((p) => p.ruleId === 'guardrail');
    expect(g.map((p) => [p.tactic, p.guardrail, p.severity])).toEqual([
      ['t1', 'no-sms', 'error'],
      ['t2', 'no-gifts', 'warning'],
      ['t3', 'no-fear', 'error'],
    ]);
    expect(g[0]!.message).toBe(guardrailMessage('t1', 'no-sms', 'strategy.yaml', 'Buyers hate texts', null));
    expect(g[2]!.message).toBe(guardrailMessage('t3', 'no-fear', 'strategy.yaml', 'No fear selling', 'breach'));
  });
  test('does not fire on tactics that stay inside', () => {
    expect(idsOf(analyseObjects(s, [baseTactic({ channel: 'email', messaging: 'No breach scares.' })]), 'guardrail')).toEqual([]);
  });
  test('a mistake in a guardrail condition is an input error with a suggestion', () => {
    const a = analyseObjects(baseStrategy({ guardrails: [{ id: 'g', forbid: { chanel: 'sms' }, reason: 'r' }] }), [baseTactic()]);
    expect(a.errors.map((e) => [e.path, e.message])).toEqual([
      [['guardrails', 0, 'forbid', 'chanel'], "Guardrail 'g': Unknown tactic field 'chanel'. Did you mean 'channel'?"],
    ]);
  });
});

describe('waivers', () => {
  const s = baseStrategy({ positioning: 'premium' });
  const waive = (until?: string) => ({ rule: 'premium-vs-discount', reason: 'board approved', approved_by: 'CRO', ...(until ? { until } : {}) });
  test('an active waiver silences its rule on its tactic only', () => {
    const a = analyseObjects(s, [baseTactic({ offer: { discount: 20 }, waivers: [waive('2026-12-31')] }), baseTactic({ id: 't2', offer: { discount: 20 } })]);
    expect(idsOf(a, 'premium-vs-discount')).toEqual(['t2']);
    expect(idsOf(a, 'expired-waiver')).toEqual([]);
  });
  test('the until date is inclusive; after it the finding returns with expired-waiver', () => {
    expect(idsOf(analyseObjects(s, [baseTactic({ offer: { discount: 20 }, waivers: [waive('2026-11-01')] })]), 'premium-vs-discount')).toEqual([]);
    const a = analyseObjects(s, [baseTactic({ offer: { discount: 20 }, waivers: [waive('2026-10-31')] })]);
    expect(idsOf(a, 'premium-vs-discount')).toEqual(['t1']);
    const w = a.playbook!.tactics[0]!.waivers[0]!;
    expect(messages(a, 'expired-waiver')).toEqual([expiredWaiverMessage("tactic 't1'", w)]);
  });
  test('a waiver that silences nothing is unused-waiver, with a suggestion for a misspelt rule', () => {
    const a = analyseObjects(s, [baseTactic({ waivers: [{ rule: 'premium-vs-discont', reason: 'x' }] })]);
    expect(messages(a, 'unused-waiver')).toEqual([unusedWaiverMessage("tactic 't1'", a.playbook!.tactics[0]!.waivers[0]!, 'premium-vs-discount')]);
  });
  test('objectives take waivers too, and a guardrail can be waived by its id', () => {
    const s2 = baseStrategy({
      objectives: [{ id: 'grow', statement: 'Grow', horizon: 'long-term', waivers: [{ rule: 'unexecuted-objective', reason: 'new' }] }],
      guardrails: [{ id: 'no-sms', forbid: { channel: 'sms' }, reason: 'r' }],
    });
    const a = analyseObjects(s2, [baseTactic({ supports: undefined, channel: 'sms', waivers: [{ rule: 'no-sms', reason: 'pilot' }] })]);
    expect(idsOf(a, 'unexecuted-objective')).toEqual([]);
    expect(idsOf(a, 'guardrail')).toEqual([]);
    expect(idsOf(a, 'unused-waiver')).toEqual([]);
  });
});

describe('custom rules', () => {
  test('forbid with a strategy `when`, require, and the message', () => {
    const rules = {
      'no-cold-calls': {
        message: 'Cold calling undermines our motion',
        when: { motion: 'account-based' },
        tactic: { channel: 'phone' },
        forbid: { text: { phrase: ['cold call'] } },
      },
      'demo-needs-case': { severity: 'info' as const, message: 'Demos need a business case', tactic: { kind: 'demo' }, require: { traits: 'consultative' } },
    };
    const s = baseStrategy({ motion: 'account-based' });
    const a = analyseObjects(
      s,
      [
        baseTactic({ id: 'cold', channel: 'phone', description: 'Cold calls into treasury.' }),
        baseTactic({ id: 'warm', channel: 'phone', description: 'Warm intros only; we never cold call.' }),
        baseTactic({ id: 'demo', kind: 'demo' }),
        baseTactic({ id: 'case', kind: 'demo', description: 'Builds the business case.' }),
      ],
      { rules },
    );
    expect(idsOf(a, 'no-cold-calls')).toEqual(['cold']);
    expect(a.problems.find((p) => p.ruleId === 'no-cold-calls')!.message).toBe('Tactic \'cold\': Cold calling undermines our motion ("Cold calls").');
    expect(a.problems.filter((p) => p.ruleId === 'demo-needs-case').map((p) => [p.tactic, p.severity])).toEqual([['demo', 'info']]);
    expect(
      idsOf(analyseObjects(baseStrategy(), [baseTactic({ id: 'cold', channel: 'phone', description: 'Cold calls.' })], { rules }), 'no-cold-calls'),
    ).toEqual([]);
  });
});
