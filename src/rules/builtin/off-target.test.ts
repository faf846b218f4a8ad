import { describe, test } from 'vitest';
import { RuleTester } from '../../index.js';
import * as rule from './off-target.js';

const strategy = {
  ideal_customers: [{ id: 'dev', employees: '10-999', industries: ['software'] }],
  exclude: [{ id: 'micro', employees: '<10', reason: 'Too small to pay' }],
};
const bands = { smb: { min: 0, max: 49 }, 'mid-market': { min: 50, max: 999 }, enterprise: { min: 1000, max: Infinity } };
const sixtyToEighty = { ideal_customers: [{ id: 'm', employees: '60-80' }] };

new RuleTester({ describe, test }).run(rule, {
  valid: [
    { name: 'an audience that shares no dimension with the ideal customers', strategy, tactics: [{ targets: [{ regions: ['emea'] }] }] },
    {
      name: 'an audience in an excluded market (excluded-market reports it)',
      strategy,
      tactics: [{ targets: [{ employees: '1-5', industries: ['software'] }] }],
    },
    { name: 'a segment the config redefines to overlap', strategy: sixtyToEighty, config: { bands }, tactics: [{ targets: [{ segment: 'mid-market' }] }] },
  ],
  invalid: [
    {
      name: 'an inline audience outside every ideal customer',
      strategy,
      tactics: [{ id: 't1', targets: [{ segment: 'enterprise', industries: ['retail'] }] }],
      errors: [
        {
          messageId: 'offTarget',
          message:
            "Tactic 't1' targets enterprise (1,000+ employees), retail, which matches none of the strategy's ideal customers ('dev' (10–999 employees, software)).",
          data: { tactic: 't1', target: 'enterprise (1,000+ employees), retail', ideal: "'dev' (10–999 employees, software)" },
          related: [['ideal_customers']],
        },
      ],
    },
    {
      name: 'a segment the config redefines not to overlap',
      strategy: sixtyToEighty,
      config: { bands },
      tactics: [{ targets: [{ segment: 'smb' }] }],
      errors: [{ messageId: 'offTarget' }],
    },
  ],
});
