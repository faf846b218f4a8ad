import { describe, expect, test } from 'vitest';
import {
  activityMetricsOnly,
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
} from '../../src/rules/recommended.js';
import { analyseObjects, baseStrategy, baseTactic, idsOf } from '../helpers.js';

const premium = (over: Record<string, unknown> = {}) => baseStrategy({ positioning: { tier: 'premium', differentiators: ['x'] }, ...over });

/** Runs one tactic against one strategy and returns the ids the rule reported. */
const fires = (rule: string, strategy: object, tactic: Record<string, unknown>) => idsOf(analyseObjects(strategy, [baseTactic(tactic)]), rule).length > 0;

describe('premium-vs-discount', () => {
  test.each([
    ['an offer discount', { offer: { discount: '25%' } }],
    ['discount words in messaging', { messaging: 'Use promo code Q4SAVE for 20% off.' }],
    ['an explicit trait', { traits: ['discount'] }],
    ['free months', { offer: { free_months: 2 } }],
    ['a pricing tactic above max_discount', { kind: 'pricing', offer: { discount: '30%' } }],
  ])('fires on %s', (_n, t) => expect(fires('premium-vs-discount', premium({ pricing: { max_discount: '10%' } }), t)).toBe(true));

  test.each([
    ['a negated discount', { description: 'Never discount; offer extended onboarding instead of a discount.' }],
    ['a bounded pricing concession', { kind: 'pricing', offer: { discount: '5%' } }],
    ['a bounded objection-handling concession', { kind: 'objection-handling', description: 'Concede at most a 5% discount on three-year terms.' }],
    ['a free trial', { description: 'A 14-day free trial.' }],
    ['a retired tactic', { status: 'retired', offer: { discount: '25%' } }],
  ])('does not fire on %s', (_n, t) => expect(fires('premium-vs-discount', premium({ pricing: { max_discount: '10%' } }), t)).toBe(false));

  test('without max_discount the pricing exception never applies', () => {
    expect(fires('premium-vs-discount', premium(), { kind: 'pricing', offer: { discount: '5%' } })).toBe(true);
  });
  test('does not fire for a mainstream brand', () => {
    expect(fires('premium-vs-discount', baseStrategy(), { offer: { discount: '25%' } })).toBe(false);
  });
  test('message comes from the builder and names the discount', () => {
    const a = analyseObjects(premium(), [baseTactic({ id: 'q4', offer: { discount: '25%' } })]);
    const p = a.problems.find((x) => x.ruleId === 'premium-vs-discount')!;
    const tactic = a.playbook!.tactics[0]!;
    expect(p.message).toBe(premiumVsDiscount.message({ tactic, evidence: p.evidence, strategy: a.playbook!.strategy, where: () => 'strategy.yaml' }));
    expect(p.message).toContain("Tactic 'q4' offers a 25% discount, which undermines the premium positioning");
    expect(p.related.map((r) => r.at.path)).toEqual([['positioning', 'tier']]);
  });
});

describe('discount-over-policy', () => {
  const s = baseStrategy({ pricing: { max_discount: '10%' } });
  test('fires on an offer above the limit, with the limit in the message', () => {
    const a = analyseObjects(s, [baseTactic({ offer: { discount: 0.25 } })]);
    const p = a.problems.find((x) => x.ruleId === 'discount-over-policy')!;
    expect(p.message).toBe(
      discountOverPolicy.message({ tactic: a.playbook!.tactics[0]!, evidence: p.evidence, strategy: a.playbook!.strategy, where: () => 'strategy.yaml' }),
    );
    expect(p.message).toMatch(/25% discount, above the 10% limit/);
  });
  test('reads the largest percentage in the sentence of a discount phrase', () => {
    const a = analyseObjects(s, [baseTactic({ messaging: 'Cut 40% of planning time. Extra 15% discount and 5% cashback this week.' })]);
    const p = a.problems.find((x) => x.ruleId === 'discount-over-policy')!;
    expect(a.playbook!.tactics[0]!.discount?.percent).toBe(15);
    expect(p.evidence?.text).toContain('15%');
  });
  test.each([
    ['a discount at the limit', { offer: { discount: '10%' } }],
    ['a percentage with no discount phrase', { description: 'Raise win rate by 30%.' }],
    ['a negated discount with a percentage', { description: 'We never discount more than 10%, not even 20%.' }],
  ])('does not fire on %s', (_n, t) => expect(fires('discount-over-policy', s, t)).toBe(false));
  test('does not fire without max_discount', () => expect(fires('discount-over-policy', baseStrategy(), { offer: { discount: '50%' } })).toBe(false));
});

