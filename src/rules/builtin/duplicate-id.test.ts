import { describe, test } from 'vitest';
import { RuleTester } from '../../index.js';
import * as rule from './duplicate-id.js';

new RuleTester({ describe, test }).run(rule, {
  valid: [{ name: 'distinct ids', tactics: [{ id: 'a' }, { id: 'b' }] }],
  invalid: [
    {
      name: 'a repeated tactic id, at the second one, with the first as related',
      tactics: [{ id: 'a' }, { id: 'b' }, { id: 'a' }],
      errors: [
        {
          messageId: 'duplicate',
          message: "Tactic id 'a' is used more than once. Give each tactic its own id.",
          data: { kind: 'Tactic', id: 'a' },
          tactic: 'a',
          path: ['tactics', 2, 'id'],
          related: [['tactics', 0, 'id']],
        },
      ],
    },
    {
      name: 'objectives, audiences across ideal and exclude, and guardrails',
      strategy: {
        objectives: [
          { id: 'grow', statement: 'x', horizon: 'long-term' },
          { id: 'grow', statement: 'y', horizon: 'annual' },
        ],
        exclude: [{ id: 'mid', industries: ['gov'], reason: 'r' }],
        guardrails: [
          { id: 'g', forbid: { channel: 'sms' }, reason: 'r' },
          { id: 'g', forbid: { channel: 'ads' }, reason: 'r' },
        ],
      },
      errors: [
        { messageId: 'duplicate', data: { kind: 'Objective', id: 'grow' }, objective: 'grow' },
        { messageId: 'duplicate', data: { kind: 'Audience', id: 'mid' } },
        { messageId: 'duplicate', data: { kind: 'Guardrail', id: 'g' } },
      ],
    },
  ],
});
