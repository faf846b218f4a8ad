/**
 * The opt-in parse cache (`--cache`): what loading a file gave — data, position index, line starts
 * and input problems — stored under a hash of everything it depends on: the file's bytes, the path
 * shown for it, the limits, and the code that parsed it (this tool's own files and yaml's
 * version). A changed file, option or build simply misses; nothing is ever read back for content
 * it was not made from. One entry per shown path: a newer entry replaces the older one.
 *
 * A pull request controls the checkout, so the cache never trusts what it finds: it lives outside
 * the checkout by default (the user's cache folder), each entry carries an HMAC under a key kept
 * in the user's cache folder (never in the repository), and an entry that is a link, not a regular
 * file, too large, unauthenticated or of the wrong shape is a miss. A cache can make a run
 * faster; it can never change its result.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { LineCounter } from 'yaml';
import { MODULE_URL as COMPOSE_URL } from './compose.js';
import { MODULE_URL as POSITIONS_URL } from './positions.js';
import { MODULE_URL as SOURCE_URL } from './source.js';
/** The user's cache folder for align: `$XDG_CACHE_HOME/playbook-align`, else `~/.cache/playbook-align`; outside any checkout. */
export const userCacheRoot = () => join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'playbook-align');
/** Where `--cache` keeps entries unless told otherwise. */
export const defaultCacheLocation = () => join(userCacheRoot(), 'parse');
/** An entry larger than this is not read (entries hold a parse of a file of at most the size limit). */
const MAX_ENTRY_BYTES = 256 * 1024 * 1024;
/** Opens a regular file without following a link or waiting on a pipe; null when it is anything else. */
function openRegular(path, flags) {
    try {
        const fd = openSync(path, flags | constants.O_NOFOLLOW | constants.O_NONBLOCK);
        if (fstatSync(fd).isFile())
            return fd;
        closeSync(fd);
    }
    catch {
        // Missing, a link, a folder…
    }
    return null;
}
/** The key that authenticates entries: 32 random bytes in the user's cache folder, made on first use. Null when there is none to be had. */
let keyValue;
function cacheKey() {
    if (keyValue !== undefined)
        return keyValue;
    const path = join(userCacheRoot(), 'key');
    keyValue = null;
    for (let attempt = 0; attempt < 2 && keyValue === null; attempt++) {
        const fd = openRegular(path, constants.O_RDONLY);
        if (fd !== null) {
            const key = Buffer.alloc(32);
            const n = readSync(fd, key, 0, 32, 0);
            closeSync(fd);
            if (n === 32)
                keyValue = key;
            break;
        }
        try {
            mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
            const out = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
            writeSync(out, randomBytes(32));
            closeSync(out);
        }
        catch {
            // Another run made it first (read it next time round), or the folder cannot be written: no cache.
        }
    }
    return keyValue;
}
const mac = (key, name, payload) => createHmac('sha256', key).update(name).update('\0').update(payload).digest();
/** The code that turns bytes into a loaded file: any change to it is a different cache. Computed on first use (the modules import each other). */
let codeKeyValue;
const codeKey = () => (codeKeyValue ??= computeCodeKey());
function computeCodeKey() {
    const h = createHash('sha256');
    // In the bundle these are all one file (dist/bundle/cli.cjs); built by tsc, one file each.
    for (const url of new Set([import.meta.url, COMPOSE_URL, POSITIONS_URL, SOURCE_URL])) {
        try {
            h.update(readFileSync(fileURLToPath(url)));
        }
        catch {
            h.update(url);
        }
    }
    try {
        h.update(String(createRequire(import.meta.url)('yaml/package.json').version));
    }
    catch {
        h.update('yaml');
    }
    return h.digest('hex');
}
const hex = (s) => createHash('sha256').update(s).digest('hex');
export class ParseCache {
    dir;
    /** The entries on disk, listed once. */
    listing;
    /** Each file's content hash, so that a miss (get, then set) hashes the bytes once. */
    hashes = new WeakMap();
    constructor(dir) {
        this.dir = dir;
    }
    names(file, bytes, limits) {
        const prefix = hex(file).slice(0, 16);
        let content = this.hashes.get(bytes);
        if (content === undefined) {
            content = hex(bytes);
            this.hashes.set(bytes, content);
        }
        const key = hex(`${codeKey()}\0${file}\0${limits.maxDepth}\0${limits.maxKeyLength}\0${limits.maxAliasValues}\0${content}`);
        return { prefix, name: `${prefix}-${key.slice(0, 32)}.bin` };
    }
    /** Whether the cache folder may be used: a real folder (or none yet), not a link a pull request planted. */
    usable() {
        try {
            return !lstatSync(this.dir).isSymbolicLink();
        }
        catch {
            return true;
        }
    }
    /** The stored result for these bytes (decoded as `text`), or undefined. Anything odd is a miss. */
    get(file, bytes, text, limits) {
        const key = cacheKey();
        if (!key || !this.usable())
            return undefined;
        const name = this.names(file, bytes, limits).name;
        let e;
        const fd = openRegular(join(this.dir, name), constants.O_RDONLY);
        if (fd === null)
            return undefined;
        try {
            const size = fstatSync(fd).size;
            if (size <= 32 || size > MAX_ENTRY_BYTES)
                return undefined;
            const raw = readFileSync(fd);
            const payload = raw.subarray(32);
            // Only what this user's align wrote is deserialised: a planted entry fails here.
            if (!timingSafeEqual(raw.subarray(0, 32), mac(key, name, payload)))
                return undefined;
            e = deserialize(payload);
            if (!e || !Array.isArray(e.problems) || !Array.isArray(e.lineStarts))
                return undefined;
        }
        catch {
            return undefined;
        }
        finally {
            closeSync(fd);
        }
        const lineCounter = new LineCounter();
        lineCounter.lineStarts = e.lineStarts;
        return { source: { file, text, root: e.root, lineCounter }, ...('data' in e ? { data: e.data } : {}), problems: e.problems };
    }
    /** Stores a result (best effort: a cache that cannot be written is no cache, never an error). */
    set(file, bytes, limits, loaded) {
        const { prefix, name } = this.names(file, bytes, limits);
        const entry = {
            root: loaded.source?.root ?? null,
            lineStarts: loaded.source?.lineCounter.lineStarts ?? null,
            ...('data' in loaded ? { data: loaded.data } : {}),
            problems: loaded.problems,
        };
        const key = cacheKey();
        if (!key || !this.usable())
            return;
        try {
            mkdirSync(this.dir, { recursive: true });
            if (lstatSync(this.dir).isSymbolicLink())
                return;
            this.listing ??= new Set(readdirSync(this.dir));
            for (const old of this.listing) {
                if (old.startsWith(`${prefix}-`) && old !== name) {
                    rmSync(join(this.dir, old), { force: true });
                    this.listing.delete(old);
                }
            }
            // Written aside and renamed: a reader never sees half an entry.
            const tmp = join(this.dir, `${name}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
            const payload = serialize(entry);
            const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
            try {
                writeSync(fd, mac(key, name, payload));
                writeSync(fd, payload);
            }
            finally {
                closeSync(fd);
            }
            // A rename replaces a link planted under the entry's name; it never writes through it.
            renameSync(tmp, join(this.dir, name));
            this.listing.add(name);
        }
        catch {
            // Read-only folder, full disk…: the check goes on without it.
        }
    }
}
