import { ruleTester } from '../../../test/rules/tester.js';
import * as rule from './unused-waiver.js';

ruleTester(rule, {
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
      errors: [{ messageId: 'unused', data: { rule: 'premium-vs-discont', kind: 'tactic', item: 't1', suggestion: 'premium-vs-discount' } }],
    },
  ],
});
