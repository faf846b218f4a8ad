import { ruleTester } from '../../../test/rules/tester.js';
import * as rule from './activity-metrics-only.js';

ruleTester(rule, {
  valid: [
    { name: 'an activity metric beside an outcome', tactics: [{ metrics: ['dials', 'win-rate'] }] },
    { name: 'a metric it cannot class', tactics: [{ metrics: ['api-calls'] }] },
    { name: 'activation rate', tactics: [{ metrics: ['dials', 'activation-rate'] }] },
  ],
  invalid: [
    {
      name: 'activity only, however it is spelt',
      tactics: [{ id: 't1', metrics: ['dials', 'Emails Sent', 'number-of-calls'] }],
      errors: [{ messageId: 'commonMetrics', data: { tactic: 't1', metrics: 'dials, Emails Sent, number-of-calls' } }],
    },
    {
      name: "activity only, suggesting the strategy's own metrics",
      strategy: { metrics: ['win-rate', 'nrr', 'pipeline', 'cac'] },
      tactics: [{ metrics: ['dials'] }],
      errors: [{ messageId: 'strategyMetrics', data: { tactic: 'q4-play', metrics: 'dials', outcomes: 'win-rate, nrr, pipeline' }, related: [['metrics']] }],
    },
  ],
});
