/** The config and the rules it makes, as every command sees them: the first stage of a check. */
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { type Config, emptyConfig, findConfig, loadConfig, type SeverityOrOff } from './config.js';
import { boundaryOf, readRefusal } from './load/boundary.js';
import { locate } from './load/locate.js';
import { excerpt } from './load/quote.js';
import { DEFAULT_LIMITS, fileStart, inputFinding, type Limits, type Source } from './load/source.js';
import type { CheckOptions, EffectiveRule } from './result.js';
import { BUILTIN_IDS, BUILTIN_RULES } from './rules/registry.js';
import type { RuleMeta } from './rules/types.js';
import { closest } from './suggest.js';
import type { Finding } from './types.js';

export interface Setup {
  cwd: string;
  display(abs: string): string;
  config: Config;
  configPath: string | null;
  sources: Map<string, Source>;
  problems: Finding[];
  /** Notes for standard error that change no result (a cache that is not used, and why). */
  notes: string[];
  /** Problems with the options themselves (an unknown rule id in `rules`): nothing is checked. */
  optionErrors: string[];
  rules: EffectiveRule[];
  /** The severity the config or `rules` set for a rule, if any. */
  override(id: string): SeverityOrOff | undefined;
  limits: Limits;
}

const unknownRule = (id: string, knownIds: string[], where: string) => {
  const c = closest(id, knownIds);
  return `Unknown rule '${excerpt(id)}'${where}.${c ? ` Did you mean '${c}'?` : ` Run 'align rules' to list the rules.`}`;
};

/** Loads the config (found or given) and works out every rule's effective severity: the rule's own, then the config, then `rules`. */
export function setup(opts: Pick<CheckOptions, 'cwd' | 'config' | 'rules' | 'maxFileSize'> = {}): Setup {
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
      const c = loadConfig(configPath, cwd, display, { ...DEFAULT_LIMITS, ...(opts.maxFileSize ? { maxFileSize: opts.maxFileSize } : {}) });
      config = c.config;
      for (const s of c.sources) sources.set(s.file, s);
      problems.push(...c.problems);
    }
  }
  const knownIds = [...BUILTIN_IDS, ...config.customRules.map((c) => c.rule.id)];
  for (const [id, o] of config.overrides) {
    if (!knownIds.includes(id)) problems.push(inputFinding('schema', locate(sources.get(o.file)!, o.path, { key: true }), unknownRule(id, knownIds, '')));
  }
  const optionErrors = Object.keys(opts.rules ?? {})
    .filter((id) => !knownIds.includes(id))
    .map((id) => unknownRule(id, knownIds, ' in --rule'));
  const override = (id: string): SeverityOrOff | undefined => opts.rules?.[id] ?? config.overrides.get(id)?.severity;
  const metas: RuleMeta[] = [...BUILTIN_RULES, ...config.customRules.map((c) => c.rule)];
  const rules = metas.map(({ id, severity, summary, rationale, tags, origin }) => ({
    id,
    severity,
    summary,
    rationale,
    tags,
    origin,
    effective: override(id) ?? severity,
  }));
  const limits: Limits = { ...DEFAULT_LIMITS, maxFileSize: opts.maxFileSize ?? config.data.max_file_size ?? DEFAULT_LIMITS.maxFileSize };
  return { cwd, display, config, configPath, sources, problems, notes: [], optionErrors, rules, override, limits };
}
