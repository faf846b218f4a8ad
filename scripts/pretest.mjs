#!/usr/bin/env node
// npm test's steps before the tests: the build, the typecheck and the lint. The build and the typecheck are each one
// single-threaded tsc of some 12 s, and neither reads what the other writes (the typecheck emits nothing and reads no
// dist/), so on a machine of two cores or more they run at the same time; the lint runs once both have passed.
// The typecheck's output is held and printed after the build's, so the two never interleave. Exits with the first
// failing step's code, as `npm run build && npm run typecheck && npm run lint` did.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs `npm run <script>`; with `hold`, its output is kept and returned instead of shown as it comes. */
function run(script, hold = false) {
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', script], { stdio: hold ? ['ignore', 'pipe', 'pipe'] : 'inherit', shell: process.platform === 'win32' });
    let output = '';
    if (hold) for (const stream of [child.stdout, child.stderr]) stream.on('data', (d) => (output += d));
    child.on('error', (e) => resolve({ script, code: 1, output: `${e.message}\n` }));
    child.on('close', (code, signal) => resolve({ script, code: code ?? (signal ? 1 : 0), output }));
  });
}

function report({ script, code, output }) {
  process.stdout.write(output);
  if (code !== 0) console.error(`npm test: ${script} failed (exit ${code})`);
  return code;
}

let code;
if (availableParallelism() > 1) {
  const typecheck = run('typecheck', true);
  code = report(await run('build'));
  const t = report(await typecheck);
  code ||= t;
} else {
  code = report(await run('build')) || report(await run('typecheck'));
}
if (code === 0) code = report(await run('lint'));
process.exit(code);
