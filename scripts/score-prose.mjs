#!/usr/bin/env node
// Scores how well `align` reads traits out of prose, through the public contract only: each
// sentence becomes one tactic, a config with one custom rule per trait (`forbid: { traits: T }`)
// turns every trait the reader finds into a finding, and the JSON report says which it found. So
// the score is what a user's own custom rule would see.
//
// Usage (from the project root):
//   node scripts/score-prose.mjs [--cmd "node bin/align.js"] [--misses] [--json] [--statistical-check] DIR_OR_FILE...
//
// A sentence file (test/traits/prose/*.yaml) is a YAML list of entries:
//   - text: "Ten percent off the first year if you sign by Friday."
//     traits: [discount, pressure]   # every built-in trait the text signals; any other is a must-not
//     not: [consultative]            # optional: traps, named for the reader of the file
//     field: messaging               # optional: description (default), messaging or name
//     kind: objection-handling       # optional: the tactic's kind (default other), which the reading may depend on
//     note: why                      # optional, ignored
// A folder that holds a `labels.yaml` is a set of whole playbooks instead: its other YAML files are
// tactics files (format.md), checked together, and labels.yaml lists every tactic with the traits
// its prose signals, read as a whole (test/traits/playbooks/*):
//   - id: year-end-chair-package
//     traits: [discount, pressure]
//     note: why                      # optional, ignored
// Prints per-trait precision and recall and the totals (`precision P recall R (tp …, fp …, fn …)`),
// with --misses every sentence (or tactic) read wrong, with --json one JSON document instead. --statistical-check reads
// with the reader's statistical check on (the config's `reader: {statistical_check: true}`).
// Exit 0 when it scored, 2 when it could not (a bad sentence file, align failing, input errors).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const TRAITS = ['discount', 'pressure', 'mass', 'consultative', 'white-glove', 'gated', 'free-trial'];
const FIELDS = ['description', 'messaging', 'name'];

const argv = process.argv.slice(2);
let cmd = process.env.ALIGN_CMD || `${process.execPath} ${join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'align.js')}`;
let showMisses = false;
let asJson = false;
let statistical = false;
const inputs = [];
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--cmd') cmd = argv[++i];
  else if (argv[i] === '--statistical-check') statistical = true;
  else if (argv[i] === '--misses') showMisses = true;
  else if (argv[i] === '--json') asJson = true;
  else inputs.push(resolve(argv[i]));
}

function fail(message) {
  console.error(`score-prose: ${message}`);
  process.exit(2);
}

if (inputs.length === 0) fail('name the sentence files or folders to score');
const playbookSets = inputs.filter((p) => statSync(p).isDirectory() && existsSync(join(p, 'labels.yaml')));
if (playbookSets.length && playbookSets.length !== inputs.length) fail('score sentence files and playbook folders (with a labels.yaml) apart');
const files = playbookSets.length
  ? []
  : inputs.flatMap((p) =>
      statSync(p).isDirectory()
        ? readdirSync(p)
            .filter((n) => /\.ya?ml$/.test(n))
            .sort()
            .map((n) => join(p, n))
        : [p],
    );

const entries = files.flatMap((file) => {
  const list = parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(list)) fail(`${file}: expected a list of entries`);
  return list.map((e, i) => {
    const where = `${basename(file)} entry ${i + 1}`;
    if (typeof e?.text !== 'string') fail(`${where}: no text`);
    for (const t of [...(e.traits ?? []), ...(e.not ?? [])]) if (!TRAITS.includes(t)) fail(`${where}: unknown trait '${t}'`);
    if (e.field !== undefined && !FIELDS.includes(e.field)) fail(`${where}: field is one of ${FIELDS.join(', ')}`);
    if (e.kind !== undefined && typeof e.kind !== 'string') fail(`${where}: kind is a tactic kind (format.md)`);
    return { text: e.text, traits: new Set(e.traits ?? []), field: e.field ?? 'description', kind: e.kind ?? 'other', where };
  });
});
/** Each labelled tactic of the playbook folders, as an entry whose id the report names. */
const playbookEntries = playbookSets.flatMap((set) => {
  const labels = parse(readFileSync(join(set, 'labels.yaml'), 'utf8'));
  if (!Array.isArray(labels)) fail(`${set}/labels.yaml: expected a list of entries`);
  return labels.map((l, i) => {
    const where = `${basename(set)} ${l?.id ?? `entry ${i + 1}`}`;
    if (typeof l?.id !== 'string') fail(`${basename(set)}/labels.yaml entry ${i + 1}: no id`);
    for (const t of l.traits ?? []) if (!TRAITS.includes(t)) fail(`${where}: unknown trait '${t}'`);
    return { id: l.id, text: '', traits: new Set(l.traits ?? []), where, set };
  });
});
// The report names a tactic by its id alone, so an id may stand in one folder only.
const seen = new Map();
for (const e of playbookEntries) {
  if (seen.has(e.id)) fail(`${e.where}: the id is labelled in ${basename(seen.get(e.id))} too; score the folders apart`);
  seen.set(e.id, e.set);
}
if (playbookSets.length) entries.push(...playbookEntries);
if (entries.length === 0) fail('no sentences to score');
const unit = playbookSets.length ? 'tactics' : 'sentences';

