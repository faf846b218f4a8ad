import { describe, test } from 'vitest';
import { RuleTester } from '../../index.js';
import * as rule from './strategy-clarity.js';

new RuleTester({ describe, test }).run(rule, {
  valid: [
    {
      name: 'a measure answering the outcome question and strengths answering why-us',
      strategy: { positioning: 'value', strengths: ['speed'], value: { outcomes: [{ statement: 'Faster closes', measure: 'days-to-close' }] } },
    },
  ],
  invalid: [
    {
      name: 'one finding per unanswered question',
      strategy: {
        ideal_customers: [],
        positioning: 'premium',
        value: { outcomes: [{ statement: 'Better operations' }] },
        objectives: [{ id: 'grow', statement: 'Grow', horizon: 'annual' }],
      },
      tactics: [{ targets: [] }],
      errors: [
        {
          messageId: 'who',
          message: 'The strategy leaves a clarity question unanswered — Who do we serve? The strategy lists no ideal_customers.',
          path: ['ideal_customers'],
        },
        {
          messageId: 'outcome',
          message:
            'The strategy leaves a clarity question unanswered — What measurable outcome do we deliver? No value.outcomes entry has a number or a measure.',
          path: ['value'],
        },
        {
          messageId: 'whyUs',
          message:
            'The strategy leaves a clarity question unanswered — Why do customers choose us? The strategy has neither positioning.differentiators nor strengths.',
          path: ['positioning'],
        },
        {
          messageId: 'whereTo',
          message: "The strategy leaves a clarity question unanswered — Where are we going? No objective has 'horizon: long-term'.",
          path: ['objectives'],
        },
      ],
    },
  ],
});
