import { describe, expect, test } from 'vitest';
import { analyseObjects, baseStrategy, baseTactic } from '../../../test/helpers.js';
import { RuleTester } from '../../index.js';
import * as rule from './guardrail.js';

const strategy = {
  guardrails: [
    { id: 'no-sms', forbid: { channel: 'sms' }, reason: 'Buyers hate texts.' },
    { id: 'no-gifts', forbid: { 'offer.gift': { exists: true } }, severity: 'warning', reason: 'Compliance' },
    { id: 'no-fear', forbid: { text: { phrase: ['breach'] } }, reason: 'No fear selling' },
  ],
};

new RuleTester({ describe, test }).run(rule, {
  valid: [{ name: 'tactics that stay inside', strategy, tactics: [{ channel: 'email', messaging: 'No breach scares.' }] }],
  invalid: [
    {
      name: 'each guardrail with its own severity, id and reason, the guardrail as related',
      strategy,
      tactics: [
        { id: 't1', channel: 'sms' },
        { id: 't2', offer: { gift: 'mug' } },
        { id: 't3', messaging: 'You could suffer a breach.' },
      ],
      errors: [
        {
          messageId: 'breaks',
          message: "Tactic 't1' breaks the strategy's guardrail 'no-sms' (forbid: channel: sms): Buyers hate texts.",
          data: { tactic: 't1', guardrail: 'no-sms', reason: 'Buyers hate texts', phrase: '' },
          severity: 'error',
          related: [['guardrails', 0, 'id']],
        },
        { messageId: 'breaks', data: { tactic: 't2', guardrail: 'no-gifts', reason: 'Compliance', phrase: '' }, severity: 'warning' },
        { messageId: 'breaks', data: { tactic: 't3', guardrail: 'no-fear', reason: 'No fear selling', phrase: 'breach' }, severity: 'error' },
      ],
    },
  ],
});

test('a mistake in a guardrail condition is an input error at its place, with a suggestion', () => {
  const a = analyseObjects(baseStrategy({ guardrails: [{ id: 'g', forbid: { chanel: 'sms' }, reason: 'r' }] }), [baseTactic()]);
  expect(a.errors.map((e) => [e.path, e.message])).toEqual([
    [['guardrails', 0, 'forbid', 'chanel'], "Guardrail 'g': Unknown tactic field 'chanel'. Did you mean 'channel'?"],
  ]);
});
