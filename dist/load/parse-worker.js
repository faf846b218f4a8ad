/** A worker thread of parallel.ts: loads its share of files and sends them back, then raises the flag. */
import { workerData } from 'node:worker_threads';
import { ParseCache } from './cache.js';
import { toWire } from './parallel.js';
import { loadSource } from './source.js';
// yaml reads process.env.LOG_TOKENS for every token; a plain object makes that cheap (see bin/align.js).
process.env = { ...process.env };
const { files, limits, port, flag, cache } = workerData;
const parseCache = cache !== undefined ? new ParseCache(cache) : undefined;
Atomics.store(flag, 0, 1);
Atomics.notify(flag, 0);
try {
    port.postMessage({ results: files.map((f) => toWire(loadSource(f.abs, f.file, limits, parseCache))) });
}
catch (err) {
    port.postMessage({ error: err instanceof Error ? err.message : String(err) });
}
finally {
    Atomics.store(flag, 0, 2);
    Atomics.notify(flag, 0);
}
