import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { afterAll } from 'vitest';
import { parse } from 'yaml';
import { type Config, emptyConfig } from '../src/load/config.js';
import { type CustomRuleData, strategyFile, tacticsFile } from '../src/load/schema.js';
import { stripExtensions } from '../src/load/validate.js';
import { type Analysis, analyse } from '../src/pipeline.js';
import { compileCustomRules } from '../src/rules/custom.js';
import { BASE_STRATEGY, BASE_TACTIC } from '../src/rules/examples.js';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The CLI under test; ALIGN_TEST_BIN runs the same tests against another build (an older commit's, to see a test fail there). */
export const bin = process.env.ALIGN_TEST_BIN ?? join(root, 'bin', 'align.js');
/** The conformance cases: the project's own fixtures (test/conformance/cases/<name>/). */
export const cases = join(root, 'test', 'conformance', 'cases');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a process. */
export function align(args: string[], opts: { cwd?: string; env?: Record<string, string | undefined> } = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ALIGN_TODAY: undefined, ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: opts.cwd ?? root, encoding: 'utf8', env: env as NodeJS.ProcessEnv, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The built CLI's main, loaded once per test process (the same bundle bin/align.js runs). */
let cliMain: ((argv: string[], io: { out(s: string): void; err(s: string): void }) => Promise<number>) | undefined;
let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs the built CLI (dist/bundle/cli.cjs, the code bin/align.js starts) in this process, in `cwd` and with the
 * environment `align()` gives it: the same arguments, output and exit code as a process of its own, for the tests
 * that check what a command prints, returns or writes. Each process of its own pays Node's start and the prose
 * lexicon's build (some 0.5 s of CPU); here only the first run does. Tests of what only a process has (standard
 * input, a terminal, stream failures, the code cache, crashes and limits of a big input) keep `align()`.
 * With ALIGN_TEST_BIN (another build), in a worker thread (which cannot change folder) or when this process's output is
 * a terminal (vitest's forks pipe it), it is `align()` itself.
 */
export function alignInProcess(args: string[], opts: { cwd?: string; env?: Record<string, string | undefined> } = {}): Promise<Run> {
  if (process.env.ALIGN_TEST_BIN || !isMainThread || process.stdout.isTTY) return Promise.resolve(align(args, opts));
  const run = queue.then(async () => {
    cliMain ??= (createRequire(import.meta.url)(join(root, 'dist', 'bundle', 'cli.cjs')) as { main: NonNullable<typeof cliMain> }).main;
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ALIGN_TODAY: undefined, ...opts.env };
    for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
    const before = { cwd: process.cwd(), env: process.env };
    let stdout = '';
    let stderr = '';
    try {
      process.chdir(opts.cwd ?? root);
      process.env = env as NodeJS.ProcessEnv;
      const code = await cliMain(['node', bin, ...args], {
        out: (s) => {
          stdout += s;
        },
        err: (s) => {
          stderr += s;
        },
      });
      return { code, stdout, stderr };
    } finally {
      process.env = before.env;
      process.chdir(before.cwd);
    }
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Runs git in `dir` as a test author (no global identity needed); its output, trimmed. */
export const git = (dir: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=Test', ...args], { cwd: dir, stdio: 'pipe' })
    .toString()
    .trim();

export const json = (r: Run) => JSON.parse(r.stdout) as { findings: Array<Record<string, unknown>>; summary: Record<string, number> };

const temporary: string[] = [];
/** A temporary folder, removed when the test file ends. */
export function tempDir(prefix = 'align-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}
// Registered on each test file that imports the helpers (vitest isolates modules per file).
afterAll(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder holding the given files (paths relative to it). */
export function fixture(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  for (const [name, body] of Object.entries(files)) {
    const p = join(dir, name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, body);
  }
  // A .git marker keeps the config search inside the fixture.
  mkdirSync(join(dir, '.git'), { recursive: true });
  return dir;
}

/** A file of the lumen-audio example. */
export const lumen = (name: string) => readFileSync(join(root, 'examples', 'lumen-audio', name), 'utf8');

/** The lumen-audio example in a temporary folder, with other files beside it. */
export const lumenPlaybook = (extra: Record<string, string> = {}) =>
  fixture({ 'strategy.yaml': lumen('strategy.yaml'), 'tactics.yaml': lumen('tactics.yaml'), ...extra });

/** The rule examples' base strategy, with what a test overrides. */
export const baseStrategy = (over: Record<string, unknown> = {}) => ({ ...BASE_STRATEGY, ...over });

/** The rule examples' base tactic (as 't1'), with what a test overrides. */
export const baseTactic = (over: Record<string, unknown> = {}) => ({ ...BASE_TACTIC, id: 't1', ...over });

export interface AnalyseExtras {
  today?: string;
  rules?: Record<string, CustomRuleData>;
  config?: Partial<Config>;
}

/** Runs the rules on plain objects, through the same schemas and stages as the CLI; each problem with its message. */
export function analyseObjects(
  strategy: object,
  tactics: object[],
  extras: AnalyseExtras = {},
): Omit<Analysis, 'problems'> & { problems: Array<Analysis['problems'][number] & { message: string }> } {
  const config: Config = { ...emptyConfig(root), ...extras.config };
  const custom = compileCustomRules(Object.entries(extras.rules ?? {}).map(([id, data]) => ({ id, data, file: 'test', path: ['rules', id] })));
  if (custom.errors.length) throw new Error(custom.errors[0]!.message);
  const s = strategyFile.parse(stripExtensions(strategy));
  const t = tacticsFile.parse(stripExtensions({ version: 1, tactics }));
  const a = analyse('strategy.yaml', s, [{ file: 'tactics.yaml', data: t }], { config, today: extras.today ?? '2026-11-01', customRules: custom.rules });
  return { ...a, problems: a.problems.map((p) => ({ ...p, message: a.messages(p.ruleId)[p.messageId]!(p.data) })) };
}

/** Problems of one rule, as [tactic or objective id] lists. */
export const idsOf = (a: Analysis, rule: string) => a.problems.filter((p) => p.ruleId === rule).map((p) => p.tactic ?? p.objective ?? '-');

export const yaml = (text: string) => parse(text) as unknown;
