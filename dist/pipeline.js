import { filterFindings, summarise } from './findings/filter.js';
import { sortFindings, toFinding } from './findings/locate.js';
import { rate } from './findings/severity.js';
import { applyWaivers } from './findings/waivers.js';
import { locate } from './load/locate.js';
import { readFiles } from './load/read.js';
import { strategyFile, tacticsFile } from './load/schema.js';
import { inputFinding } from './load/source.js';
import { stripExtensions } from './load/validate.js';
import { between, inputBytes } from './memory.js';
import { buildGuardrails, buildPlaybook } from './playbook/build.js';
import { localToday, UsageError } from './result.js';
import { BUILTIN_IDS, BUILTIN_RULES } from './rules/registry.js';
import { compileGuardrails, runAllRules } from './rules/run.js';
import { setup } from './setup.js';
import { closest } from './suggest.js';
import { buildLexicon, withTraits } from './traits/index.js';
/** Runs the whole check. Never throws for bad input: input errors come back as findings, bad options as `optionErrors`. */
export function check(opts = {}) {
    const result = checkRules(opts);
    if (result.optionErrors?.length)
        return result;
    // The baseline: the one named in the options, else the config's (`baseline: false` turns it off).
    const baseline = opts.baseline === false ? undefined : (opts.baseline ?? result.baselineFile);
    const updateBaseline = opts.updateBaseline === true ? baseline : opts.updateBaseline;
    // A config whose baseline: was refused is an input error, reported as one, not a missing option.
    if (opts.updateBaseline === true && !updateBaseline && !result.inputError) {
        const message = '--update-baseline needs a file: --update-baseline FILE, --baseline FILE --update-baseline, or baseline: FILE in the config.';
        return { ...result, findings: [], inputError: true, optionErrors: [message] };
    }
    const { baselineFile: _, ...rest } = result;
    const used = { ...rest, ...((updateBaseline ?? baseline) ? { baselineFile: updateBaseline ?? baseline } : {}) };
    if (opts.since === undefined && baseline === undefined && updateBaseline === undefined && !opts.quiet)
        return used;
    const { baseline: _b, updateBaseline: _u, ...others } = opts;
    const options = { ...others, ...(updateBaseline ? { updateBaseline } : baseline ? { baseline } : {}) };
    try {
        const f = filterFindings(used, options, checkRules);
        const { findings, summary, inputError, baselined } = f;
        const notes = [...(used.notes ?? []), ...f.notes];
        return { ...used, findings, summary, inputError, baselined, notes, ...(f.wrote !== undefined ? { wroteBaseline: f.wrote } : {}) };
    }
    catch (e) {
        if (!(e instanceof UsageError))
            throw e;
        return { ...used, findings: [], inputError: true, optionErrors: [e.message] };
    }
}
/** Every finding of today, located and sorted, before the baseline, since and quiet filters. */
export function checkRules(opts = {}) {
    const base = setup(opts);
    if (base.optionErrors.length)
        return { ...resultOf(base, [], true), optionErrors: base.optionErrors };
    const read = readFiles(opts, base);
    const bytes = inputBytes(base.sources);
    between(bytes);
    // Guardrails are compiled with the files, so that a mistake in one is reported with every other input error.
    const guardrails = read.strategy && read.strategySource ? compileGuardrails(buildGuardrails(read.strategySource.file, read.strategy)) : undefined;
    const problems = [...base.problems, ...errorFindings(base, guardrails?.errors ?? [])];
    if (problems.length || !read.strategy || !read.strategySource || !guardrails)
        return resultOf(base, problems, true);
    const today = opts.today ?? process.env.ALIGN_TODAY ?? localToday();
    const a = analyse(read.strategySource.file, read.strategy, read.tactics, {
        config: base.config,
        today,
        override: base.override,
        guardrails: guardrails.rules,
        afterTraits: () => between(bytes),
    });
    between(bytes);
    if (a.errors.length)
        return resultOf(base, errorFindings(base, a.errors), true);
    const findings = a.problems.map((p) => toFinding(p, p.severity, base.sources, a.messages(p.ruleId)));
    return resultOf(base, findings, false, a.playbook);
}
/** From validated data to rated problems: build → traits → rules → waivers → severity. */
export function analyse(file, strategy, tactics, opts) {
    const { config, today } = opts;
    const none = { errors: [], problems: [], messages: () => ({}) };
    const built = buildPlaybook(file, strategy, tactics, config.bands);
    const guardrails = opts.guardrails ? { rules: opts.guardrails, errors: [] } : compileGuardrails(buildGuardrails(file, strategy));
    const errors = [...built.problems, ...guardrails.errors];
    if (errors.length || !built.playbook)
        return { ...none, errors };
    const playbook = withTraits(built.playbook, buildLexicon(config.lexicon, config.qualifiers));
    opts.afterTraits?.();
    const run = runAllRules(playbook, { config, today, override: opts.override, guardrails: guardrails.rules });
    // A pattern over its budget stops the check: an input error at the pattern.
    if (run.errors.length)
        return { ...none, errors: run.errors };
    const custom = config.customRules.map((c) => c.rule);
    const knownIds = [...BUILTIN_IDS, ...custom.map((r) => r.id)];
    const guardrailIds = new Set(playbook.strategy.guardrails.map((g) => g.id));
    const suggest = (rule) => (knownIds.includes(rule) || guardrailIds.has(rule) ? null : closest(rule, knownIds));
    const waived = applyWaivers(run.problems, playbook, today, suggest);
    return { errors: [], problems: rate(waived, opts.override, [...BUILTIN_RULES, ...custom]), messages: run.messages, playbook };
}
/** The analysis of a playbook given as plain objects (as YAML would parse it), through the same schemas and stages. Throws when the data does not match the schemas. */
export function analyseData(strategy, tactics, opts) {
    const s = strategyFile.parse(stripExtensions(strategy));
    const t = tacticsFile.parse(stripExtensions({ version: 1, tactics }));
    return analyse('strategy.yaml', s, [{ file: 'tactics.yaml', data: t }], { override: () => undefined, ...opts });
}
/** Loads, validates, builds and reads a playbook without running the rules. */
export function loadPlaybook(opts = {}) {
    const base = setup(opts);
    const read = readFiles(opts, base);
    if (base.problems.length || !read.strategy || !read.strategySource)
        return { findings: sortFindings(base.problems), sources: base.sources };
    const built = buildPlaybook(read.strategySource.file, read.strategy, read.tactics, base.config.bands);
    if (!built.playbook)
        return { findings: sortFindings(errorFindings(base, built.problems)), sources: base.sources };
    return { playbook: withTraits(built.playbook, buildLexicon(base.config.lexicon, base.config.qualifiers)), findings: [], sources: base.sources };
}
const errorFindings = (base, errors) => errors.map((e) => inputFinding('schema', locate(base.sources.get(e.file), e.path, { key: true }), e.message));
function resultOf(base, findings, inputError, playbook) {
    const result = {
        findings: sortFindings(findings),
        summary: {
            error: 0,
            warning: 0,
            info: 0,
            files: base.sources.size,
            tactics: playbook?.tactics.length ?? 0,
            objectives: playbook?.strategy.objectives.length ?? 0,
        },
        inputError,
        sources: base.sources,
        rules: base.rules,
        ...(playbook ? { playbook } : {}),
        ...(base.configPath ? { configFile: base.configPath } : {}),
        ...(base.config.baseline ? { baselineFile: base.display(base.config.baseline) } : {}),
        ...(base.notes.length ? { notes: base.notes } : {}),
    };
    return { ...result, summary: summarise(result, result.findings) };
}
