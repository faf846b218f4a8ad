/** Every `targets` and `supports` id names an audience or objective in the strategy. */
import { closest, meant } from '../../suggest.js';
import type { MessageData, Problem, RuleContext, RuleExamples } from '../types.js';

export const meta = {
  id: 'unknown-reference',
  severity: 'error',
  summary: 'Every id a tactic targets or supports exists in the strategy.',
  rationale:
    'A reference to an audience or objective that does not exist is usually a typo; it silently detaches the tactic from the strategy it was meant to serve.',
  tags: ['references'],
} as const;

const didYouMean = (d: MessageData) => meant(d.suggestion ? String(d.suggestion) : null);
export const messages = {
  targets: (d: MessageData) =>
    `Tactic '${d.tactic}' targets '${d.ref}', which is not an audience in the strategy (ideal_customers or exclude).${didYouMean(d)}`,
  supports: (d: MessageData) => `Tactic '${d.tactic}' supports '${d.ref}', which is not an objective in the strategy.${didYouMean(d)}`,
};

export function check(ctx: RuleContext): Problem[] {
  const { strategy, tactics } = ctx.playbook;
  const audienceIds = [...strategy.audiences.keys()];
  const objectiveIds = new Set(strategy.objectives.map((o) => o.id));
  const problems: Problem[] = [];
  for (const t of tactics) {
    for (const target of t.targets) {
      if (target.id === undefined || target.audience) continue;
      const suggestion = closest(target.id, audienceIds);
      problems.push({
        ruleId: meta.id,
        messageId: 'targets',
        data: { tactic: t.id, ref: target.id, suggestion: suggestion ?? '' },
        at: target.at,
        evidence: { text: target.id, at: target.at },
        tactic: t.id,
        item: t.at,
        related: [],
        ...(suggestion !== null ? { fix: { text: suggestion } } : {}),
      });
    }
    t.supports.forEach((ref, i) => {
      if (objectiveIds.has(ref)) return;
      const at = { file: t.at.file, path: [...t.at.path, 'supports', i] };
      const suggestion = closest(ref, objectiveIds);
      problems.push({
        ruleId: meta.id,
        messageId: 'supports',
        data: { tactic: t.id, ref, suggestion: suggestion ?? '' },
        at,
        evidence: { text: ref, at },
        tactic: t.id,
        item: t.at,
        related: [],
        ...(suggestion !== null ? { fix: { text: suggestion } } : {}),
      });
    });
  }
  return problems;
}

export const examples: RuleExamples = {
  invalid: { tactics: [{ supports: ['grwo'] }] },
  valid: { tactics: [{ supports: ['grow'] }] },
};
