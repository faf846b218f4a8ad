#!/usr/bin/env node
// Starts the CLI. `align --version` alone answers from package.json (a test keeps it equal to the
// CLI's VERSION) without loading the CLI. Otherwise the CLI, one CommonJS file (dist/bundle/cli.cjs),
// is compiled with V8's code cache: the first run stores the compiled code (functions that ran
// included) in the user's cache folder, and later runs skip most of parsing and compiling, as
// Node 22's module.enableCompileCache() does. V8 checks a cache against the source, its own version
// and flags, and drops one that does not match; NODE_DISABLE_COMPILE_CACHE=1 turns it off.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  // A plain copy of the environment: the yaml parser reads process.env for every token, and Node's
  // process.env is a slow special object (about a tenth of parse time on large playbooks).
  process.env = { ...process.env };
  const file = fileURLToPath(new URL('../dist/bundle/cli.cjs', import.meta.url));
  const source = readFileSync(file, 'utf8');
  const cache = cacheFile(source);
  const cachedData = cache ? readOwn(cache) : undefined;
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  process.exitCode = await module.exports.main(process.argv);
  if (cache && (!cachedData || script.cachedDataRejected)) save(cache, script.createCachedData());
}

/** Where the code cache of this bundle lives: one file per bundle, Node version and platform; null when turned off. */
function cacheFile(source) {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return null;
  // Not inside playbook-align/, the folder docs/ci.md suggests restoring between CI runs: compiled code is only ever this machine's own.
  const dir = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'playbook-align-code');
  const key = createHash('sha256').update(`${process.version} ${process.arch}\0`).update(source).digest('hex').slice(0, 32);
  return { dir, path: join(dir, `${key}.bin`) };
}

/** The cache's bytes when it is a regular file this user owns and no one else can write; else undefined (a miss). */
function readOwn(cache) {
  let fd;
  try {
    fd = openSync(cache.path, 'r');
    const st = fstatSync(fd);
    if (!st.isFile() || (typeof process.getuid === 'function' && st.uid !== process.getuid()) || st.mode & 0o022) return undefined;
    return readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes the cache (atomically, readable by this user only) and removes older bundles' caches; failures are ignored. */
function save(cache, data) {
  try {
    mkdirSync(cache.dir, { recursive: true, mode: 0o700 });
    for (const f of readdirSync(cache.dir)) if (f.endsWith('.bin') && join(cache.dir, f) !== cache.path) rmSync(join(cache.dir, f), { force: true });
    const tmp = `${cache.path}.${process.pid}.tmp`;
    writeFileSync(tmp, data, { mode: 0o600 });
    renameSync(tmp, cache.path);
  } catch {
    // A cache that cannot be written only makes the next run as slow as this one.
  }
}
