/** No tactic targets a market the strategy excludes. */
import { describeAudience, inExcluded } from '../../playbook/audience.js';
export const meta = {
    id: 'excluded-market',
    severity: 'error',
    summary: 'No tactic targets a market the strategy excludes.',
    rationale: 'Saying no to a market is a strategic choice: it frees the team to serve the ideal customers well. A tactic that targets an excluded market spends effort on buyers the business decided it cannot serve profitably.',
    tags: ['audience'],
};
export const messages = {
    excluded: (d) => `Tactic '${d.tactic}' targets ${d.target}, which falls in the excluded market ${d.excluded}: ${d.reason}.`,
};
export function check(ctx) {
    const problems = [];
    for (const { tactic: t } of ctx.active) {
        for (const target of t.targets) {
            const a = target.audience;
            if (!a)
                continue;
            for (const ex of ctx.playbook.strategy.exclude) {
                if (!inExcluded(a, ex))
                    continue;
                problems.push({
                    ruleId: meta.id,
                    messageId: 'excluded',
                    data: {
                        tactic: t.id,
                        target: a === ex ? `'${ex.id}'` : describeAudience(a),
                        excluded: describeAudience(ex),
                        reason: ex.reason ?? 'the strategy says no to it',
                    },
                    at: target.at,
                    tactic: t.id,
                    item: t.at,
                    related: [{ at: ex.at, label: `excluded: ${ex.reason ?? describeAudience(ex)}` }],
                });
            }
        }
    }
    return problems;
}
export const examples = {
    invalid: {
        strategy: { exclude: [{ id: 'public-sector', industries: ['public-sector'], reason: 'Procurement cycles we cannot serve' }] },
        tactics: [{ targets: [{ industries: ['public-sector'] }] }],
    },
    valid: {
        strategy: { exclude: [{ id: 'public-sector', industries: ['public-sector'], reason: 'Procurement cycles we cannot serve' }] },
        tactics: [{ targets: ['mid'] }],
    },
};
