/** The strategy is reassessed at least every `review_every` (default 180 days). */
import { addDuration, describeDuration } from '../../load/units.js';
export const meta = {
    id: 'stale-strategy',
    severity: 'warning',
    summary: 'The strategy has been reviewed within its review_every period.',
    rationale: 'Markets, competitors and the business change; a strategy that is never reassessed keeps tactics aligned to a world that has moved on.',
    tags: ['strategy'],
};
export const messages = {
    overdue: (d) => `The strategy was last reviewed on ${d.reviewed} and fell due for review on ${d.due} (every ${d.every}). Reassess it and update 'reviewed'.`,
    undated: (d) => `The strategy has no 'reviewed' date, so nobody can tell when it was last reassessed. Add 'reviewed: YYYY-MM-DD' (reviews are due every ${d.every}).`,
};
export function check(ctx) {
    const s = ctx.playbook.strategy;
    const reviewed = s.data.reviewed;
    const every = describeDuration(s.reviewEvery);
    const related = s.data.review_every ? [{ at: { file: s.file, path: ['review_every'] }, label: `review_every: ${every}`, field: 'review_every' }] : [];
    if (!reviewed)
        return [{ ruleId: meta.id, messageId: 'undated', data: { every }, at: { file: s.file, path: ['name'] }, related }];
    const due = addDuration(reviewed, s.reviewEvery);
    if (ctx.today <= due)
        return [];
    return [{ ruleId: meta.id, messageId: 'overdue', data: { reviewed, due, every }, at: { file: s.file, path: ['reviewed'] }, related }];
}
export const examples = {
    invalid: { strategy: { reviewed: '2026-01-15', review_every: 'quarterly' } },
    valid: { strategy: { reviewed: '2026-10-01', review_every: 'quarterly' } },
};
