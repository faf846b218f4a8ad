import { type Deps } from './commands/check.js';
import { type Io } from './commands/io.js';
export type { Deps, Io };
/** Runs the CLI and returns the exit code; never throws. */
export declare function main(argv: string[], given?: Io, deps?: Deps): Promise<number>;
