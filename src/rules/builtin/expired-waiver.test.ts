import { describe, test } from 'vitest';
import { RuleTester } from '../../index.js';
import * as rule from './expired-waiver.js';

const premium = { positioning: 'premium' };
const waive = (until: string) => ({ rule: 'premium-vs-discount', reason: 'board approved', approved_by: 'CRO', until });

new RuleTester({ describe, test }).run(rule, {
  valid: [{ name: 'a waiver on its until date (inclusive)', strategy: premium, tactics: [{ offer: { discount: 20 }, waivers: [waive('2026-11-01')] }] }],
  invalid: [
    {
      name: 'a waiver the day after its until date, at the date',
      strategy: premium,
      tactics: [{ id: 't1', offer: { discount: 20 }, waivers: [waive('2026-10-31')] }],
      errors: [
        {
          messageId: 'expired',
          message:
            "The waiver of 'premium-vs-discount' on tactic 't1', approved by CRO, expired on 2026-10-31, so its finding is reported again. Fix the tactic or renew the waiver with a new 'until' date.",
          data: { rule: 'premium-vs-discount', kind: 'tactic', item: 't1', approvedBy: 'CRO', until: '2026-10-31' },
          path: ['tactics', 0, 'waivers', 0, 'until'],
        },
      ],
    },
  ],
});
