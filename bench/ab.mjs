// Compares checkouts (each built: dist/bundle) on one generated size: alternating whole-process
// runs of `align check`, medians of wall and user time, peak memory.
// node bench/ab.mjs TACTICS RUNS CHECKOUT...   e.g. node bench/ab.mjs 10000 5 /tmp/base .
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const [n = '10000', runs = '5', ...roots] = process.argv.slice(2);
if (!roots.length) roots.push(join(here, '..'));
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
    const r = spawnSync('/usr/bin/time', ['-f', '%e %U %M', process.execPath, ...args(roots[k])], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const [s, u, kb] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
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
