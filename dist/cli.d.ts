import { check } from './pipeline.js';
export interface Io {
    out(s: string): void;
    err(s: string): void;
}
/** What the CLI calls to do its work; tests replace it to exercise the internal-error path. */
export interface Deps {
    check: typeof check;
}
/** Runs the CLI and returns the exit code; never throws. */
export declare function main(argv: string[], given?: Io, deps?: Deps): Promise<number>;
