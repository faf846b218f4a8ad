import { describe, test } from 'vitest';
import { RuleTester } from '../../index.js';
import * as rule from './consultative-fit.js';

const consultative = { motion: 'consultative' };

new RuleTester({ describe, test }).run(rule, {
  valid: [
    { name: 'a tailored demo', strategy: consultative, tactics: [{ kind: 'demo', description: 'Demo tailored to their operational challenges.' }] },
    { name: 'a demo for smb buyers', strategy: consultative, tactics: [{ kind: 'demo', targets: [{ segment: 'smb' }] }] },
    { name: 'a content tactic', strategy: consultative, tactics: [{ kind: 'content' }] },
    { name: 'a generic demo outside a consultative motion', tactics: [{ kind: 'demo' }] },
  ],
  invalid: [
    {
      name: 'a generic demo for mid-market buyers',
      strategy: consultative,
      tactics: [{ id: 't1', kind: 'demo', description: 'The standard tour.' }],
      errors: [
        {
          messageId: 'generic',
          message:
            "Tactic 't1' is a demo for mid-market or enterprise buyers with no sign of discovery or tailoring; in a consultative motion such buyers expect conversations tailored to their operational challenges.",
          data: { tactic: 't1', kind: 'a demo' },
          path: ['tactics', 0, 'id'],
        },
      ],
    },
    {
      name: 'a generic outreach sequence, with its kind in words',
      strategy: consultative,
      tactics: [{ kind: 'outreach-sequence' }],
      errors: [{ messageId: 'generic', data: { tactic: 'q4-play', kind: 'an outreach sequence' } }],
    },
  ],
});
