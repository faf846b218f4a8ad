/**
 * The opt-in parse cache (`--cache`): what loading a file gave — data, position index, line starts
 * and input problems — stored under a hash of everything it depends on: the file's bytes, the path
 * shown for it, the limits, and the code that parsed it (this tool's own files and yaml's
 * version). A changed file, option or build simply misses; nothing is ever read back for content
 * it was not made from. One entry per shown path: a newer entry replaces the older one.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { LineCounter } from 'yaml';
import { MODULE_URL as COMPOSE_URL } from './compose.js';
import { MODULE_URL as POSITIONS_URL } from './positions.js';
import { type Limits, type LoadedSource, MODULE_URL as SOURCE_URL } from './source.js';

export const DEFAULT_CACHE_LOCATION = '.aligncache';

/** The code that turns bytes into a loaded file: any change to it is a different cache. Computed on first use (the modules import each other). */
let codeKeyValue: string | undefined;
const codeKey = () => (codeKeyValue ??= computeCodeKey());
function computeCodeKey(): string {
  const h = createHash('sha256');
  // In the bundle these are one or two chunks; built by tsc, one file each.
  for (const url of new Set([import.meta.url, COMPOSE_URL, POSITIONS_URL, SOURCE_URL])) {
    try {
      h.update(readFileSync(fileURLToPath(url)));
    } catch {
      h.update(url);
    }
  }
  try {
    h.update(String((createRequire(import.meta.url)('yaml/package.json') as { version: string }).version));
  } catch {
    h.update('yaml');
  }
  return h.digest('hex');
}

const hex = (s: string | Uint8Array) => createHash('sha256').update(s).digest('hex');

/** What is stored: a LoadedSource without its text (the text is the file, decoded again). */
interface Entry {
  root: NonNullable<LoadedSource['source']>['root'] | null;
  lineStarts: number[] | null;
  data?: unknown;
  problems: LoadedSource['problems'];
}

export class ParseCache {
  /** The entries on disk, listed once. */
  private listing: Set<string> | undefined;
  /** Each file's content hash, so that a miss (get, then set) hashes the bytes once. */
  private readonly hashes = new WeakMap<Uint8Array, string>();

  constructor(readonly dir: string) {}

  private names(file: string, bytes: Uint8Array, limits: Limits): { prefix: string; name: string } {
    const prefix = hex(file).slice(0, 16);
    let content = this.hashes.get(bytes);
    if (content === undefined) {
      content = hex(bytes);
      this.hashes.set(bytes, content);
    }
    const key = hex(`${codeKey()}\0${file}\0${limits.maxDepth}\0${limits.maxKeyLength}\0${limits.maxAliasCount}\0${content}`);
    return { prefix, name: `${prefix}-${key.slice(0, 32)}.bin` };
  }

  /** The stored result for these bytes (decoded as `text`), or undefined. A damaged entry is a miss. */
  get(file: string, bytes: Uint8Array, text: string, limits: Limits): LoadedSource | undefined {
    let e: Entry;
    try {
      e = deserialize(readFileSync(join(this.dir, this.names(file, bytes, limits).name))) as Entry;
      if (!e || !Array.isArray(e.problems) || !Array.isArray(e.lineStarts)) return undefined;
    } catch {
      return undefined;
    }
    const lineCounter = new LineCounter();
    lineCounter.lineStarts = e.lineStarts;
    return { source: { file, text, root: e.root, lineCounter }, ...('data' in e ? { data: e.data } : {}), problems: e.problems };
  }

  /** Stores a result (best effort: a cache that cannot be written is no cache, never an error). */
  set(file: string, bytes: Uint8Array, limits: Limits, loaded: LoadedSource): void {
    const { prefix, name } = this.names(file, bytes, limits);
    const entry: Entry = {
      root: loaded.source?.root ?? null,
      lineStarts: loaded.source?.lineCounter.lineStarts ?? null,
      ...('data' in loaded ? { data: loaded.data } : {}),
      problems: loaded.problems,
    };
    try {
      mkdirSync(this.dir, { recursive: true });
      this.listing ??= new Set(readdirSync(this.dir));
      for (const old of this.listing) {
        if (old.startsWith(`${prefix}-`) && old !== name) {
          rmSync(join(this.dir, old), { force: true });
          this.listing.delete(old);
        }
      }
      // Written aside and renamed: a reader never sees half an entry.
      const tmp = join(this.dir, `${name}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
      writeFileSync(tmp, serialize(entry));
      renameSync(tmp, join(this.dir, name));
      this.listing.add(name);
    } catch {
      // Read-only folder, full disk…: the check goes on without it.
    }
  }
}
