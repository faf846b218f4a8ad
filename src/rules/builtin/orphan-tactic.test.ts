import { describe, test } from 'vitest';
import { RuleTester } from '../../index.js';
import * as rule from './orphan-tactic.js';

new RuleTester({ describe, test }).run(rule, {
  valid: [
    { name: 'an unknown objective id (unknown-reference reports it)', tactics: [{ supports: ['nope'] }] },
    { name: 'a retired tactic without supports', tactics: [{ supports: undefined, status: 'retired' }] },
  ],
  invalid: [
    {
      name: 'a missing supports',
      tactics: [{ id: 't1', supports: undefined }],
      errors: [
        {
          messageId: 'orphan',
          message: "Tactic 't1' supports no objective: activity without direction. Add the objective ids it serves under 'supports'.",
          data: { tactic: 't1' },
          related: [],
        },
      ],
    },
    { name: 'an empty supports', tactics: [{ supports: [] }], errors: [{ messageId: 'orphan' }] },
  ],
});
