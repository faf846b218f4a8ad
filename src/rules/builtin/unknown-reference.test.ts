import { describe, test } from 'vitest';
import { RuleTester } from '../../index.js';
import * as rule from './unknown-reference.js';

new RuleTester({ describe, test }).run(rule, {
  valid: [
    {
      name: 'an excluded audience as a target (excluded-market reports it)',
      strategy: { exclude: [{ id: 'gov', industries: ['public-sector'], reason: 'slow' }] },
      tactics: [{ targets: ['gov'] }],
    },
  ],
  invalid: [
    {
      name: 'misspelt targets and supports, with the closest id, also on a retired tactic',
      tactics: [{ id: 't1', targets: ['midd'], supports: ['growth'], status: 'retired' }],
      errors: [
        {
          messageId: 'targets',
          message: "Tactic 't1' targets 'midd', which is not an audience in the strategy (ideal_customers or exclude). Did you mean 'mid'?",
          data: { tactic: 't1', ref: 'midd', suggestion: 'mid' },
          evidence: 'midd',
        },
        {
          messageId: 'supports',
          message: "Tactic 't1' supports 'growth', which is not an objective in the strategy. Did you mean 'grow'?",
          data: { tactic: 't1', ref: 'growth', suggestion: 'grow' },
          path: ['tactics', 0, 'supports', 0],
        },
      ],
    },
    {
      name: 'an id with nothing close',
      tactics: [{ supports: ['reduce-churn-everywhere'] }],
      errors: [{ messageId: 'supports', data: { tactic: 'q4-play', ref: 'reduce-churn-everywhere', suggestion: '' } }],
    },
  ],
});
