/** A tactic measured only by activity (dials, emails, meetings booked) needs an outcome metric. */
import type { ConditionSpec, MessageData, RuleExamples } from '../types.js';
export declare const meta: {
    readonly id: "activity-metrics-only";
    readonly severity: "warning";
    readonly summary: "A tactic measured only by activity (dials, emails, meetings booked) needs an outcome metric.";
    readonly rationale: "Volume of touches is not impact. Measured only on activity, a team optimises the activity — more dials, more emails — whether or not buyers move. Outcome metrics (qualified opportunities, win rate, retention) keep the tactic honest.";
    readonly tags: readonly ["metrics"];
};
export declare const messages: {
    strategyMetrics: (d: MessageData) => string;
    commonMetrics: (d: MessageData) => string;
};
export declare const condition: ConditionSpec;
export declare const examples: RuleExamples;
