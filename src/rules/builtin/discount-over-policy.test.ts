import { describe, test } from 'vitest';
import { RuleTester } from '../../index.js';
import * as rule from './discount-over-policy.js';

const strategy = { pricing: { max_discount: '10%' } };

new RuleTester({ describe, test }).run(rule, {
  valid: [
    { name: 'a discount at the limit', strategy, tactics: [{ offer: { discount: '10%' } }] },
    { name: 'a percentage with no discount phrase', strategy, tactics: [{ description: 'Raise win rate by 30%.' }] },
    { name: 'a negated discount with a percentage', strategy, tactics: [{ description: 'We never discount more than 10%, not even 20%.' }] },
    { name: 'any discount when the strategy sets no limit', tactics: [{ offer: { discount: '50%' } }] },
  ],
  invalid: [
    {
      name: 'an offer above the limit, with the limit',
      strategy,
      tactics: [{ id: 't1', offer: { discount: 0.25 } }],
      errors: [
        {
          messageId: 'over',
          message: "Tactic 't1' offers a 25% discount, above the 10% limit set in the strategy's pricing.max_discount.",
          data: { tactic: 't1', discount: 25, limit: 10 },
          related: [['pricing', 'max_discount']],
        },
      ],
    },
    {
      name: 'the largest percentage in the sentence of a discount phrase',
      strategy,
      tactics: [{ messaging: 'Cut 40% of planning time. Extra 15% discount and 5% cashback this week.' }],
      errors: [{ messageId: 'over', data: { tactic: 'q4-play', discount: 15, limit: 10 }, evidence: 'Extra 15%' }],
    },
  ],
});
