import { describe, test } from 'vitest';
import { RuleTester } from '../../index.js';
import * as rule from './value-vs-white-glove.js';

const value = { positioning: 'value' };

new RuleTester({ describe, test }).run(rule, {
  valid: [
    { name: 'self-serve onboarding', strategy: value, tactics: [{ description: 'Self-serve onboarding videos.' }] },
    { name: 'a dedicated CSM at a mainstream brand', tactics: [{ description: 'Dedicated CSM.' }] },
  ],
  invalid: [
    {
      name: 'a dedicated CSM and on-site training',
      strategy: value,
      tactics: [{ id: 't1', description: 'Dedicated CSM and on-site training.' }],
      errors: [
        {
          messageId: 'costly',
          message:
            'Tactic \'t1\' promises costly high-touch service ("Dedicated CSM"), which a value positioning cannot pay for: low prices need a low cost to serve.',
          data: { tactic: 't1', phrase: 'Dedicated CSM' },
          related: [['positioning']],
        },
      ],
    },
    { name: 'white-glove onboarding', strategy: value, tactics: [{ description: 'White-glove onboarding.' }], errors: [{ messageId: 'costly' }] },
  ],
});
