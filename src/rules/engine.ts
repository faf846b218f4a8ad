/** Runs the rules over a playbook and turns their problems into located, sorted findings. */

import type { Evidence } from '../playbook/model.js';
import { type Condition, compileCondition } from './conditions.js';
import type { ConditionRule, Problem, Rule, RuleContext } from './types.js';

interface CompiledRule {
  rule: ConditionRule;
  when?: Condition;
  tactic?: Condition;
  forbid?: Condition;
  require?: Condition;
}

/** Compiles a condition rule; a mistake in one is reported by the caller with its location. */
export function compileRule(rule: ConditionRule, at: readonly (string | number)[] = []) {
  const out: CompiledRule = { rule };
  const errors: ReturnType<typeof compileCondition>['errors'] = [];
  for (const part of ['when', 'tactic', 'forbid', 'require'] as const) {
    const raw = rule[part];
    if (raw === undefined) continue;
    const r = compileCondition(raw, part === 'when' ? 'strategy' : 'tactic', [...at, part]);
    errors.push(...r.errors);
    if (r.condition) out[part] = r.condition;
  }
  return { compiled: out, errors };
}

function relatedOf(c: CompiledRule, ctx: RuleContext): Problem['related'] {
  const paths = c.rule.related ?? [...new Set([c.when, c.tactic, c.forbid, c.require].flatMap((x) => x?.strategyPaths ?? []))];
  const out: Problem['related'] = [];
  for (const p of paths) {
    const f = ctx.strategy.get(p);
    if (!f.at || f.values.length === 0) continue;
    out.push({
      at: f.at,
      message: `${f.at.path.filter((x) => typeof x === 'string').join('.')}: ${f.values.map((v) => (f.percent ? `${v.value}%` : v.value)).join(', ')}`,
    });
  }
  return out;
}

function runConditionRule(c: CompiledRule, ctx: RuleContext): Problem[] {
  const strategyEnv = { subject: ctx.strategy, strategy: ctx.strategy };
  if (c.when && !c.when.test(strategyEnv)) return [];
  const problems: Problem[] = [];
  const related = relatedOf(c, ctx);
  const where = (path: string) => {
    const f = ctx.strategy.get(path);
    return f.at ? ctx.where(f.at) : ctx.playbook.strategy.file;
  };
  for (const { tactic, subject } of ctx.active) {
    const env = { subject, strategy: ctx.strategy };
    if (c.tactic && !c.tactic.test(env)) continue;
    let evidence: Evidence | undefined;
    if (c.forbid) {
      const m = c.forbid.test(env);
      if (!m) continue;
      evidence = m.evidence[0];
    }
    if (c.require?.test(env)) continue;
    problems.push({
      ruleId: c.rule.id,
      message: c.rule.message({ tactic, evidence, strategy: ctx.playbook.strategy, where }),
      at: evidence?.at ?? { file: tactic.at.file, path: [...tactic.at.path, 'id'] },
      ...(evidence ? { evidence } : {}),
      tactic: tactic.id,
      item: tactic.at,
      related,
    });
  }
  return problems;
}

/** Runs every rule given; condition rules must come with their compiled form. */
export function runRules(rules: Rule[], compiled: Map<ConditionRule, CompiledRule>, ctx: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const rule of rules) {
    if (rule.type === 'code') problems.push(...rule.check(ctx));
    else {
      const c = compiled.get(rule);
      if (!c) throw new Error(`rule ${rule.id} was not compiled`);
      problems.push(...runConditionRule(c, ctx));
    }
  }
  return problems;
}

export type { CompiledRule };
