export const meta = {
    id: 'unexecuted-objective',
    severity: 'warning',
    summary: 'Every objective has at least one tactic that is not retired supporting it.',
    rationale: 'An objective nobody works towards is a wish. Each one needs at least one tactic that carries it, or it should be dropped from the strategy.',
    tags: ['coverage'],
};
export const messages = {
    unexecuted: (d) => `Objective '${d.objective}' (${d.statement}) has no active, planned or paused tactic supporting it: direction without execution. Add a tactic with '${d.objective}' under 'supports'.`,
};
export const condition = {
    scope: 'objective',
    forbid: { coverage: 'none' },
    related: [],
    report: ({ objective }) => ({ messageId: 'unexecuted', data: { objective: objective.id, statement: objective.statement } }),
};
const objectives = [
    { id: 'grow', statement: 'Grow revenue 30% a year', horizon: 'long-term' },
    { id: 'keep', statement: 'Keep churn under 3%', horizon: 'annual' },
];
export const examples = {
    invalid: { strategy: { objectives }, tactics: [{ supports: ['grow'] }] },
    valid: { strategy: { objectives }, tactics: [{ supports: ['grow', 'keep'] }] },
};
