/**
 * Full garbage collections between the stages of a big check. V8 lets the heap grow to several
 * times what is alive before it collects again, so each stage's garbage (the composed data once
 * validated, the traits' working sets, the findings' drafts) piled up: checking 100,000 tactics
 * peaked at 2.6 GB with under 0.7 GB alive. A collection where a stage ends gives that back.
 * Only the CLI turns this on: a library caller's process keeps its own flags and pace.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
/** Inputs of at least this many bytes get a collection between stages; on smaller ones it would only cost time. */
export const COLLECT_FROM_BYTES = 4 * 1024 * 1024;
/** Whether the CLI allowed collections; V8's gc() once the first big input asked for one. */
let allowed = false;
let collect;
/** Lets `between` collect (the CLI calls it once). */
export function collectBetweenStages() {
    allowed = true;
}
/**
 * V8's gc(), reached through a new context as --expose-gc would give it; undefined where it cannot be had. Turned on
 * only when a big input first needs it: a V8 flag set at run time also changes the flags V8 stamps on the compiled
 * code that bin/align.js keeps, so a run that set it (every check, before) made the next run reject that code cache.
 */
function gc() {
    if (collect)
        return collect;
    try {
        v8.setFlagsFromString('--expose-gc');
        collect = vm.runInNewContext('gc');
    }
    catch {
        collect = undefined;
    }
    return collect;
}
/** A full collection now, when `collectBetweenStages` was called and the input is big. */
export function between(inputBytes) {
    if (allowed && inputBytes >= COLLECT_FROM_BYTES)
        gc()?.();
}
/** The bytes of every file read (their text), the measure `between` takes. */
export function inputBytes(sources) {
    let n = 0;
    for (const s of sources.values())
        n += s.text.length;
    return n;
}
