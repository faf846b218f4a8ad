// What a GitHub runner does with a `run:` step, for the action and the docs/ci.md recipes: the
// step's `${{ }}` expressions evaluated against the event's context, bash -eo pipefail, and the
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. No runner can run here (actions need Docker or
// GitHub), so expressions are evaluated by the subset of GitHub's expression language the
// workflows use: context paths, 'strings', ==, !=, &&, || and format().
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { root, tempDir } from './helpers.js';

export type Context = Record<string, unknown>;

/** Evaluates one `${{ }}` expression as GitHub does for the subset above (&& and || return an operand; '' is falsy). */
export function evaluate(expression: string, context: Context): unknown {
  const tokens = expression.match(/'(?:[^']|'')*'|==|!=|&&|\|\||[(),]|[A-Za-z_][\w.-]*/g) ?? [];
  let i = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++]!;
  const primary = (): unknown => {
    const t = next();
    if (t.startsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
    if (t === '(') {
      const v = or();
      next();
      return v;
    }
    if (peek() === '(') {
      next();
      const args: unknown[] = [];
      while (peek() !== ')') {
        args.push(or());
        if (peek() === ',') next();
      }
      next();
      if (t !== 'format') throw new Error(`function ${t} is not in the subset`);
      const [pattern, ...rest] = args as string[];
      return pattern!.replace(/\{(\d+)\}/g, (_m, n: string) => String(rest[Number(n)] ?? ''));
    }
    return t.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], context) ?? '';
  };
  const equality = (): unknown => {
    let v = primary();
    while (peek() === '==' || peek() === '!=') {
      const op = next();
      const w = primary();
      v = op === '==' ? v === w : v !== w;
    }
    return v;
  };
  const and = (): unknown => {
    let v = equality();
    while (peek() === '&&') {
      next();
      const w = equality();
      v = v ? w : v;
    }
    return v;
  };
  const or = (): unknown => {
    let v = and();
    while (peek() === '||') {
      next();
      const w = and();
      v = v ? v : w;
    }
    return v;
  };
  return or();
}

/** A string with every `${{ }}` replaced by its value. */
export const substitute = (text: string, context: Context) =>
  text.replace(/\$\{\{\s*([\s\S]*?)\s*\}\}/g, (_m, e: string) => {
    const v = evaluate(e, context);
    return v === false || v === undefined || v === null ? (v === false ? 'false' : '') : String(v);
  });

export interface StepRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The job's RUNNER_TEMP, for a later step. */
  runnerTemp: string;
}

/**
 * Runs a step's script as a runner does, in `cwd` (the checkout), with the step's env (already
 * substituted) and the runner's own files outside the checkout: GITHUB_OUTPUT, GITHUB_STEP_SUMMARY
 * and RUNNER_TEMP, which lives as long as the job (`runnerTemp`: the folder of an earlier step).
 */
export function runStep(cwd: string, script: string, env: Record<string, string>, runnerTemp?: string): StepRun {
  const runner = tempDir('align-runner-');
  const temp = runnerTemp ?? join(runner, 'temp');
  mkdirSync(temp, { recursive: true });
  const output = join(runner, 'github-output');
  const summary = join(runner, 'step-summary');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const file = join(runner, 'step.sh');
  writeFileSync(file, script);
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ALIGN_TODAY: '2026-11-22',
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      RUNNER_TEMP: temp,
      ...env,
    },
  });
  const outputs = Object.fromEntries(
    readFileSync(output, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, outputs, summary: readFileSync(summary, 'utf8'), runnerTemp: temp };
}

interface Action {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { steps: Array<{ id?: string; name?: string; run?: string; if?: string; with?: Record<string, string>; env?: Record<string, string> }> };
}
export const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as Action;

/** Runs the action's check step with these inputs (the rest at their defaults), as `uses:` would. */
export function runAction(cwd: string, inputs: Record<string, string>, actionPath = root, runnerTemp?: string): StepRun {
  const step = action.runs.steps.find((s) => s.id === 'check')!;
  const values = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, inputs[k] ?? v.default ?? '']));
  const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, substitute(v, { inputs: values })]));
  return runStep(cwd, step.run!, { GITHUB_ACTION_PATH: actionPath, ...env }, runnerTemp);
}