describe('consultative-vs-pressure and premium-vs-pressure', () => {
  const pressure = { messaging: 'Last chance: the offer ends Friday, act now!' };
  test('consultative and account-based motions reject pressure', () => {
    expect(fires('consultative-vs-pressure', baseStrategy({ motion: 'consultative' }), pressure)).toBe(true);
    expect(fires('consultative-vs-pressure', baseStrategy({ motion: ['channel', 'account-based'] }), pressure)).toBe(true);
  });
  test('a transactional motion does not', () => expect(fires('consultative-vs-pressure', baseStrategy(), pressure)).toBe(false));
  test('pressure words in a look-alike or negation do not count', () => {
    const s = baseStrategy({ motion: 'consultative' });
    expect(fires('consultative-vs-pressure', s, { description: 'Agree a mutual close plan; track the close date. No artificial deadlines.' })).toBe(false);
    expect(fires('consultative-vs-pressure', s, { description: 'Reach out 60 days before the contract expires.' })).toBe(false);
  });
  test('premium with a transactional motion warns; premium with a consultative motion leaves it to the error rule', () => {
    expect(fires('premium-vs-pressure', premium(), pressure)).toBe(true);
    expect(fires('premium-vs-pressure', premium({ motion: 'consultative' }), pressure)).toBe(false);
    expect(fires('premium-vs-pressure', baseStrategy(), pressure)).toBe(false);
  });
  test('messages come from the builders', () => {
    for (const [rule, s] of [
      [consultativeVsPressure, baseStrategy({ motion: 'consultative' })],
      [premiumVsPressure, premium()],
    ] as const) {
      const a = analyseObjects(s, [baseTactic(pressure)]);
      const p = a.problems.find((x) => x.ruleId === rule.id)!;
      expect(p.message).toBe(
        rule.message({ tactic: a.playbook!.tactics[0]!, evidence: p.evidence, strategy: a.playbook!.strategy, where: () => 'strategy.yaml' }),
      );
      expect(p.evidence?.text).toBe('Last chance');
    }
  });
});

describe('targeted-vs-mass', () => {
  const blast = { description: 'Email blast to the entire database.' };
  test('fires for a consultative motion', () => expect(fires('targeted-vs-mass', baseStrategy({ motion: 'consultative' }), blast)).toBe(true));
  test('fires for an enterprise audience in any motion', () => {
    const s = baseStrategy({ ideal_customers: [{ id: 'ent', segment: 'enterprise' }] });
    expect(fires('targeted-vs-mass', s, { ...blast, targets: ['ent'] })).toBe(true);
    expect(fires('targeted-vs-mass', s, { ...blast, targets: [{ employees: '5000+' }] })).toBe(true);
  });
  test('does not fire for a transactional motion aimed at mid-market', () => expect(fires('targeted-vs-mass', baseStrategy(), blast)).toBe(false));
  test('does not fire on "blast radius"', () =>
    expect(fires('targeted-vs-mass', baseStrategy({ motion: 'consultative' }), { name: 'Blast-radius workshop' })).toBe(false));
  test('message comes from the builder', () => {
    const a = analyseObjects(baseStrategy({ motion: 'consultative' }), [baseTactic(blast)]);
    const p = a.problems.find((x) => x.ruleId === 'targeted-vs-mass')!;
    expect(p.message).toBe(
      targetedVsMass.message({ tactic: a.playbook!.tactics[0]!, evidence: p.evidence, strategy: a.playbook!.strategy, where: () => 'strategy.yaml' }),
    );
  });
});

