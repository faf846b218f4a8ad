// Compares checkouts (each built: dist/bundle) on one generated size: alternating whole-process
// runs of `align check`, medians of wall and user time, peak memory.
// node bench/ab.mjs TACTICS RUNS CHECKOUT...   e.g. node bench/ab.mjs 10000 5 /tmp/base .
// With AB_MAX_RATIO set (npm run bench:gate sets 1.10), it is a cost gate: the median wall time of
// each later checkout against the first's, one line each, and exit 1 when any is over the ratio.
// AB_MAX_RATIO=1.10 node bench/ab.mjs 10000 7 /tmp/base .   (npm run bench:gate -- /tmp/base .)
// A run that fails (an exit above 1, which findings never give, or an error) stops it with exit 2.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const [n = '10000', runs = '5', ...roots] = process.argv.slice(2);
if (!roots.length) roots.push(join(here, '..'));
const gate = process.env.AB_MAX_RATIO || undefined;
const maxRatio = Number(gate);
if (gate !== undefined && !(maxRatio > 0)) {
  console.error(`cost gate: AB_MAX_RATIO is "${gate}", not a ratio such as 1.10`);
  process.exit(2);
}
if (gate !== undefined && roots.length < 2) {
  console.error('cost gate: give the base checkout first, then the ones to hold to it: npm run bench:gate -- /tmp/base .');
  process.exit(2);
}
const dir = join(here, '.work', n);
const files = generate(dir, Number(n));
const args = (root) => [
  join(resolve(root), 'bin', 'align.js'),
  'check',
  files.strategy,
  join(dir, 'tactics'),
  '-f',
  'json',
  '-o',
  '/dev/null',
  '--today',
  '2026-11-22',
];
const samples = roots.map(() => []);
for (let i = 0; i < Number(runs); i++) {
  // Alternate the order so that no checkout always runs first.
  const order = roots.map((_, k) => k);
  if (i % 2) order.reverse();
  for (const k of order) {
    // Each checkout keeps its own code cache (bin/align.js keeps one bundle's and removes the others'): alternating runs
    // would otherwise each compile the bundle afresh, as no user's runs do.
    const env = { ...process.env, XDG_CACHE_HOME: join(dir, `code-cache-${k}`) };
    const r = spawnSync('/usr/bin/time', ['-f', '%e %U %M', process.execPath, ...args(roots[k])], { encoding: 'utf8', maxBuffer: 1 << 30, env });
    const lines = r.stderr.trim().split('\n');
    const [s, u, kb] = lines.pop().split(' ').map(Number);
    // Findings exit 1, and time says so; anything else on standard error is a run that failed (an unbuilt checkout).
    const other = lines.filter((l) => l !== 'Command exited with non-zero status 1');
    if (r.status > 1 || other.length || ![s, u, kb].every(Number.isFinite)) {
      console.error(`${roots[k]}: align check failed (exit ${r.status})\n${other.join('\n')}`);
      process.exit(2);
    }
    samples[k].push({ s, u, mb: kb / 1024 });
  }
}
const med = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
roots.forEach((root, k) => {
  const x = samples[k];
  console.log(
    `${root}: wall ${med(x.map((v) => v.s)).toFixed(2)} s, user ${med(x.map((v) => v.u)).toFixed(2)} s, peak ${Math.max(...x.map((v) => v.mb)).toFixed(0)} MB (${n} tactics, ${runs} runs)`,
  );
});
if (gate !== undefined) {
  const pct = (ratio) => {
    const p = Math.round((ratio - 1) * 1000) / 10;
    return `${p < 0 ? '-' : '+'}${Math.abs(p)}%`;
  };
  const budget = pct(maxRatio);
  const base = med(samples[0].map((v) => v.s));
  for (let k = 1; k < roots.length; k++) {
    const ratio = med(samples[k].map((v) => v.s)) / base;
    const over = ratio > maxRatio;
    if (over) process.exitCode = 1;
    console.log(`cost gate: ${roots[k]} is ${pct(ratio)} against ${roots[0]}, ${over ? `over the ${budget} budget` : `within ${budget}`}`);
  }
}
