/** Every `targets` and `supports` id names an audience or objective in the strategy. */
import { closest } from '../../suggest.js';
import type { CodeRule, Problem } from '../types.js';

export const unknownReferenceMessage = (tacticId: string, field: 'targets' | 'supports', ref: string, suggestion: string | null) => {
  const what = field === 'targets' ? 'an audience in the strategy (ideal_customers or exclude)' : 'an objective in the strategy';
  return `Tactic '${tacticId}' ${field === 'targets' ? 'targets' : 'supports'} '${ref}', which is not ${what}.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`;
};

export const unknownReference: CodeRule = {
  type: 'code',
  id: 'unknown-reference',
  severity: 'error',
  origin: 'built-in',
  summary: 'Every id a tactic targets or supports exists in the strategy.',
  rationale:
    'A reference to an audience or objective that does not exist is usually a typo; it silently detaches the tactic from the strategy it was meant to serve.',
  check(ctx) {
    const { strategy, tactics } = ctx.playbook;
    const audienceIds = [...strategy.audiences.keys()];
    const objectiveIds = new Set(strategy.objectives.map((o) => o.id));
    const problems: Problem[] = [];
    for (const t of tactics) {
      for (const target of t.targets) {
        if (target.id === undefined || target.audience) continue;
        problems.push({
          ruleId: 'unknown-reference',
          message: unknownReferenceMessage(t.id, 'targets', target.id, closest(target.id, audienceIds)),
          at: target.at,
          evidence: { text: target.id, at: target.at },
          tactic: t.id,
          item: t.at,
          related: [],
        });
      }
      t.supports.forEach((ref, i) => {
        if (objectiveIds.has(ref)) return;
        const at = { file: t.at.file, path: [...t.at.path, 'supports', i] };
        problems.push({
          ruleId: 'unknown-reference',
          message: unknownReferenceMessage(t.id, 'supports', ref, closest(ref, objectiveIds)),
          at,
          evidence: { text: ref, at },
          tactic: t.id,
          item: t.at,
          related: [],
        });
      });
    }
    return problems;
  },
};
