import { describe, test } from 'vitest';
import { RuleTester } from '../../index.js';
import * as rule from './unused-waiver.js';

new RuleTester({ describe, test }).run(rule, {
  valid: [
    {
      name: "a guardrail waived by its id, and an objective's waiver that silences its finding",
      strategy: {
        objectives: [{ id: 'grow', statement: 'Grow', horizon: 'long-term', waivers: [{ rule: 'unexecuted-objective', reason: 'new' }] }],
        guardrails: [{ id: 'no-sms', forbid: { channel: 'sms' }, reason: 'r' }],
      },
      tactics: [{ supports: undefined, channel: 'sms', waivers: [{ rule: 'no-sms', reason: 'pilot' }] }],
    },
  ],
  invalid: [
    {
      name: 'a waiver for a misspelt rule, with the closest id',
      strategy: { positioning: 'premium' },
      tactics: [{ id: 't1', waivers: [{ rule: 'premium-vs-discont', reason: 'x' }] }],
      errors: [
        {
          messageId: 'unused',
          message:
            "The waiver of 'premium-vs-discont' on tactic 't1' silences no finding and can be removed. ('premium-vs-discont' is not a rule id; did you mean 'premium-vs-discount'?)",
          data: { rule: 'premium-vs-discont', kind: 'tactic', item: 't1', suggestion: 'premium-vs-discount' },
        },
      ],
    },
  ],
});
