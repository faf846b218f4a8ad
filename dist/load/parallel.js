/**
 * Loads several tactics files at once: the main thread parses its share while worker threads parse
 * theirs. `check` stays synchronous — the main thread waits on a shared flag (Atomics.wait) and
 * takes each worker's results with receiveMessageOnPort. Results come back in the files' order, so
 * the output is the same bytes whatever the concurrency.
 */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { LineCounter } from 'yaml';
import { ParseCache } from './cache.js';
import { cachedSource, loadSource } from './source.js';
/**
 * `auto` uses threads from this many files and bytes. Measured on 2 cores (bench/RESULTS.md):
 * 100k tactics in 20 files check in 21 s instead of 34 s; 10k tactics in 2 files in 2.7 s instead
 * of 2.9 s, with a lower peak (326 MB against 391 MB: two smaller heaps hold less garbage). Below
 * that, starting a thread (about 0.1 s, and its code starts cold) costs more than it saves.
 */
export const AUTO_MIN_FILES = 2;
export const AUTO_MIN_BYTES = 2 * 1024 * 1024;
/** A worker must have started within this long, and then answer within a time that grows with its bytes; else its files are parsed here. */
const START_DEADLINE_MS = 20_000;
const deadlineFor = (bytes) => 60_000 + (bytes / (1024 * 1024)) * 20_000;
export const toWire = (l) => ({
    ...(l.source ? { source: { file: l.source.file, text: l.source.text, root: l.source.root, lineStarts: l.source.lineCounter.lineStarts } } : {}),
    ...('data' in l ? { data: l.data } : {}),
    problems: l.problems,
});
const fromWire = (w) => {
    if (!w.source)
        return w;
    const lineCounter = new LineCounter();
    lineCounter.lineStarts = w.source.lineStarts;
    const { lineStarts: _, ...rest } = w.source;
    return { ...w, source: { ...rest, lineCounter } };
};
/** The worker script next to this module: dist/load/ as tsc builds it, dist/bundle/ in the bundle. */
function workerScript() {
    for (const rel of ['./parse-worker.js', '../parse-worker.js']) {
        const p = fileURLToPath(new URL(rel, import.meta.url));
        if (existsSync(p))
            return p;
    }
    return null;
}
const sizeOf = (abs) => {
    try {
        return statSync(abs).size;
    }
    catch {
        return 0;
    }
};
/** How many threads (the main one included) to use for these files. */
export function threadsFor(files, sizes, concurrency) {
    if (concurrency === 'off' || files.length < 2)
        return 1;
    const cpus = availableParallelism();
    if (concurrency === 'auto')
        return files.length >= AUTO_MIN_FILES && sizes.reduce((a, b) => a + b, 0) >= AUTO_MIN_BYTES ? Math.min(cpus, 4) : 1;
    // More threads than cores only adds memory (63 threads on 2 cores took 1.4 GB instead of 263 MB).
    return Math.max(1, Math.min(Math.floor(concurrency), files.length, cpus));
}
/** Waits (blocking) while the flag holds `value`, up to `ms`; false on timeout. */
function waitWhile(flag, value, ms) {
    const deadline = Date.now() + ms;
    while (Atomics.load(flag, 0) === value) {
        const left = deadline - Date.now();
        if (left <= 0)
            return false;
        Atomics.wait(flag, 0, value, Math.min(left, 1000));
    }
    return true;
}
/** Loads every file, in parallel when it pays; the result is in the order of `files`. */
export function loadSources(files, limits, concurrency = 'auto', opts = {}) {
    return loadEach(files, limits, (l) => l, concurrency, opts);
}
/**
 * Loads every file and passes each (with the file it is) to `each` as soon as it is loaded, so that
 * its raw data can be dropped before the next file is read; the results are in the order of `files`.
 */
export function loadEach(files, limits, each, concurrency = 'auto', opts = {}) {
    const results = new Array(files.length);
    const cache = opts.cache !== undefined ? new ParseCache(opts.cache) : undefined;
    // With a cache and threads, hits are taken here first: a thread would only read them and send
    // them again (a miss is then read twice, here and in its thread). Without threads, loadSource
    // below looks in the cache itself.
    const todo = [];
    const probe = cache !== undefined &&
        threadsFor(files, files.map((f) => sizeOf(f.abs)), concurrency) > 1;
    files.forEach((f, i) => {
        const hit = probe && cachedSource(f.abs, f.file, limits, cache);
        if (hit)
            results[i] = each(hit, f);
        else
            todo.push(i);
    });
    const sizes = new Array(files.length).fill(0);
    for (const i of todo)
        sizes[i] = sizeOf(files[i].abs);
    const threads = threadsFor(todo.map((i) => files[i]), todo.map((i) => sizes[i]), concurrency);
    const script = threads > 1 ? (opts.script ?? workerScript()) : null;
    if (!script) {
        for (const i of todo)
            results[i] = each(loadSource(files[i].abs, files[i].file, limits, cache), files[i]);
        return results;
    }
    // Biggest files first, each to the thread with the least bytes so far; the main thread (0)
    // starts with a handicap for the results it has to take in from the others.
    const load = new Array(threads).fill(0);
    load[0] = sizes.reduce((a, b) => Math.max(a, b), 0) / 4;
    const shares = Array.from({ length: threads }, () => []);
    for (const i of [...todo].sort((a, b) => sizes[b] - sizes[a] || a - b)) {
        const t = load.indexOf(Math.min(...load));
        shares[t].push(i);
        load[t] += sizes[i];
    }
    const running = [];
    for (const share of shares.slice(1)) {
        if (!share.length)
            continue;
        const { port1, port2 } = new MessageChannel();
        const flag = new Int32Array(new SharedArrayBuffer(4));
        const worker = new Worker(script, {
            workerData: { files: share.map((i) => files[i]), limits, port: port2, flag, cache: opts.cache },
            transferList: [port2],
        });
        // Its failures are handled below (its files are parsed here); an unheard 'error' event would crash the CLI.
        worker.on('error', () => undefined);
        worker.unref();
        running.push({ worker, port: port1, flag, files: share, bytes: share.reduce((a, i) => a + sizes[i], 0) });
    }
    for (const i of shares[0])
        results[i] = each(loadSource(files[i].abs, files[i].file, limits, cache), files[i]);
    for (const r of running) {
        // A worker that never starts (its script failed to load) or never answers (it ran out of memory) does not hang the check.
        const answered = waitWhile(r.flag, 0, opts.startDeadlineMs ?? START_DEADLINE_MS) && waitWhile(r.flag, 1, deadlineFor(r.bytes));
        const message = answered ? receiveMessageOnPort(r.port)?.message : undefined;
        void r.worker.terminate();
        r.port.close();
        if (message?.error)
            throw new Error(`A parsing thread failed: ${message.error}`);
        // No answer (a thread that died): parse its files here rather than lose them.
        r.files.forEach((i, k) => {
            const wire = message?.results?.[k];
            results[i] = each(wire ? fromWire(wire) : loadSource(files[i].abs, files[i].file, limits, cache), files[i]);
        });
    }
    return results;
}
