import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { check } from '../src/pipeline.js';
import { json as jsonReport } from '../src/report/json.js';
import { buildReport } from '../src/report/model.js';
import { align, root, tempDir } from './helpers.js';

const example = join(root, 'examples', 'northwind-ops-cloud');
const strategy0 = parse(readFileSync(join(example, 'strategy.yaml'), 'utf8')) as Record<string, unknown>;
const tactics0 = parse(readFileSync(join(example, 'tactics.yaml'), 'utf8')) as { tactics: Array<Record<string, unknown>> };
const dir = tempDir('align-prop-');

type Json = unknown;
/** Every path to a value inside a JSON-like tree. */
function paths(v: Json, at: Array<string | number> = [], out: Array<Array<string | number>> = []) {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => void paths(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

interface Mutation {
  file: 'strategy' | 'tactics';
  at: number;
  op: 'delete' | 'replace' | 'append-text' | 'duplicate';
  value: Json;
  text: string;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  file: fc.constantFrom('strategy' as const, 'tactics' as const),
  at: fc.nat(),
  op: fc.constantFrom('delete' as const, 'replace' as const, 'append-text' as const, 'duplicate' as const),
  value: fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom('premium', 'value', 'consultative', 'product-led', '25% off', 'act now', 'midmarket-tech', 'grow-nrr', 'sms', '', null),
  ),
  text: fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom(' 25% off, act now!', ' never discount', ' email blast to all contacts', ' book a demo', ' white-glove on-site'),
  ),
});

/** Applies mutations to copies of the example playbook. */
function mutate(ms: Mutation[]): { strategy: Json; tactics: Json } {
  const docs = { strategy: structuredClone(strategy0) as Json, tactics: structuredClone(tactics0) as Json };
  for (const m of ms) {
    const all = paths(docs[m.file]).filter((p) => p.length > 0);
    if (all.length === 0) continue; // earlier deletions emptied the file
    const p = all[m.at % all.length]!;
    const parent = p.slice(0, -1).reduce((o: any, k) => o[k], docs[m.file]) as any;
    const key = p[p.length - 1]!;
    if (m.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else if (m.op === 'replace') parent[key] = m.value;
    else if (m.op === 'append-text') parent[key] = typeof parent[key] === 'string' ? parent[key] + m.text : m.text;
    else if (Array.isArray(parent)) parent.push(structuredClone(parent[Number(key)]));
  }
  return docs;
}

function write(docs: { strategy: Json; tactics: Json }, name: string) {
  const s = join(dir, `${name}-strategy.yaml`);
  const t = join(dir, `${name}-tactics.yaml`);
  writeFileSync(s, stringify(docs.strategy));
  writeFileSync(t, stringify(docs.tactics));
  return { strategy: s, tactics: [t] };
}

const report = (r: ReturnType<typeof check>) => jsonReport(buildReport(r));

describe('properties', () => {
  test('mutated playbooks never throw, every finding is located, the JSON report is one document, and output is deterministic', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (ms) => {
        const files = write(mutate(ms), 'm');
        const a = check({ ...files, config: false, today: '2026-11-22' });
        for (const f of a.findings) expect(f.line >= 1 && f.column >= 1 && f.file.length > 0).toBe(true);
        const text = report(a);
        expect(JSON.parse(text).findings).toHaveLength(a.findings.length);
        expect(report(check({ ...files, config: false, today: '2026-11-22' }))).toBe(text);
      }),
      { numRuns: 150 },
    );
  });

  test('arbitrary text as a playbook file never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.uint8Array({ maxLength: 300 })), (content) => {
        const s = join(dir, 'raw.yaml');
        writeFileSync(s, content);
        const r = check({ strategy: s, tactics: [join(example, 'tactics.yaml')], config: false, today: '2026-11-22' });
        expect(typeof r.inputError).toBe('boolean');
        JSON.parse(report(r));
      }),
      { numRuns: 200 },
    );
  });

  test('shuffling the tactics changes no finding except its position', () => {
    const base = check({ ...write({ strategy: strategy0, tactics: tactics0 }, 's'), config: false, today: '2026-11-22' });
    // A fix's place moves with its finding; its text does not.
    const strip = (r: ReturnType<typeof check>) =>
      r.findings.map(({ line, column, endLine, endColumn, file, fix, ...rest }) => JSON.stringify({ ...rest, fix: fix?.text })).sort();
    const expected = strip(base);
    fc.assert(
      fc.property(fc.shuffledSubarray(tactics0.tactics, { minLength: tactics0.tactics.length }), (order) => {
        const r = check({ ...write({ strategy: strategy0, tactics: { ...tactics0, tactics: order } }, 's'), config: false, today: '2026-11-22' });
        expect(strip(r)).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });

  test('the CLI exits with 0, 1 or 2 only and prints one JSON document', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (ms) => {
        const files = write(mutate(ms), 'cli');
        const r = align(['check', files.strategy, ...files.tactics, '-f', 'json', '--today', '2026-11-22']);
        expect([0, 1, 2]).toContain(r.code);
        expect(r.stderr).toBe('');
        JSON.parse(r.stdout);
      }),
      { numRuns: 12 },
    );
  });
});

