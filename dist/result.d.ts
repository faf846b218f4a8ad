/** What a check takes and what it gives back: the options, the result and its summary. */
import type { Summary } from './findings/summary.js';
import type { Concurrency } from './load/parallel.js';
import type { Source } from './load/source.js';
import type { Playbook } from './playbook/model.js';
import type { RuleKind } from './rules/registry.js';
import type { RuleMeta } from './rules/types.js';
import type { Finding, SeverityOrOff } from './types.js';
export interface CheckOptions {
    /** Where relative paths start and the config search begins; default `process.cwd()`. */
    cwd?: string;
    strategy?: string;
    /** Tactics files or folders (every *.yaml / *.yml below, sorted). */
    tactics?: string[];
    /** A config file; `false` to use none; default: the nearest one. */
    config?: string | false;
    /** Severity overrides that win over the config (`--rule`). */
    rules?: Record<string, SeverityOrOff>;
    /** YYYY-MM-DD; default: the `ALIGN_TODAY` variable, else the system date. */
    today?: string;
    /** The largest file read, in bytes; default: the config's max_file_size, else 10 MB. */
    maxFileSize?: number;
    /** Threads for parsing tactics files: `auto` (default; 2+ files and 2+ MB), `off`, or at most this many. */
    concurrency?: Concurrency;
    /** A folder for the parse cache (`--cache`), relative to `cwd`; default: no cache. */
    cache?: string;
    /** A git ref: report only the findings that are new since it (`--since`). */
    since?: string;
    /**
     * A baseline file: hide the findings it records and report its entries that hide nothing (`--baseline`).
     * Default: the config's `baseline:`; `false` to use none.
     */
    baseline?: string | false;
    /** Write every finding of today to this baseline file instead of reporting them (`--update-baseline`); `true`: the baseline file. */
    updateBaseline?: string | true;
    /** Errors only (`--quiet`). */
    quiet?: boolean;
    /** Tactics given as text rather than a file (`-` on the command line: an editor's unsaved buffer), checked beside the tactics files named. */
    stdin?: {
        text: string;
        name?: string;
    };
}
/** A rule as it runs here: its effective severity and where it comes from. */
export interface EffectiveRule extends RuleMeta {
    effective: SeverityOrOff;
    /** A check (built-in or custom) runs over the playbook; input errors and the tool's own findings are reported by other stages. */
    kind: RuleKind;
    /** The section of the docs about the rule (a path inside the package); null for custom rules. */
    docs: string | null;
}
export interface CheckResult {
    findings: Finding[];
    summary: Summary;
    /** True when the playbook could not be checked (exit code 2). */
    inputError: boolean;
    /** Every file read, by the path shown to the user, for excerpts. */
    sources: Map<string, Source>;
    rules: EffectiveRule[];
    playbook?: Playbook;
    /** The config file used, absolute; undefined when there is none. */
    configFile?: string;
    /** Problems with the options themselves (an unknown rule id in `rules`, a `since` that is no commit, a baseline that cannot be written): inputError is true. */
    optionErrors?: string[];
    /** How many findings the baseline hid, or `updateBaseline` recorded. */
    baselined?: number;
    /** The baseline file used or written, as shown to the user (from the options, else the config). */
    baselineFile?: string;
    /** Set when `updateBaseline` wrote the file: how many findings it holds. */
    wroteBaseline?: number;
    /** Notes for the person running the check (files new since the `since` ref, …). */
    notes?: string[];
    /**
     * Findings the baseline, `since` or `quiet` kept out of `findings`: known problems still. They
     * count in the score and mark their tactics as known in the reports; the summary's counts are of `findings` only.
     */
    hidden?: Hidden;
}
/** The findings each filter kept out of a report, by filter. */
export interface Hidden {
    /** Recorded in the baseline. */
    baseline: Finding[];
    /** Already there at the `since` ref. */
    since: Finding[];
    /** Warnings and notes under `quiet`. */
    quiet: Finding[];
}
export declare const localToday: () => string;
