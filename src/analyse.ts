/** From validated data to problems: build the playbook, read traits, compile and run the rules, apply waivers. */
import type { Config, SeverityOrOff } from './config.js';
import { type StrategyFile, strategyFile, tacticsFile } from './load/schema.js';
import { stripExtensions } from './load/validate.js';
import { type BuildProblem, buildPlaybook, type TacticsInput } from './playbook/build.js';
import { MetricClassifier } from './playbook/metrics.js';
import type { Playbook } from './playbook/model.js';
import { type CompiledGuardrail, guardrailRule } from './rules/code/guardrail.js';
import { applyWaivers } from './rules/code/waivers.js';
import { compileCondition } from './rules/conditions.js';
import { type CompiledRule, compileRule, runRules } from './rules/engine.js';
import { BUILTIN_IDS, CODE_RULES, CONDITION_RULES } from './rules/index.js';
import { StrategySubject, TacticSubject } from './rules/subject.js';
import type { ConditionRule, Problem, Rule, RuleContext } from './rules/types.js';
import { closest } from './suggest.js';
import { buildLexicon, withTraits } from './traits/index.js';
import type { Pointer, Severity } from './types.js';

export interface AnalyseInput {
  strategyFile: string;
  strategy: StrategyFile;
  tactics: TacticsInput[];
  /** The strategy's guardrails, compiled; compiled here when not given. */
  guardrails?: CompiledGuardrail[];
}

/** Compiles the strategy's guardrails; a mistake in one is an input error at its place. */
export function compileGuardrails(strategyFile: string, strategy: StrategyFile): { guardrails: CompiledGuardrail[]; errors: BuildProblem[] } {
  const guardrails: CompiledGuardrail[] = [];
  const errors: BuildProblem[] = [];
  (strategy.guardrails ?? []).forEach((g, i) => {
    const r = compileCondition(g.forbid, 'tactic', ['guardrails', i, 'forbid']);
    for (const e of r.errors) errors.push({ file: strategyFile, path: e.path, message: `Guardrail '${g.id}': ${e.message}` });
    if (r.condition) {
      guardrails.push({
        guardrail: {
          at: { file: strategyFile, path: ['guardrails', i] },
          id: g.id,
          forbid: g.forbid,
          reason: g.reason,
          ...(g.severity ? { severity: g.severity } : {}),
        },
        forbid: r.condition,
      });
    }
  });
  return { guardrails, errors };
}

export interface AnalyseOptions {
  config: Config;
  today: string;
  /** The effective severity override of a rule, if any. */
  override(id: string): SeverityOrOff | undefined;
  /** "strategy.yaml:7" for a pointer; default: the file name alone. */
  where?(at: Pointer): string;
}

/** A problem with its severity decided. */
export type RatedProblem = Problem & { severity: Severity };

export interface Analysis {
  /** Mistakes that stop the check (a bad guardrail or custom rule, an impossible audience). */
  errors: BuildProblem[];
  problems: RatedProblem[];
  playbook?: Playbook;
}

const compiledBuiltins = (() => {
  let cache: Map<ConditionRule, CompiledRule> | undefined;
  return () => {
    if (!cache) {
      cache = new Map();
      for (const rule of CONDITION_RULES) {
        const c = compileRule(rule);
        if (c.errors.length) throw new Error(`built-in rule ${rule.id} does not compile: ${c.errors[0]!.message}`);
        cache.set(rule, c.compiled);
      }
    }
    return cache;
  };
})();

export function analyse(input: AnalyseInput, opts: AnalyseOptions): Analysis {
  const { config } = opts;
  const compiledGuardrails = input.guardrails ? { guardrails: input.guardrails, errors: [] } : compileGuardrails(input.strategyFile, input.strategy);
  const errors: BuildProblem[] = [...compiledGuardrails.errors];
  const compiled = new Map(compiledBuiltins());
  for (const { rule, compiled: c } of config.customRules) compiled.set(rule, c);
  const built = buildPlaybook(input.strategyFile, input.strategy, input.tactics, config.bands);
  errors.push(...built.problems);
  if (errors.length || !built.playbook) return { errors, problems: [] };
  const playbook = withTraits(built.playbook, buildLexicon(config.lexicon));

  const env = { bands: config.bands, metrics: new MetricClassifier(config.data.metrics) };
  const strategy = new StrategySubject(playbook.strategy);
  const ctx: RuleContext = {
    playbook,
    today: opts.today,
    env,
    strategy,
    active: playbook.tactics.filter((t) => t.status !== 'retired').map((tactic) => ({ tactic, subject: new TacticSubject(tactic, strategy, env) })),
    where: opts.where ?? ((at) => at.file),
  };
  const custom = config.customRules.map((c) => c.rule);
  const rules: Rule[] = [...CODE_RULES, guardrailRule(compiledGuardrails.guardrails), ...CONDITION_RULES, ...custom];
  const raw = runRules(
    rules.filter((r) => opts.override(r.id) !== 'off'),
    compiled,
    ctx,
  );

  const knownIds = [...BUILTIN_IDS, ...custom.map((r) => r.id)];
  const guardrailIds = new Set(playbook.strategy.guardrails.map((g) => g.id));
  const items = [
    ...playbook.tactics.map((t) => ({ label: `tactic '${t.id}'`, at: t.at, id: t.id, kind: 'tactic' as const, waivers: t.waivers })),
    ...playbook.strategy.objectives.map((o) => ({ label: `objective '${o.id}'`, at: o.at, id: o.id, kind: 'objective' as const, waivers: o.waivers })),
  ];
  const waived = applyWaivers(raw, items, opts.today, (rule) => (knownIds.includes(rule) || guardrailIds.has(rule) ? null : closest(rule, knownIds)));

  const defaults = new Map<string, Severity>([...rules.map((r) => [r.id, r.severity] as const), ['expired-waiver', 'warning'], ['unused-waiver', 'info']]);
  const problems: RatedProblem[] = [];
  for (const p of waived) {
    const sev = opts.override(p.ruleId) ?? p.severity ?? defaults.get(p.ruleId) ?? 'warning';
    if (sev !== 'off') problems.push({ ...p, severity: sev });
  }
  return { errors: [], problems, playbook };
}

/**
 * Analyses a playbook given as plain objects (as YAML would parse it), through the same schemas
 * and engine as the CLI. Throws when the data does not match the schemas.
 */
export function analyseData(strategy: object, tactics: object[], opts: Partial<AnalyseOptions> & { config: Config }): Analysis {
  const s = strategyFile.parse(stripExtensions(strategy));
  const t = tacticsFile.parse(stripExtensions({ version: 1, tactics }));
  return analyse(
    { strategyFile: 'strategy.yaml', strategy: s, tactics: [{ file: 'tactics.yaml', data: t }] },
    { today: '2026-11-01', override: () => undefined, ...opts },
  );
}
