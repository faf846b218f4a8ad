/** `align check` and `align report`: flags to options, one pipeline call, the report model built once, each format written, the exit code. */
import { join, relative } from 'node:path';
import { Chalk } from 'chalk';
import { exitCode } from '../exit.js';
import { describeFix } from '../findings/fix.js';
import { repositoryRoot } from '../load/boundary.js';
import { between, collectBetweenStages, inputBytes } from '../memory.js';
import { json } from '../report/json.js';
import { buildReport, fromRoot } from '../report/model.js';
import { stylish } from '../report/stylish.js';
import { localToday } from '../result.js';
import { UsageError } from '../types.js';
import { VERSION } from '../version.js';
import { LinkError, writeNoFollow } from '../write.js';
import { fixPlaybook, writeFixed } from './fix.js';
import { checkOptions, colorLevel } from './options.js';
/** The formats, loaded when asked for: start-up reads only what the run needs. */
const FORMATS = {
    stylish: async () => stylish,
    json: async () => json,
    sarif: async () => (await import('../report/sarif.js')).sarif,
    junit: async () => (await import('../report/junit.js')).junit,
    github: async () => (await import('../report/github.js')).github,
    markdown: async () => (await import('../report/markdown.js')).markdown,
    html: async () => (await import('../report/html.js')).html,
    compact: async () => (await import('../report/compact.js')).compact,
};
/** The formats whose paths are from the repository root; SARIF makes its own (repoPath, %SRCROOT%). */
const FROM_ROOT = new Set(['github', 'junit', 'markdown']);
export async function runCheck(strategy, tactics, flags, io, deps) {
    const { options, today, maxWarnings, formats } = checkOptions(strategy, tactics, flags);
    const formatters = await Promise.all(formats.map(async (f) => ({ ...f, format: await FORMATS[f.name]() })));
    // On big inputs, a full collection where each stage ends keeps the peak near what is alive (memory.ts).
    collectBetweenStages();
    const hooks = { afterStage: (_stage, sources) => between(inputBytes(sources)) };
    const fixing = flags.fix || flags.fixDryRun;
    if (fixing && options.updateBaseline)
        throw new UsageError('--fix and --update-baseline do not go together: fix first, then record the baseline.');
    const fixed = fixing ? fixPlaybook(options, hooks) : undefined;
    const result = fixed?.result ?? deps.check(options, hooks);
    between(inputBytes(result.sources));
    if (result.optionErrors?.length)
        throw new UsageError(result.optionErrors[0]);
    if (fixed) {
        const verb = flags.fix ? 'fixed' : 'would fix';
        for (const a of fixed.applied)
            io.err(`align: ${verb} ${describeFix(a)}\n`);
        if (flags.fix) {
            try {
                writeFixed(fixed.texts, process.cwd());
            }
            catch (e) {
                throw new UsageError(`Could not write the fixes: ${e.message}`);
            }
        }
        const n = fixed.applied.length;
        io.err(`align: ${n ? `${flags.fix ? '' : 'would make '}${n} fix${n === 1 ? '' : 'es'} in ${fixed.texts.size} file${fixed.texts.size === 1 ? '' : 's'}` : 'nothing to fix'}.\n`);
    }
    for (const n of result.notes ?? [])
        io.err(`align: ${n}\n`);
    if (result.wroteBaseline !== undefined) {
        const file = result.baselineFile;
        const later = flags.baseline || typeof options.updateBaseline === 'string' ? `later runs with --baseline ${file}` : 'later runs (the config names it)';
        io.err(`align: wrote ${result.wroteBaseline} finding${result.wroteBaseline === 1 ? '' : 's'} to the baseline ${file}; ${later} report only new ones.\n`);
    }
    // The formats a CI system reads name files from the repository's root (boundary.ts), as GitHub resolves
    // them; those a person reads in a terminal (stylish, compact), and html and json, keep them as shown, from here.
    const root = repositoryRoot(process.cwd());
    const repoPath = (f) => (root ? relative(root, join(process.cwd(), f)).split('\\').join('/') : f);
    const model = buildReport(result);
    const rooted = formatters.some((f) => FROM_ROOT.has(f.name)) ? fromRoot(model, repoPath) : model;
    for (const { name, format, file } of formatters) {
        const drawn = FROM_ROOT.has(name) ? rooted : model;
        const text = format(drawn, {
            color: new Chalk({ level: colorLevel(flags, file !== undefined) }),
            width: Math.min(100, Math.max(60, process.stdout.columns || 80)),
            repoPath,
            root,
            version: VERSION,
            today: today ?? localToday(),
            // GitHub shows 10 error and 10 warning annotations per step; the summary says how many more there are.
            annotationCap: process.env.GITHUB_ACTIONS === 'true' && formatters.some((f) => f.name === 'github') ? 10 : null,
        });
        if (file === undefined) {
            io.out(text);
            continue;
        }
        try {
            writeNoFollow(file, text);
        }
        catch (e) {
            if (e instanceof LinkError)
                throw new UsageError(`Could not write the report: ${e.message}`);
            throw new UsageError(`Could not write the report to ${file}: ${e.message}`);
        }
    }
    return exitCode(result, flags.failOn, maxWarnings);
}
