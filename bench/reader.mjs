// The prose reader's throughput: sentences a second, reading the shared tactic-prose corpus
// (or, where it is missing, the project's own held-out sentences) repeated, in one process.
// `node bench/reader.mjs` prints one line; run.mjs puts the same line in RESULTS.md.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

/** Reads every sentence `rounds` times with the reader's memo off (each reading done afresh); returns sentences a second. */
export async function readerThroughput(rounds = 20) {
  const { buildLexicon } = await import(join(root, 'dist', 'traits', 'index.js'));
  const corpus = join(root, '..', 'shared', 'corpora', 'tactic-prose');
  const dir = existsSync(corpus) ? corpus : join(root, 'test', 'traits', 'prose');
  const sentences = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => parse(readFileSync(join(dir, f), 'utf8')).map((e) => e.text));
  const lexicon = buildLexicon();
  const time = (opts) => {
    for (const s of sentences) lexicon.scan(s, opts); // warm up
    const t0 = process.hrtime.bigint();
    for (let r = 0; r < rounds; r++) for (const s of sentences) lexicon.scan(s, opts);
    return (sentences.length * rounds) / (Number(process.hrtime.bigint() - t0) / 1e9);
  };
  const fresh = time({ cache: false });
  return { corpus: dir.includes('shared') ? 'shared tactic-prose corpus' : 'held-out sentences', sentences: sentences.length, rounds, fresh };
}

export function describe(r) {
  return `Prose reader: ${Math.round(r.fresh).toLocaleString('en-US')} sentences a second, each read afresh (the memo of repeated wording off; ${r.sentences} sentences of the ${r.corpus}, ${r.rounds} rounds, one thread).`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(describe(await readerThroughput()));
