import { describe, expect, test } from 'vitest';
import { MetricClassifier, metricKey } from '../../src/rules/metrics.js';

describe('metrics', () => {
  const m = new MetricClassifier({ outcome: ['activation-rate'], activity: ['webinar-signups'] });
  test.each([
    ['emails_sent', 'activity'],
    ['Emails Sent', 'activity'],
    ['number-of-calls', 'activity'],
    ['Dials', 'activity'],
    ['meetings-booked', 'activity'],
    ['win-rate', 'outcome'],
    ['NRR', 'outcome'],
    ['qualified meetings held', 'outcome'],
    ['activation-rate', 'outcome'],
    ['webinar signups', 'activity'],
    ['api-calls', 'unknown'],
    ['function-calls', 'unknown'],
    ['planning-hours', 'unknown'],
  ])('%s is %s', (name, cls) => expect(m.classify(name)).toBe(cls));
  test('keys fold case, separators and plurals', () => expect(metricKey('Number of Emails_Sent')).toBe(metricKey('email-sent')));
});
