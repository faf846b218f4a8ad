export const meta = {
    id: 'duplicate-id',
    severity: 'error',
    summary: 'Tactics, objectives, audiences and guardrails each have a unique id.',
    rationale: 'References, waivers and reports name items by id; two items with one id make every one of them ambiguous.',
    tags: ['references'],
};
/** The first use is the related location, so the message need not say where it is. */
export const messages = {
    duplicate: (d) => `${d.kind} id '${d.id}' is used more than once. Give each ${String(d.kind).toLowerCase()} its own id.`,
};
export function check(ctx) {
    const { strategy, tactics } = ctx.playbook;
    const problems = [];
    const scan = (kind, items) => {
        const first = new Map();
        for (const it of items) {
            if (!it.id)
                continue;
            const seen = first.get(it.id);
            if (!seen) {
                first.set(it.id, it.at);
                continue;
            }
            problems.push({
                ruleId: meta.id,
                messageId: 'duplicate',
                data: { kind, id: it.id },
                at: { file: it.at.file, path: [...it.at.path, 'id'] },
                ...(kind === 'Tactic' ? { tactic: it.id, item: it.at } : kind === 'Objective' ? { objective: it.id, item: it.at } : {}),
                related: [{ at: { file: seen.file, path: [...seen.path, 'id'] }, label: `first ${kind.toLowerCase()} '${it.id}'` }],
            });
        }
    };
    scan('Tactic', tactics);
    scan('Objective', strategy.objectives);
    scan('Audience', [...strategy.ideal, ...strategy.exclude]);
    scan('Guardrail', strategy.guardrails);
    return problems;
}
export const examples = {
    invalid: {
        tactics: [
            { id: 'q4-webinar', name: 'Q4 webinar' },
            { id: 'q4-webinar', name: 'Q4 webinar replay' },
        ],
    },
    valid: {
        tactics: [
            { id: 'q4-webinar', name: 'Q4 webinar' },
            { id: 'q4-webinar-replay', name: 'Q4 webinar replay' },
        ],
    },
};
