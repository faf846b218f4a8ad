// npm run bench: `align check` side by side with Spectral, in one run. Alternating whole-process
// runs (node -e 0, the parse-only floor, align, Spectral), medians, and peak memory (GNU time), for
// 100 to 100,000 tactics in one file and in files of 5,000; start-up against `node -e 0`; the
// prose reader's throughput. Writes bench/RESULTS.md.
//
// Spectral is installed on demand into bench/.spectral (ignored by git, never a dependency of this
// project) with the ruleset in bench/spectral-ruleset.yaml. Without the network it is left out and
// RESULTS.md says so. BENCH_SIZES=100,1000 limits the sizes; BENCH_RUNS=3 fixes the runs per size.
// Then bench/lsp.mjs adds the editor server's section (BENCH_LSP=0 leaves it out).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';
import { describe as describeReader, readerThroughput } from './reader.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const SPECTRAL_VERSION = '6.16.3';
const sizes = (process.env.BENCH_SIZES ?? '100,1000,10000,100000').split(',').map(Number);
const runsFor = (n) => Number(process.env.BENCH_RUNS) || (n <= 1000 ? 7 : n <= 10000 ? 5 : 3);
const gnuTime = existsSync('/usr/bin/time');

/** Spectral's CLI, installed into bench/.spectral the first time; null when it cannot be installed. */
function spectral() {
  const prefix = join(here, '.spectral');
  const bin = join(prefix, 'node_modules', '.bin', 'spectral');
  if (!existsSync(bin)) {
    console.log(`installing @stoplight/spectral-cli@${SPECTRAL_VERSION} into bench/.spectral …`);
    const r = spawnSync(
      'npm',
      ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-package-lock', '--save-exact', `@stoplight/spectral-cli@${SPECTRAL_VERSION}`],
      { encoding: 'utf8' },
    );
    if (r.status !== 0 || !existsSync(bin)) {
      console.log(`could not install Spectral (${r.stderr.trim().split('\n').pop()}); timing align alone`);
      return null;
    }
  }
  return bin;
}

/** Wall time (s, from the clock here: GNU time's own %e has 10 ms steps) and peak memory (MB, when GNU time is there) of one process. */
function measure(cmd, args, cwd) {
  const t0 = process.hrtime.bigint();
  if (gnuTime) {
    const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    return { s, mb: Number(r.stderr.trim().split('\n').pop()) / 1024 };
  }
  spawnSync(cmd, args, { cwd, stdio: 'ignore' });
  return { s: Number(process.hrtime.bigint() - t0) / 1e9, mb: Number.NaN };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Runs every command `runs` times, alternating; medians of time, largest peak memory. `warm`: one untimed run of each first. */
function alternate(commands, runs, warm = false) {
  // A first, untimed run writes align's code cache (see bin/align.js), as any first use would.
  if (warm) for (const [cmd, args, cwd] of Object.values(commands)) measure(cmd, args, cwd);
  const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, { s: [], mb: [] }]));
  for (let r = 0; r < runs; r++) {
    for (const [name, [cmd, args, cwd]] of Object.entries(commands)) {
      const m = measure(cmd, args, cwd);
      samples[name].s.push(m.s);
      samples[name].mb.push(m.mb);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, { s: median(v.s), mb: Math.max(...v.mb) }]));
}

const spectralBin = spectral();
const ruleset = join(here, 'spectral-ruleset.yaml');
// The 100,000-tactic file is 29 MB, over align's default limit of 10 MB a file: the bench raises it.
const alignArgs = (strategy, tactics) => [
  join(root, 'bin', 'align.js'),
  'check',
  strategy,
  ...tactics,
  '-f',
  'json',
  '-o',
  '/dev/null',
  '--today',
  '2026-11-22',
  '--max-file-size',
  '100MB',
];

