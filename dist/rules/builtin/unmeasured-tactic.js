export const meta = {
    id: 'unmeasured-tactic',
    severity: 'warning',
    summary: 'Every tactic names how it is measured.',
    rationale: 'Tactics must be specific and measurable; without a metric, nobody can tell whether the tactic works or should be stopped.',
    tags: ['metrics'],
};
export const messages = {
    unmeasured: (d) => `Tactic '${d.tactic}' has no metrics: tactics must be specific and measurable. Name how it is measured under 'metrics'.`,
};
export const condition = {
    forbid: { metrics: { exists: false } },
    related: [],
    report: ({ tactic }) => ({ messageId: 'unmeasured', data: { tactic: tactic.id } }),
};
export const examples = {
    invalid: { tactics: [{ metrics: [] }] },
    valid: { tactics: [{ metrics: ['qualified-opportunities'] }] },
};
