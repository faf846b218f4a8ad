/**
 * The config and what it makes, as every command sees it: the config loaded (load/config.ts), its
 * custom rules compiled (rules/custom.ts), its phrases checked (traits), and every rule's effective
 * severity: the rule's own, then the config, then `rules` (--rule).
 */
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { locateProblems } from './findings/locate.js';
import { boundaryOf, readRefusal } from './load/boundary.js';
import { type Config, emptyConfig, findConfig, loadConfig, type ReadFile } from './load/config.js';
import { excerpt } from './load/quote.js';
import { DEFAULT_LIMITS, type Limits, loadSource, type Source } from './load/source.js';
import type { CheckOptions, EffectiveRule } from './result.js';
import { type CustomRule, compileCustomRules } from './rules/custom.js';
import { BUILTIN_IDS, BUILTIN_RULES, INPUT_RULES, type RuleKind, ruleDocs, TOOL_RULES } from './rules/registry.js';
import type { RuleMeta } from './rules/types.js';
import { closest, didYouMean } from './suggest.js';
import { patternProblems } from './traits/index.js';
import { type Finding, fileStart, inputFinding, type SeverityOrOff } from './types.js';

export interface Setup {
  cwd: string;
  display(abs: string): string;
  config: Config;
  configPath: string | null;
  /** The config files read, by the path shown. */
  sources: Map<string, Source>;
  /** Input errors in the config. */
  problems: Finding[];
  /** Problems with the options themselves (an unknown rule id in `rules`): nothing is checked. */
  optionErrors: string[];
  /** The config's custom rules that compiled, ready to run. */
  customRules: CustomRule[];
  /** Every rule a finding can name: the checks (built-in, then custom), the input errors' and the tool's own. */
  rules: EffectiveRule[];
  /** The severity the config or `rules` set for a rule, if any. */
  override(id: string): SeverityOrOff | undefined;
  limits: Limits;
}

const unknownRule = (id: string, knownIds: string[], where: string) =>
  `Unknown rule '${excerpt(id)}'${where}.${didYouMean(id, knownIds, " Run 'align rules' to list the rules.")}`;

/** Loads the config (found or given) and works out every rule's effective severity. */
export function setup(opts: Pick<CheckOptions, 'cwd' | 'config' | 'rules' | 'maxFileSize'> = {}, read: ReadFile = loadSource): Setup {
  const cwd = resolve(opts.cwd ?? process.cwd());
  const display = (abs: string) => {
    const r = relative(cwd, abs);
    return (r === '' ? '.' : r).split(sep).join('/');
  };
  const sources = new Map<string, Source>();
  const problems: Finding[] = [];
  let config: Config = emptyConfig(cwd);
  const configPath = opts.config === false ? null : opts.config ? resolve(cwd, opts.config) : findConfig(cwd);
  // The config is read by the rule for every path (boundary.ts): found, it must really be inside the
  // repository; named with --config, it may not be a link in the repository that leads out of it.
  const refused = configPath ? readRefusal(configPath, boundaryOf(cwd), opts.config !== undefined && opts.config !== false, display) : null;
  if (configPath && refused) problems.push(inputFinding('input', fileStart(display(configPath)), refused));
  else if (configPath) {
    if (!existsSync(configPath)) {
      problems.push(inputFinding('input', fileStart(display(configPath)), `Config file not found: ${display(configPath)}.`));
    } else {
      const c = loadConfig(configPath, cwd, display, { ...DEFAULT_LIMITS, ...(opts.maxFileSize ? { maxFileSize: opts.maxFileSize } : {}) }, BUILTIN_IDS, read);
      config = c.config;
      for (const s of c.sources) sources.set(s.file, s);
      problems.push(...c.problems);
    }
  }
  // What the config names, compiled by the stage it is for; mistakes are input errors in the config.
  const custom = compileCustomRules(config.customRules);
  problems.push(...locateProblems(sources, custom.errors), ...locateProblems(sources, patternProblems(config)));
  const knownIds = [...BUILTIN_IDS, ...custom.rules.map((c) => c.rule.id)];
  for (const [id, o] of config.overrides) {
    if (!knownIds.includes(id)) {
      const suggestion = closest(id, knownIds) ?? undefined;
      problems.push(...locateProblems(sources, [{ file: o.file, path: o.path, key: true, message: unknownRule(id, knownIds, ''), suggestion }]));
    }
  }
  const optionErrors = Object.keys(opts.rules ?? {})
    .filter((id) => !knownIds.includes(id))
    .map((id) => unknownRule(id, knownIds, ' in --rule'));
  const override = (id: string): SeverityOrOff | undefined => opts.rules?.[id] ?? config.overrides.get(id)?.severity;
  const effective =
    (kind: RuleKind) =>
    (m: RuleMeta): EffectiveRule => {
      const { id, severity, summary, rationale, tags, origin } = m;
      return {
        id,
        severity,
        summary,
        rationale,
        tags,
        origin,
        effective: kind === 'check' ? (override(id) ?? severity) : severity,
        kind,
        docs: ruleDocs(id, kind),
      };
    };
  const rules = [
    ...[...BUILTIN_RULES, ...custom.rules.map((c) => c.rule)].map(effective('check')),
    ...INPUT_RULES.map(effective('input')),
    ...TOOL_RULES.map(effective('tool')),
  ];
  const limits: Limits = { ...DEFAULT_LIMITS, maxFileSize: opts.maxFileSize ?? config.data.max_file_size ?? DEFAULT_LIMITS.maxFileSize };
  return { cwd, display, config, configPath, sources, problems, optionErrors, customRules: custom.rules, rules, override, limits };
}
