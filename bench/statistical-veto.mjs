// An experiment, not part of the reader: would a small statistical check over the words of a text, trained on the project's
// own labelled sentences, make the rule reader more precise on prose it has never seen?
//
// For each built-in trait it trains a logistic regression over hashed word unigrams and bigrams on every labelled sentence in
// test/traits/prose and test/traits/redteam (nothing outside the repository). It then reads each set named on the command line
// with the rule reader (dist/, so build first) and again with a veto: a trait the rules found in a text is dropped when no
// sentence of that text reads as that trait with a probability above the threshold. Training is deterministic (fixed order,
// no randomness), so the same data gives the same numbers.
//
// Usage (from the project root):
//   node bench/statistical-veto.mjs [--thresholds 0.05,0.1,0.2] SENTENCE_FILE_OR_PLAYBOOK_DIR...
// A playbook folder is one with a labels.yaml (scripts/score-prose.mjs describes both kinds); a folder of them
// (test/traits/playbooks) is read as one set. Each text is read on its own, field by field, as `align traits` reads it,
// so the rules' figures differ a little from score-prose.mjs, which checks whole tactics.
//
// Do not read a set the model was trained on as evidence: the sentence sets under test/traits are its training data, the
// playbook folders under test/traits/playbooks are not.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TRAITS = ['discount', 'pressure', 'mass', 'consultative', 'white-glove', 'gated', 'free-trial'];
const BITS = 15;
const SIZE = 1 << BITS;

const argv = process.argv.slice(2);
let thresholds = [0.05, 0.1, 0.2];
const inputs = [];
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--thresholds') thresholds = argv[++i].split(',').map(Number);
  else inputs.push(resolve(argv[i]));
}
if (inputs.length === 0) {
  console.error('statistical-veto: name the sentence files or playbook folders to read');
  process.exit(2);
}

const sentencesIn = (file) => {
  const data = parse(readFileSync(file, 'utf8'));
  return Array.isArray(data) ? data.filter((e) => typeof e?.text === 'string') : [];
};
const yamlFiles = (dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => join(dir, f))
    .filter((p) => statSync(p).isFile());

/** FNV-1a, folded into the table. */
function bucket(s) {
  let x = 2166136261;
  for (let i = 0; i < s.length; i++) {
    x ^= s.charCodeAt(i);
    x = Math.imul(x, 16777619);
  }
  return (x >>> 0) % SIZE;
}
function features(text) {
  const words = text.toLowerCase().match(/[\p{L}\p{N}%$£€']+/gu) ?? [];
  const out = new Set();
  for (let i = 0; i < words.length; i++) {
    out.add(bucket(`u:${words[i]}`));
    if (i > 0) out.add(bucket(`b:${words[i - 1]} ${words[i]}`));
  }
  return [...out];
}

const training = [...yamlFiles(join(root, 'test/traits/prose')), ...yamlFiles(join(root, 'test/traits/redteam'))].flatMap(sentencesIn);
const rows = training.map((e) => features(e.text));
const models = {};
for (const trait of TRAITS) {
  const weights = new Float64Array(SIZE);
  let bias = 0;
  const y = training.map((e) => ((e.traits ?? []).includes(trait) ? 1 : 0));
  const positives = y.reduce((a, b) => a + b, 0);
  const lift = Math.sqrt((training.length - positives) / Math.max(positives, 1));
  for (let epoch = 0; epoch < 8; epoch++) {
    const rate = 0.2 / (1 + epoch);
    for (let i = 0; i < rows.length; i++) {
      let z = bias;
      for (const f of rows[i]) z += weights[f];
      const g = (1 / (1 + Math.exp(-z)) - y[i]) * (y[i] ? lift : 1);
      bias -= rate * g;
      for (const f of rows[i]) weights[f] -= rate * (g + 1e-4 * weights[f]);
    }
  }
  models[trait] = { weights, bias };
}
const probability = (trait, text) => {
  const { weights, bias } = models[trait];
  let z = bias;
  for (const f of features(text)) z += weights[f];
  return 1 / (1 + Math.exp(-z));
};
const sentences = (text) =>
  text
    .split(/(?<=[.!?])\s+|\n\s*\n|\n(?=\s*[-*•]\s)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 3);

const { buildLexicon } = await import(join(root, 'dist', 'traits', 'index.js'));
const lexicon = buildLexicon();

/** Each item to read: its texts, its kind and its gold traits. */
function itemsOf(input) {
  if (statSync(input).isDirectory() && existsSync(join(input, 'labels.yaml'))) {
    const labels = new Map(parse(readFileSync(join(input, 'labels.yaml'), 'utf8')).map((l) => [l.id, l.traits ?? []]));
    return yamlFiles(input)
      .filter((f) => basename(f) !== 'labels.yaml')
      .flatMap((f) => parse(readFileSync(f, 'utf8'))?.tactics ?? [])
      .filter((t) => labels.has(t.id))
      .map((t) => ({ texts: [t.name, t.description, t.messaging].filter((x) => typeof x === 'string'), kind: t.kind, gold: labels.get(t.id) }));
  }
  // A folder of playbook folders (test/traits/playbooks) is read as one set.
  if (statSync(input).isDirectory()) {
    const sets = readdirSync(input)
      .sort()
      .map((d) => join(input, d))
      .filter((d) => statSync(d).isDirectory() && existsSync(join(d, 'labels.yaml')));
    if (sets.length) return sets.flatMap(itemsOf);
  }
  const files = statSync(input).isDirectory() ? yamlFiles(input) : [input];
  return files.flatMap(sentencesIn).map((e) => ({ texts: [e.text], kind: e.kind, gold: e.traits ?? [] }));
}

for (const input of inputs) {
  const items = itemsOf(input);
  const runs = [['rules', -1], ...thresholds.map((t) => [`veto < ${t}`, t])];
  const totals = runs.map(() => ({ tp: 0, fp: 0, fn: 0, exact: 0 }));
  for (const item of items) {
    const gold = new Set(item.gold);
    const rules = new Set(item.texts.flatMap((x) => lexicon.scan(x, { kind: item.kind, cache: false }).matches.map((m) => m.trait)));
    const parts = item.texts.flatMap(sentences);
    const best = Object.fromEntries([...rules].map((t) => [t, Math.max(0, ...parts.map((s) => probability(t, s)))]));
    runs.forEach(([, threshold], k) => {
      const got = [...rules].filter((t) => best[t] > threshold);
      const s = totals[k];
      for (const t of got) gold.has(t) ? s.tp++ : s.fp++;
      for (const t of gold) if (!got.includes(t)) s.fn++;
      if (got.sort().join() === [...gold].sort().join()) s.exact++;
    });
  }
  console.log(`${basename(input)} (${items.length} items; trained on ${training.length} sentences)`);
  runs.forEach(([name], k) => {
    const s = totals[k];
    console.log(
      `  ${name.padEnd(12)} precision ${(s.tp / (s.tp + s.fp)).toFixed(3)} recall ${(s.tp / (s.tp + s.fn)).toFixed(3)} (${s.exact} read exactly right)`,
    );
  });
}
