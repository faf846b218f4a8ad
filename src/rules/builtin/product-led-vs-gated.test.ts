import { describe, test } from 'vitest';
import { RuleTester } from '../../index.js';
import * as rule from './product-led-vs-gated.js';

const pl = { motion: 'product-led' };

new RuleTester({ describe, test }).run(rule, {
  valid: [
    { name: 'public pricing', strategy: pl, tactics: [{ description: 'Public pricing; no need to talk to sales.' }] },
    { name: 'contact sales in a transactional motion', tactics: [{ description: 'Contact sales for pricing.' }] },
  ],
  invalid: [
    {
      name: 'pricing behind sales',
      strategy: pl,
      tactics: [{ id: 't1', description: 'Contact sales for pricing.' }],
      errors: [
        {
          messageId: 'gated',
          message:
            'Tactic \'t1\' holds value back behind sales ("Contact sales"), which contradicts the product-led motion: buyers should reach value on their own.',
          data: { tactic: 't1', phrase: 'Contact sales' },
          related: [['motion']],
        },
      ],
    },
    { name: 'access behind a demo', strategy: pl, tactics: [{ description: 'Request a demo to get access.' }], errors: [{ messageId: 'gated' }] },
  ],
});