describe('the built CLI, fuzzed in process with mutated playbooks (structure and bytes)', () => {
  const lumen = join(root, 'examples', 'lumen-audio');
  const small = {
    strategy: parse(readFileSync(join(lumen, 'strategy.yaml'), 'utf8')) as Json,
    tactics: parse(readFileSync(join(lumen, 'tactics.yaml'), 'utf8')) as Json,
  };
  /** Byte-level edits: what a careless paste or a hostile pull request does to a file. */
  const edit = fc.record({
    at: fc.nat(),
    op: fc.constantFrom('insert' as const, 'delete' as const, 'duplicate-line' as const),
    bytes: fc.oneof(
      fc.uint8Array({ minLength: 1, maxLength: 6 }),
      fc.constantFrom(
        ...['&x ', '*x', ': ', '[', ']]', '{', '\t', '\0', '\x1b[2J', '\u202E', '%0A', '::error::', '"', "'", '\n- ', '---\n', '!!js '].map((s) =>
          new TextEncoder().encode(s),
        ),
      ),
    ),
  });
  function applyEdits(text: string, edits: Array<{ at: number; op: string; bytes: Uint8Array }>): Uint8Array {
    let b = new TextEncoder().encode(text);
    for (const e of edits) {
      const at = e.at % (b.length + 1);
      if (e.op === 'insert') b = new Uint8Array([...b.slice(0, at), ...e.bytes, ...b.slice(at)]);
      else if (e.op === 'delete') b = new Uint8Array([...b.slice(0, at), ...b.slice(at + e.bytes.length)]);
      else {
        const start = b.lastIndexOf(10, at - 1) + 1;
        const end = b.indexOf(10, at);
        const line = b.slice(start, end < 0 ? b.length : end + 1);
        b = new Uint8Array([...b.slice(0, start), ...line, ...b.slice(start)]);
      }
    }
    return b;
  }

  test('exit 0, 1 or 2; no stack; one JSON document; exit 2 whenever the report holds an input error', async () => {
    const { main } = createRequire(import.meta.url)(join(root, 'dist', 'bundle', 'cli.cjs')) as {
      main: (argv: string[], io: { out(s: string): void; err(s: string): void }) => Promise<number>;
    };
    const s = join(dir, 'fuzz-strategy.yaml');
    const t = join(dir, 'fuzz-tactics.yaml');
    let inputErrors = 0;
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutation, { maxLength: 3 }),
        fc.constantFrom('strategy' as const, 'tactics' as const),
        fc.array(edit, { maxLength: 4 }),
        async (ms, target, edits) => {
          const docs = ms.length ? mutate(ms.map((m) => ({ ...m }))) : small;
          const texts = { strategy: stringify(ms.length ? docs.strategy : small.strategy), tactics: stringify(ms.length ? docs.tactics : small.tactics) };
          writeFileSync(s, target === 'strategy' ? applyEdits(texts.strategy, edits) : texts.strategy);
          writeFileSync(t, target === 'tactics' ? applyEdits(texts.tactics, edits) : texts.tactics);
          let out = '';
          let err = '';
          const code = await main(['node', 'align', 'check', s, t, '-f', 'json', '--today', '2026-11-22'], {
            out: (x) => {
              out += x;
            },
            err: (x) => {
              err += x;
            },
          });
          expect([0, 1, 2]).toContain(code);
          expect(err).not.toMatch(/internal error|\n\s+at /);
          const report = JSON.parse(out) as { findings: Array<{ ruleId: string }> };
          const input = report.findings.some((f) => ['yaml-syntax', 'schema', 'input'].includes(f.ruleId));
          if (input) inputErrors++;
          else checked++;
          expect(code === 2).toBe(input);
        },
      ),
      { numRuns: 1000 },
    );
    // Both sides were exercised: the edits reached the loader, and many playbooks were still checked.
    expect(inputErrors).toBeGreaterThan(50);
    expect(checked).toBeGreaterThan(50);
    // A guard against a hang, not a benchmark: 1,000 checks take some 10 to 20 s on a 2-core machine (npm test keeps under 3 minutes).
  }, 240_000);
});

