import { describe, test } from 'vitest';
import { RuleTester } from '../../index.js';
import * as rule from './targeted-vs-mass.js';

const blast = { id: 't1', description: 'Email blast to the entire database.' };
const enterprise = { ideal_customers: [{ id: 'ent', segment: 'enterprise' }] };

new RuleTester({ describe, test }).run(rule, {
  valid: [
    { name: 'a blast in a transactional motion aimed at mid-market', tactics: [blast] },
    { name: '"blast radius"', strategy: { motion: 'consultative' }, tactics: [{ name: 'Blast-radius workshop' }] },
  ],
  invalid: [
    {
      name: 'a blast in a consultative motion',
      strategy: { motion: 'consultative' },
      tactics: [blast],
      errors: [
        {
          messageId: 'motion',
          message: 'Tactic \'t1\' is untargeted, high-volume outreach ("Email blast"), which does not fit the consultative motion.',
          data: { tactic: 't1', phrase: 'Email blast', motion: 'consultative' },
        },
      ],
    },
    {
      name: 'a blast at an enterprise audience by id',
      strategy: enterprise,
      tactics: [{ ...blast, targets: ['ent'] }],
      errors: [
        {
          messageId: 'enterprise',
          message: "Tactic 't1' is untargeted, high-volume outreach (\"Email blast\"), which does not fit the enterprise audience 'ent' it targets.",
        },
      ],
    },
    {
      name: 'a blast at an inline enterprise-sized audience',
      strategy: enterprise,
      tactics: [{ ...blast, targets: [{ employees: '5000+' }] }],
      errors: [{ messageId: 'enterprise' }],
    },
  ],
});
