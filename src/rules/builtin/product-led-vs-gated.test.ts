import { ruleTester } from '../../../test/rules/tester.js';
import * as rule from './product-led-vs-gated.js';

const pl = { motion: 'product-led' };

ruleTester(rule, {
  valid: [
    { name: 'public pricing', strategy: pl, tactics: [{ description: 'Public pricing; no need to talk to sales.' }] },
    { name: 'contact sales in a transactional motion', tactics: [{ description: 'Contact sales for pricing.' }] },
  ],
  invalid: [
    {
      name: 'pricing behind sales',
      strategy: pl,
      tactics: [{ id: 't1', description: 'Contact sales for pricing.' }],
      errors: [{ messageId: 'gated', data: { tactic: 't1', phrase: 'Contact sales' }, related: [['motion']] }],
    },
    { name: 'access behind a demo', strategy: pl, tactics: [{ description: 'Request a demo to get access.' }], errors: [{ messageId: 'gated' }] },
  ],
});
