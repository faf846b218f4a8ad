export const meta = {
    id: 'activity-metrics-only',
    severity: 'warning',
    summary: 'A tactic measured only by activity (dials, emails, meetings booked) needs an outcome metric.',
    rationale: 'Volume of touches is not impact. Measured only on activity, a team optimises the activity — more dials, more emails — whether or not buyers move. Outcome metrics (qualified opportunities, win rate, retention) keep the tactic honest.',
    tags: ['metrics'],
};
const activity = (d) => `Tactic '${d.tactic}' is measured only by activity (${d.metrics}): volume of touches is not impact. Add an outcome metric`;
export const messages = {
    strategyMetrics: (d) => `${activity(d)} such as the strategy's ${d.outcomes}.`,
    commonMetrics: (d) => `${activity(d)} such as qualified-opportunities or win-rate.`,
};
export const condition = {
    forbid: { 'metrics.class': { not: ['outcome', 'unknown'] }, metrics: { exists: true } },
    related: ['metrics'],
    report: ({ tactic, strategy }) => {
        const own = strategy.data.metrics ?? [];
        const data = { tactic: tactic.id, metrics: tactic.metrics.join(', ') };
        return own.length ? { messageId: 'strategyMetrics', data: { ...data, outcomes: own.slice(0, 3).join(', ') } } : { messageId: 'commonMetrics', data };
    },
};
export const examples = {
    invalid: { tactics: [{ metrics: ['dials', 'emails-sent'] }] },
    valid: { tactics: [{ metrics: ['dials', 'qualified-opportunities'] }] },
};
