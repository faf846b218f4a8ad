import { type Fence } from './boundary.js';
import type { ParseCache } from './cache.js';
import { type Concurrency, type FileToLoad, type ThreadOptions } from './parallel.js';
import { type Limits, type LoadedSource } from './source.js';
/** What a path is, as `statSync` says (links followed). */
export interface Kind {
    isFile(): boolean;
    isDirectory(): boolean;
}
export interface Files {
    /** The fence that judges reads below a folder: the repository holding it (boundary.ts). */
    fence(dir: string): Fence;
    /** Why `abs` may not be read, in a sentence naming it by `shown`, or null when it may (boundary.ts, the rule for reads). */
    refusal(abs: string, fence: Fence, named: boolean, shown: (abs: string) => string): string | null;
    exists(abs: string): boolean;
    /** Throws as `statSync` does (an error with a `code`: ENOENT, ELOOP…). */
    stat(abs: string): Kind;
    /** A folder's real path (links followed). */
    real(abs: string): string;
    /** The names in a folder, as bytes (a name need not be UTF-8); throws when it cannot be read. */
    list(dir: string): Buffer[];
    /** The files a glob matches from `base`, as absolute paths. */
    glob(pattern: string, base: string): string[];
    /** Reads, decodes and parses one file. */
    load(abs: string, file: string, limits: Limits, cache?: ParseCache): LoadedSource;
    /** Loads every file and hands each to `each` as it is loaded, in order (on disk, in parallel when it pays: parallel.ts). */
    loadEach<R>(files: FileToLoad[], limits: Limits, each: (loaded: LoadedSource, file: FileToLoad) => R, concurrency?: Concurrency, opts?: ThreadOptions): R[];
}
/** The files on disk. */
export declare const disk: Files;
/**
 * The disk, except for the files an editor holds open with changes not saved (by absolute path):
 * their text is read as the file's bytes would be, with the same limits. Which files exist, and
 * whether a path may be read at all, is still the disk's to say.
 */
export declare function withBuffers(fs: Files, buffers: ReadonlyMap<string, string>): Files;
/**
 * The files of a tree, by absolute path under its root, as they were at a commit: regular files
 * only (a tree's links are not followed), no `.git`, so every read stays inside the repository.
 */
export declare class TreeFiles implements Files {
    readonly root: string;
    private readonly files;
    private readonly folders;
    private readonly fenced;
    /** `files`: each file's bytes, or how to read them when they are first needed (files discovery never reads). */
    constructor(root: string, files: ReadonlyMap<string, Uint8Array | (() => Uint8Array)>);
    /** Whether the tree holds this file. */
    has(abs: string): boolean;
    /** A path relative to the root, with `/`; null when it is outside. */
    relative(abs: string): string | null;
    fence(): Fence;
    refusal(abs: string, fence: Fence, named: boolean, shown: (abs: string) => string): string | null;
    exists(abs: string): boolean;
    stat(abs: string): Kind;
    real(abs: string): string;
    list(dir: string): Buffer[];
    glob(pattern: string, base: string): string[];
    load(abs: string, file: string, limits: Limits): LoadedSource;
    loadEach<R>(files: FileToLoad[], limits: Limits, each: (loaded: LoadedSource, file: FileToLoad) => R): R[];
}
