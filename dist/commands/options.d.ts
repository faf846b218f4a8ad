import { Option } from 'commander';
import type { CheckOptions } from '../result.js';
/** The report formats, by name; each is loaded when asked for (check.ts). */
export declare const FORMAT_NAMES: readonly ["stylish", "json", "sarif", "junit", "github", "markdown", "html", "compact"];
/** Each option, once; `align report` takes some of `align check`'s, a few with words of its own. */
export declare const options: {
    strategy: string;
    format: () => Option;
    output: (help?: string) => Option;
    config: () => Option;
    rule: (help?: string) => Option;
    failOn: () => Option;
    maxWarnings: () => Option;
    today: () => Option;
    maxFileSize: () => Option;
    concurrency: () => Option;
    cache: () => Option;
    cacheLocation: () => Option;
    baseline: () => Option;
    noBaseline: () => Option;
    updateBaseline: () => Option;
    since: () => Option;
    quiet: () => Option;
    stdinFilename: () => Option;
    color: () => Option;
    noColor: () => Option;
    debug: () => Option;
    fix: () => Option;
    fixDryRun: () => Option;
};
/** What commander gives `align check` (and `align report`, with fewer of them). */
export interface CheckFlags {
    /** Each `NAME` or `NAME=FILE`; several run from one check. */
    format: string[];
    output?: string;
    config?: string;
    rule: string[];
    failOn: string;
    maxWarnings?: string;
    today?: string;
    maxFileSize?: string;
    concurrency: string;
    cache?: boolean;
    cacheLocation?: string;
    /** `--baseline FILE`, or false for `--no-baseline`. */
    baseline?: string | false;
    updateBaseline?: string | boolean;
    since?: string;
    quiet?: boolean;
    stdinFilename?: string;
    /** `--color` true, `--no-color` false, neither undefined (colour on a terminal). */
    color?: boolean;
    debug?: boolean;
    fix?: boolean;
    fixDryRun?: boolean;
}
/** `-f NAME` (to standard output, or `-o`) and `-f NAME=FILE`, each checked against the formats. */
export declare function parseFormats(list: string[], output: string | undefined): Array<{
    name: string;
    file?: string;
}>;
/** Colour level: off for files, --no-color and NO_COLOR; --color and FORCE_COLOR force it; else only on a terminal. */
export declare function colorLevel(flags: Pick<CheckFlags, 'color'>, toFile: boolean): 0 | 1 | 2 | 3;
/** The flags checked, as the pipeline's options; and the exit code's: --fail-on and --max-warnings. */
export declare function checkOptions(strategy: string | undefined, tactics: string[], flags: CheckFlags): {
    options: CheckOptions;
    today: string | undefined;
    maxWarnings: number | undefined;
    formats: Array<{
        name: string;
        file?: string;
    }>;
};
