/** Runs the rules over a playbook: condition rules through the condition language, code rules as they are. */
import type { Evidence } from '../playbook/model.js';
import { type Condition, compileCondition } from './conditions.js';
import type { ConditionRule, Problem, Related, Rule, RuleContext } from './types.js';

export interface CompiledRule {
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

/** The strategy clauses a rule names (or every one its conditions read), with the values they hold. */
function relatedOf(c: CompiledRule, ctx: RuleContext): Related[] {
  const given = c.rule.related;
  if (given?.length && typeof given[0] !== 'string') return given as Related[];
  const paths = (given as string[] | undefined) ?? [...new Set([c.when, c.tactic, c.forbid, c.require].flatMap((x) => x?.strategyPaths ?? []))];
  const out: Related[] = [];
  for (const p of paths) {
    const f = ctx.strategy.get(p);
    if (!f.at || f.values.length === 0) continue;
    const field = f.at.path.filter((x) => typeof x === 'string').join('.');
    out.push({ at: f.at, label: `${field}: ${f.values.map((v) => (f.percent ? `${v.value}%` : v.value)).join(', ')}`, field });
  }
  return out;
}

function runConditionRule(c: CompiledRule, ctx: RuleContext): Problem[] {
  if (c.when && !c.when.test({ subject: ctx.strategy, strategy: ctx.strategy })) return [];
  const { rule } = c;
  const problems: Problem[] = [];
  const related = relatedOf(c, ctx);
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
      ruleId: rule.id,
      ...rule.report({ tactic, ...(evidence ? { evidence } : {}), strategy: ctx.playbook.strategy }),
      at: evidence?.at ?? { file: tactic.at.file, path: [...tactic.at.path, 'id'] },
      ...(evidence ? { evidence } : {}),
      tactic: tactic.id,
      item: tactic.at,
      related,
      ...(rule.guardrail !== undefined ? { guardrail: rule.guardrail, severity: rule.severity } : {}),
    });
  }
  return problems;
}

/** Runs every rule given; condition rules must come with their compiled form. Rules another stage reports are skipped. */
export function runRules(rules: readonly Rule[], compiled: Map<ConditionRule, CompiledRule>, ctx: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const rule of rules) {
    if (rule.type === 'code') problems.push(...rule.check(ctx));
    else if (rule.type === 'condition') {
      const c = compiled.get(rule);
      if (!c) throw new Error(`rule ${rule.id} was not compiled`);
      problems.push(...runConditionRule(c, ctx));
    }
  }
  return problems;
}
