/** The load stage: discover the files, read, parse and validate each, so that every input error is reported in one run. */
import { resolve } from 'node:path';
import { boundaryOf, escapingLink, realOf, where } from './boundary.js';
import { ParseCache, userCacheRoot } from './cache.js';
import { discover } from './discover.js';
import { loadEach } from './parallel.js';
import { strategyFile, tacticsFile } from './schema.js';
import { fileStart, inputFinding, loadSource, parseSource } from './source.js';
import { validate } from './validate.js';
/** Reads the strategy and the tactics files; input errors go to `base.problems`, files to `base.sources`. */
/** A loaded tactics file, validated as soon as it is loaded (its raw data is dropped then). */
const validatedTactics = (t) => ({
    source: t.source,
    problems: t.problems,
    ...(t.source && !t.problems.length ? { v: validate(tacticsFile, t.data, t.source, 'a list of tactics under `tactics:`') } : {}),
});
/** Tactics given as text (standard input), loaded and validated like a file of that name. */
function fromText(file, text, base) {
    if (Buffer.byteLength(text) > base.limits.maxFileSize)
        return { source: undefined, problems: [inputFinding('input', fileStart(file), `${file} is over the ${base.limits.maxFileSize} byte limit for one file.`)] };
    return validatedTactics(parseSource(file, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, base.limits));
}
/**
 * The cache folder, unless a folder on its way is a link in the repository that leads outside it
 * and outside the user's cache folder (the rule for writes, boundary.ts): then no cache, and a note
 * says which link. A cache only ever makes a run faster, so this is never an error.
 */
function usableCache(dir, base) {
    const fence = boundaryOf(base.cwd);
    const link = escapingLink(dir, fence, [realOf(userCacheRoot())]);
    if (!link)
        return dir;
    base.notes.push(`the parse cache is not used: ${base.display(link.link)} is a link in the repository that leads ${where(link.to, fence)}.`);
    return undefined;
}
export function readFiles(opts, base) {
    const { cwd, display, sources, problems } = base;
    const { strategyAbs, tacticsFiles } = discover(opts, base);
    const cacheDir = opts.cache !== undefined ? usableCache(resolve(cwd, opts.cache), base) : undefined;
    // A strategy path that was refused (outside the repository) is already a problem.
    const s = strategyAbs
        ? loadSource(strategyAbs, display(strategyAbs), base.limits, cacheDir !== undefined ? new ParseCache(cacheDir) : undefined)
        : { problems: [] };
    if (s.source)
        sources.set(s.source.file, s.source);
    problems.push(...s.problems);
    const strategy = s.source && !s.problems.length
        ? validate(strategyFile, s.data, s.source, 'a strategy (name, positioning, motion, ideal_customers, objectives)')
        : undefined;
    if (strategy)
        problems.push(...strategy.problems);
    const tactics = [];
    const validated = loadEach(tacticsFiles.map((abs) => ({ abs, file: display(abs) })), base.limits, validatedTactics, opts.concurrency, cacheDir !== undefined ? { cache: cacheDir } : {});
    if (opts.stdin)
        validated.push(fromText(opts.stdin.name ?? '<stdin>', opts.stdin.text, base));
    for (const t of validated) {
        if (t.source)
            sources.set(t.source.file, t.source);
        problems.push(...t.problems, ...(t.v?.problems ?? []));
        if (t.source && t.v?.value)
            tactics.push({ file: t.source.file, data: t.v.value });
    }
    return { ...(s.source ? { strategySource: s.source } : {}), ...(strategy?.value ? { strategy: strategy.value } : {}), tactics };
}
