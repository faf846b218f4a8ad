import { type Override, type RatedProblem } from './findings/severity.js';
import type { Config } from './load/config.js';
import { strategyFile } from './load/schema.js';
import type { Source } from './load/source.js';
import { type TacticsInput } from './playbook/build.js';
import type { Playbook } from './playbook/model.js';
import { type CheckOptions, type CheckResult } from './result.js';
import { type CustomRule } from './rules/custom.js';
import { type RuleError } from './rules/run.js';
import type { Messages } from './rules/types.js';
import type { Lexicon } from './traits/reader.js';
import { type Finding } from './types.js';
/** The stages a front end may wrap: each is reported as it ends. */
export type Stage = 'load' | 'traits' | 'rules';
export interface Hooks {
    /** Called as a stage ends, with every file read so far (the CLI collects garbage there on big inputs: memory.ts). */
    afterStage?(stage: Stage, sources: ReadonlyMap<string, Source>): void;
}
/** Runs the whole check. Never throws for bad input: input errors come back as findings, bad options as `optionErrors`. */
export declare function check(opts?: CheckOptions, hooks?: Hooks): CheckResult;
/**
 * A check that can run again from one changed file (the editor server's): `check()` runs every
 * stage; `update(file, text)` takes a tactics file's (or the strategy's) new text and re-runs
 * from it. Both give what `check()` would give for the files as they now are.
 *
 * The texts given to `update` stand in for their files until `update(file)` without a text gives
 * the file back to the disk (an editor's buffer closed without saving): every later run reads them,
 * a config's included, with the limits and the rules for reads that the disk has.
 */
export declare class Checker {
    readonly options: CheckOptions;
    private readonly hooks;
    private state;
    private lexiconValue;
    /** The editor's buffers, by absolute path: read instead of the disk. */
    private readonly buffers;
    /** The disk itself while no buffer stands in for a file (so that --cache, which only the disk may use, works), else the disk with the buffers. */
    private get files();
    /** The past for --since, loaded once: the ref's files and their check. */
    private pastValue;
    constructor(options?: CheckOptions, hooks?: Hooks);
    /** Every stage, from the files as they are on disk (or in the buffers `update` was given). */
    check(): CheckResult;
    /** The stages up to the traits, without the rules: the playbook with every tactic's traits, or the input errors that stop it. */
    load(): LoadResult;
    /** Setup and load, from the disk; no state when the options themselves are wrong, unless the rules will not run. */
    private start;
    /**
     * Re-runs from one file's new text, or, without one, from the file as it is on disk again: a
     * tactics file's tactics are rebuilt and read again, the strategy's change rebuilds every tactic
     * but keeps their traits. Any other file (the config, a file the check did not read) runs every
     * stage. `file` is as findings show it.
     */
    update(file: string, text?: string): CheckResult;
    private today;
    private lexicon;
    /** The prose reader of the last check's config, as the traits stage reads tactics with it (`align traits`, the editor's hover). */
    reader(): Lexicon | undefined;
    /** Every file read, by the path shown: the config's, the strategy, the tactics files in order. */
    private sources;
    /** The stages after loading: build, traits, rules, and the findings stage up to the filters. */
    private run;
    /**
     * Build and traits, from what is loaded: the strategy built and its guardrails compiled (a
     * mistake in one is reported with every other input error), each file's tactics built against
     * it and read (kept per file until the file or the strategy changes).
     */
    private throughTraits;
    /** The findings stage's filters, in order: the baseline (judged against all of today's findings), --since, --quiet; then the summary. */
    private filtered;
    /** --since: today's findings compared with the playbook's at `ref`, read from its blobs and checked by the same stages. */
    private since;
    /** The playbook at `ref`: found and read in the ref's tree the way today's is on disk, with today's config; null when it has input errors. */
    private past;
}
export interface Analysis {
    /** Mistakes that stop the check (a bad guardrail, an impossible audience), at their place. */
    errors: RuleError[];
    /** Problems after waivers, each with its severity. */
    problems: RatedProblem[];
    /** The message builders of a rule, to word its problems. */
    messages(ruleId: string): Messages;
    playbook?: Playbook;
}
/** From validated data to rated problems: build → traits → rules → waivers → severity. The config's custom rules are compiled unless given. */
export declare function analyse(file: string, strategy: ReturnType<typeof strategyFile.parse>, tactics: TacticsInput[], opts: {
    config: Config;
    today: string;
    override?: Override;
    customRules?: readonly CustomRule[];
}): Analysis;
/** The analysis of a playbook given as plain objects (as YAML would parse it), through the same schemas and stages. Throws when the data does not match the schemas. */
export declare function analyseData(strategy: object, tactics: object[], opts: {
    config: Config;
    today: string;
    override?: Override;
}): Analysis;
export interface LoadResult {
    /** The normalised playbook with every tactic's traits, when the files are valid. */
    playbook?: Playbook;
    /** Input errors (YAML, schema, unreadable files), located. */
    findings: Finding[];
    sources: CheckResult['sources'];
}
/** Loads, validates, builds and reads a playbook without running the rules. */
export declare function loadPlaybook(opts?: CheckOptions): LoadResult;
