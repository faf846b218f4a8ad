// Trains the statistical check on the rule reader (src/traits/veto.ts) and writes src/traits/veto-model.json. Run it
// (`npm run train-veto`, which builds first and after) whenever any of its data or the tokenizer changes: a labelled sentence,
// red team or playbook, a construction's or a sense's examples, a trigger phrase. A test fails when the file is not what this
// script makes. The data, all in the repository:
// - every labelled sentence in test/traits/prose and test/traits/redteam, for every built-in trait;
// - every labelled playbook in test/traits/playbooks, a tactic's texts as one row;
// - every construction's examples, for the construction's trait only ("signal" as 1, "not" as 0), and every sense's "not";
// - every trigger phrase's samples (src/traits/samples.ts) as signals of its trait, at a tenth of a row's weight: enough that a
//   plain trigger in a short sentence stands ("Limited time offer for new members."), little enough that an ambiguous one
//   ("coupon", "blast") is still read by its sentence. On the development playbooks, full weight halved what the check gains
//   in precision, and none at all cancelled a few plain triggers (CHANGELOG, the nineteenth round).
// Usage: node scripts/train-veto.mjs [--out FILE] [--exclude SUBSTRING]… [--epochs N] [--min-count N]
// (--exclude leaves out the data files whose path contains it, to measure on them.)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const { tokenize } = await import(join(root, 'dist/traits/tokens.js'));
const { features, train } = await import(join(root, 'dist/traits/veto.js'));
const { BUILTIN_TRAITS, LEXICON } = await import(join(root, 'dist/traits/lexicon/index.js'));
const { samples } = await import(join(root, 'dist/traits/samples.js'));

const TRIGGER_WEIGHT = 0.1;
const argv = process.argv.slice(2);
let out = join(root, 'src/traits/veto-model.json');
const exclude = [];
const opts = {};
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--out') out = argv[++i];
  else if (argv[i] === '--epochs') opts.epochs = Number(argv[++i]);
  else if (argv[i] === '--min-count') opts.minCount = Number(argv[++i]);
  else if (argv[i] === '--exclude') exclude.push(argv[++i]);
}

const rows = [];
const featuresOf = (text) => features(tokenize(text));
for (const dir of ['test/traits/prose', 'test/traits/redteam']) {
  for (const f of readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    if (exclude.some((x) => `${dir}/${f}`.includes(x))) continue;
    for (const e of parse(readFileSync(join(root, dir, f), 'utf8')) ?? []) {
      if (typeof e?.text !== 'string') continue;
      const gold = new Set(e.traits ?? []);
      rows.push({ feats: featuresOf(e.text), labels: Object.fromEntries(BUILTIN_TRAITS.map((t) => [t, gold.has(t) ? 1 : 0])) });
    }
  }
}
// Whole playbooks, a tactic's texts as one row.
const pbRoot = join(root, 'test/traits/playbooks');
for (const d of readdirSync(pbRoot).sort()) {
  if (exclude.some((x) => `test/traits/playbooks/${d}/`.includes(x))) continue;
  const dir = join(pbRoot, d);
  let labels;
  try {
    labels = new Map(parse(readFileSync(join(dir, 'labels.yaml'), 'utf8')).map((l) => [l.id, new Set(l.traits ?? [])]));
  } catch {
    continue;
  }
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && f !== 'labels.yaml')
    .sort()) {
    for (const t of parse(readFileSync(join(dir, f), 'utf8'))?.tactics ?? []) {
      const gold = labels.get(t.id);
      if (!gold) continue;
      const text = [t.name, t.description, t.messaging].filter((x) => typeof x === 'string').join('\n\n');
      rows.push({ feats: featuresOf(text), labels: Object.fromEntries(BUILTIN_TRAITS.map((tr) => [tr, gold.has(tr) ? 1 : 0])) });
    }
  }
}
for (const trait of BUILTIN_TRAITS) {
  const { triggers, constructions = [], senses = [] } = LEXICON[trait];
  for (const t of triggers) for (const s of samples(t)) rows.push({ feats: featuresOf(s), labels: { [trait]: 1 }, weight: TRIGGER_WEIGHT });
  for (const c of constructions) {
    for (const s of c.examples?.signal ?? []) rows.push({ feats: featuresOf(s), labels: { [trait]: 1 } });
    for (const s of c.examples?.not ?? []) rows.push({ feats: featuresOf(s), labels: { [trait]: 0 } });
  }
  for (const s of senses) if (typeof s !== 'string') for (const x of s.examples?.not ?? []) rows.push({ feats: featuresOf(x), labels: { [trait]: 0 } });
}
const model = train(rows, BUILTIN_TRAITS, opts);
writeFileSync(out, `${JSON.stringify(model, null, 0)}\n`);
const sizes = Object.entries(model.traits).map(([t, m]) => `${t} ${Object.keys(m.weights).length}`);
console.log(`train-veto: ${rows.length} rows; weights per trait: ${sizes.join(', ')}; wrote ${out}`);
