import { ruleTester } from '../../../test/rules/tester.js';
import * as rule from './orphan-tactic.js';

ruleTester(rule, {
  valid: [
    { name: 'an unknown objective id (unknown-reference reports it)', tactics: [{ supports: ['nope'] }] },
    { name: 'a retired tactic without supports', tactics: [{ supports: undefined, status: 'retired' }] },
  ],
  invalid: [
    { name: 'a missing supports', tactics: [{ id: 't1', supports: undefined }], errors: [{ messageId: 'orphan', data: { tactic: 't1' }, related: [] }] },
    { name: 'an empty supports', tactics: [{ supports: [] }], errors: [{ messageId: 'orphan' }] },
  ],
});
