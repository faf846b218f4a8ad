// A/B: alternates `align check` from two checkouts on one generated size and prints medians.
// node bench/ab.mjs /path/to/other/checkout [tactics=10000] [runs=9]
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const [other, n = '10000', runs = '9'] = process.argv.slice(2);
const dir = join(here, '.work', n);
const files = generate(dir, Number(n));
const args = (root) => [join(root, 'bin', 'align.js'), 'check', files.strategy, join(dir, 'tactics'), '-f', 'json', '-o', '/dev/null', '--today', '2026-11-22'];
const roots = { a: other, b: join(here, '..') };
const samples = { a: [], b: [] };
const mem = { a: [], b: [] };
for (let i = 0; i < Number(runs); i++) {
  for (const k of i % 2 ? ['b', 'a'] : ['a', 'b']) {
    const r = spawnSync('/usr/bin/time', ['-f', '%e %U %M', process.execPath, ...args(roots[k])], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const [s, u, kb] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
    samples[k].push([s, u]);
    mem[k].push(kb / 1024);
  }
}
const med = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
for (const k of ['a', 'b']) console.log(`${k} ${roots[k]}: wall ${med(samples[k].map((x) => x[0])).toFixed(2)} s, user ${med(samples[k].map((x) => x[1])).toFixed(2)} s, peak ${Math.max(...mem[k]).toFixed(0)} MB`);
