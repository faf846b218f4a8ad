export const meta = {
    id: 'orphan-tactic',
    severity: 'warning',
    summary: 'Every tactic supports at least one objective.',
    rationale: 'A tactic that supports no objective is activity without direction: nobody can say whether it works, because nobody said what it was for.',
    tags: ['coverage'],
};
export const messages = {
    orphan: (d) => `Tactic '${d.tactic}' supports no objective: activity without direction. Add the objective ids it serves under 'supports'.`,
};
export const condition = {
    forbid: { supports: { exists: false } },
    related: [],
    report: ({ tactic }) => ({ messageId: 'orphan', data: { tactic: tactic.id } }),
};
export const examples = {
    invalid: { tactics: [{ supports: [] }] },
    valid: { tactics: [{ supports: ['grow'] }] },
};
