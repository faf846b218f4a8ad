import { ruleTester } from '../../../test/rules/tester.js';
import * as rule from './unknown-reference.js';

ruleTester(rule, {
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
        { messageId: 'targets', data: { tactic: 't1', ref: 'midd', suggestion: 'mid' }, evidence: 'midd' },
        { messageId: 'supports', data: { tactic: 't1', ref: 'growth', suggestion: 'grow' }, path: ['tactics', 0, 'supports', 0] },
      ],
    },
    {
      name: 'an id with nothing close',
      tactics: [{ supports: ['reduce-churn-everywhere'] }],
      errors: [{ messageId: 'supports', data: { tactic: 'q4-play', ref: 'reduce-churn-everywhere', suggestion: '' } }],
    },
  ],
});
