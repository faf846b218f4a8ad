import { type Finding } from '../types.js';
import { type Config } from './config.js';
import type { Files } from './files.js';
/** What decides which files a check reads: the command line's paths and the config's. */
export interface DiscoverInput {
    /** Absolute; where relative paths on the command line start. */
    cwd: string;
    display(abs: string): string;
    config: Config;
    /** The config file in use, absolute, or null. */
    configPath: string | null;
    strategy?: string;
    tactics?: string[];
    /** Tactics come on standard input as well, with the file name it is given (`--stdin-filename`), relative to `cwd`. */
    stdin?: {
        name?: string;
    };
}
export interface Discovered {
    /** Null when the strategy's path was refused (outside the repository): that is one of the problems. */
    strategyAbs: string | null;
    tacticsFiles: string[];
    /** A glob that matches nothing, an empty folder, link loops, paths refused. */
    problems: Finding[];
    /**
     * Where standard input goes, when it is given: it is the strategy (named after the strategy
     * file), or tactics that stand in for the file `replaces` (absolute), else come after the files.
     */
    stdin?: {
        as: 'strategy';
    } | {
        as: 'tactics';
        replaces?: string;
    };
}
/** The strategy file and the tactics files, in order. */
export declare function discover(opts: DiscoverInput, fs: Files): Discovered;
