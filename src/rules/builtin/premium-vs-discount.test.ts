import { describe, test } from 'vitest';
import { RuleTester } from '../../index.js';
import * as rule from './premium-vs-discount.js';

const premium = { positioning: { tier: 'premium', differentiators: ['x'] }, pricing: { max_discount: '10%' } };
const t = (over: Record<string, unknown>) => ({ id: 't1', ...over });

new RuleTester({ describe, test }).run(rule, {
  valid: [
    { name: 'a negated discount', strategy: premium, tactics: [t({ description: 'Never discount; offer extended onboarding instead of a discount.' })] },
    { name: 'a bounded pricing concession', strategy: premium, tactics: [t({ kind: 'pricing', offer: { discount: '5%' } })] },
    {
      name: 'a bounded objection-handling concession',
      strategy: premium,
      tactics: [t({ kind: 'objection-handling', description: 'Concede at most a 5% discount on three-year terms.' })],
    },
    { name: 'a free trial', strategy: premium, tactics: [t({ description: 'A 14-day free trial.' })] },
    { name: 'a retired tactic', strategy: premium, tactics: [t({ status: 'retired', offer: { discount: '25%' } })] },
    { name: 'a discount at a mainstream brand', tactics: [t({ offer: { discount: '25%' } })] },
  ],
  invalid: [
    {
      name: 'an offer discount, naming it, with the positioning as the related clause',
      strategy: premium,
      tactics: [t({ offer: { discount: '25%' } })],
      errors: [
        {
          messageId: 'offers',
          message: "Tactic 't1' offers a 25% discount, which undermines the premium positioning: discount-driven selling tells buyers the price is negotiable.",
          data: { tactic: 't1', discount: 25 },
          related: [['positioning', 'tier']],
        },
      ],
    },
    {
      name: 'a percentage off in messaging, naming it',
      strategy: premium,
      tactics: [t({ messaging: 'Use promo code Q4SAVE for 20% off.' })],
      errors: [{ messageId: 'offers', data: { tactic: 't1', discount: 20 } }],
    },
    {
      name: 'discount words without a percentage, quoting them',
      strategy: premium,
      tactics: [t({ messaging: 'Members get a special discount on renewals.' })],
      errors: [
        {
          messageId: 'signals',
          message:
            'Tactic \'t1\' signals discounting ("discount"), which undermines the premium positioning: discount-driven selling tells buyers the price is negotiable.',
          data: { tactic: 't1', phrase: 'discount' },
        },
      ],
    },
    { name: 'an explicit trait', strategy: premium, tactics: [t({ traits: ['discount'] })], errors: [{ messageId: 'signals' }] },
    { name: 'free months', strategy: premium, tactics: [t({ offer: { free_months: 2 } })], errors: [{ messageId: 'signals' }] },
    {
      name: 'a pricing tactic above max_discount',
      strategy: premium,
      tactics: [t({ kind: 'pricing', offer: { discount: '30%' } })],
      errors: [{ messageId: 'offers' }],
    },
    {
      name: 'a pricing concession when the strategy sets no max_discount',
      strategy: { positioning: 'premium' },
      tactics: [t({ kind: 'pricing', offer: { discount: '5%' } })],
      errors: [{ messageId: 'offers' }],
    },
  ],
});
