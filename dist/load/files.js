/**
 * What the load stage reads through: the disk (every path judged by boundary.ts), or the files of a
 * git tree (the past that --since compares with, read from the ref's blobs: git.ts). Discovery and
 * reading are the same code over either, so the past is found and read as today's playbook is.
 */
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { globSync } from 'tinyglobby';
import { fileStart, inputFinding } from '../types.js';
import { boundaryOf, readRefusal, within } from './boundary.js';
import { loadEach } from './parallel.js';
import { loadBytes, loadSource, readProblem } from './source.js';
const globOptions = { absolute: true, onlyFiles: true, expandDirectories: false };
/** The files on disk. */
export const disk = {
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
export function withBuffers(fs, buffers) {
    const load = (abs, file, limits, cache) => {
        const text = buffers.get(abs);
        return text === undefined ? fs.load(abs, file, limits, cache) : loadBytes(Buffer.from(text), file, limits);
    };
    return {
        ...fs,
        load,
        loadEach(files, limits, each, concurrency, opts) {
            const held = files.filter((f) => buffers.has(f.abs));
            if (!held.length)
                return fs.loadEach(files, limits, each, concurrency, opts);
            // The files on disk load as they would (in parallel when it pays); the buffers in between, in order.
            const fromDisk = fs.loadEach(files.filter((f) => !buffers.has(f.abs)), limits, (loaded, f) => [f, each(loaded, f)], concurrency, opts);
            const out = new Map(fromDisk);
            return files.map((f) => (out.has(f) ? out.get(f) : each(load(f.abs, f.file, limits), f)));
        },
    };
}
const missing = (abs) => Object.assign(new Error(`ENOENT: no such file or directory, '${abs}'`), { code: 'ENOENT' });
const FILE = { isFile: () => true, isDirectory: () => false };
const FOLDER = { isFile: () => false, isDirectory: () => true };
/**
 * The files of a tree, by absolute path under its root, as they were at a commit: regular files
 * only (a tree's links are not followed), no `.git`, so every read stays inside the repository.
 */
export class TreeFiles {
    root;
    files;
    folders = new Map();
    fenced;
    /** `files`: each file's bytes, or how to read them when they are first needed (files discovery never reads). */
    constructor(root, files) {
        this.root = root;
        this.files = files;
        this.fenced = { root, git: join(root, '.git'), repository: true };
        this.folders.set(root, new Set());
        // Every folder on the way to a file, with the names in it; a folder seen before has its own way registered.
        for (const abs of files.keys()) {
            let child = abs;
            for (let dir = dirname(abs); within(dir, root); child = dir, dir = dirname(dir)) {
                const seen = this.folders.has(dir);
                if (!seen)
                    this.folders.set(dir, new Set());
                this.folders.get(dir).add(basename(child));
                if (seen || dir === root)
                    break;
            }
        }
    }
    /** Whether the tree holds this file. */
    has(abs) {
        return this.files.has(resolve(abs));
    }
    /** A path relative to the root, with `/`; null when it is outside. */
    relative(abs) {
        const a = resolve(abs);
        return within(a, this.root) ? relative(this.root, a).split(sep).join('/') : null;
    }
    fence() {
        return this.fenced;
    }
    refusal(abs, fence, named, shown) {
        return readRefusal(abs, fence, named, shown, { realOf: resolve, escapingLink: () => null });
    }
    exists(abs) {
        const a = resolve(abs);
        return this.files.has(a) || this.folders.has(a);
    }
    stat(abs) {
        const a = resolve(abs);
        if (this.files.has(a))
            return FILE;
        if (this.folders.has(a))
            return FOLDER;
        throw missing(a);
    }
    real(abs) {
        return resolve(abs);
    }
    list(dir) {
        const names = this.folders.get(resolve(dir));
        if (!names)
            throw missing(dir);
        return [...names].map((n) => Buffer.from(n));
    }
    glob(pattern, base) {
        // tinyglobby walks through the adapter: folders as Dirents, paths as they are (no links).
        const entries = (dir) => [...(this.folders.get(resolve(dir)) ?? [])].map((name) => {
            const folder = this.folders.has(join(resolve(dir), name));
            return { name, isFile: () => !folder, isDirectory: () => folder, isSymbolicLink: () => false };
        });
        const fs = {
            readdirSync: ((dir) => entries(dir)),
            readdir: ((dir, _o, cb) => cb(null, entries(dir))),
            realpathSync: ((p) => resolve(p)),
            realpath: ((p, cb) => cb(null, resolve(p))),
            statSync: ((p) => this.stat(p)),
            stat: ((p, cb) => {
                try {
                    cb(null, this.stat(p));
                }
                catch (e) {
                    cb(e);
                }
            }),
        };
        return globSync(pattern, { cwd: base, ...globOptions, fs }).map((p) => resolve(p));
    }
    load(abs, file, limits) {
        const a = resolve(abs);
        const bytes = this.files.get(a);
        if (bytes)
            return loadBytes(typeof bytes === 'function' ? bytes() : bytes, file, limits);
        const code = this.folders.has(a) ? 'EISDIR' : 'ENOENT';
        return { problems: [inputFinding('input', fileStart(file), readProblem(file, { code, message: code }))] };
    }
    loadEach(files, limits, each) {
        return files.map((f) => each(this.load(f.abs, f.file, limits), f));
    }
}
