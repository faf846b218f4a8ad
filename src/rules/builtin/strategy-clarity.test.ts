import { ruleTester } from '../../../test/rules/tester.js';
import * as rule from './strategy-clarity.js';

ruleTester(rule, {
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
        { messageId: 'who', path: ['ideal_customers'] },
        { messageId: 'outcome', path: ['value'] },
        { messageId: 'whyUs', path: ['positioning'] },
        { messageId: 'whereTo', path: ['objectives'] },
      ],
    },
  ],
});
