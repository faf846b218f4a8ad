/** The options of `align check` and `align report`, each defined once, and what they become: the pipeline's CheckOptions. */
import { readFileSync } from 'node:fs';
import { Option } from 'commander';
import { defaultCacheLocation } from '../load/cache.js';
import type { Concurrency } from '../load/parallel.js';
import { parseDate, parseSize } from '../load/units.js';
import type { CheckOptions } from '../result.js';
import { didYouMean } from '../suggest.js';
import { RULE_SEVERITIES, SEVERITY_OR_OFF, type SeverityOrOff, UsageError } from '../types.js';

/** The report formats, by name; each is loaded when asked for (check.ts). */
export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown', 'html', 'compact'] as const;
const FAIL_ON = [...RULE_SEVERITIES, 'never'] as const;
const collect = (v: string, acc: string[]) => [...acc, v];
const CONFIG_HELP = 'config file (default: the nearest align.config.yaml or .align.yaml)';
const PLAYBOOK_HELP = 'strategy file (default: from the config, else strategy.yaml)';

/** Each option, once; `align report` takes some of `align check`'s, a few with words of its own. */
export const options = {
  strategy: PLAYBOOK_HELP,
  format: () =>
    new Option(
      '-f, --format <name[=file]>',
      `output format: ${FORMAT_NAMES.join(', ')}; repeat it for several, each but one to a file (-f stylish -f sarif=align.sarif)`,
    )
      .argParser(collect)
      .default([] as string[]),
  output: (help = 'write the report to a file instead of standard output') => new Option('-o, --output <file>', help),
  config: () => new Option('-c, --config <file>', CONFIG_HELP),
  rule: (help = 'override a rule: error, warning, info or off (repeatable)') =>
    new Option('--rule <id=severity>', help).argParser(collect).default([] as string[]),
  failOn: () => new Option('--fail-on <level>', 'lowest severity that fails the run: error, warning, info, never').default('error'),
  maxWarnings: () => new Option('--max-warnings <n>', 'also fail when there are more than n warnings'),
  today: () => new Option('--today <date>', 'fix "today" (YYYY-MM-DD) for date rules; also ALIGN_TODAY'),
  maxFileSize: () => new Option('--max-file-size <size>', 'the largest file to read, e.g. 20MB (default 10MB)'),
  concurrency: () => new Option('--concurrency <n>', 'threads that parse tactics files: auto (2+ files, 2+ MB), off, or a number').default('auto'),
  cache: () => new Option('--cache', 'keep what parsing each file gave, by content hash, and reuse it while the file is unchanged'),
  cacheLocation: () => new Option('--cache-location <folder>', 'where --cache keeps it (default: ~/.cache/playbook-align/parse, or under $XDG_CACHE_HOME)'),
  baseline: () =>
    new Option('--baseline <file>', "hide the findings recorded in this baseline file; report entries that no longer match (default: the config's baseline)"),
  noBaseline: () => new Option('--no-baseline', "ignore the config's baseline: report every finding"),
  updateBaseline: () =>
    new Option('--update-baseline [file]', "record the current findings in the baseline file (default: the --baseline file, else the config's)"),
  since: () => new Option('--since <ref>', 'report only findings that are new since this git commit, branch or tag'),
  quiet: () => new Option('-q, --quiet', 'report errors only'),
  stdinFilename: () => new Option('--stdin-filename <file>', "the name findings give the tactics read from standard input (TACTICS '-')"),
  color: () => new Option('--color', 'colours even when the output is not a terminal (also FORCE_COLOR)'),
  noColor: () => new Option('--no-color', 'plain output (also NO_COLOR)'),
  debug: () => new Option('--debug', 'show the stack trace of an internal error'),
  fix: () => new Option('--fix', 'apply the safe fixes (each "did you mean": keys, values, ids, rule names) to the files, then report what remains'),
  fixDryRun: () => new Option('--fix-dry-run', 'as --fix, but only say what it would change; no file is written'),
};

/** What commander gives `align check` (and `align report`, with fewer of them). */
export interface CheckFlags {
  /** Each `NAME` or `NAME=FILE`; several run from one check. */
  format: string[];
  output?: string;
  config?: string;
  rule: string[];
  failOn: string;
  maxWarnings?: string;
  today?: string;
  maxFileSize?: string;
  concurrency: string;
  cache?: boolean;
  cacheLocation?: string;
  /** `--baseline FILE`, or false for `--no-baseline`. */
  baseline?: string | false;
  updateBaseline?: string | boolean;
  since?: string;
  quiet?: boolean;
  stdinFilename?: string;
  /** `--color` true, `--no-color` false, neither undefined (colour on a terminal). */
  color?: boolean;
  debug?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
}

/** Standard input as strict UTF-8 text (TACTICS `-`). */
function readStdin(): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(0));
  } catch {
    throw new UsageError('Standard input is not UTF-8 text; save the tactics as UTF-8.');
  }
}

