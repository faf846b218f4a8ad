import { type Limits, type LoadedSource } from './source.js';
/** `auto`: threads only for playbooks that gain (see threadsFor); `off`: none; a number: at most that many threads in all. */
export type Concurrency = number | 'auto' | 'off';
/**
 * `auto` uses threads from this many files and bytes. Measured on 2 cores (bench/RESULTS.md):
 * 100k tactics in 20 files check in 21 s instead of 34 s; 10k tactics in 2 files in 2.7 s instead
 * of 2.9 s, with a lower peak (326 MB against 391 MB: two smaller heaps hold less garbage). Below
 * that, starting a thread (about 0.1 s, and its code starts cold) costs more than it saves.
 */
export declare const AUTO_MIN_FILES = 2;
export declare const AUTO_MIN_BYTES: number;
export interface FileToLoad {
    abs: string;
    /** The path as shown to the user. */
    file: string;
}
/** What a worker sends back for one file: a LoadedSource whose LineCounter is reduced to its data. */
export interface WireLoaded {
    source?: {
        file: string;
        text: string;
        root: NonNullable<LoadedSource['source']>['root'];
        lineStarts: number[];
    };
    data?: unknown;
    problems: LoadedSource['problems'];
}
export declare const toWire: (l: LoadedSource) => WireLoaded;
/** How many threads (the main one included) to use for these files. */
export declare function threadsFor(files: FileToLoad[], sizes: number[], concurrency: Concurrency): number;
export interface ThreadOptions {
    /** The parse cache's folder (`--cache`), used by every thread. */
    cache?: string;
    /** For tests: another worker script, a shorter start deadline. */
    script?: string;
    startDeadlineMs?: number;
}
/** Loads every file, in parallel when it pays; the result is in the order of `files`. */
export declare function loadSources(files: FileToLoad[], limits: Limits, concurrency?: Concurrency, opts?: ThreadOptions): LoadedSource[];
/**
 * Loads every file and passes each (with the file it is) to `each` as soon as it is loaded, so that
 * its raw data can be dropped before the next file is read; the results are in the order of `files`.
 */
export declare function loadEach<R>(files: FileToLoad[], limits: Limits, each: (loaded: LoadedSource, file: FileToLoad) => R, concurrency?: Concurrency, opts?: ThreadOptions): R[];
