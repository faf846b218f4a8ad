/** Ids are unique: tactics across all files, objectives, audiences and guardrails. */
import type { Pointer } from '../../types.js';
import type { CodeRule, Problem } from '../types.js';

export type IdKind = 'Tactic' | 'Objective' | 'Audience' | 'Guardrail';

export const duplicateIdMessage = (kind: IdKind, id: string, firstWhere: string) =>
  `${kind} id '${id}' is used more than once; it was first used at ${firstWhere}. Give each ${kind.toLowerCase()} its own id.`;

export const duplicateId: CodeRule = {
  type: 'code',
  id: 'duplicate-id',
  severity: 'error',
  origin: 'built-in',
  summary: 'Tactics, objectives, audiences and guardrails each have a unique id.',
  rationale: 'References, waivers and reports name items by id; two items with one id make every one of them ambiguous.',
  check(ctx) {
    const { strategy, tactics } = ctx.playbook;
    const problems: Problem[] = [];
    const scan = (kind: IdKind, items: Array<{ id?: string; at: Pointer }>) => {
      const first = new Map<string, Pointer>();
      for (const it of items) {
        if (!it.id) continue;
        const seen = first.get(it.id);
        if (!seen) {
          first.set(it.id, it.at);
          continue;
        }
        const at = { file: it.at.file, path: [...it.at.path, 'id'] };
        problems.push({
          ruleId: 'duplicate-id',
          message: duplicateIdMessage(kind, it.id, ctx.where(seen)),
          at,
          ...(kind === 'Tactic' ? { tactic: it.id, item: it.at } : kind === 'Objective' ? { objective: it.id, item: it.at } : {}),
          related: [{ at: { file: seen.file, path: [...seen.path, 'id'] }, message: `first ${kind.toLowerCase()} '${it.id}'` }],
        });
      }
    };
    scan('Tactic', tactics);
    scan('Objective', strategy.objectives);
    scan('Audience', [...strategy.ideal, ...strategy.exclude]);
    scan('Guardrail', strategy.guardrails);
    return problems;
  },
};
