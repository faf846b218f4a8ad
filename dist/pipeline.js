/**
 * The check, stage by stage, for the CLI, the library and the editor server alike:
 * setup → load (discover, read, parse, validate) → build → traits → rules → findings (waivers,
 * severity, locate, baseline, since, quiet) → summary. The past that --since compares with is an
 * input, loaded from the ref's files by the same load stage and checked by the same stages.
 *
 * A Checker keeps what each stage gave, file by file, so that one changed file re-runs from its
 * own load: its tactics rebuilt and read again, the other tactics' traits kept, the rules and the
 * findings stage re-run. Each stage takes its inputs and returns its outputs.
 */
import { resolve } from 'node:path';
import { baselineStage } from './findings/baseline.js';
import { locateProblems, sortFindings, toFinding } from './findings/locate.js';
import { isOff, rate } from './findings/severity.js';
import { newFiles, splitSince } from './findings/since.js';
import { summarise } from './findings/summary.js';
import { applyWaivers } from './findings/waivers.js';
import { disk, withBuffers } from './load/files.js';
import { treeAt } from './load/git.js';
import { loadedSources, loadProblems, readPlaybook, reloadStrategy, reloadTactics } from './load/read.js';
import { strategyFile, tacticsFile } from './load/schema.js';
import { stripExtensions } from './load/validate.js';
import { buildStrategy, buildTactics, playbookOf } from './playbook/build.js';
import { localToday } from './result.js';
import { compileCustomRules } from './rules/custom.js';
import { BUILTIN_IDS, BUILTIN_RULES } from './rules/registry.js';
import { compileGuardrails, runAllRules } from './rules/run.js';
import { setup } from './setup.js';
import { closest } from './suggest.js';
import { lexiconOf, readTactic } from './traits/index.js';
import { UsageError } from './types.js';
/** The last reader built, with the config's phrases and qualifiers it was built from, as JSON. */
let lastReader;
/**
 * The prose reader for a config's lexicon additions and qualifiers. Building one compiles every phrase of the built-in
 * lexicon, most of what a small check costs; a process that checks again with the same additions (the editor server,
 * `align explain`'s two examples, the library called in a loop) builds it once. A reader gives the same readings
 * whatever it read before (its memo only keeps them), so sharing it changes no result.
 */
function readerOf(config) {
    const key = JSON.stringify([config.lexicon, config.qualifiers, config.statistical]);
    if (lastReader?.key !== key)
        lastReader = { key, lexicon: lexiconOf(config) };
    return lastReader.lexicon;
}
/** Runs the whole check. Never throws for bad input: input errors come back as findings, bad options as `optionErrors`. */
export function check(opts = {}, hooks = {}) {
    return new Checker(opts, hooks).check();
}
/**
 * A check that can run again from one changed file (the editor server's): `check()` runs every
 * stage; `update(file, text)` takes a tactics file's (or the strategy's) new text and re-runs
 * from it. Both give what `check()` would give for the files as they now are.
 *
 * The texts given to `update` stand in for their files until `update(file)` without a text gives
 * the file back to the disk (an editor's buffer closed without saving): every later run reads them,
 * a config's included, with the limits and the rules for reads that the disk has.
 */
