import { describe, test } from 'vitest';
import { RuleTester } from '../../index.js';
import * as rule from './excluded-market.js';

const strategy = {
  ideal_customers: [{ id: 'dev', employees: '10-999', industries: ['software'] }],
  exclude: [
    { id: 'micro', employees: '<10', reason: 'Too small to pay' },
    { id: 'gov', industries: ['public-sector'], reason: 'Procurement we cannot serve' },
  ],
};

new RuleTester({ describe, test }).run(rule, {
  valid: [
    { name: 'an audience that shares no dimension with an exclusion', strategy, tactics: [{ targets: [{ industries: ['software'] }] }] },
    { name: 'an ideal customer that does not meet an exclusion', strategy, tactics: [{ targets: ['dev'] }] },
    { name: 'a retired tactic', strategy, tactics: [{ targets: ['gov'], status: 'retired' }] },
  ],
  invalid: [
    {
      name: 'an inline audience inside an excluded band, with the reason',
      strategy,
      tactics: [{ id: 't1', targets: [{ employees: '1-5', industries: ['software'] }] }],
      errors: [
        {
          messageId: 'excluded',
          message: "Tactic 't1' targets 1–5 employees, software, which falls in the excluded market 'micro' (under 10 employees): Too small to pay.",
          data: { tactic: 't1', target: '1–5 employees, software', excluded: "'micro' (under 10 employees)", reason: 'Too small to pay' },
          related: [['exclude', 0]],
        },
      ],
    },
    {
      name: 'an excluded id',
      strategy,
      tactics: [{ targets: ['gov'] }],
      errors: [
        { messageId: 'excluded', data: { tactic: 'q4-play', target: "'gov'", excluded: "'gov' (public-sector)", reason: 'Procurement we cannot serve' } },
      ],
    },
  ],
});
