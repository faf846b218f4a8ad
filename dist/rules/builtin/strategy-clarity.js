export const meta = {
    id: 'strategy-clarity',
    severity: 'warning',
    summary: 'The strategy says who it serves, what measurable outcome it delivers, why customers choose it, and where it is going.',
    rationale: 'Tactics can only be aligned with a strategy that makes choices. A strategy without a customer, a measurable outcome, a reason to win or a long-term objective leaves every tactic free to drift.',
    tags: ['strategy'],
};
const unanswered = 'The strategy leaves a clarity question unanswered —';
export const messages = {
    who: () => `${unanswered} Who do we serve? The strategy lists no ideal_customers.`,
    outcome: () => `${unanswered} What measurable outcome do we deliver? No value.outcomes entry has a number or a measure.`,
    whyUs: () => `${unanswered} Why do customers choose us? The strategy has neither positioning.differentiators nor strengths.`,
    whereTo: () => `${unanswered} Where are we going? No objective has 'horizon: long-term'.`,
};
export function check(ctx) {
    const s = ctx.playbook.strategy;
    const d = s.data;
    const problems = [];
    const add = (messageId, path) => problems.push({ ruleId: meta.id, messageId, data: {}, at: { file: s.file, path }, related: [] });
    if (d.ideal_customers.length === 0)
        add('who', ['ideal_customers']);
    const outcomes = d.value?.outcomes ?? [];
    if (!outcomes.some((o) => o.measure || /\d/.test(o.statement)))
        add('outcome', d.value ? ['value'] : ['name']);
    const pos = typeof d.positioning === 'string' ? undefined : d.positioning;
    if (!pos?.differentiators?.length && !d.strengths?.length)
        add('whyUs', ['positioning']);
    if (!s.objectives.some((o) => o.horizon === 'long-term'))
        add('whereTo', ['objectives']);
    return problems;
}
export const examples = {
    invalid: { strategy: { value: { outcomes: [{ statement: 'Happier customers' }] } } },
    valid: { strategy: { value: { outcomes: [{ statement: 'Happier customers', measure: 'csat' }] } } },
};
