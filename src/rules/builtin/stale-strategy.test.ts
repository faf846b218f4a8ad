import { describe, test } from 'vitest';
import { RuleTester } from '../../index.js';
import * as rule from './stale-strategy.js';

new RuleTester({ describe, test }).run(rule, {
  valid: [
    { name: 'the due day itself', strategy: { reviewed: '2026-01-31', review_every: 'monthly' }, today: '2026-02-28' },
    { name: 'the last day of the default 180 days', strategy: { reviewed: '2026-01-01' }, today: '2026-06-30' },
  ],
  invalid: [
    {
      name: 'a review older than review_every, naming the due date',
      strategy: { reviewed: '2026-01-31', review_every: 'monthly' },
      today: '2026-03-01',
      errors: [
        {
          messageId: 'overdue',
          message: "The strategy was last reviewed on 2026-01-31 and fell due for review on 2026-02-28 (every 1 month). Reassess it and update 'reviewed'.",
          data: { reviewed: '2026-01-31', due: '2026-02-28', every: '1 month' },
          path: ['reviewed'],
          related: [['review_every']],
        },
      ],
    },
    { name: 'the day after the default 180 days', strategy: { reviewed: '2026-01-01' }, today: '2026-07-01', errors: [{ messageId: 'overdue', related: [] }] },
    {
      name: 'no reviewed date',
      strategy: { reviewed: undefined },
      errors: [
        {
          messageId: 'undated',
          message:
            "The strategy has no 'reviewed' date, so nobody can tell when it was last reassessed. Add 'reviewed: YYYY-MM-DD' (reviews are due every 180 days).",
          data: { every: '180 days' },
          path: ['name'],
        },
      ],
    },
  ],
});
