/** The strategy is reassessed at least every `review_every` (default 180 days). */
import { addDuration, type Duration, describeDuration } from '../../playbook/units.js';
import type { CodeRule } from '../types.js';

export const staleStrategyMessage = (reviewed: string | undefined, every: Duration, due: string | undefined) =>
  reviewed
    ? `The strategy was last reviewed on ${reviewed} and fell due for review on ${due} (every ${describeDuration(every)}). Reassess it and update 'reviewed'.`
    : `The strategy has no 'reviewed' date, so nobody can tell when it was last reassessed. Add 'reviewed: YYYY-MM-DD' (reviews are due every ${describeDuration(every)}).`;

export const staleStrategy: CodeRule = {
  type: 'code',
  id: 'stale-strategy',
  severity: 'warning',
  origin: 'built-in',
  summary: 'The strategy has been reviewed within its review_every period.',
  rationale: 'Markets, competitors and the business change; a strategy that is never reassessed keeps tactics aligned to a world that has moved on.',
  check(ctx) {
    const s = ctx.playbook.strategy;
    const reviewed = s.data.reviewed;
    const related = s.data.review_every ? [{ at: { file: s.file, path: ['review_every'] }, message: `review_every: ${describeDuration(s.reviewEvery)}` }] : [];
    if (!reviewed) {
      return [{ ruleId: 'stale-strategy', message: staleStrategyMessage(undefined, s.reviewEvery, undefined), at: { file: s.file, path: ['name'] }, related }];
    }
    const due = addDuration(reviewed, s.reviewEvery);
    if (ctx.today <= due) return [];
    return [{ ruleId: 'stale-strategy', message: staleStrategyMessage(reviewed, s.reviewEvery, due), at: { file: s.file, path: ['reviewed'] }, related }];
  },
};
