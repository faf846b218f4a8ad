import { type Finding } from '../types.js';
import { type DiscoverInput } from './discover.js';
import { type Files } from './files.js';
import type { Concurrency } from './parallel.js';
import { type StrategyFile, type TacticsFile } from './schema.js';
import { type Limits, type Source } from './source.js';
export interface ReadInput extends Omit<DiscoverInput, 'stdin'> {
    limits: Limits;
    /** Tactics given as text (standard input), read after the files, as a file of that name (default `<stdin>`). */
    stdin?: {
        text: string;
        name?: string;
    };
    /** The parse cache's folder, absolute (`--cache`); disk only. */
    cache?: string;
    concurrency?: Concurrency;
}
/** One tactics file as loaded: its source, its input errors, and its validated data when it has none. */
export interface LoadedTactics {
    file: string;
    source?: Source;
    problems: Finding[];
    data?: TacticsFile;
}
/** The strategy file as loaded: its source, its input errors, and its data when it has none. */
export interface LoadedStrategy {
    /** As shown; absent when its path was refused. */
    file?: string;
    source?: Source;
    problems: Finding[];
    /** The validated data, and the plain data it was validated from (--since compares the strategy as written). */
    valid?: {
        data: StrategyFile;
        raw: unknown;
    };
}
export interface Loaded {
    /** Discovery's input errors: a glob that matches nothing, an empty folder, a path refused. */
    discovery: Finding[];
    /** Notes that change no result (a cache that is not used, and why). */
    notes: string[];
    strategy: LoadedStrategy;
    /** Every tactics file, in order, read or not, valid or not (standard input last, unless it stands in for a file). */
    tactics: LoadedTactics[];
    /** What standard input was, when it was given: the strategy, a tactics file it stood in for, or tactics added after the files. */
    stdin?: 'strategy' | 'replaced' | 'added';
}
/** Every input error of a load, in order: discovery's, the strategy's, each tactics file's. */
export declare const loadProblems: (l: Loaded) => Finding[];
/** Every file read, by the path shown: the strategy, then the tactics files in order. */
export declare function loadedSources(l: Loaded): Source[];
/** The strategy file read again (after an edit), through `fs`: loaded and validated as the load stage does. */
export declare const reloadStrategy: (abs: string, file: string, limits: Limits, fs?: Files) => LoadedStrategy;
/** A tactics file read again (after an edit), through `fs`: loaded and validated as the load stage does. */
export declare const reloadTactics: (abs: string, file: string, limits: Limits, fs?: Files) => LoadedTactics;
/** Reads the strategy and the tactics files through `fs` (the disk, or a git tree for the past). */
export declare function readPlaybook(input: ReadInput, fs?: Files): Loaded;
