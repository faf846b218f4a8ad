import type { check } from '../pipeline.js';
import type { Io } from './io.js';
import { type CheckFlags } from './options.js';
/** What the CLI calls to do its work; tests replace it to exercise the internal-error path. */
export interface Deps {
    check: typeof check;
}
export declare function runCheck(strategy: string | undefined, tactics: string[], flags: CheckFlags, io: Io, deps: Deps): Promise<number>;
