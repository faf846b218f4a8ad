import { describe, expect, test } from 'vitest';
import { RuleTester } from '../../src/index.js';
import * as rule from '../../src/rules/builtin/premium-vs-discount.js';

/** The tests a RuleTester declares, by name, to run (or watch fail) here. */
function declared(cases: Parameters<RuleTester['run']>[1]): Map<string, () => void> {
  const tests = new Map<string, () => void>();
  new RuleTester({ describe: (_name, body) => body(), test: (name, body) => tests.set(name, body) }).run(rule, cases);
  return tests;
}

const premium = { positioning: { tier: 'premium', differentiators: ['x'] } };
const offers = (message: string) => ({
  name: 'an offer discount',
  strategy: premium,
  tactics: [{ id: 't1', offer: { discount: '25%' } }],
  errors: [{ messageId: 'offers', message }],
});
const written = "Tactic 't1' offers a 25% discount, which undermines the premium positioning: discount-driven selling tells buyers the price is negotiable.";

describe('the RuleTester checks messages against the text written in the case, not against the builder', () => {
  test('the text as written passes', () => {
    expect(() => declared({ valid: [], invalid: [offers(written)] }).get('reports an offer discount')!()).not.toThrow();
  });
  test('another text fails, whatever the builder says', () => {
    expect(() => declared({ valid: [], invalid: [offers(written.replace('25%', '20%'))] }).get('reports an offer discount')!()).toThrow(/20%/);
  });
  test('a message no case writes out fails the rule', () => {
    const tests = declared({ valid: [], invalid: [{ ...offers(written), errors: [{ messageId: 'offers' }] }] });
    expect(() => tests.get('every message is reported by an invalid case, and its text written out in one')!()).toThrow(
      /messages no invalid case reports|whose text/,
    );
  });
});