/** `-f NAME` (to standard output, or `-o`) and `-f NAME=FILE`, each checked against the formats. */
export function parseFormats(list: string[], output: string | undefined): Array<{ name: string; file?: string }> {
  const formats = (list.length ? list : ['stylish']).map((item): { name: string; file?: string } => {
    const m = /^([^=]+)(?:=(.+))?$/.exec(item.trim());
    const name = m?.[1]?.trim() ?? item;
    if (!(FORMAT_NAMES as readonly string[]).includes(name))
      throw new UsageError(`Unknown format '${name}'.${didYouMean(name, FORMAT_NAMES)} Formats: ${FORMAT_NAMES.join(', ')}.`);
    const file = m?.[2]?.trim();
    return file ? { name, file } : { name };
  });
  // One report goes where -o says (else to standard output); every other needs a file of its own, or one would be lost.
  const unnamed = formats.filter((f) => f.file === undefined);
  if (unnamed.length > 1) {
    const where = output === undefined ? 'standard output' : `-o ${output}`;
    const names = unnamed.map((f) => f.name).join(', ');
    throw new UsageError(
      `Only one format can go to ${where}, and ${unnamed.length} have no file of their own (${names}); give the others one, as in -f ${unnamed[1]!.name}=align.${unnamed[1]!.name}.`,
    );
  }
  if (output !== undefined && unnamed[0]) unnamed[0].file = output;
  if (output !== undefined && !unnamed.length)
    throw new UsageError(`-o ${output} names no report: every format already has a file of its own (-f NAME=FILE). Drop -o, or drop a format's =FILE.`);
  return formats;
}

/** Colour level: off for files, --no-color and NO_COLOR; --color and FORCE_COLOR force it; else only on a terminal. */
export function colorLevel(flags: Pick<CheckFlags, 'color'>, toFile: boolean): 0 | 1 | 2 | 3 {
  if (flags.color === false || toFile || (process.env.NO_COLOR ?? '') !== '') return 0;
  if (flags.color === true) return process.stdout.hasColors?.(256) ? 2 : 1;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    const n = Number(force);
    return n >= 1 && n <= 3 ? (n as 1 | 2 | 3) : 1;
  }
  return process.stdout.isTTY ? (process.stdout.hasColors?.(256) ? 2 : 1) : 0;
}

function parseRuleFlags(list: string[]): Record<string, SeverityOrOff> {
  const out: Record<string, SeverityOrOff> = {};
  for (const item of list) {
    const m = /^([^=]+)=(.+)$/.exec(item.trim());
    if (!m) throw new UsageError(`--rule takes ID=SEVERITY (e.g. --rule orphan-tactic=off), not '${item}'.`);
    const sev = m[2]!.trim().toLowerCase() as SeverityOrOff;
    if (!SEVERITY_OR_OFF.includes(sev))
      throw new UsageError(`'${m[2]}' is not a severity in --rule ${item}.${didYouMean(sev, SEVERITY_OR_OFF)} Use one of: ${SEVERITY_OR_OFF.join(', ')}.`);
    out[m[1]!.trim()] = sev;
  }
  return out;
}

/** --concurrency: auto, off, or a whole number of threads (1 is the same as off). */
function parseConcurrency(v: string): Concurrency {
  const s = v.trim().toLowerCase();
  if (s === 'auto' || s === 'off') return s;
  if (/^\d+$/.test(s) && Number(s) >= 1) return Number(s);
  throw new UsageError(`--concurrency takes auto, off or a number of threads such as 2, not '${v}'.`);
}

/** The flags checked, as the pipeline's options; and the exit code's: --fail-on and --max-warnings. */
export function checkOptions(
  strategy: string | undefined,
  tactics: string[],
  flags: CheckFlags,
): { options: CheckOptions; today: string | undefined; maxWarnings: number | undefined; formats: Array<{ name: string; file?: string }> } {
  const formats = parseFormats(flags.format, flags.output);
  if (!(FAIL_ON as readonly string[]).includes(flags.failOn))
    throw new UsageError(`--fail-on takes one of: ${FAIL_ON.join(', ')}; not '${flags.failOn}'.${didYouMean(flags.failOn, FAIL_ON)}`);
  // `-` is standard input's tactics wherever it stands: first, it is not the strategy (which then comes from the config or the default).
  if (strategy === '-') {
    tactics = ['-', ...tactics];
    strategy = undefined;
  }
  if (flags.stdinFilename !== undefined && !tactics.includes('-'))
    throw new UsageError(
      `--stdin-filename ${flags.stdinFilename} names what standard input holds, but nothing is read from it: add - to the command (align check - --stdin-filename ${flags.stdinFilename}).`,
    );
  let maxWarnings: number | undefined;
  if (flags.maxWarnings !== undefined) {
    maxWarnings = Number(flags.maxWarnings);
    if (!/^\d+$/.test(flags.maxWarnings)) throw new UsageError(`--max-warnings takes a whole number, not '${flags.maxWarnings}'.`);
  }
  const today = flags.today ?? process.env.ALIGN_TODAY;
  if (today !== undefined && !parseDate(today))
    throw new UsageError(`${flags.today !== undefined ? '--today' : 'ALIGN_TODAY'} takes a date as YYYY-MM-DD, not '${today}'.`);

  let maxFileSize: number | undefined;
  if (flags.maxFileSize !== undefined) {
    const n = parseSize(flags.maxFileSize);
    if (n === null) throw new UsageError(`--max-file-size takes a size such as 20MB, 500KB or a number of bytes, not '${flags.maxFileSize}'.`);
    maxFileSize = n;
  }
  const concurrency = parseConcurrency(flags.concurrency);
  // `--update-baseline` alone writes the baseline file: --baseline's, else the config's (check() settles it).
  const updateBaseline: string | true | undefined =
    flags.updateBaseline === true ? true : typeof flags.updateBaseline === 'string' ? flags.updateBaseline : undefined;
  const options: CheckOptions = {
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
  return { options, today, maxWarnings, formats };
}