// Start-up: the version, and a check of a small playbook, against an empty node.
const small = generate(join(here, '.work', 'startup'), 100, Number.POSITIVE_INFINITY);
const startup = alternate(
  {
    node: [process.execPath, ['-e', '0']],
    alignVersion: [process.execPath, [join(root, 'bin', 'align.js'), '--version']],
    alignCheck: [process.execPath, alignArgs(small.strategy, small.tactics)],
    ...(spectralBin ? { spectralVersion: [spectralBin, ['--version']] } : {}),
  },
  Number(process.env.BENCH_RUNS) || 15,
  true,
);
console.log(
  `start-up: node -e 0 ${startup.node.s.toFixed(3)} s; align --version ${startup.alignVersion.s.toFixed(3)} s; align check (100 tactics) ${startup.alignCheck.s.toFixed(3)} s (${(startup.alignCheck.s / startup.node.s).toFixed(2)}×)${spectralBin ? `; spectral --version ${startup.spectralVersion.s.toFixed(3)} s` : ''}`,
);

const rows = [];
for (const n of sizes) {
  for (const perFile of n > 5000 ? [Number.POSITIVE_INFINITY, 5000] : [Number.POSITIVE_INFINITY]) {
    const dir = join(here, '.work', `${n}-${perFile === Number.POSITIVE_INFINITY ? 'one' : perFile}`);
    const files = generate(dir, n, perFile);
    const mb = files.tactics.reduce((a, f) => a + statSync(f).size, 0) / 1024 / 1024;
    const commands = {
      node: [process.execPath, ['-e', '0']],
      parse: [process.execPath, [join(here, 'parse-only.mjs'), ...files.tactics]],
      align: [process.execPath, alignArgs(files.strategy, files.tactics)],
      check: [process.execPath, [join(here, 'check-only.mjs'), files.strategy, ...files.tactics]],
      ...(spectralBin ? { spectral: [spectralBin, ['lint', '-r', ruleset, '-f', 'json', '-o', '/dev/null', '-q', ...files.tactics], dir] } : {}),
    };
    const m = alternate(commands, runsFor(n));
    const row = { n, files: files.tactics.length, mb, runs: runsFor(n), ...m };
    rows.push(row);
    console.log(
      `${n} tactics in ${row.files} file${row.files === 1 ? '' : 's'} (${mb.toFixed(1)} MB): parse-only ${m.parse.s.toFixed(2)} s, align ${m.align.s.toFixed(2)} s / ${m.align.mb.toFixed(0)} MB${spectralBin ? `, Spectral ${m.spectral.s.toFixed(2)} s / ${m.spectral.mb.toFixed(0)} MB` : ''}`,
    );
  }
}

const reader = await readerThroughput();
console.log(describeReader(reader));

const f = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();
const one = (n) => rows.find((r) => r.n === n && r.files === 1);
const target = (label, value, limit, unit = '×') =>
  `| ${label} | ${Number.isFinite(value) ? `${value.toFixed(2)}${unit}` : 'n/a'} | ≤ ${limit}${unit} | ${Number.isFinite(value) ? (value <= limit ? 'met' : 'not met') : 'not measured'} |`;
