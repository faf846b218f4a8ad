/** The config and the rules it makes, as every command sees them: the first stage of a check. */
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { emptyConfig, findConfig, loadConfig } from './config.js';
import { boundaryOf, readRefusal } from './load/boundary.js';
import { locate } from './load/locate.js';
import { excerpt } from './load/quote.js';
import { DEFAULT_LIMITS, fileStart, inputFinding } from './load/source.js';
import { BUILTIN_IDS, BUILTIN_RULES } from './rules/registry.js';
import { closest } from './suggest.js';
const unknownRule = (id, knownIds, where) => {
    const c = closest(id, knownIds);
    return `Unknown rule '${excerpt(id)}'${where}.${c ? ` Did you mean '${c}'?` : ` Run 'align rules' to list the rules.`}`;
};
/** Loads the config (found or given) and works out every rule's effective severity: the rule's own, then the config, then `rules`. */
export function setup(opts = {}) {
    const cwd = resolve(opts.cwd ?? process.cwd());
    const display = (abs) => {
        const r = relative(cwd, abs);
        return (r === '' ? '.' : r).split(sep).join('/');
    };
    const sources = new Map();
    const problems = [];
    let config = emptyConfig(cwd);
    const configPath = opts.config === false ? null : opts.config ? resolve(cwd, opts.config) : findConfig(cwd);
    // The config is read by the rule for every path (boundary.ts): found, it must really be inside the
    // repository; named with --config, it may not be a link in the repository that leads out of it.
    const refused = configPath ? readRefusal(configPath, boundaryOf(cwd), opts.config !== undefined && opts.config !== false, display) : null;
    if (configPath && refused)
        problems.push(inputFinding('input', fileStart(display(configPath)), refused));
    else if (configPath) {
        if (!existsSync(configPath)) {
            problems.push(inputFinding('input', fileStart(display(configPath)), `Config file not found: ${display(configPath)}.`));
        }
        else {
            const c = loadConfig(configPath, cwd, display, { ...DEFAULT_LIMITS, ...(opts.maxFileSize ? { maxFileSize: opts.maxFileSize } : {}) });
            config = c.config;
            for (const s of c.sources)
                sources.set(s.file, s);
            problems.push(...c.problems);
        }
    }
    const knownIds = [...BUILTIN_IDS, ...config.customRules.map((c) => c.rule.id)];
    for (const [id, o] of config.overrides) {
        if (!knownIds.includes(id))
            problems.push(inputFinding('schema', locate(sources.get(o.file), o.path, { key: true }), unknownRule(id, knownIds, '')));
    }
    const optionErrors = Object.keys(opts.rules ?? {})
        .filter((id) => !knownIds.includes(id))
        .map((id) => unknownRule(id, knownIds, ' in --rule'));
    const override = (id) => opts.rules?.[id] ?? config.overrides.get(id)?.severity;
    const metas = [...BUILTIN_RULES, ...config.customRules.map((c) => c.rule)];
    const rules = metas.map(({ id, severity, summary, rationale, tags, origin }) => ({
        id,
        severity,
        summary,
        rationale,
        tags,
        origin,
        effective: override(id) ?? severity,
    }));
    const limits = { ...DEFAULT_LIMITS, maxFileSize: opts.maxFileSize ?? config.data.max_file_size ?? DEFAULT_LIMITS.maxFileSize };
    return { cwd, display, config, configPath, sources, problems, notes: [], optionErrors, rules, override, limits };
}
