export type MetricClass = 'activity' | 'outcome' | 'unknown';
export declare const ACTIVITY_METRICS: string[];
export declare const OUTCOME_METRICS: string[];
/** `Number of Emails_Sent` → `email-sent`: words lower-cased and stemmed, filler prefixes dropped. */
export declare function metricKey(name: string): string;
export declare class MetricClassifier {
    private classes;
    constructor(extra?: {
        activity?: readonly string[];
        outcome?: readonly string[];
    });
    classify(name: string): MetricClass;
}
