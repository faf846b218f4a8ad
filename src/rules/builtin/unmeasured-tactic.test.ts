import { ruleTester } from '../../../test/rules/tester.js';
import * as rule from './unmeasured-tactic.js';

ruleTester(rule, {
  valid: [{ name: 'any metric', tactics: [{ metrics: ['anything'] }] }],
  invalid: [{ name: 'no metrics', tactics: [{ id: 't1', metrics: undefined }], errors: [{ messageId: 'unmeasured', data: { tactic: 't1' } }] }],
});
