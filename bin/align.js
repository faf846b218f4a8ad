#!/usr/bin/env node
// A plain copy of the environment: the yaml parser reads process.env for every token, and Node's
// process.env is a slow special object (about a tenth of parse time on large playbooks).
process.env = { ...process.env };
const { main } = await import('../dist/bundle/cli.js');
process.exitCode = await main(process.argv);
