/**
 * What the load stage reads through: the disk (every path judged by boundary.ts), or the files of a
 * git tree (the past that --since compares with, read from the ref's blobs: git.ts). Discovery and
 * reading are the same code over either, so the past is found and read as today's playbook is.
 */
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { globSync } from 'tinyglobby';
import { fileStart, inputFinding } from '../types.js';
import { boundaryOf, type Fence, readRefusal, within } from './boundary.js';
import type { ParseCache } from './cache.js';
import { type Concurrency, type FileToLoad, loadEach, type ThreadOptions } from './parallel.js';
import { type Limits, type LoadedSource, loadBytes, loadSource, readProblem } from './source.js';

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

const globOptions = { absolute: true, onlyFiles: true, expandDirectories: false } as const;

/** The files on disk. */
export const disk: Files = {
  fence: boundaryOf,
  refusal: readRefusal,
  exists: existsSync,
  stat: (abs) => statSync(abs),
  real: (abs) => realpathSync(abs),
  list: (dir) => readdirSync(dir, { encoding: 'buffer' }),
  glob: (pattern, base) => globSync(pattern, { cwd: base, ...globOptions }).map((p) => resolve(p)),
  load: loadSource,
  loadEach,
};

/**
 * The disk, except for the files an editor holds open with changes not saved (by absolute path):
 * their text is read as the file's bytes would be, with the same limits. Which files exist, and
 * whether a path may be read at all, is still the disk's to say.
 */
export function withBuffers(fs: Files, buffers: ReadonlyMap<string, string>): Files {
  const load: Files['load'] = (abs, file, limits, cache) => {
    const text = buffers.get(abs);
    return text === undefined ? fs.load(abs, file, limits, cache) : loadBytes(Buffer.from(text), file, limits);
  };
  return {
    ...fs,
    load,
    loadEach(files, limits, each, concurrency, opts) {
      const held = files.filter((f) => buffers.has(f.abs));
      if (!held.length) return fs.loadEach(files, limits, each, concurrency, opts);
      // The files on disk load as they would (in parallel when it pays); the buffers in between, in order.
      const fromDisk = fs.loadEach(
        files.filter((f) => !buffers.has(f.abs)),
        limits,
        (loaded, f) => [f, each(loaded, f)] as const,
        concurrency,
        opts,
      );
      const out = new Map(fromDisk);
      return files.map((f) => (out.has(f) ? out.get(f)! : each(load(f.abs, f.file, limits), f)));
    },
  };
}

const missing = (abs: string) => Object.assign(new Error(`ENOENT: no such file or directory, '${abs}'`), { code: 'ENOENT' });
const FILE: Kind = { isFile: () => true, isDirectory: () => false };
const FOLDER: Kind = { isFile: () => false, isDirectory: () => true };

/**
 * The files of a tree, by absolute path under its root, as they were at a commit: regular files
 * only (a tree's links are not followed), no `.git`, so every read stays inside the repository.
 */
export class TreeFiles implements Files {
  private readonly folders = new Map<string, Set<string>>();
  private readonly fenced: Fence;

  /** `files`: each file's bytes, or how to read them when they are first needed (files discovery never reads). */
  constructor(
    readonly root: string,
    private readonly files: ReadonlyMap<string, Uint8Array | (() => Uint8Array)>,
  ) {
    this.fenced = { root, git: join(root, '.git'), repository: true };
    this.folders.set(root, new Set());
    // Every folder on the way to a file, with the names in it; a folder seen before has its own way registered.
    for (const abs of files.keys()) {
      let child = abs;
      for (let dir = dirname(abs); within(dir, root); child = dir, dir = dirname(dir)) {
        const seen = this.folders.has(dir);
        if (!seen) this.folders.set(dir, new Set());
        this.folders.get(dir)!.add(basename(child));
        if (seen || dir === root) break;
      }
    }
  }

  /** Whether the tree holds this file. */
  has(abs: string): boolean {
    return this.files.has(resolve(abs));
  }

  /** A path relative to the root, with `/`; null when it is outside. */
  relative(abs: string): string | null {
    const a = resolve(abs);
    return within(a, this.root) ? relative(this.root, a).split(sep).join('/') : null;
  }

  fence(): Fence {
    return this.fenced;
  }

  refusal(abs: string, fence: Fence, named: boolean, shown: (abs: string) => string): string | null {
    return readRefusal(abs, fence, named, shown, { realOf: resolve, escapingLink: () => null });
  }

  exists(abs: string): boolean {
    const a = resolve(abs);
    return this.files.has(a) || this.folders.has(a);
  }

  stat(abs: string): Kind {
    const a = resolve(abs);
    if (this.files.has(a)) return FILE;
    if (this.folders.has(a)) return FOLDER;
    throw missing(a);
  }

  real(abs: string): string {
    return resolve(abs);
  }

  list(dir: string): Buffer[] {
    const names = this.folders.get(resolve(dir));
    if (!names) throw missing(dir);
    return [...names].map((n) => Buffer.from(n));
  }

  glob(pattern: string, base: string): string[] {
    // tinyglobby walks through the adapter: folders as Dirents, paths as they are (no links).
    const entries = (dir: string) =>
      [...(this.folders.get(resolve(dir)) ?? [])].map((name) => {
        const folder = this.folders.has(join(resolve(dir), name));
        return { name, isFile: () => !folder, isDirectory: () => folder, isSymbolicLink: () => false };
      });
    const fs = {
      readdirSync: ((dir: string) => entries(dir)) as never,
      readdir: ((dir: string, _o: unknown, cb: (e: Error | null, x: unknown[]) => void) => cb(null, entries(dir))) as never,
      realpathSync: ((p: string) => resolve(p)) as never,
      realpath: ((p: string, cb: (e: Error | null, x: string) => void) => cb(null, resolve(p))) as never,
      statSync: ((p: string) => this.stat(p)) as never,
      stat: ((p: string, cb: (e: Error | null, x?: Kind) => void) => {
        try {
          cb(null, this.stat(p));
        } catch (e) {
          cb(e as Error);
        }
      }) as never,
    };
    return globSync(pattern, { cwd: base, ...globOptions, fs }).map((p) => resolve(p));
  }

  load(abs: string, file: string, limits: Limits): LoadedSource {
    const a = resolve(abs);
    const bytes = this.files.get(a);
    if (bytes) return loadBytes(typeof bytes === 'function' ? bytes() : bytes, file, limits);
    const code = this.folders.has(a) ? 'EISDIR' : 'ENOENT';
    return { problems: [inputFinding('input', fileStart(file), readProblem(file, { code, message: code }))] };
  }

  loadEach<R>(files: FileToLoad[], limits: Limits, each: (loaded: LoadedSource, file: FileToLoad) => R): R[] {
    return files.map((f) => each(this.load(f.abs, f.file, limits), f));
  }
}