const sp = (r, k) => (spectralBin ? r?.spectral?.[k] : Number.NaN);
const lines = [
  '# Benchmark results',
  '',
  `Written by \`npm run bench\` (commit ${commit}). Node ${process.version}, ${cpus().length} × ${cpu}. ${spectralBin ? `Spectral ${SPECTRAL_VERSION}, installed by the bench into bench/.spectral, with bench/spectral-ruleset.yaml (shape and wording rules on every tactic; it sees only the tactics files)` : 'Spectral could not be installed on this run, so it is left out'}. Medians of alternating whole-process runs, timed by the bench's clock; peak memory is the largest resident set of those runs (GNU time).`,
  '',
  '## The targets (issue 14)',
  '',
  '| target | measured | goal | |',
  '| --- | ---: | ---: | --- |',
  target('start-up: `align check` of 100 tactics ÷ `node -e 0`', startup.alignCheck.s / startup.node.s, 1.5),
  target('10,000 tactics in one file: align ÷ Spectral, time', one(10000)?.align.s / sp(one(10000), 's'), 0.8),
  target('100,000 tactics in one file: align ÷ Spectral, peak memory', one(100000)?.align.mb / sp(one(100000), 'mb'), 1),
  '',
  '## Start-up',
  '',
  '| | s | ÷ `node -e 0` |',
  '| --- | ---: | ---: |',
  `| \`node -e 0\` | ${f(startup.node.s, 3)} | 1.00× |`,
  `| \`align --version\` | ${f(startup.alignVersion.s, 3)} | ${ratio(startup.alignVersion.s, startup.node.s)} |`,
  `| \`align check\`, 100 tactics | ${f(startup.alignCheck.s, 3)} | ${ratio(startup.alignCheck.s, startup.node.s)} |`,
  ...(spectralBin ? [`| \`spectral --version\` | ${f(startup.spectralVersion.s, 3)} | ${ratio(startup.spectralVersion.s, startup.node.s)} |`] : []),
  '',
  '## Size',
  '',
  '| tactics | files | MB | runs | parse-only s | `align check` s | Spectral s | align ÷ Spectral | parse-only ÷ Spectral | align peak MB | Spectral peak MB | align ÷ Spectral, memory | check() alone, peak MB | parse-only peak MB |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.n.toLocaleString('en-US')} | ${r.files} | ${f(r.mb, 1)} | ${r.runs} | ${f(r.parse.s)} | ${f(r.align.s)} | ${f(sp(r, 's'))} | ${ratio(r.align.s, sp(r, 's'))} | ${ratio(r.parse.s, sp(r, 's'))} | ${f(r.align.mb, 0)} | ${f(sp(r, 'mb'), 0)} | ${ratio(r.align.mb, sp(r, 'mb'))} | ${f(r.check.mb, 0)} | ${f(r.parse.mb, 0)} |`,
  ),
  '',
  describeReader(reader),
  '',
  '`align check` runs with its defaults (`--concurrency auto`: worker threads from 2 files and 2 MB) and writes JSON to /dev/null; Spectral runs `lint -f json -o /dev/null -q`. parse-only is `parseDocument` + `LineCounter` on the same files, one after the other: the floor for any checker built on `yaml`. check() alone is the library call without a report (bench/check-only.mjs), which splits peak memory between checking and reporting.',
  '',
  '## What stands in the way',
  '',
  `- **Start-up** (${f(startup.alignCheck.s / startup.node.s)}× \`node -e 0\`): \`align --version\` answers from package.json in ${ratio(startup.alignVersion.s, startup.node.s)} of \`node -e 0\`; the rest of a small check is loading the CLI (compiled from V8's code cache after the first run) and running it on cold code: yaml's lexer and parser, zod's validation, the lexicon of the prose reader, the rules. 1.5× leaves ${f(startup.node.s * 0.5 * 1000, 0)} ms for all of it; Node 20 has no startup snapshot for an application without running node with a flag.`,
  one(10000) && spectralBin
    ? `- **10,000 tactics in one file** (${ratio(one(10000).align.s, sp(one(10000), 's'))} Spectral): the parse-only floor, yaml's \`parseDocument\`, is already ${ratio(one(10000).parse.s, sp(one(10000), 's'))} Spectral's time on the same file. align builds its data from yaml's syntax tree rather than a Document, but still runs yaml's lexer and CST parser; 0.8× needs a scanner of its own for the block-YAML subset.`
    : '',
  one(100000) && spectralBin
    ? `- **100,000 tactics in one file, memory** (${ratio(one(100000).align.mb, sp(one(100000), 'mb'))} Spectral): each tactic's syntax tree is let go once composed and the CLI collects garbage where each stage ends, yet check() alone peaks at ${f(one(100000).check.mb, 0)} MB against Spectral's ${f(sp(one(100000), 'mb'), 0)} MB for its whole run: the validated data, the model with every tactic's traits and the findings are alive at once. The JSON report adds ${f(Math.max(0, one(100000).align.mb - one(100000).check.mb), 0)} MB (every finding copied into the report model and again for JSON, then one string). Streaming the report, and checking tactic by tactic, are the next steps.`
    : '',
  '',
];
writeFileSync(join(here, 'RESULTS.md'), lines.join('\n'));
console.log(`wrote ${join('bench', 'RESULTS.md')}`);

// The editor server's latency and memory (issue 25), in a process of its own (it needs --expose-gc): adds its section to RESULTS.md.
if (process.env.BENCH_LSP !== '0') {
  const lsp = spawnSync(process.execPath, ['--expose-gc', join(here, 'lsp.mjs')], { stdio: 'inherit' });
  if (lsp.status !== 0) process.exitCode = lsp.status ?? 1;
}
