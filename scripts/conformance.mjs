#!/usr/bin/env node
// npm run conformance: the checks that need the shared contract beside the repository (../shared):
// the shared conformance suite with its own runner, the SARIF and JUnit schema validation, and the
// shared prose corpus (contract/). Extra arguments go to vitest (.ci/run asks for a JSON report).
// Without ../shared it says so and runs nothing: npm test already runs the project's own cases.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');

if (!existsSync(join(shared, 'conformance', 'run.mjs'))) {
  console.log(
    `npm run conformance: ${shared} does not exist, so nothing was run: not the shared conformance suite, not the SARIF and JUnit schema checks, not the shared prose corpus.\n` +
      "(npm test runs the project's own conformance cases, test/conformance/cases.)",
  );
  process.exit(0);
}

console.log(`npm run conformance: checking against the shared contract in ${shared}`);
const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status ?? 1;
const built = run('npm', ['run', '--silent', 'build']);
if (built !== 0) process.exit(built);
process.exit(run(join(root, 'node_modules', '.bin', 'vitest'), ['run', '--project', 'shared', ...process.argv.slice(2)]));
