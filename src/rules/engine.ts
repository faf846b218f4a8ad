/** Runs the rules over a playbook: condition rules through the condition language, code rules as they are. */
import type { Evidence } from '../playbook/model.js';
import type { Pointer } from '../types.js';
import { type Condition, compileCondition, type Env } from './conditions.js';
import { PatternBudgetError, PatternWork } from './regex.js';
import { ObjectiveSubject } from './subject.js';
import type { ConditionRule, Problem, Related, Report, Rule, RuleContext } from './types.js';

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
  const scope = rule.scope ?? 'tactic';
  const parts = {
    when: rule.when,
    tactic: rule.scope === undefined || rule.scope === 'tactic' ? rule.tactic : undefined,
    forbid: rule.forbid,
    require: rule.require,
  };
  for (const part of ['when', 'tactic', 'forbid', 'require'] as const) {
    const raw = parts[part];
    if (raw === undefined) continue;
    const r = compileCondition(raw, part === 'when' ? 'strategy' : scope, [...at, part]);
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

/** The evidence of a violation: undefined when the subject passes (`forbid` does not hold, or `require` does). */
function violation(c: CompiledRule, env: Env): { evidence?: Evidence } | null {
  let evidence: Evidence | undefined;
  if (c.forbid) {
    const m = c.forbid.test(env);
    if (!m) return null;
    // The words that made it match (a phrase or a trait in a text) before a field's whole value: they are what a reader can judge.
    evidence = m.evidence.find((e) => e.offset !== undefined && e.text) ?? m.evidence[0];
  }
  if (c.require?.test(env)) return null;
  return evidence ? { evidence } : {};
}

function runConditionRule(c: CompiledRule, ctx: RuleContext, patterns: PatternWork): Problem[] {
  try {
    return conditionProblems(c, ctx, patterns);
  } catch (e) {
    // A pattern went over its budget: the caller reports it at the pattern, naming this rule.
    if (e instanceof PatternBudgetError) e.rule ??= { id: c.rule.id, ...(c.rule.guardrail !== undefined ? { guardrail: c.rule.guardrail } : {}) };
    throw e;
  }
}

function conditionProblems(c: CompiledRule, ctx: RuleContext, patterns: PatternWork): Problem[] {
  if (c.when && !c.when.test({ subject: ctx.strategy, strategy: ctx.strategy, patterns })) return [];
  const { rule } = c;
  const related = relatedOf(c, ctx);
  const strategy = ctx.playbook.strategy;
  const own = rule.guardrail !== undefined ? { guardrail: rule.guardrail, severity: rule.severity } : {};
  const problems: Problem[] = [];
  const add = (v: { evidence?: Evidence }, at: Pointer, report: Report, item: Pick<Problem, 'tactic' | 'objective' | 'item'>) => {
    const { evidence = v.evidence, related: shown = related, ...said } = report;
    problems.push({ ruleId: rule.id, ...said, at: evidence?.at ?? at, ...(evidence ? { evidence } : {}), ...item, related: shown, ...own });
  };
  switch (rule.scope) {
    case 'strategy': {
      const v = violation(c, { subject: ctx.strategy, strategy: ctx.strategy, patterns });
      if (v) add(v, { file: strategy.file, path: ['name'] }, rule.report({ ...v, strategy }), {});
      break;
    }
    case 'objective': {
      const covered = ctx.playbook.coverage;
      for (const objective of strategy.objectives) {
        const v = violation(c, { subject: new ObjectiveSubject(objective, covered.get(objective.id) ?? 'none'), strategy: ctx.strategy, patterns });
        if (!v) continue;
        const at = { file: objective.at.file, path: [...objective.at.path, 'id'] };
        add(v, at, rule.report({ ...v, objective, strategy }), { objective: objective.id, item: objective.at });
      }
      break;
    }
    default:
      for (const { tactic, subject } of ctx.active) {
        const env = { subject, strategy: ctx.strategy, patterns };
        if (c.tactic && !c.tactic.test(env)) continue;
        const v = violation(c, env);
        if (!v) continue;
        const at = { file: tactic.at.file, path: [...tactic.at.path, 'id'] };
        add(v, at, rule.report({ ...v, tactic, strategy }), { tactic: tactic.id, item: tactic.at });
      }
  }
  return problems;
}

/**
 * Runs every rule given; condition rules must come with their compiled form. Rules another stage
 * reports are skipped. Throws PatternBudgetError when the patterns go over their budget.
 */
export function runRules(rules: readonly Rule[], compiled: Map<ConditionRule, CompiledRule>, ctx: RuleContext): Problem[] {
  const problems: Problem[] = [];
  let chars = 0;
  for (const t of ctx.playbook.tactics) chars += (t.data.name?.length ?? 0) + (t.data.description?.length ?? 0) + (t.data.messaging?.length ?? 0);
  const patterns = PatternWork.forText(chars);
  for (const rule of rules) {
    if (rule.type === 'code') problems.push(...rule.check(ctx));
    else if (rule.type === 'condition') {
      const c = compiled.get(rule);
      if (!c) throw new Error(`rule ${rule.id} was not compiled`);
      problems.push(...runConditionRule(c, ctx, patterns));
    }
  }
  return problems;
}
