/** The `align` command line: options in, exit code out. */
import { writeFileSync } from 'node:fs';
import { Chalk } from 'chalk';
import { Command, CommanderError, Option } from 'commander';
import { check, UsageError, type CheckResult } from './check.js';
import { SEVERITY_WORDS, type SeverityOrOff } from './config.js';
import { parseDate } from './playbook/units.js';
import type { Formatter } from './report/context.js';
import { json } from './report/json.js';
import { stylish } from './report/stylish.js';
import { closest } from './suggest.js';
import { severityRank, type Severity } from './types.js';

const FORMATS: Record<string, Formatter> = { stylish, json };
const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;

interface CheckFlags {
  format: string;
  output?: string;
  config?: string;
  rule: string[];
  failOn: string;
  maxWarnings?: string;
  today?: string;
  quiet?: boolean;
  color: boolean;
  debug?: boolean;
}

/** Colour level: off for files, --no-color and NO_COLOR; FORCE_COLOR forces it; else only on a terminal. */
function colorLevel(flags: CheckFlags): 0 | 1 | 2 | 3 {
  if (!flags.color || flags.output || (process.env.NO_COLOR ?? '') !== '') return 0;
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
    if (!SEVERITY_WORDS.includes(sev)) {
      const c = closest(sev, SEVERITY_WORDS);
      throw new UsageError(`'${m[2]}' is not a severity in --rule ${item}.${c ? ` Did you mean '${c}'?` : ''} Use one of: ${SEVERITY_WORDS.join(', ')}.`);
    }
    out[m[1]!.trim()] = sev;
  }
  return out;
}

/** 0 clean, 1 findings at or above --fail-on (or too many warnings), 2 could not check. */
export function exitCode(result: Pick<CheckResult, 'inputError' | 'findings'>, failOn: string, maxWarnings?: number): 0 | 1 | 2 {
  if (result.inputError) return 2;
  if (failOn !== 'never') {
    const floor = severityRank[failOn as Severity];
    if (result.findings.some((f) => severityRank[f.severity] >= floor)) return 1;
  }
  if (maxWarnings !== undefined && result.findings.filter((f) => f.severity === 'warning').length > maxWarnings) return 1;
  return 0;
}

async function runCheck(strategy: string | undefined, tactics: string[], flags: CheckFlags, io: Io): Promise<number> {
  const formatter = FORMATS[flags.format];
  if (!formatter) {
    const c = closest(flags.format, Object.keys(FORMATS));
    throw new UsageError(`Unknown format '${flags.format}'.${c ? ` Did you mean '${c}'?` : ''} Formats: ${Object.keys(FORMATS).join(', ')}.`);
  }
  if (!(FAIL_ON as readonly string[]).includes(flags.failOn)) throw new UsageError(`--fail-on takes one of: ${FAIL_ON.join(', ')}; not '${flags.failOn}'.`);
  let maxWarnings: number | undefined;
  if (flags.maxWarnings !== undefined) {
    maxWarnings = Number(flags.maxWarnings);
    if (!/^\d+$/.test(flags.maxWarnings)) throw new UsageError(`--max-warnings takes a whole number, not '${flags.maxWarnings}'.`);
  }
  const today = flags.today ?? process.env.ALIGN_TODAY;
  if (today !== undefined && !parseDate(today)) throw new UsageError(`${flags.today !== undefined ? '--today' : 'ALIGN_TODAY'} takes a date as YYYY-MM-DD, not '${today}'.`);

  const result = check({
    ...(strategy !== undefined ? { strategy } : {}),
    ...(tactics.length ? { tactics } : {}),
    ...(flags.config !== undefined ? { config: flags.config } : {}),
    rules: parseRuleFlags(flags.rule),
    ...(today !== undefined ? { today } : {}),
  });
  const findings = flags.quiet && !result.inputError ? result.findings.filter((f) => f.severity === 'error') : result.findings;
  const summary = { ...result.summary, error: 0, warning: 0, info: 0 };
  for (const f of findings) summary[f.severity]++;
  const text = formatter({
    findings,
    summary,
    sources: result.sources,
    inputError: result.inputError,
    color: new Chalk({ level: colorLevel(flags) }),
    width: Math.min(100, Math.max(60, process.stdout.columns || 80)),
  });
  if (flags.output) {
    try {
      writeFileSync(flags.output, text);
    } catch (e) {
      throw new UsageError(`Could not write the report to ${flags.output}: ${(e as Error).message}`);
    }
  } else io.out(text);
  return exitCode({ inputError: result.inputError, findings }, flags.failOn, maxWarnings);
}

export interface Io {
  out(s: string): void;
  err(s: string): void;
}

const stdio: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

function program(io: Io, setCode: (n: number) => void): Command {
  const cmd = new Command('align')
    .description('Checks that a sales playbook\'s tactics stay true to its strategy.')
    .version('0.1.0', '-v, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  cmd
    .command('check')
    .description('Check tactics against the strategy and report every mismatch')
    .argument('[strategy]', 'strategy file (default: from the config, else strategy.yaml)')
    .argument('[tactics...]', 'tactics files or folders (default: from the config, else tactics.yaml or tactics/)')
    .addOption(new Option('-f, --format <name>', `output format: ${Object.keys(FORMATS).join(', ')}`).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('-c, --config <file>', 'config file (default: the nearest align.config.yaml or .align.yaml)')
    .option('--rule <id=severity>', 'override a rule: error, warning, info or off (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--fail-on <level>', 'lowest severity that fails the run: error, warning, info, never', 'error')
    .option('--max-warnings <n>', 'also fail when there are more than n warnings')
    .option('--today <date>', 'fix "today" (YYYY-MM-DD) for date rules; also ALIGN_TODAY')
    .option('-q, --quiet', 'report errors only')
    .option('--no-color', 'plain output (also NO_COLOR; FORCE_COLOR forces colour)')
    .option('--debug', 'show the stack trace of an internal error')
    .action(async (strategy: string | undefined, tactics: string[], flags: CheckFlags) => {
      setCode(await runCheck(strategy, tactics, flags, io));
    });
  return cmd;
}

/** Runs the CLI and returns the exit code; never throws. */
export async function main(argv: string[], io: Io = stdio): Promise<number> {
  let code = 0;
  const debug = argv.includes('--debug');
  try {
    await program(io, (n) => (code = n)).parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UsageError) {
      io.err(`align: ${e.message}\n`);
      return 2;
    }
    io.err(`align: internal error: ${(e as Error)?.message ?? String(e)}\nThis is a bug in align, not in your playbook. Please report it with the command you ran${debug ? '' : ' (add --debug for details)'}.\n`);
    if (debug) io.err(`${(e as Error)?.stack ?? ''}\n`);
    return 2;
  }
}
