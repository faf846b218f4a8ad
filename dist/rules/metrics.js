/** Classifies metric names as activity (effort) or outcome (results), tolerant of spelling variants. */
import { stem } from '../traits/tokens.js';
export const ACTIVITY_METRICS = [
    'emails-sent',
    'calls',
    'dials',
    'touches',
    'activities',
    'linkedin-messages',
    'meetings-booked',
    'demos-booked',
    'demos-given',
    'mqls',
    'open-rate',
    'pipeline-size',
    'calls-made',
    'emails',
    'connects',
    'sequences-sent',
    'messages-sent',
    'click-rate',
    'impressions',
];
export const OUTCOME_METRICS = [
    'meaningful-conversations',
    'pipeline-quality',
    'qualified-opportunities',
    'win-rate',
    'conversion-rate',
    'deal-size',
    'sales-cycle',
    'revenue',
    'arr',
    'nrr',
    'retention',
    'churn',
    'expansion',
    'csat',
    'qualified-meetings-held',
    'mrr',
    'gross-revenue-retention',
    'net-revenue-retention',
    'customer-lifetime-value',
    'ltv',
    'nps',
    'sqls',
];
/** `Number of Emails_Sent` → `email-sent`: words lower-cased and stemmed, filler prefixes dropped. */
export function metricKey(name) {
    const words = name
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
    while (words.length > 1 && ['number', 'num', 'total', 'of', 'count'].includes(words[0]))
        words.shift();
    return words.map((w) => stem(w)).join('-');
}
export class MetricClassifier {
    classes = new Map();
    constructor(extra = {}) {
        for (const m of [...ACTIVITY_METRICS, ...(extra.activity ?? [])])
            this.classes.set(metricKey(m), 'activity');
        for (const m of [...OUTCOME_METRICS, ...(extra.outcome ?? [])])
            this.classes.set(metricKey(m), 'outcome');
    }
    classify(name) {
        return this.classes.get(metricKey(name)) ?? 'unknown';
    }
}