describe('value-vs-white-glove and product-led-vs-gated', () => {
  test('value positioning rejects white-glove service', () => {
    const s = baseStrategy({ positioning: 'value' });
    expect(fires('value-vs-white-glove', s, { description: 'Dedicated CSM and on-site training.' })).toBe(true);
    expect(fires('value-vs-white-glove', s, { description: 'Self-serve onboarding videos.' })).toBe(false);
    expect(fires('value-vs-white-glove', baseStrategy(), { description: 'Dedicated CSM.' })).toBe(false);
  });
  test('product-led motion rejects gating', () => {
    const s = baseStrategy({ motion: 'product-led' });
    expect(fires('product-led-vs-gated', s, { description: 'Contact sales for pricing.' })).toBe(true);
    expect(fires('product-led-vs-gated', s, { description: 'Public pricing; no need to talk to sales.' })).toBe(false);
    expect(fires('product-led-vs-gated', baseStrategy(), { description: 'Contact sales for pricing.' })).toBe(false);
  });
  test('messages come from the builders', () => {
    for (const [rule, s, t] of [
      [valueVsWhiteGlove, baseStrategy({ positioning: 'value' }), { description: 'White-glove onboarding.' }],
      [productLedVsGated, baseStrategy({ motion: 'product-led' }), { description: 'Request a demo to get access.' }],
    ] as const) {
      const a = analyseObjects(s, [baseTactic(t)]);
      const p = a.problems.find((x) => x.ruleId === rule.id)!;
      expect(p.message).toBe(
        rule.message({ tactic: a.playbook!.tactics[0]!, evidence: p.evidence, strategy: a.playbook!.strategy, where: () => 'strategy.yaml' }),
      );
    }
  });
});

describe('consultative-fit', () => {
  const s = baseStrategy({ motion: 'consultative' });
  test('fires on a generic demo for mid-market buyers', () =>
    expect(fires('consultative-fit', s, { kind: 'demo', description: 'The standard tour.' })).toBe(true));
  test.each([
    ['a tailored demo', { kind: 'demo', description: 'Demo tailored to their operational challenges.' }],
    ['an smb audience', { kind: 'demo', targets: [{ segment: 'smb' }] }],
    ['a content tactic', { kind: 'content' }],
  ])('does not fire on %s', (_n, t) => expect(fires('consultative-fit', s, t)).toBe(false));
  test('does not fire outside a consultative motion', () => expect(fires('consultative-fit', baseStrategy(), { kind: 'demo' })).toBe(false));
  test('message comes from the builder', () => {
    const a = analyseObjects(s, [baseTactic({ kind: 'outreach-sequence' })]);
    const p = a.problems.find((x) => x.ruleId === 'consultative-fit')!;
    expect(p.message).toBe(consultativeFit.message({ tactic: a.playbook!.tactics[0]!, strategy: a.playbook!.strategy, where: () => 'strategy.yaml' }));
    expect(p.message).toContain('is an outreach sequence for');
  });
});

describe('orphan-tactic, unmeasured-tactic, activity-metrics-only', () => {
  test('orphan-tactic fires on a missing or empty supports, not on an unknown id', () => {
    expect(fires('orphan-tactic', baseStrategy(), { supports: undefined })).toBe(true);
    expect(fires('orphan-tactic', baseStrategy(), { supports: [] })).toBe(true);
    expect(fires('orphan-tactic', baseStrategy(), { supports: ['nope'] })).toBe(false);
    expect(fires('orphan-tactic', baseStrategy(), { supports: undefined, status: 'retired' })).toBe(false);
  });
  test('unmeasured-tactic fires without metrics', () => {
    expect(fires('unmeasured-tactic', baseStrategy(), { metrics: undefined })).toBe(true);
    expect(fires('unmeasured-tactic', baseStrategy(), { metrics: ['anything'] })).toBe(false);
  });
  test('activity-metrics-only fires when every metric is activity, tolerant of spelling', () => {
    expect(fires('activity-metrics-only', baseStrategy(), { metrics: ['dials', 'Emails Sent', 'number-of-calls'] })).toBe(true);
    expect(fires('activity-metrics-only', baseStrategy(), { metrics: ['dials', 'win-rate'] })).toBe(false);
    expect(fires('activity-metrics-only', baseStrategy(), { metrics: ['api-calls'] })).toBe(false);
    expect(fires('activity-metrics-only', baseStrategy(), { metrics: ['dials', 'activation-rate'] })).toBe(false);
  });
  test('messages come from the builders', () => {
    for (const [rule, t] of [
      [orphanTactic, { supports: undefined }],
      [unmeasuredTactic, { metrics: undefined }],
      [activityMetricsOnly, { metrics: ['dials'] }],
    ] as const) {
      const a = analyseObjects(baseStrategy({ metrics: ['win-rate'] }), [baseTactic(t)]);
      const p = a.problems.find((x) => x.ruleId === rule.id)!;
      expect(p.message).toBe(
        rule.message({ tactic: a.playbook!.tactics[0]!, evidence: p.evidence, strategy: a.playbook!.strategy, where: () => 'strategy.yaml' }),
      );
    }
  });
});
