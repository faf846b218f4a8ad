import { type Connection } from 'vscode-languageserver/node';
import type { Source } from '../load/source.js';
import type { Playbook } from '../playbook/model.js';
import type { CheckResult } from '../result.js';
/** What an editor may set in `initializationOptions`. */
export interface ServerSettings {
    /** A config file, relative to the workspace folder (default: the nearest align.config.yaml, as `align check`). */
    config?: string;
    /** Milliseconds of quiet after a keystroke before the check runs (default 100; 0 runs at once). */
    debounce?: number;
    /** Show schema input errors (default true); false where yaml-language-server already shows them. */
    schemaDiagnostics?: boolean;
    /** Fix "today" (YYYY-MM-DD) for the date rules, as --today. */
    today?: string;
}
/** One workspace folder: its Checker, the last result, and what was last published. */
export declare class Project {
    readonly root: string;
    private readonly checker;
    result: CheckResult | undefined;
    /** The strategy of the last result that had a playbook (completion and navigation work on while a file has errors). */
    strategyFile: string | undefined;
    lastPlaybook: Playbook | undefined;
    /** Files whose buffer stands in for them in the Checker. */
    readonly buffered: Set<string>;
    /** What was last published, by URI, to send only what changed. */
    readonly published: Map<string, string>;
    constructor(root: string, settings: ServerSettings);
    /** A file as findings show it: relative to the folder, with `/`. */
    file(abs: string): string;
    absolute(file: string): string;
    check(): CheckResult;
    /** A buffer's text stands in for its file (undefined: the file on disk again), and the check re-runs from it. */
    update(file: string, text: string | undefined): CheckResult;
    /** Whether the check reads this file (strategy, tactics, config, what the config extends). */
    reads(file: string): boolean;
    get reader(): import("../traits/reader.js").Lexicon | undefined;
    private remember;
    /** The strategy's source, as last checked. */
    strategySource(): Source | undefined;
}
/** Starts the server on standard input and output; the protocol library ends the process on `exit` or when the editor goes away. */
export declare function serve(connection?: Connection): void;
