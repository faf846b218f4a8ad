import { describe, test } from 'vitest';
import { RuleTester } from '../../index.js';
import * as rule from './activity-metrics-only.js';

new RuleTester({ describe, test }).run(rule, {
  valid: [
    { name: 'an activity metric beside an outcome', tactics: [{ metrics: ['dials', 'win-rate'] }] },
    { name: 'a metric it cannot class', tactics: [{ metrics: ['api-calls'] }] },
    { name: 'activation rate', tactics: [{ metrics: ['dials', 'activation-rate'] }] },
  ],
  invalid: [
    {
      name: 'activity only, however it is spelt',
      tactics: [{ id: 't1', metrics: ['dials', 'Emails Sent', 'number-of-calls'] }],
      errors: [
        {
          messageId: 'commonMetrics',
          message:
            "Tactic 't1' is measured only by activity (dials, Emails Sent, number-of-calls): volume of touches is not impact. Add an outcome metric such as qualified-opportunities or win-rate.",
          data: { tactic: 't1', metrics: 'dials, Emails Sent, number-of-calls' },
        },
      ],
    },
    {
      name: "activity only, suggesting the strategy's own metrics",
      strategy: { metrics: ['win-rate', 'nrr', 'pipeline', 'cac'] },
      tactics: [{ metrics: ['dials'] }],
      errors: [
        {
          messageId: 'strategyMetrics',
          message:
            "Tactic 'q4-play' is measured only by activity (dials): volume of touches is not impact. Add an outcome metric such as the strategy's win-rate, nrr, pipeline.",
          data: { tactic: 'q4-play', metrics: 'dials', outcomes: 'win-rate, nrr, pipeline' },
          related: [['metrics']],
        },
      ],
    },
  ],
});