const dir = mkdtempSync(join(tmpdir(), 'align-prose-'));
/** Per playbook folder, the ids of the tactics its files hold. */
const written = new Map();
let report;
try {
  const strategy = {
    version: 1,
    name: 'Trait probe',
    reviewed: '2026-11-01',
    positioning: 'mainstream',
    motion: 'transactional',
    ideal_customers: [{ id: 'anyone' }],
    objectives: [{ id: 'grow', statement: 'Grow', horizon: 'long-term' }],
    value: { outcomes: [{ statement: 'Grow revenue 10%' }] },
    strengths: ['speed'],
  };
  const rules = Object.fromEntries(TRAITS.map((t) => [`has-${t}`, { severity: 'info', message: `signals ${t}`, forbid: { traits: t } }]));
  // JSON is YAML: no quoting to get wrong.
  writeFileSync(join(dir, 'strategy.yaml'), JSON.stringify(strategy));
  writeFileSync(join(dir, 'align.config.yaml'), JSON.stringify({ rules, ...(statistical ? { reader: { statistical_check: true } } : {}) }));
  const checked = [];
  if (playbookSets.length) {
    // Each set's tactics files as written, in a folder of their own.
    playbookSets.forEach((set, k) => {
      mkdirSync(join(dir, `set${k}`));
      for (const f of readdirSync(set)
        .filter((n) => /\.ya?ml$/.test(n) && n !== 'labels.yaml')
        .sort()) {
        copyFileSync(join(set, f), join(dir, `set${k}`, f));
        checked.push(join(`set${k}`, f));
        const ids = written.get(set) ?? new Set();
        for (const t of parse(readFileSync(join(set, f), 'utf8'))?.tactics ?? []) if (typeof t?.id === 'string') ids.add(t.id);
        written.set(set, ids);
      }
    });
  } else {
    const tactics = entries.map((e, i) => ({
      id: `s${i}`,
      name: e.field === 'name' ? e.text : `Probe ${i}`,
      kind: e.kind,
      supports: ['grow'],
      metrics: ['revenue'],
      ...(e.field === 'name' ? {} : { [e.field]: e.text }),
    }));
    writeFileSync(join(dir, 'tactics.yaml'), JSON.stringify({ version: 1, tactics }));
    checked.push('tactics.yaml');
  }
  const [bin, ...pre] = cmd.split(' ').filter(Boolean);
  const args = [...pre, 'check', 'strategy.yaml', ...checked, '--format', 'json', '--today', '2026-11-01', '--fail-on', 'never'];
  const run = spawnSync(bin, args, { cwd: dir, encoding: 'utf8', timeout: 300_000, maxBuffer: 1 << 28 });
  try {
    report = JSON.parse(run.stdout);
  } catch {
    fail(`align did not print a JSON report (exit ${run.status}): ${(run.stderr || run.stdout || '').slice(0, 600)}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const inputErrors = report.findings.filter((f) => ['schema', 'yaml-syntax', 'input'].includes(f.ruleId));
if (inputErrors.length)
  fail(
    `input errors: ${inputErrors
      .map((f) => f.message)
      .join('; ')
      .slice(0, 600)}`,
  );

const found = entries.map(() => new Map());
// A tactic's id names its entry: s<i> for a sentence, the labelled id for a playbook's tactic.
const indexOf = new Map(entries.map((e, i) => [e.id ?? `s${i}`, i]));
for (const e of playbookEntries) if (!written.get(e.set)?.has(e.id)) fail(`${e.where}: no tactic with this id in the set`);
for (const f of report.findings) {
  const trait = /^has-(.+)$/.exec(f.ruleId)?.[1];
  const i = indexOf.get(f.tactic ?? '');
  if (trait && i !== undefined) found[i].set(trait, f.evidence ?? null);
}

const perTrait = Object.fromEntries(TRAITS.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
const misses = [];
entries.forEach((e, i) => {
  const wrong = [];
  for (const t of TRAITS) {
    const got = found[i].has(t);
    if (e.traits.has(t) && got) perTrait[t].tp++;
    else if (e.traits.has(t)) {
      perTrait[t].fn++;
      wrong.push(`missed ${t}`);
    } else if (got) {
      perTrait[t].fp++;
      wrong.push(`false ${t}${found[i].get(t) ? ` ("${found[i].get(t)}")` : ''}`);
    }
  }
  if (wrong.length) misses.push({ where: e.where, wrong, text: e.text });
});

const total = { tp: 0, fp: 0, fn: 0 };
for (const s of Object.values(perTrait)) for (const k of ['tp', 'fp', 'fn']) total[k] += s[k];
const ratio = (a, b) => (b === 0 ? null : a / b);
const precision = ratio(total.tp, total.tp + total.fp) ?? 1;
const recall = ratio(total.tp, total.tp + total.fn) ?? 1;

if (asJson) {
  console.log(JSON.stringify({ [unit]: entries.length, exact: entries.length - misses.length, precision, recall, ...total, perTrait, misses }, null, 2));
} else {
  const cell = (r) => (r === null ? '  -  ' : r.toFixed(3));
  console.log(`trait          ${unit.padStart(9)}  precision  recall`);
  for (const t of TRAITS) {
    const s = perTrait[t];
    console.log(
      `${t.padEnd(14)} ${String(s.tp + s.fn).padStart(9)}  ${cell(ratio(s.tp, s.tp + s.fp)).padStart(9)}  ${cell(ratio(s.tp, s.tp + s.fn)).padStart(6)}`,
    );
  }
  if (showMisses && misses.length) console.log(`\n${misses.map((m) => `${m.where}: ${m.wrong.join(', ')}${m.text ? `\n    ${m.text}` : ''}`).join('\n')}`);
  console.log(`\n${entries.length} ${unit}, ${entries.length - misses.length} read exactly right`);
  console.log(`precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} (tp ${total.tp}, fp ${total.fp}, fn ${total.fn})`);
}
