import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { buildLexicon } from '../../src/traits/index.js';
import { compilePattern, PatternIndex } from '../../src/traits/pattern.js';
import { read } from '../../src/traits/tokens.js';

// The built-in lexicon's indexes are made at build time and loaded by a run (scripts/lexicon-image.mjs, `LexiconImage` in
// reader.ts). These tests run the sources, which have no image beside them: they make one as the build does, and check
// that a reader loaded from it reads every labelled sentence exactly as a reader that compiled its patterns.

const dir = join(import.meta.dirname, 'prose');
const sentences = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .flatMap((f) => (parse(readFileSync(join(dir, f), 'utf8')) as Array<{ text: string; kind?: string }>).map((e) => e));

const compiled = buildLexicon({}, [], { image: false });
const image = compiled.image();

describe('the lexicon image', () => {
  test('a reader loaded from the image reads every labelled sentence as the compiling reader does, cancelled signals and their reasons included', () => {
    const loaded = buildLexicon({}, [], { image });
    expect(sentences.length).toBeGreaterThan(5000);
    const differ: string[] = [];
    for (const { text, kind } of sentences) {
      const a = compiled.explain(text, undefined, kind);
      const b = loaded.explain(text, undefined, kind);
      if (JSON.stringify(a) !== JSON.stringify(b)) differ.push(text);
    }
    expect(differ).toEqual([]);
  });

  test('the build wrote the image of these sources beside the built reader (npm run build): a run loads it', () => {
    const built = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'dist', 'traits', 'lexicon-image.json'), 'utf8'));
    expect(built.version).toBe(1);
    for (const k of ['index', 'qualifiers', 'contexts'] as const) expect([k, built[k].size, built[k].hash]).toEqual([k, image[k].size, image[k].hash]);
  });

  test('it is made the same way twice (same input, same bytes)', () => {
    expect(JSON.stringify(buildLexicon({}, [], { image: false }).image())).toBe(JSON.stringify(image));
  });

  test("a config's phrases make the main index another one: it is compiled, not loaded, and the config's phrase is read", () => {
    const withExtra = buildLexicon({ discount: ['lagoon package'] }, [], { image });
    expect(withExtra.scan('Friends get the lagoon package.').matches.map((m) => m.trait)).toEqual(['discount']);
    expect(buildLexicon({}, [], { image }).scan('Friends get the lagoon package.').matches).toEqual([]);
  });

  test('an image of other patterns is not loaded: the index stays empty and says so, and the caller compiles', () => {
    const a = new PatternIndex<string>();
    a.add(compilePattern('free trial'), 'x');
    a.add(compilePattern('(money|pct) off'), 'y');
    const img = a.image();
    const b = new PatternIndex<string>();
    expect(b.load(img, ['free trial', 'percent off'], ['x', 'y'])).toBe(false);
    expect(b.size).toBe(0);
    expect(b.load(img, ['free trial'], ['x'])).toBe(false);
    expect(b.load(img, ['free trial', '(money|pct) off'], ['x', 'y'])).toBe(true);
    const doc = read('Start a free trial today.');
    expect(b.scan(doc).map((h) => [h.start, h.end, h.tag])).toEqual(a.scan(read('Start a free trial today.')).map((h) => [h.start, h.end, h.tag]));
    expect(b.scan(doc)).toHaveLength(1);
  });
});
