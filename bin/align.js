#!/usr/bin/env node
// `align --version` alone answers from package.json (a test keeps it equal to the CLI's VERSION)
// without loading the CLI: half the time of loading it.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  const { readFileSync } = await import('node:fs');
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  // A plain copy of the environment: the yaml parser reads process.env for every token, and Node's
  // process.env is a slow special object (about a tenth of parse time on large playbooks).
  process.env = { ...process.env };
  const { main } = await import('../dist/bundle/cli.js');
  process.exitCode = await main(process.argv);
}
