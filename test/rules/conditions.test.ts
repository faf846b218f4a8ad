import { describe, expect, test } from 'vitest';
import { compileCondition } from '../../src/rules/conditions.js';
import type { Field, Subject } from '../../src/rules/subject.js';

/** A subject over plain values: each path maps to a list (or one value). */
function subject(fields: Record<string, unknown>, percent: string[] = []): Subject {
  return {
    get(path: string): Field {
      const raw = fields[path];
      const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
      const at = { file: 'x.yaml', path: [path] };
      return {
        at: list.length ? at : undefined,
        percent: percent.includes(path),
        values: list.map((v, i) => ({ value: v as string, evidence: { text: String(v), at: { file: 'x.yaml', path: [path, i] } } })),
      };
    },
  };
}

const strategy = subject({ 'pricing.max_discount': 10, motion: ['consultative'], 'positioning.tier': 'premium' }, ['pricing.max_discount']);
const holds = (cond: unknown, fields: Record<string, unknown>, scope: 'tactic' | 'strategy' = 'tactic') => {
  const c = compileCondition(cond, scope, []);
  if (!c.condition) throw new Error(c.errors.map((e) => e.message).join('; '));
  return c.condition.test({ subject: scope === 'strategy' ? strategy : subject(fields, ['discount', 'offer.discount']), strategy }) !== null;
};

describe('matchers', () => {
  const t = {
    channel: 'phone',
    kind: 'demo',
    traits: ['discount', 'pressure'],
    'offer.discount': 25,
    text: ['Cold calls into treasury', 'We never cold call'],
  };
  test.each([
    [{ channel: 'phone' }, true],
    [{ channel: 'Phone ' }, true],
    [{ channel: 'email' }, false],
    [{ traits: 'pressure' }, true],
    [{ traits: 'mass' }, false],
    [{ channel: ['email', 'phone'] }, true],
    [{ channel: { in: ['sms', 'ads'] } }, false],
    [{ channel: { not: 'email' } }, true],
    [{ channel: { not: ['phone'] } }, false],
    [{ traits: { includes: 'discount' } }, true],
    [{ traits: { includes_any: ['mass', 'discount'] } }, true],
    [{ traits: { includes_all: ['discount', 'pressure'] } }, true],
    [{ traits: { includes_all: ['discount', 'mass'] } }, false],
    [{ 'offer.gift': { exists: false } }, true],
    [{ 'offer.gift': { exists: true } }, false],
    [{ channel: { exists: true } }, true],
    [{ 'offer.discount': { gt: '20%' } }, true],
    [{ 'offer.discount': { gt: 0.3 } }, false],
    [{ 'offer.discount': { lte: 25 } }, true],
    [{ 'offer.discount': { gte: 26 } }, false],
    [{ 'offer.discount': { gt: { strategy: 'pricing.max_discount' } } }, true],
    [{ 'offer.discount': { lt: { strategy: 'pricing.max_discount' } } }, false],
    [{ text: { matches: 'treasur(y|ies)' } }, true],
    [{ text: { matches: '^warm' } }, false],
    [{ text: { phrase: ['cold call'] } }, true],
    [{ text: { phrase: ['dialing blitz'] } }, false],
    [{ channel: 'phone', kind: 'demo' }, true],
    [{ channel: 'phone', kind: 'pricing' }, false],
    [{ any: [{ kind: 'pricing' }, { channel: 'phone' }] }, true],
    [{ all: [{ kind: 'pricing' }, { channel: 'phone' }] }, false],
    [{ not: { kind: 'pricing' } }, true],
    [{ 'strategy.motion': 'consultative' }, true],
    [{ 'strategy.positioning.tier': 'value' }, false],
    [{ 'offer.discount': { gt: 10, lt: 30 } }, true],
    [{ 'offer.discount': { gt: 10, lt: 20 } }, false],
  ])('%j → %s', (cond, expected) => expect(holds(cond, t)).toBe(expected));

  test('a phrase matcher is negation-aware', () => {
    expect(holds({ text: { phrase: ['cold call'] } }, { text: ['Warm intros. We never cold call.'] })).toBe(false);
  });
  test('a missing strategy value makes a comparison false', () => {
    const none = subject({});
    const c = compileCondition({ discount: { lte: { strategy: 'pricing.max_discount' } } }, 'tactic', []).condition!;
    expect(c.test({ subject: subject({ discount: 5 }, ['discount']), strategy: none })).toBeNull();
  });
  test('strategy scope reads strategy fields', () =>
    expect(holds({ motion: ['consultative', 'account-based'], 'positioning.tier': 'premium' }, {}, 'strategy')).toBe(true));
  test('evidence points at the value that matched', () => {
    const c = compileCondition({ traits: 'pressure' }, 'tactic', []).condition!;
    expect(c.test({ subject: subject({ traits: ['discount', 'pressure'] }), strategy })!.evidence).toEqual([
      { text: 'pressure', at: { file: 'x.yaml', path: ['traits', 1] } },
    ]);
  });
});

describe('mistakes in conditions are reported with their place and a suggestion', () => {
  test.each([
    [{ chanel: 'phone' }, ['chanel'], "Unknown tactic field 'chanel'. Did you mean 'channel'?"],
    [{ channel: { inn: ['phone'] } }, ['channel', 'inn'], "Unknown operator 'inn'. Did you mean 'in'?"],
    [{ 'strategy.motions': 'x' }, ['strategy.motions'], "Unknown strategy field 'motions'. Did you mean 'motion'?"],
    [{ text: { matches: '(' } }, ['text', 'matches'], 'Invalid regular expression'],
    [{ 'offer.discount': { gt: 'lots' } }, ['offer.discount', 'gt'], 'Expected a percentage'],
    [{ all: [] }, ['all'], "'all' takes a non-empty list"],
    [{ channel: { exists: 'yes' } }, ['channel', 'exists'], "'exists' takes true or false"],
    ['phone', [], 'A condition is a mapping'],
    [{}, [], 'at least one entry'],
  ])('%j', (cond, path, message) => {
    const r = compileCondition(cond, 'tactic', []);
    expect(r.condition).toBeUndefined();
    expect(r.errors[0]!.path).toEqual(path);
    expect(r.errors[0]!.message).toContain(message);
  });
  test('strategy conditions only know strategy fields', () => {
    expect(compileCondition({ channel: 'phone' }, 'strategy', ['when']).errors[0]!.message).toContain("Unknown strategy field 'channel'");
  });
});
