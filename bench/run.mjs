// npm run bench: times whole processes (alternating runs, medians) for `node -e 0`, a parse-only
// script and `align check` at each size, with peak memory, and writes bench/RESULTS.md.
// BENCH_SIZES=100,1000 limits the sizes; BENCH_RUNS=3 fixes the runs per size.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';
import { describe as describeReader, readerThroughput } from './reader.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const sizes = (process.env.BENCH_SIZES ?? '100,1000,10000,100000').split(',').map(Number);
const runsFor = (n) => Number(process.env.BENCH_RUNS) || (n <= 1000 ? 7 : n <= 10000 ? 5 : 3);
const gnuTime = existsSync('/usr/bin/time');

/** Wall time (s) and peak memory (MB, when GNU time is there) of one process. */
function measure(cmd, args) {
  if (gnuTime) {
    const r = spawnSync('/usr/bin/time', ['-f', '%e %M', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const last = r.stderr.trim().split('\n').pop().split(' ');
    return { s: Number(last[0]), mb: Number(last[1]) / 1024 };
  }
  const t0 = process.hrtime.bigint();
  spawnSync(cmd, args, { stdio: 'ignore' });
  return { s: Number(process.hrtime.bigint() - t0) / 1e9, mb: NaN };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const rows = [];
for (const n of sizes) {
  const dir = join(here, '.work', String(n));
  const files = generate(dir, n);
  const mb = files.tactics.reduce((a, f) => a + statSync(f).size, 0) / 1024 / 1024;
  const commands = {
    node: [process.execPath, ['-e', '0']],
    parse: [process.execPath, [join(here, 'parse-only.mjs'), ...files.tactics]],
    align: [
      process.execPath,
      [join(root, 'bin', 'align.js'), 'check', files.strategy, join(dir, 'tactics'), '-f', 'json', '-o', '/dev/null', '--today', '2026-11-22'],
    ],
  };
  // Where `--concurrency auto` starts threads (2+ files, 2+ MB), also time one thread.
  const threaded = files.tactics.length >= 2 && mb >= 2;
  if (threaded) commands.alignOff = [process.execPath, [...commands.align[1], '--concurrency', 'off']];
  const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  const peak = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let r = 0; r < runsFor(n); r++) {
    for (const [name, [cmd, args]] of Object.entries(commands)) {
      const m = measure(cmd, args);
      samples[name].push(m.s);
      peak[name].push(m.mb);
    }
  }
  const row = { n, files: files.tactics.length, mb, runs: runsFor(n), alignOff: NaN, alignOffMB: NaN };
  for (const k of Object.keys(samples)) {
    row[k] = median(samples[k]);
    row[`${k}MB`] = Math.max(...peak[k]);
  }
  rows.push(row);
  console.log(
    `${n} tactics (${mb.toFixed(1)} MB, ${files.tactics.length} files): node -e 0 ${row.node.toFixed(3)} s, parse-only ${row.parse.toFixed(3)} s, align check ${row.align.toFixed(3)} s, ${row.alignMB.toFixed(0)} MB peak${threaded ? `; one thread ${row.alignOff.toFixed(3)} s, ${row.alignOffMB.toFixed(0)} MB` : ''}`,
  );
}

const reader = await readerThroughput();
console.log(describeReader(reader));

const f = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
const spectral = { 100: 1.0, 1000: 1.3, 10000: 2.3, 100000: 17 };
// Issue #6 timed a plain yaml + zod script next to Spectral; our parse-only script does the same
// work, so their ratio tells how much faster or slower this machine runs now than then.
const issueScript = { 100: 0.36, 1000: 0.77, 10000: 3.1, 100000: 33 };
const scaled = (r) => (spectral[r.n] && issueScript[r.n] ? (spectral[r.n] * r.parse) / issueScript[r.n] : NaN);
const by = Object.fromEntries(rows.map((r) => [r.n, r]));
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();
const lines = [
  '# Benchmark results',
  '',
  `Written by \`npm run bench\` (commit ${commit}). Node ${process.version}, ${cpus().length} × ${cpu}. Medians of alternating whole-process runs; peak memory is the largest resident set of those runs (GNU time).`,
  '',
  '| tactics | files | MB | runs | `node -e 0` s | parse-only s | `align check` s | align / node | align / parse | align peak MB | parse peak MB | one thread s | one thread peak MB | Spectral s (issue #6) | align / Spectral | Spectral s, scaled (est.) | align / scaled |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.n.toLocaleString('en-US')} | ${r.files} | ${f(r.mb, 1)} | ${r.runs} | ${f(r.node, 3)} | ${f(r.parse)} | ${f(r.align)} | ${f(r.align / r.node, 1)}× | ${f(r.align / r.parse)}× | ${f(r.alignMB, 0)} | ${f(r.parseMB, 0)} | ${Number.isFinite(r.alignOff) ? f(r.alignOff) : 'same'} | ${Number.isFinite(r.alignOffMB) ? f(r.alignOffMB, 0) : 'same'} | ${spectral[r.n] ?? 'n/a'} | ${spectral[r.n] ? `${f(r.align / spectral[r.n])}×` : 'n/a'} | ${f(scaled(r))} | ${Number.isFinite(scaled(r)) ? `${f(r.align / scaled(r))}×` : 'n/a'} |`,
  ),
  '',
  by[10000] && by[100000] ? `Growth: t(100,000) / t(10,000) = ${f(by[100000].align / by[10000].align)} (target ≤ 11).` : '',
  '',
  describeReader(reader),
  '',
  '`align check` runs with its defaults (`--concurrency auto`: worker threads from 2 files and 2 MB); "one thread" is `--concurrency off` on the same files. parse-only is `parseDocument` + `LineCounter` on the same files, one after the other.',
  '',
  "Spectral figures are the ones measured in issue #6 on these machines (Spectral 6.16 with a comparable custom ruleset); it is not installed here, so they are quoted, not re-measured. These machines are shared and their speed drifts by 2× over a day, so the quoted figures are also scaled: Spectral × (this run's parse-only time ÷ the issue's yaml + zod script time at the same size: 0.36, 0.77, 3.1 and 33 s). The scaled column is an estimate, not a measurement.",
  '',
];
writeFileSync(join(here, 'RESULTS.md'), lines.join('\n'));
console.log(`wrote ${join('bench', 'RESULTS.md')}`);
