import { describe, test } from 'vitest';
import { RuleTester } from '../../index.js';
import * as rule from './consultative-vs-pressure.js';

const pressure = { id: 't1', messaging: 'Last chance: the offer ends Friday, act now!' };
const consultative = { motion: 'consultative' };

new RuleTester({ describe, test }).run(rule, {
  valid: [
    { name: 'pressure in a transactional motion', tactics: [pressure] },
    {
      name: 'a close plan with a close date',
      strategy: consultative,
      tactics: [{ description: 'Agree a mutual close plan; track the close date. No artificial deadlines.' }],
    },
    { name: 'a renewal date', strategy: consultative, tactics: [{ description: 'Reach out 60 days before the contract expires.' }] },
  ],
  invalid: [
    {
      name: 'pressure in a consultative motion, quoting it',
      strategy: consultative,
      tactics: [pressure],
      errors: [
        {
          messageId: 'pressure',
          message: 'Tactic \'t1\' uses high-pressure selling ("Last chance"), which breaks the trust the consultative motion relies on.',
          data: { tactic: 't1', phrase: 'Last chance', motion: 'consultative' },
          related: [['motion']],
        },
      ],
    },
    {
      name: 'pressure in an account-based motion among others',
      strategy: { motion: ['channel', 'account-based'] },
      tactics: [pressure],
      errors: [{ messageId: 'pressure', data: { tactic: 't1', phrase: 'Last chance', motion: 'account-based' } }],
    },
  ],
});
