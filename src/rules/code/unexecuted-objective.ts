/** Every objective is carried by at least one active, planned or paused tactic. */
import type { CodeRule, Problem } from '../types.js';

export const unexecutedObjectiveMessage = (id: string, statement: string) =>
  `Objective '${id}' (${statement}) has no active, planned or paused tactic supporting it: direction without execution. Add a tactic with '${id}' under 'supports'.`;

export const unexecutedObjective: CodeRule = {
  type: 'code',
  id: 'unexecuted-objective',
  severity: 'warning',
  origin: 'built-in',
  summary: 'Every objective has at least one tactic that is not retired supporting it.',
  rationale: 'An objective nobody works towards is a wish. Each one needs at least one tactic that carries it, or it should be dropped from the strategy.',
  check(ctx) {
    const carried = new Set<string>();
    for (const t of ctx.playbook.tactics) if (t.status !== 'retired') for (const s of t.supports) carried.add(s);
    const problems: Problem[] = [];
    for (const o of ctx.playbook.strategy.objectives) {
      if (carried.has(o.id)) continue;
      problems.push({
        ruleId: 'unexecuted-objective',
        message: unexecutedObjectiveMessage(o.id, o.statement),
        at: { file: o.at.file, path: [...o.at.path, 'id'] },
        objective: o.id,
        item: o.at,
        related: [],
      });
    }
    return problems;
  },
};
