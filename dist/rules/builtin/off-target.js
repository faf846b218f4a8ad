/** A tactic's inline audience overlaps at least one ideal customer. */
import { compareAudiences, describeAudience, inExcluded } from '../../playbook/audience.js';
export const meta = {
    id: 'off-target',
    severity: 'warning',
    summary: "A tactic's inline audience overlaps at least one ideal customer.",
    rationale: 'The strategy names who the business serves. A tactic aimed at someone else may be a new idea worth adding to the strategy — or effort spent outside it.',
    tags: ['audience'],
};
export const messages = {
    offTarget: (d) => `Tactic '${d.tactic}' targets ${d.target}, which matches none of the strategy's ideal customers (${d.ideal}).`,
};
export function check(ctx) {
    const { strategy } = ctx.playbook;
    const problems = [];
    for (const { tactic: t } of ctx.active) {
        for (const target of t.targets) {
            const a = target.audience;
            if (a?.origin !== 'inline')
                continue;
            if (strategy.exclude.some((ex) => inExcluded(a, ex)))
                continue;
            if (strategy.ideal.some((ic) => compareAudiences(a, ic).overlap))
                continue;
            problems.push({
                ruleId: meta.id,
                messageId: 'offTarget',
                data: { tactic: t.id, target: describeAudience(a), ideal: strategy.ideal.map(describeAudience).join('; ') || 'none are defined' },
                at: target.at,
                tactic: t.id,
                item: t.at,
                related: [{ at: { file: strategy.file, path: ['ideal_customers'] }, label: 'ideal_customers' }],
            });
        }
    }
    return problems;
}
export const examples = {
    invalid: { tactics: [{ targets: [{ segment: 'enterprise', industries: ['retail'] }] }] },
    valid: { tactics: [{ targets: [{ segment: 'mid-market', industries: ['software'] }] }] },
};