describe('the built CLI, fuzzed with what costs the most: nesting depth, alias fan-out, pattern size', () => {
  const lumen = (name: string) => readFileSync(join(root, 'examples', 'lumen-audio', name), 'utf8');
  /** Nesting `depth` levels deep, as flow lists, flow mappings or (bounded by size) indented block mappings. */
  const nested = (style: 'list' | 'map' | 'block', depth: number) =>
    style === 'list'
      ? `${'['.repeat(depth)}x${']'.repeat(depth)}`
      : style === 'map'
        ? `${'{a: '.repeat(depth)}x${'}'.repeat(depth)}`
        : `\n${Array.from({ length: Math.min(depth, 2_000) }, (_, i) => `${'  '.repeat(i + 3)}k${i}:`).join('\n')} x`;
  const shape = fc.record({
    depth: fc.oneof(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 120, max: 300_000 })),
    style: fc.constantFrom('list' as const, 'map' as const, 'block' as const),
    where: fc.constantFrom('strategy' as const, 'tactics' as const, 'none' as const),
    listSize: fc.integer({ min: 1, max: 10_000 }),
    aliases: fc.integer({ min: 0, max: 20_000 }),
    bomb: fc.integer({ min: 0, max: 6 }),
    repeat: fc.oneof(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 50, max: 3_000 })),
    rules: fc.integer({ min: 0, max: 4 }),
    text: fc.oneof(fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 1_000, max: 100_000 })),
  });
  test('exit 0, 1 or 2, never a crash or a stack trace, one JSON document, exit 2 exactly when an input error is reported', { timeout: 300_000 }, () => {
    const seen = new Set<number>();
    fc.assert(
      fc.property(shape, (s) => {
        const dir = tempDir('align-fuzz-');
        const deep = nested(s.style, s.depth);
        let strategy = lumen('strategy.yaml');
        if (s.where === 'strategy') strategy += `x_deep: ${deep}\n`;
        // An anchored list, a chain of lists each repeating the one before ten times, and aliases of it all.
        const chain = Array.from({ length: s.bomb }, (_, i) => `x_b${i + 1}: &b${i + 1} [${Array(10).fill(`*b${i}`).join(', ')}]`).join('\n');
        const big = `x_big: &b0 [${Array.from({ length: s.listSize }, (_, i) => `v${i}`).join(', ')}]\n${chain}\n`;
        const refs = s.aliases ? `x_refs: [${Array(s.aliases).fill(`*b${s.bomb}`).join(', ')}]\n` : '';
        const long = `${'Our consultative team books a discovery call. '.repeat(Math.ceil(s.text / 46)).slice(0, s.text)}x`;
        const tactics = `version: 1\n${big}${refs}${lumen('tactics.yaml').replace(/^version: 1\n/, '')}  - id: fuzz\n    name: Fuzz\n    kind: demo\n    supports: [partner-sell-through]\n    metrics: [win-rate]\n    description: "${long}"\n${s.where === 'tactics' ? `    x_deep: ${deep}\n` : ''}`;
        const config = s.rules
          ? `rules:\n${Array.from({ length: s.rules }, (_, i) => `  fuzz-${i}:\n    message: m\n    forbid: { text: { matches: '[\\s\\S]{${s.repeat}}y${i}' } }\n`).join('')}`
          : '';
        writeFileSync(join(dir, 'strategy.yaml'), strategy);
        writeFileSync(join(dir, 'tactics.yaml'), tactics);
        writeFileSync(join(dir, 'align.config.yaml'), config);
        const r = align(['check', '-f', 'json', '--today', '2026-11-22'], { cwd: dir });
        expect([0, 1, 2], `${JSON.stringify(s)}\n${r.stderr.slice(0, 500)}`).toContain(r.code);
        expect(r.stderr).not.toMatch(/FATAL|internal error|\n\s+at /);
        const report = JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; line: number; column: number }> };
        const input = report.findings.filter((f) => ['yaml-syntax', 'schema', 'input'].includes(f.ruleId));
        expect(r.code === 2).toBe(input.length > 0);
        for (const f of input) expect(f.line >= 1 && f.column >= 1).toBe(true);
        seen.add(r.code!);
      }),
      // Two shapes always run first, so both sides are reached whatever the seed: one that is checked, one refused for its depth.
      {
        numRuns: 16,
        examples: [
          [{ depth: 3, style: 'list', where: 'tactics', listSize: 3, aliases: 0, bomb: 0, repeat: 1, rules: 0, text: 10 }],
          [{ depth: 1_000, style: 'list', where: 'strategy', listSize: 3, aliases: 0, bomb: 0, repeat: 1, rules: 0, text: 10 }],
        ],
      },
    );
    // Both sides were reached: some playbooks were checked, some refused.
    expect(seen.has(2)).toBe(true);
    expect([...seen].some((c) => c < 2)).toBe(true);
  });
});
