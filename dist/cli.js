/** The `align` command line: options in, exit code out. */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Chalk } from 'chalk';
import { Command, CommanderError } from 'commander';
import { SEVERITY_WORDS } from './config.js';
import { exitCode } from './exit.js';
import { defaultCacheLocation } from './load/cache.js';
import { RULE_SEVERITIES } from './load/schema.js';
import { between, collectBetweenStages, inputBytes } from './memory.js';
import { check } from './pipeline.js';
import { parseDate, parseSize } from './playbook/units.js';
import { terminalLines } from './report/escape.js';
import { json } from './report/json.js';
import { buildReport } from './report/model.js';
import { stylish } from './report/stylish.js';
import { wrap } from './report/text.js';
import { localToday, UsageError } from './result.js';
import { builtinRule } from './rules/registry.js';
import { setup } from './setup.js';
import { closest } from './suggest.js';
import { VERSION } from './version.js';
import { checkWritePath, LinkError, writeNoFollow } from './write.js';
/** The formats, loaded when asked for: start-up reads only what the run needs. */
const FORMATS = {
    stylish: async () => stylish,
    json: async () => json,
    sarif: async () => (await import('./report/sarif.js')).sarif,
    junit: async () => (await import('./report/junit.js')).junit,
    github: async () => (await import('./report/github.js')).github,
    markdown: async () => (await import('./report/markdown.js')).markdown,
    html: async () => (await import('./report/html.js')).html,
    compact: async () => (await import('./report/compact.js')).compact,
};
const FAIL_ON = [...RULE_SEVERITIES, 'never'];
/** Standard input as strict UTF-8 text (TACTICS `-`). */
function readStdin() {
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(0));
    }
    catch {
        throw new UsageError('Standard input is not UTF-8 text; save the tactics as UTF-8.');
    }
}
/** `-f NAME` (to standard output, or `-o`) and `-f NAME=FILE`, each checked against the formats. */
function parseFormats(list, output) {
    const formats = (list.length ? list : ['stylish']).map((item) => {
        const m = /^([^=]+)(?:=(.+))?$/.exec(item.trim());
        const name = m?.[1]?.trim() ?? item;
        if (!FORMATS[name]) {
            const c = closest(name, Object.keys(FORMATS));
            throw new UsageError(`Unknown format '${name}'.${c ? ` Did you mean '${c}'?` : ''} Formats: ${Object.keys(FORMATS).join(', ')}.`);
        }
        const file = m?.[2]?.trim();
        return file ? { name, file } : output ? { name, file: output } : { name };
    });
    if (formats.filter((f) => f.file === undefined).length > 1)
        throw new UsageError('Only one format can go to standard output; give the others a file, as in -f sarif=align.sarif.');
    return formats;
}
/** Colour level: off for files, --no-color and NO_COLOR; --color and FORCE_COLOR force it; else only on a terminal. */
function colorLevel(flags, toFile) {
    if (flags.color === false || toFile || (process.env.NO_COLOR ?? '') !== '')
        return 0;
    if (flags.color === true)
        return process.stdout.hasColors?.(256) ? 2 : 1;
    const force = process.env.FORCE_COLOR;
    if (force !== undefined) {
        if (force === '0' || force === 'false')
            return 0;
        const n = Number(force);
        return n >= 1 && n <= 3 ? n : 1;
    }
    return process.stdout.isTTY ? (process.stdout.hasColors?.(256) ? 2 : 1) : 0;
}
function parseRuleFlags(list) {
    const out = {};
    for (const item of list) {
        const m = /^([^=]+)=(.+)$/.exec(item.trim());
        if (!m)
            throw new UsageError(`--rule takes ID=SEVERITY (e.g. --rule orphan-tactic=off), not '${item}'.`);
        const sev = m[2].trim().toLowerCase();
        if (!SEVERITY_WORDS.includes(sev)) {
            const c = closest(sev, SEVERITY_WORDS);
            throw new UsageError(`'${m[2]}' is not a severity in --rule ${item}.${c ? ` Did you mean '${c}'?` : ''} Use one of: ${SEVERITY_WORDS.join(', ')}.`);
        }
        out[m[1].trim()] = sev;
    }
    return out;
}
/** --concurrency: auto, off, or a whole number of threads (1 is the same as off). */
function parseConcurrency(v) {
    const s = v.trim().toLowerCase();
    if (s === 'auto' || s === 'off')
        return s;
    if (/^\d+$/.test(s) && Number(s) >= 1)
        return Number(s);
    throw new UsageError(`--concurrency takes auto, off or a number of threads such as 2, not '${v}'.`);
}
async function runCheck(strategy, tactics, flags, io, deps) {
    const formats = parseFormats(flags.format, flags.output);
    if (!FAIL_ON.includes(flags.failOn))
        throw new UsageError(`--fail-on takes one of: ${FAIL_ON.join(', ')}; not '${flags.failOn}'.`);
    let maxWarnings;
    if (flags.maxWarnings !== undefined) {
        maxWarnings = Number(flags.maxWarnings);
        if (!/^\d+$/.test(flags.maxWarnings))
            throw new UsageError(`--max-warnings takes a whole number, not '${flags.maxWarnings}'.`);
    }
    const today = flags.today ?? process.env.ALIGN_TODAY;
    if (today !== undefined && !parseDate(today))
        throw new UsageError(`${flags.today !== undefined ? '--today' : 'ALIGN_TODAY'} takes a date as YYYY-MM-DD, not '${today}'.`);
    let maxFileSize;
    if (flags.maxFileSize !== undefined) {
        const n = parseSize(flags.maxFileSize);
        if (n === null)
            throw new UsageError(`--max-file-size takes a size such as 20MB, 500KB or a number of bytes, not '${flags.maxFileSize}'.`);
        maxFileSize = n;
    }
    const concurrency = parseConcurrency(flags.concurrency);
    // `--update-baseline` alone writes the baseline file: --baseline's, else the config's (check() settles it).
    const updateBaseline = flags.updateBaseline === true ? true : typeof flags.updateBaseline === 'string' ? flags.updateBaseline : undefined;
    const options = {
        ...(maxFileSize !== undefined ? { maxFileSize } : {}),
        concurrency,
        ...(flags.cache ? { cache: flags.cacheLocation ?? defaultCacheLocation() } : {}),
        ...(strategy !== undefined ? { strategy } : {}),
        ...(tactics.filter((t) => t !== '-').length ? { tactics: tactics.filter((t) => t !== '-') } : {}),
        ...(tactics.includes('-') ? { stdin: { text: readStdin(), ...(flags.stdinFilename ? { name: flags.stdinFilename } : {}) } } : {}),
        ...(flags.config !== undefined ? { config: flags.config } : {}),
        rules: parseRuleFlags(flags.rule),
        ...(today !== undefined ? { today } : {}),
        ...(flags.since ? { since: flags.since } : {}),
        ...(updateBaseline ? { updateBaseline } : {}),
        ...(flags.baseline !== undefined ? { baseline: flags.baseline } : {}),
        ...(flags.quiet ? { quiet: true } : {}),
    };
    const formatters = await Promise.all(formats.map(async (f) => ({ ...f, format: await FORMATS[f.name]() })));
    // On big inputs, a full collection where each stage ends keeps the peak near what is alive (memory.ts).
    collectBetweenStages();
    const result = deps.check(options);
    between(inputBytes(result.sources));
    if (result.optionErrors?.length)
        throw new UsageError(result.optionErrors[0]);
    for (const n of result.notes ?? [])
        io.err(`align: ${n}\n`);
    if (result.wroteBaseline !== undefined) {
        const file = result.baselineFile;
        const later = flags.baseline || typeof updateBaseline === 'string' ? `later runs with --baseline ${file}` : 'later runs (the config names it)';
        io.err(`align: wrote ${result.wroteBaseline} finding${result.wroteBaseline === 1 ? '' : 's'} to the baseline ${file}; ${later} report only new ones.\n`);
    }
    const root = repoRoot(process.cwd());
    for (const { format, file } of formatters) {
        const text = format(buildReport(result, {
            color: new Chalk({ level: colorLevel(flags, file !== undefined) }),
            width: Math.min(100, Math.max(60, process.stdout.columns || 80)),
            repoPath: (f) => (root ? relative(root, join(process.cwd(), f)).split('\\').join('/') : f),
            ...(root ? { root } : {}),
            version: VERSION,
            today: today ?? localToday(),
        }));
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
/** The nearest folder upwards that holds `.git`: SARIF paths are relative to it. */
function repoRoot(from) {
    for (let dir = from;; dir = dirname(dir)) {
        if (existsSync(join(dir, '.git')))
            return dir;
        if (dirname(dir) === dir)
            return null;
    }
}
/**
 * The process's standard streams. A reader that closes the pipe early (`| head -1`) ends the output
 * quietly; any other failure to write (a full disk) is remembered, for main to report and exit 2.
 */
const streams = { closed: false, failure: undefined, watched: false };
const stdio = {
    out: (s) => {
        if (!streams.closed && !streams.failure)
            process.stdout.write(s);
    },
    err: (s) => process.stderr.write(s),
};
function watchStreams() {
    if (streams.watched)
        return;
    streams.watched = true;
    process.stdout.on('error', (e) => {
        if (e.code === 'EPIPE')
            streams.closed = true;
        else
            streams.failure ??= e;
    });
    process.stderr.on('error', () => { });
}
/** Waits for the streams to report how the writes went; a failed write is exit 2 with one line. */
async function settled(code, io) {
    await new Promise((r) => setImmediate(r));
    if (!streams.failure)
        return code;
    const e = streams.failure;
    io.err(`align: could not write to standard output: ${e.code === 'ENOSPC' ? 'no space left on device' : e.message} (${e.code ?? 'error'}).\n`);
    return 2;
}
function program(io, setCode, deps) {
    const cmd = new Command('align')
        .description("Checks that a sales playbook's tactics stay true to its strategy.")
        .version(VERSION, '-v, --version')
        .showSuggestionAfterError(true)
        .exitOverride()
        .configureOutput({ writeOut: io.out, writeErr: io.err });
    cmd
        .command('check')
        .description('Check tactics against the strategy and report every mismatch')
        .argument('[strategy]', 'strategy file (default: from the config, else strategy.yaml)')
        .argument('[tactics...]', 'tactics files or folders, or - for standard input (default: from the config, else tactics.yaml or tactics/)')
        .option('-f, --format <name[=file]>', `output format: ${Object.keys(FORMATS).join(', ')}; repeat it for several, each but one to a file (-f stylish -f sarif=align.sarif)`, (v, acc) => [...acc, v], [])
        .option('-o, --output <file>', 'write the report to a file instead of standard output')
        .option('-c, --config <file>', 'config file (default: the nearest align.config.yaml or .align.yaml)')
        .option('--rule <id=severity>', 'override a rule: error, warning, info or off (repeatable)', (v, acc) => [...acc, v], [])
        .option('--fail-on <level>', 'lowest severity that fails the run: error, warning, info, never', 'error')
        .option('--max-warnings <n>', 'also fail when there are more than n warnings')
        .option('--today <date>', 'fix "today" (YYYY-MM-DD) for date rules; also ALIGN_TODAY')
        .option('--max-file-size <size>', 'the largest file to read, e.g. 20MB (default 10MB)')
        .option('--concurrency <n>', 'threads that parse tactics files: auto (2+ files, 2+ MB), off, or a number', 'auto')
        .option('--cache', 'keep what parsing each file gave, by content hash, and reuse it while the file is unchanged')
        .option('--cache-location <folder>', 'where --cache keeps it (default: ~/.cache/playbook-align/parse, or under $XDG_CACHE_HOME)')
        .option('--baseline <file>', "hide the findings recorded in this baseline file; report entries that no longer match (default: the config's baseline)")
        .option('--no-baseline', "ignore the config's baseline: report every finding")
        .option('--update-baseline [file]', "record the current findings in the baseline file (default: the --baseline file, else the config's)")
        .option('--since <ref>', 'report only findings that are new since this git commit, branch or tag')
        .option('-q, --quiet', 'report errors only')
        .option('--stdin-filename <file>', "the name findings give the tactics read from standard input (TACTICS '-')")
        .option('--color', 'colours even when the output is not a terminal (also FORCE_COLOR)')
        .option('--no-color', 'plain output (also NO_COLOR)')
        .option('--debug', 'show the stack trace of an internal error')
        .action(async (strategy, tactics, flags) => {
        setCode(await runCheck(strategy, tactics, flags, io, deps));
    });
    cmd
        .command('report')
        .description('Write an HTML report: score, objectives-by-tactics matrix, audience map, findings')
        .argument('[strategy]', 'strategy file (default: from the config, else strategy.yaml)')
        .argument('[tactics...]', 'tactics files, folders or globs')
        .option('-o, --output <file>', 'where to write the report', 'align-report.html')
        .option('-c, --config <file>', 'config file (default: the nearest align.config.yaml or .align.yaml)')
        .option('--rule <id=severity>', 'override a rule (repeatable)', (v, acc) => [...acc, v], [])
        .option('--today <date>', 'fix "today" (YYYY-MM-DD) for date rules; also ALIGN_TODAY')
        .option('--concurrency <n>', 'threads that parse tactics files: auto (2+ files, 2+ MB), off, or a number', 'auto')
        .option('--cache', 'keep what parsing each file gave, by content hash, and reuse it while the file is unchanged')
        .option('--cache-location <folder>', 'where --cache keeps it (default: ~/.cache/playbook-align/parse, or under $XDG_CACHE_HOME)')
        .action(async (strategy, tactics, flags) => {
        const code = await runCheck(strategy, tactics, { ...flags, format: ['html'], failOn: 'never', color: false }, io, deps);
        if (code !== 2)
            io.err(`align: wrote ${flags.output}\n`);
        setCode(code);
    });
    cmd
        .command('rules')
        .description('List every rule that would run here, built-in and custom')
        .option('-f, --format <name>', 'stylish or json', 'stylish')
        .option('-c, --config <file>', 'config file (default: the nearest align.config.yaml or .align.yaml)')
        .action((flags) => setCode(listRules(flags, io)));
    cmd
        .command('explain')
        .description('Explain a rule: why it exists, its condition, and an example that fails and one that passes')
        .argument('<rule>', 'rule id, e.g. premium-vs-discount')
        .option('-c, --config <file>', 'config file, for custom rules')
        .action(async (id, flags) => setCode(await runExplain(id, flags, io)));
    cmd
        .command('traits')
        .description('Show what text signals: each trait, the words, and what negation, a mention or another sense cancelled')
        .argument('<text...>', 'one or more texts to read, each in quotes; - reads standard input')
        .option('-f, --format <name>', 'stylish or json', 'stylish')
        .option('-c, --config <file>', 'config file, for its lexicon: additions')
        .action(async (texts, flags) => setCode(await runTraits(texts, flags, io)));
    cmd
        .command('init')
        .description('Write a starter strategy.yaml, tactics.yaml and align.config.yaml')
        .argument('[dir]', 'folder to write them in', '.')
        .option('--force', 'overwrite files that already exist')
        .action(async (dir, flags) => setCode(await runInit(dir, flags, io)));
    cmd
        .command('schema')
        .description('Print the JSON Schema of a file kind, for editors; or write the schemas to a folder')
        .argument('[kind]', 'strategy, tactics or config (with --write: all three when omitted)')
        .option('--write <dir>', 'write <kind>.schema.json files into this folder instead of printing')
        .action(async (kind, flags) => setCode(await runSchema(kind, flags, io)));
    return cmd;
}
/** Loads the config for a command that lists or explains rules; its input errors are printed and end the run. */
function rulesSetup(config, io) {
    const s = setup(config !== undefined ? { config } : {});
    if (s.problems.length) {
        for (const f of s.problems)
            io.err(`${f.file}:${f.line}:${f.column}: ${f.message}\n`);
        return null;
    }
    return s;
}
function listRules(flags, io) {
    if (flags.format !== 'stylish' && flags.format !== 'json')
        throw new UsageError(`align rules prints stylish or json, not '${flags.format}'.`);
    const s = rulesSetup(flags.config, io);
    if (!s)
        return 2;
    if (flags.format === 'json') {
        const rules = s.rules.map((r) => ({ id: r.id, severity: r.effective, defaultSeverity: r.severity, origin: r.origin, summary: r.summary }));
        io.out(`${JSON.stringify({ version: 1, rules }, null, 2)}\n`);
        return 0;
    }
    const idWidth = Math.max(...s.rules.map((r) => r.id.length));
    const lines = [];
    for (const r of s.rules) {
        const origin = r.origin === 'built-in' ? 'built-in' : `custom (${r.origin})`;
        lines.push(`${r.id.padEnd(idWidth)}  ${r.effective.padEnd(7)}  ${origin}`);
        for (const l of wrap(r.summary, 76))
            lines.push(`  ${l}`);
    }
    lines.push('', `${s.rules.length} rules (${s.rules.filter((r) => r.effective === 'off').length} off). 'align explain RULE' tells why a rule exists and shows examples.`);
    io.out(`${terminalLines(lines.join('\n'))}\n`);
    return 0;
}
async function runExplain(id, flags, io) {
    const { explainText, ruleDoc } = await import('./explain.js');
    const s = rulesSetup(flags.config, io);
    if (!s)
        return 2;
    const rule = s.rules.find((r) => r.id === id);
    if (!rule) {
        const c = closest(id, s.rules.map((r) => r.id));
        throw new UsageError(`Unknown rule '${id}'.${c ? ` Did you mean '${c}'?` : ''} Run 'align rules' to list the rules.`);
    }
    const full = builtinRule(id) ?? s.config.customRules.find((c) => c.rule.id === id).rule;
    io.out(terminalLines(explainText(ruleDoc(full), rule.effective)));
    return 0;
}
async function runTraits(texts, flags, io) {
    if (flags.format !== 'stylish' && flags.format !== 'json')
        throw new UsageError(`align traits prints stylish or json, not '${flags.format}'.`);
    const s = rulesSetup(flags.config, io);
    if (!s)
        return 2;
    const [{ buildLexicon }, { readTraits, traitsText }] = await Promise.all([import('./traits/index.js'), import('./traits/explain.js')]);
    const lexicon = buildLexicon(s.config.lexicon, s.config.qualifiers);
    const inputs = texts.map((t) => (t === '-' ? readFileSync(0, 'utf8').replace(/\r?\n$/, '') : t));
    const readings = inputs.map((t) => readTraits(lexicon, t));
    io.out(flags.format === 'json' ? `${JSON.stringify({ version: 1, texts: readings }, null, 2)}\n` : terminalLines(traitsText(readings)));
    return 0;
}
async function runInit(dir, flags, io) {
    const { init } = await import('./init.js');
    const target = resolve(dir);
    let r;
    try {
        r = init(target, { force: flags.force === true, today: process.env.ALIGN_TODAY ?? localToday() });
    }
    catch (e) {
        if (e instanceof LinkError)
            throw new UsageError(`Could not write the starter files: ${e.message}`);
        throw e;
    }
    for (const p of r.written)
        io.out(`wrote ${p}\n`);
    for (const p of r.skipped)
        io.out(`kept ${p} (it exists; --force overwrites it)\n`);
    if (r.written.length)
        io.out(`\nNext: edit the files, then run 'align check' in ${dir === '.' ? 'this folder' : dir}.\n`);
    return 0;
}
async function runSchema(kind, flags, io) {
    const { schemaText, SCHEMA_KINDS } = await import('./schemas.js');
    if (kind === undefined && flags.write === undefined)
        throw new UsageError(`Name a schema: ${SCHEMA_KINDS.join(', ')} (or --write DIR for all three).`);
    if (kind !== undefined && !SCHEMA_KINDS.includes(kind)) {
        const c = closest(kind, SCHEMA_KINDS);
        throw new UsageError(`Unknown schema '${kind}'.${c ? ` Did you mean '${c}'?` : ''} Schemas: ${SCHEMA_KINDS.join(', ')}.`);
    }
    const kinds = kind === undefined ? SCHEMA_KINDS : [kind];
    if (flags.write === undefined) {
        io.out(schemaText(kinds[0]));
        return 0;
    }
    // Refreshes schemas written beside a playbook (align init does so when align is not a dependency of the project).
    for (const k of kinds) {
        const file = join(flags.write, `${k}.schema.json`);
        try {
            checkWritePath(file);
            mkdirSync(flags.write, { recursive: true });
            writeNoFollow(file, schemaText(k));
        }
        catch (e) {
            if (e instanceof LinkError)
                throw new UsageError(`Could not write the schema: ${e.message}`);
            throw new UsageError(`Could not write the schema to ${file}: ${e.message}`);
        }
        io.out(`wrote ${file}\n`);
    }
    return 0;
}
/** Runs the CLI and returns the exit code; never throws. */
export async function main(argv, given = stdio, deps = { check }) {
    // Standard error lands in CI logs and terminals, and its notes quote file names and messages from the playbook.
    const io = { out: given.out, err: (s) => given.err(terminalLines(s)) };
    if (given === stdio)
        watchStreams();
    let code = 0;
    const debug = argv.includes('--debug');
    try {
        await program(io, (n) => (code = n), deps).parseAsync(argv);
        return given === stdio ? await settled(code, io) : code;
    }
    catch (e) {
        if (e instanceof CommanderError)
            return e.exitCode === 0 ? 0 : 2;
        if (e instanceof UsageError) {
            io.err(`align: ${e.message}\n`);
            return 2;
        }
        io.err(`align: internal error: ${e?.message ?? String(e)}\nThis is a bug in align, not in your playbook. Please report it with the command you ran${debug ? '' : ' (add --debug for details)'}.\n`);
        if (debug)
            io.err(`${e?.stack ?? ''}\n`);
        return 2;
    }
}
