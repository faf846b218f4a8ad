import { describe, test } from 'vitest';
import { RuleTester } from '../../index.js';
import * as rule from './unexecuted-objective.js';

const strategy = {
  objectives: [
    { id: 'grow', statement: 'Grow', horizon: 'long-term' },
    { id: 'keep', statement: 'Keep churn low', horizon: 'annual' },
  ],
};

new RuleTester({ describe, test }).run(rule, {
  valid: [
    { name: 'an objective a paused tactic carries', strategy, tactics: [{}, { id: 't2', supports: ['keep'], status: 'paused' }] },
    { name: 'an objective a planned tactic carries', strategy, tactics: [{}, { id: 't2', supports: ['keep'], status: 'planned' }] },
  ],
  invalid: [
    {
      name: 'an objective only retired tactics support, at its id',
      strategy,
      tactics: [{}, { id: 't2', supports: ['keep'], status: 'retired' }],
      errors: [
        {
          messageId: 'unexecuted',
          message:
            "Objective 'keep' (Keep churn low) has no active, planned or paused tactic supporting it: direction without execution. Add a tactic with 'keep' under 'supports'.",
          data: { objective: 'keep', statement: 'Keep churn low' },
          objective: 'keep',
          path: ['objectives', 1, 'id'],
        },
      ],
    },
  ],
});
