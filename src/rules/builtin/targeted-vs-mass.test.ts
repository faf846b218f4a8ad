import { ruleTester } from '../../../test/rules/tester.js';
import * as rule from './targeted-vs-mass.js';

const blast = { id: 't1', description: 'Email blast to the entire database.' };
const enterprise = { ideal_customers: [{ id: 'ent', segment: 'enterprise' }] };

ruleTester(rule, {
  valid: [
    { name: 'a blast in a transactional motion aimed at mid-market', tactics: [blast] },
    { name: '"blast radius"', strategy: { motion: 'consultative' }, tactics: [{ name: 'Blast-radius workshop' }] },
  ],
  invalid: [
    {
      name: 'a blast in a consultative motion',
      strategy: { motion: 'consultative' },
      tactics: [blast],
      errors: [{ messageId: 'motion', data: { tactic: 't1', phrase: 'Email blast', motion: 'consultative' } }],
    },
    { name: 'a blast at an enterprise audience by id', strategy: enterprise, tactics: [{ ...blast, targets: ['ent'] }], errors: [{ messageId: 'enterprise' }] },
    {
      name: 'a blast at an inline enterprise-sized audience',
      strategy: enterprise,
      tactics: [{ ...blast, targets: [{ employees: '5000+' }] }],
      errors: [{ messageId: 'enterprise' }],
    },
  ],
});
