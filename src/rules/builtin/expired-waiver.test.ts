import { ruleTester } from '../../../test/rules/tester.js';
import * as rule from './expired-waiver.js';

const premium = { positioning: 'premium' };
const waive = (until: string) => ({ rule: 'premium-vs-discount', reason: 'board approved', approved_by: 'CRO', until });

ruleTester(rule, {
  valid: [{ name: 'a waiver on its until date (inclusive)', strategy: premium, tactics: [{ offer: { discount: 20 }, waivers: [waive('2026-11-01')] }] }],
  invalid: [
    {
      name: 'a waiver the day after its until date, at the date',
      strategy: premium,
      tactics: [{ id: 't1', offer: { discount: 20 }, waivers: [waive('2026-10-31')] }],
      errors: [
        {
          messageId: 'expired',
          data: { rule: 'premium-vs-discount', kind: 'tactic', item: 't1', approvedBy: 'CRO', until: '2026-10-31' },
          path: ['tactics', 0, 'waivers', 0, 'until'],
        },
      ],
    },
  ],
});
