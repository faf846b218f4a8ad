/** Helpers shared by the engine and the code rules that walk tactics with their condition subjects. */
import type { Tactic } from '../playbook/model.js';
import { TacticSubject } from './subject.js';
import type { RuleContext } from './types.js';

const subjects = new WeakMap<RuleContext, Array<{ tactic: Tactic; subject: TacticSubject }>>();

/** Every tactic that is not retired, with its condition subject (built once per run). */
export function tacticSubjects(ctx: RuleContext): Array<{ tactic: Tactic; subject: TacticSubject }> {
  let list = subjects.get(ctx);
  if (!list) {
    list = ctx.playbook.tactics.filter((t) => t.status !== 'retired').map((tactic) => ({ tactic, subject: new TacticSubject(tactic, ctx.strategy, ctx.env) }));
    subjects.set(ctx, list);
  }
  return list;
}
