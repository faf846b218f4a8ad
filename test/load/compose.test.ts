import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { composeFast } from '../../src/load/compose.js';
import { DEFAULT_LIMITS, type LoadedSource, parseSource } from '../../src/load/source.js';
import { cases, root } from '../helpers.js';
import { suiteCases } from './yaml-suite.js';

// The fast path (data and positions straight from yaml's CST) must give exactly what the
// parseDocument path gives — data, position index, line starts and findings — or step aside.
const read = (p: string) => readFileSync(p, 'utf8').replace(/^\uFEFF/, '');
const suiteFiles = (dir: 'valid' | 'invalid') =>
  suiteCases.filter((c) => c.fail === (dir === 'invalid')).map((c) => [c.name, c.yaml.replace(/^\uFEFF/, '')] as const);

const playbooks = [
  ...readdirSync(join(root, 'examples'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(root, 'examples', f)),
  ...readdirSync(cases, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(cases, f)),
]
  .sort()
  .map((p) => [p.slice(p.indexOf('/', root.length - 12)), read(p)] as const);

/** Everything a check takes from a loaded file. */
const view = (l: LoadedSource) => ({
  data: l.data,
  problems: l.problems,
  root: l.source?.root,
  lineStarts: l.source?.lineCounter.lineStarts,
});

function expectSame(name: string, text: string) {
  const fast = parseSource(name, text);
  const slow = parseSource(name, text, DEFAULT_LIMITS, { fast: false });
  expect(view(fast)).toStrictEqual(view(slow));
}

test('every example and conformance playbook takes the fast path, with the same result', () => {
  expect(playbooks.length).toBeGreaterThan(20);
  const refused = playbooks.filter(([, text]) => !text.includes('\t') && composeFast(text, DEFAULT_LIMITS) === null).map(([n]) => n);
  // The conformance cases that are broken on purpose are the only ones left to parseDocument.
  expect(
    refused.every((n) => /yaml-syntax|schema-errors|hostile|invalid/.test(n)),
    refused.join(', '),
  ).toBe(true);
  for (const [name, text] of playbooks) expectSame(name, text);
});

describe('the YAML test suite: valid inputs', () => {
  const valid = suiteFiles('valid');
  test.each(valid)('%s', (name, text) => expectSame(name, text));

  test('the fast path takes a fair share of them (the rest use anchors, tags, several documents…)', () => {
    const taken = valid.filter(([, text]) => composeFast(text, DEFAULT_LIMITS) !== null).length;
    expect(taken).toBeGreaterThan(80);
  });
});

describe('the YAML test suite: invalid inputs are never taken by the fast path', () => {
  test.each(suiteFiles('invalid'))('%s', (name, text) => {
    expect(composeFast(text, DEFAULT_LIMITS)).toBeNull();
    expectSame(name, text);
  });
});

test('mutated playbooks: both paths agree on every mutation', () => {
  const base = read(join(root, 'examples', 'northwind-ops-cloud', 'tactics.yaml')).slice(0, 3000);
  const pieces = [
    ' ',
    '  ',
    '\n',
    '- ',
    ': ',
    ':',
    '#',
    ' #',
    '"',
    "'",
    '[',
    ']',
    '{',
    '}',
    ',',
    '|',
    '>',
    '&a ',
    '*a',
    '!!str ',
    '? ',
    '---\n',
    '...\n',
    '\t',
    'x',
    '1',
    'null',
    '-1.5e3',
    '0o17',
    '__proto__: 1\n',
    '<<: ',
    '%YAML 1.2\n',
  ];
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.nat(base.length), fc.nat(12), fc.constantFrom(...pieces)), { minLength: 1, maxLength: 4 }), (edits) => {
      let text = base;
      for (const [at, cut, piece] of edits) text = text.slice(0, at) + piece + text.slice(Math.min(text.length, at + (cut % 4 === 0 ? cut : 0)));
      expectSame('mutated.yaml', text);
    }),
    { numRuns: 400, seed: 20261122 },
  );
});

test('limits are kept: nesting, key length and duplicate keys go to the path that reports them', () => {
  const deep = `${Array.from({ length: 70 }, (_, i) => `${' '.repeat(i * 2)}k${i}:`).join('\n')} 1\n`;
  const longKey = `${'k'.repeat(1100)}: 1\n`;
  const dup = 'a: 1\nb: 2\na: 3\n';
  for (const text of [deep, longKey, dup]) {
    expect(composeFast(text, DEFAULT_LIMITS)).toBeNull();
    expect(parseSource('f.yaml', text).problems.length).toBeGreaterThan(0);
  }
  expect(composeFast('a:\n  b:\n    c: 1\n', { ...DEFAULT_LIMITS, maxDepth: 3 })).not.toBeNull();
  expect(composeFast('a:\n  b:\n    c: 1\n', { ...DEFAULT_LIMITS, maxDepth: 2 })).toBeNull();
});

test('a plain playbook is read with the right types and positions', () => {
  const text =
    'version: 1\ntactics:\n  - id: t1 # first\n    offer: { discount: 25% , free: true }\n    budget: 1_000\n    tags: [a, "b", 3, ~]\n    note: |\n      two\n      lines\n';
  const fast = composeFast(text, DEFAULT_LIMITS);
  expect(fast).not.toBeNull();
  expect(fast!.data).toStrictEqual({
    version: 1,
    tactics: [{ id: 't1', offer: { discount: '25%', free: true }, budget: '1_000', tags: ['a', 'b', 3, null], note: 'two\nlines\n' }],
  });
  expectSame('plain.yaml', text);
});
