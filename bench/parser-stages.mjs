// Where yaml's parseDocument spends its time, stage by stage, on the benchmark's playbooks:
// the lexer alone, lexer + CST parser, and the full parseDocument (+ LineCounter), in one process
// after a warm-up. Shows what composing a model straight from the CST could save at most.
// Usage: node bench/parser-stages.mjs bench/.work/10000/tactics/*.yaml
import { readFileSync } from 'node:fs';
import { Lexer, LineCounter, Parser, parseDocument } from 'yaml';

const texts = process.argv.slice(2).map((f) => readFileSync(f, 'utf8'));
const stages = {
  lexer: (t) => {
    let n = 0;
    for (const _ of new Lexer().lex(t)) n++;
    return n;
  },
  'lexer + CST parser': (t) => {
    let n = 0;
    for (const _ of new Parser().parse(t)) n++;
    return n;
  },
  'parseDocument + LineCounter': (t) => parseDocument(t, { lineCounter: new LineCounter(), uniqueKeys: false }).errors.length,
};
const time = (fn) => {
  const t0 = performance.now();
  for (const t of texts) fn(t);
  return performance.now() - t0;
};
for (const fn of Object.values(stages)) time(fn); // warm-up
const results = {};
for (let r = 0; r < 3; r++) {
  for (const [name, fn] of Object.entries(stages)) {
    results[name] ??= [];
    results[name].push(time(fn));
  }
}
const mb = texts.reduce((a, t) => a + t.length, 0) / 1024 / 1024;
for (const [name, xs] of Object.entries(results)) {
  const m = xs.sort((a, b) => a - b)[1];
  console.log(`${name.padEnd(30)} ${(m / 1000).toFixed(2)} s  ${(mb / (m / 1000)).toFixed(2)} MB/s`);
}
