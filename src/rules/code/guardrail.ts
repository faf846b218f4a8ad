/** A tactic never matches a guardrail's `forbid` condition in the strategy. */
import type { Guardrail } from '../../playbook/model.js';
import type { Condition } from '../conditions.js';
import type { CodeRule, Problem, RuleMeta } from '../types.js';

export const guardrailMessage = (tacticId: string, guardrailId: string, where: string, reason: string, phrase: string | null) =>
  `Tactic '${tacticId}' breaks the strategy's guardrail '${guardrailId}' (${where})${phrase ? ` with "${phrase}"` : ''}: ${reason.replace(/[.\s]*$/, '')}.`;

export const guardrailMeta: RuleMeta = {
  id: 'guardrail',
  severity: 'error',
  origin: 'built-in',
  summary: "No tactic matches a strategy guardrail's forbid condition.",
  rationale: 'Guardrails are the lines the strategy says are never crossed, whatever the quarter looks like. Each one names its reason.',
};

export interface CompiledGuardrail {
  guardrail: Guardrail;
  forbid: Condition;
}

export function guardrailRule(guardrails: CompiledGuardrail[]): CodeRule {
  return {
    ...guardrailMeta,
    type: 'code',
    check(ctx) {
      const problems: Problem[] = [];
      for (const { tactic, subject } of ctx.active) {
        for (const { guardrail: g, forbid } of guardrails) {
          const m = forbid.test({ subject, strategy: ctx.strategy });
          if (!m) continue;
          const evidence = m.evidence[0];
          problems.push({
            ruleId: 'guardrail',
            message: guardrailMessage(tactic.id, g.id, ctx.where(g.at), g.reason, evidence?.offset !== undefined ? evidence.text : null),
            at: evidence?.at ?? { file: tactic.at.file, path: [...tactic.at.path, 'id'] },
            ...(evidence ? { evidence } : {}),
            tactic: tactic.id,
            item: tactic.at,
            related: [{ at: { file: g.at.file, path: [...g.at.path, 'id'] }, message: `guardrail ${g.id}: ${g.reason}` }],
            ...(g.severity ? { severity: g.severity } : {}),
            guardrail: g.id,
          });
        }
      }
      return problems;
    },
  };
}