export class Checker {
    options;
    hooks;
    state;
    lexiconValue;
    /** The editor's buffers, by absolute path: read instead of the disk. */
    buffers = new Map();
    /** The disk itself while no buffer stands in for a file (so that --cache, which only the disk may use, works), else the disk with the buffers. */
    get files() {
        return this.buffers.size ? withBuffers(disk, this.buffers) : disk;
    }
    /** The past for --since, loaded once: the ref's files and their check. */
    pastValue;
    constructor(options = {}, hooks = {}) {
        this.options = options;
        this.hooks = hooks;
    }
    /** Every stage, from the files as they are on disk (or in the buffers `update` was given). */
    check() {
        const s = this.start();
        if (s.optionErrors.length)
            return summarised({ ...inputResult(s, s.sources, [], undefined), optionErrors: s.optionErrors });
        return this.filtered(this.run(this.state));
    }
    /** The stages up to the traits, without the rules: the playbook with every tactic's traits, or the input errors that stop it. */
    load() {
        this.start(true);
        const state = this.state;
        const sources = this.sources(state);
        const t = this.throughTraits(state, sources);
        return 'playbook' in t ? { playbook: t.playbook, findings: [], sources } : { findings: sortFindings(t.problems), sources };
    }
    /** Setup and load, from the disk; no state when the options themselves are wrong, unless the rules will not run. */
    start(withoutRules = false) {
        this.pastValue = undefined;
        this.lexiconValue = undefined;
        this.state = undefined;
        const s = setup(this.options, this.files.load);
        if (s.optionErrors.length && !withoutRules)
            return s;
        const loaded = readPlaybook(readInput(s, this.options), this.files);
        this.state = { setup: s, today: this.today(), loaded, slots: loaded.tactics.map((t) => ({ loaded: t })) };
        this.hooks.afterStage?.('load', this.sources(this.state));
        return s;
    }
    /**
     * Re-runs from one file's new text, or, without one, from the file as it is on disk again: a
     * tactics file's tactics are rebuilt and read again, the strategy's change rebuilds every tactic
     * but keeps their traits. Any other file (the config, a file the check did not read) runs every
     * stage. `file` is as findings show it.
     */
    update(file, text) {
        const abs = resolve(this.state?.setup.cwd ?? this.options.cwd ?? '.', file);
        if (text === undefined)
            this.buffers.delete(abs);
        else
            this.buffers.set(abs, text);
        const state = this.state;
        if (!state)
            return this.check();
        const at = state.slots.findIndex((s) => s.loaded.file === file);
        if (at >= 0) {
            state.slots[at] = { loaded: reloadTactics(abs, file, state.setup.limits, this.files) };
        }
        else if (file === state.loaded.strategy.file) {
            state.loaded = { ...state.loaded, strategy: reloadStrategy(abs, file, state.setup.limits, this.files) };
            state.built = undefined;
            for (const slot of state.slots)
                slot.built = undefined;
        }
        else
            return this.check();
        this.hooks.afterStage?.('load', this.sources(state));
        return this.filtered(this.run(state));
    }
    today() {
        return this.options.today ?? process.env.ALIGN_TODAY ?? localToday();
    }
    lexicon(config) {
        this.lexiconValue ??= readerOf(config);
        return this.lexiconValue;
    }
    /** The prose reader of the last check's config, as the traits stage reads tactics with it (`align traits`, the editor's hover). */
    reader() {
        return this.state ? this.lexicon(this.state.setup.config) : undefined;
    }
    /** Every file read, by the path shown: the config's, the strategy, the tactics files in order. */
    sources(state) {
        return sourcesOf(state.setup, { ...state.loaded, tactics: state.slots.map((s) => s.loaded) });
    }
    /** The stages after loading: build, traits, rules, and the findings stage up to the filters. */
    run(state) {
        const { setup: s, loaded } = state;
        const sources = this.sources(state);
        const t = this.throughTraits(state, sources);
        if (!('playbook' in t))
            return inputResult(s, sources, t.problems, loaded.notes);
        const { playbook, guardrails } = t;
        this.hooks.afterStage?.('traits', sources);
        const a = rulesStage(playbook, guardrails, s.customRules, s.config, state.today, s.override);
        this.hooks.afterStage?.('rules', sources);
        if (a.errors.length)
            return inputResult(s, sources, locateProblems(sources, a.errors), loaded.notes);
        const findings = a.problems.map((p) => toFinding(p, p.severity, sources, a.messages(p.ruleId)));
        return result(s, sources, sortFindings(findings), false, playbook, loaded.notes);
    }
    /**
     * Build and traits, from what is loaded: the strategy built and its guardrails compiled (a
     * mistake in one is reported with every other input error), each file's tactics built against
     * it and read (kept per file until the file or the strategy changes).
     */
    throughTraits(state, sources) {
        const { setup: s, loaded } = state;
        const strategy = loaded.strategy.valid;
        // Guardrails are compiled with the files, so that a mistake in one is reported with every other input error.
        if (strategy && !state.built) {
            const built = buildStrategy(loaded.strategy.file, strategy.data, s.config.bands);
            state.built = { ...built, guardrails: compileGuardrails(built.strategy.guardrails) };
        }
        const problems = [
            ...s.problems,
            ...loadProblems({ ...loaded, tactics: state.slots.map((slot) => slot.loaded) }),
            ...locateProblems(sources, state.built?.guardrails.errors ?? []),
        ];
        if (problems.length || !strategy || !state.built)
            return { problems };
        const { strategy: built, guardrails } = state.built;
        const buildProblems = [...state.built.problems];
        for (const slot of state.slots) {
            slot.built ??= buildTactics(built, { file: slot.loaded.file, data: slot.loaded.data }, s.config.bands);
            buildProblems.push(...slot.built.problems);
        }
        if (buildProblems.length)
            return { problems: locateProblems(sources, buildProblems) };
        const lexicon = this.lexicon(s.config);
        const tactics = state.slots.flatMap((slot) => {
            slot.traits ??= slot.built.tactics.map((t) => readTactic(t, lexicon));
            return slot.built.tactics.map((t, i) => ({ ...t, ...slot.traits[i] }));
        });
        const playbook = playbookOf(built, tactics, state.slots.map((slot) => slot.loaded.file));
        return { playbook, guardrails: guardrails.rules };
    }
    /** The findings stage's filters, in order: the baseline (judged against all of today's findings), --since, --quiet; then the summary. */
    filtered(result) {
        const opts = this.options;
        // The baseline: the one named in the options, else the config's (`baseline: false` turns it off).
        const baseline = opts.baseline === false ? undefined : (opts.baseline ?? result.baselineFile);
        const updateBaseline = opts.updateBaseline === true ? baseline : opts.updateBaseline;
        // A config whose baseline: was refused is an input error, reported as one, not a missing option.
        if (opts.updateBaseline === true && !updateBaseline && !result.inputError) {
            const message = '--update-baseline needs a file: --update-baseline FILE, --baseline FILE --update-baseline, or baseline: FILE in the config.';
            return { ...summarised(result), findings: [], inputError: true, optionErrors: [message] };
        }
        const { baselineFile: _, ...rest } = result;
        const used = { ...rest, ...((updateBaseline ?? baseline) ? { baselineFile: updateBaseline ?? baseline } : {}) };
        if (opts.since === undefined && baseline === undefined && updateBaseline === undefined && !opts.quiet)
            return summarised(used);
        try {
            const cwd = resolve(opts.cwd ?? '.');
            let inputError = result.inputError;
            let findings = result.findings;
            let stale = [];
            let baselined = 0;
            let wrote;
            // What the filters keep out of the report: known problems still, so they count in the score and mark their tactics.
            const hidden = { baseline: [], since: [], quiet: [] };
            if (!inputError && (updateBaseline || baseline)) {
                const before = findings;
                const b = baselineStage(findings, cwd, updateBaseline ? { updateBaseline } : { baseline: baseline });
                ({ findings, stale, baselined, wrote, inputError } = b);
                if (!inputError && wrote === undefined) {
                    const kept = new Set(findings);
                    hidden.baseline.push(...before.filter((f) => !kept.has(f)));
                }
            }
            const notes = [...(used.notes ?? [])];
            if (opts.since && !inputError && wrote === undefined && result.playbook) {
                const s = this.since(opts.since, findings, result.playbook);
                findings = s.findings;
                hidden.since.push(...s.old);
                notes.push(...s.notes);
            }
            findings = [...findings, ...stale];
            if (opts.quiet && !inputError) {
                hidden.quiet.push(...findings.filter((x) => x.severity !== 'error'));
                findings = findings.filter((x) => x.severity === 'error');
            }
            const known = hidden.baseline.length + hidden.since.length + hidden.quiet.length ? { hidden } : {};
            return summarised({ ...used, findings, inputError, baselined, notes, ...known, ...(wrote !== undefined ? { wroteBaseline: wrote } : {}) });
        }
        catch (e) {
            if (!(e instanceof UsageError))
                throw e;
            return { ...summarised(used), findings: [], inputError: true, optionErrors: [e.message] };
        }
    }
    /** --since: today's findings compared with the playbook's at `ref`, read from its blobs and checked by the same stages. */
    since(ref, findings, playbook) {
        const state = this.state;
        this.pastValue ??= this.past(ref, state);
        const { tree, checked } = this.pastValue;
        const tacticsFiles = [...new Set(playbook.tactics.map((t) => t.at.file))];
        const notes = newFiles(ref, [playbook.strategy.file, ...tacticsFiles], state.setup.cwd, tree);
        if (!tree.has(resolve(state.setup.cwd, playbook.strategy.file)))
            return { findings, old: [], notes };
        if (!checked) {
            notes.push(`The playbook at ${ref} could not be checked (it has input errors), so every finding counts as new.`);
            return { findings, old: [], notes };
        }
        const { kept, old } = splitSince(findings, { findings, playbook, strategyData: state.loaded.strategy.valid.raw }, checked);
        return { findings: kept, old, notes };
    }
    /** The playbook at `ref`: found and read in the ref's tree the way today's is on disk, with today's config; null when it has input errors. */
    past(ref, state) {
        const tree = treeAt(state.setup.cwd, ref);
        // Tactics given on standard input were, at the ref, the file they are named after (if any); a buffer that stood in for a file found today is that file.
        const { stdin, cache: _, ...rest } = this.options;
        const tactics = [...(rest.tactics ?? []), ...(stdin?.name && state.loaded.stdin === 'added' ? [stdin.name] : [])];
        const options = { ...rest, ...(tactics.length ? { tactics } : {}) };
        const loaded = readPlaybook(readInput(state.setup, options), tree);
        const pastState = { setup: state.setup, today: state.today, loaded, slots: loaded.tactics.map((t) => ({ loaded: t })) };
        this.hooks.afterStage?.('load', this.sources(pastState));
        const r = this.run(pastState);
        return { tree, checked: r.inputError || !r.playbook ? null : { findings: r.findings, playbook: r.playbook, strategyData: loaded.strategy.valid.raw } };
    }
}
/** What the load stage is given: the setup's paths, limits and config, and the options' files. */
function readInput(s, opts) {
    return {
        cwd: s.cwd,
        display: s.display,
        config: s.config,
        configPath: s.configPath,
        limits: s.limits,
        ...(opts.strategy !== undefined ? { strategy: opts.strategy } : {}),
        ...(opts.tactics ? { tactics: opts.tactics } : {}),
        ...(opts.stdin ? { stdin: opts.stdin } : {}),
        ...(opts.cache !== undefined ? { cache: opts.cache } : {}),
        ...(opts.concurrency !== undefined ? { concurrency: opts.concurrency } : {}),
    };
}
/** Every file read, by the path shown: the config's, the strategy, the tactics files in order. */
function sourcesOf(s, loaded) {
    const out = new Map(s.sources);
    for (const source of loadedSources(loaded))
        out.set(source.file, source);
    return out;
}
/** Rules, then waivers and severity: rated problems, with each rule's message builders. */
function rulesStage(playbook, guardrails, customRules, config, today, override) {
    const run = runAllRules(playbook, { config, today, off: (id) => isOff(override, id), guardrails, customRules });
    // A pattern over its budget stops the check: an input error at the pattern.
    if (run.errors.length)
        return { problems: [], errors: run.errors, messages: run.messages };
    const custom = customRules.map((c) => c.rule);
    const knownIds = [...BUILTIN_IDS, ...custom.map((r) => r.id)];
    const guardrailIds = new Set(playbook.strategy.guardrails.map((g) => g.id));
    const suggest = (rule) => (knownIds.includes(rule) || guardrailIds.has(rule) ? null : closest(rule, knownIds));
    const waived = applyWaivers(run.problems, playbook, today, suggest);
    return { problems: rate(waived, override, [...BUILTIN_RULES, ...custom]), errors: [], messages: run.messages };
}
function result(s, sources, findings, inputError, playbook, notes = []) {
    return {
        findings,
        inputError,
        sources,
        rules: s.rules,
        ...(playbook ? { playbook } : {}),
        ...(s.configPath ? { configFile: s.configPath } : {}),
        ...(s.config.baseline ? { baselineFile: s.display(s.config.baseline) } : {}),
        ...(notes.length ? { notes } : {}),
    };
}
const inputResult = (s, sources, problems, notes) => result(s, sources, sortFindings(problems), true, undefined, notes);
/** The summary stage: counts and score of the findings given, computed once per result. */
const summarised = ({ findings, ...rest }) => ({
    findings,
    summary: summarise(findings, rest.sources.size, rest.playbook, rest.inputError, rest.hidden ? [...rest.hidden.baseline, ...rest.hidden.since, ...rest.hidden.quiet] : []),
    ...rest,
});
/** From validated data to rated problems: build → traits → rules → waivers → severity. The config's custom rules are compiled unless given. */
export function analyse(file, strategy, tactics, opts) {
    const none = { errors: [], problems: [], messages: () => ({}) };
    const custom = opts.customRules ? { rules: opts.customRules, errors: [] } : compileCustomRules(opts.config.customRules);
    const built = buildStrategy(file, strategy, opts.config.bands);
    const guardrails = compileGuardrails(built.strategy.guardrails);
    const lexicon = readerOf(opts.config);
    const problems = [...custom.errors, ...built.problems, ...guardrails.errors];
    const list = tactics.flatMap((input) => {
        const b = buildTactics(built.strategy, input, opts.config.bands);
        problems.push(...b.problems);
        return b.tactics;
    });
    if (problems.length)
        return { ...none, errors: problems };
    const playbook = playbookOf(built.strategy, list.map((t) => ({ ...t, ...readTactic(t, lexicon) })), tactics.map((t) => t.file));
    const a = rulesStage(playbook, guardrails.rules, custom.rules, opts.config, opts.today, opts.override ?? (() => undefined));
    if (a.errors.length)
        return { ...none, errors: a.errors };
    return { errors: [], problems: a.problems, messages: a.messages, playbook };
}
/** The analysis of a playbook given as plain objects (as YAML would parse it), through the same schemas and stages. Throws when the data does not match the schemas. */
export function analyseData(strategy, tactics, opts) {
    const s = strategyFile.parse(stripExtensions(strategy));
    const t = tacticsFile.parse(stripExtensions({ version: 1, tactics }));
    return analyse('strategy.yaml', s, [{ file: 'tactics.yaml', data: t }], opts);
}
/** Loads, validates, builds and reads a playbook without running the rules. */
export function loadPlaybook(opts = {}) {
    return new Checker(opts).load();
}
