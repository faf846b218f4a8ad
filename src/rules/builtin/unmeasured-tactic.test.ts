import { describe, test } from 'vitest';
import { RuleTester } from '../../index.js';
import * as rule from './unmeasured-tactic.js';

new RuleTester({ describe, test }).run(rule, {
  valid: [{ name: 'any metric', tactics: [{ metrics: ['anything'] }] }],
  invalid: [
    {
      name: 'no metrics',
      tactics: [{ id: 't1', metrics: undefined }],
      errors: [
        {
          messageId: 'unmeasured',
          message: "Tactic 't1' has no metrics: tactics must be specific and measurable. Name how it is measured under 'metrics'.",
          data: { tactic: 't1' },
        },
      ],
    },
  ],
});
