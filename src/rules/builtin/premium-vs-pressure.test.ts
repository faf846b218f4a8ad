import { describe, test } from 'vitest';
import { RuleTester } from '../../index.js';
import * as rule from './premium-vs-pressure.js';

const pressure = { id: 't1', messaging: 'Last chance: the offer ends Friday, act now!' };
const premium = { positioning: { tier: 'premium', differentiators: ['x'] } };

new RuleTester({ describe, test }).run(rule, {
  valid: [
    { name: 'pressure at a mainstream brand', tactics: [pressure] },
    {
      name: 'pressure in a premium consultative motion (consultative-vs-pressure reports it)',
      strategy: { ...premium, motion: 'consultative' },
      tactics: [pressure],
    },
  ],
  invalid: [
    {
      name: 'pressure at a premium brand with a transactional motion',
      strategy: premium,
      tactics: [pressure],
      errors: [
        {
          messageId: 'urgency',
          message: 'Tactic \'t1\' manufactures urgency ("Last chance"), a discount-brand cue that undercuts the premium positioning.',
          data: { tactic: 't1', phrase: 'Last chance' },
          related: [['positioning', 'tier']],
        },
      ],
    },
  ],
});
