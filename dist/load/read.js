/** The load stage: discover the files, read, parse and validate each, so that every input error is reported in one run. It returns what it read. */
import { resolve } from 'node:path';
import { fileStart, inputFinding } from '../types.js';
import { boundaryOf, escapingLink, realOf, where } from './boundary.js';
import { ParseCache, userCacheRoot } from './cache.js';
import { discover } from './discover.js';
import { disk } from './files.js';
import { strategyFile, tacticsFile } from './schema.js';
import { parseSource } from './source.js';
import { validate } from './validate.js';
/** Every input error of a load, in order: discovery's, the strategy's, each tactics file's. */
export const loadProblems = (l) => [...l.discovery, ...l.strategy.problems, ...l.tactics.flatMap((t) => t.problems)];
/** Every file read, by the path shown: the strategy, then the tactics files in order. */
export function loadedSources(l) {
    const out = [];
    if (l.strategy.source)
        out.push(l.strategy.source);
    for (const t of l.tactics)
        if (t.source)
            out.push(t.source);
    return out;
}
/** A loaded strategy, validated. */
function validStrategy(file, s) {
    const out = { file, problems: [...s.problems] };
    if (s.source)
        out.source = s.source;
    if (!s.source || s.problems.length)
        return out;
    const v = validate(strategyFile, s.data, s.source, 'a strategy (name, positioning, motion, ideal_customers, objectives)');
    out.problems.push(...v.problems);
    if (v.value)
        out.valid = { data: v.value, raw: s.data };
    return out;
}
/** The strategy file read again (after an edit), through `fs`: loaded and validated as the load stage does. */
export const reloadStrategy = (abs, file, limits, fs = disk) => validStrategy(file, fs.load(abs, file, limits));
/** A tactics file read again (after an edit), through `fs`: loaded and validated as the load stage does. */
export const reloadTactics = (abs, file, limits, fs = disk) => validated(file, fs.load(abs, file, limits));
/** A loaded tactics file, validated as soon as it is loaded (its raw data is dropped then). */
function validated(file, t) {
    const out = { file, problems: [...t.problems] };
    if (t.source)
        out.source = t.source;
    if (!t.source || t.problems.length)
        return out;
    const v = validate(tacticsFile, t.data, t.source, 'a list of tactics under `tactics:`');
    out.problems.push(...v.problems);
    if (v.value)
        out.data = v.value;
    return out;
}
/** Text given on standard input, parsed as a file of that name (an editor's buffer is read as the file's bytes: tacticsBuffer). */
function loadText(file, text, limits) {
    if (Buffer.byteLength(text) > limits.maxFileSize)
        return { problems: [inputFinding('input', fileStart(file), `${file} is over the ${limits.maxFileSize} byte limit for one file.`)] };
    return parseSource(file, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, limits);
}
/** Tactics given on standard input, loaded and validated like a file of that name. */
const readTacticsText = (file, text, limits) => validated(file, loadText(file, text, limits));
/**
 * The cache folder, unless a folder on its way is a link in the repository that leads outside it
 * and outside the user's cache folder (the rule for writes, boundary.ts): then no cache, and a note
 * says which link. A cache only ever makes a run faster, so this is never an error.
 */
function usableCache(dir, input, notes) {
    const fence = boundaryOf(input.cwd);
    const link = escapingLink(dir, fence, [realOf(userCacheRoot())]);
    if (!link)
        return dir;
    notes.push(`the parse cache is not used: ${input.display(link.link)} is a link in the repository that leads ${where(link.to, fence)}.`);
    return undefined;
}
/** Reads the strategy and the tactics files through `fs` (the disk, or a git tree for the past). */
export function readPlaybook(input, fs = disk) {
    const { display, limits } = input;
    const found = discover({ ...input, ...(input.stdin ? { stdin: input.stdin.name !== undefined ? { name: input.stdin.name } : {} } : {}) }, fs);
    const notes = [];
    const cacheDir = input.cache !== undefined && fs === disk ? usableCache(resolve(input.cwd, input.cache), input, notes) : undefined;
    // Standard input named after a file stands in for it: read as that file's bytes would be, under its name.
    const buffer = input.stdin;
    const strategyFromStdin = buffer !== undefined && found.stdin?.as === 'strategy';
    const replaces = found.stdin?.as === 'tactics' ? found.stdin.replaces : undefined;
    // A strategy path that was refused (outside the repository) is already a problem.
    const strategy = found.strategyAbs && strategyFromStdin
        ? validStrategy(display(found.strategyAbs), loadText(display(found.strategyAbs), buffer.text, limits))
        : found.strategyAbs
            ? validStrategy(display(found.strategyAbs), fs.load(found.strategyAbs, display(found.strategyAbs), limits, cacheDir !== undefined ? new ParseCache(cacheDir) : undefined))
            : { problems: [] };
    const files = found.tacticsFiles.filter((abs) => abs !== replaces);
    const loaded = fs.loadEach(files.map((abs) => ({ abs, file: display(abs) })), limits, (t, f) => validated(f.file, t), input.concurrency, cacheDir !== undefined ? { cache: cacheDir } : {});
    const tactics = [];
    if (replaces !== undefined && buffer) {
        // In the file's place, so that the order of the tactics (and of their findings) is the file's.
        let next = 0;
        for (const abs of found.tacticsFiles)
            tactics.push(abs === replaces ? validated(display(abs), loadText(display(abs), buffer.text, limits)) : loaded[next++]);
    }
    else {
        tactics.push(...loaded);
        if (buffer && !strategyFromStdin)
            tactics.push(readTacticsText(buffer.name ?? '<stdin>', buffer.text, limits));
    }
    const placed = !buffer ? {} : { stdin: strategyFromStdin ? 'strategy' : replaces !== undefined ? 'replaced' : 'added' };
    return { discovery: found.problems, notes, strategy, tactics, ...placed };
}
