// Writes src/traits/stems.ts: the stems of the words the built-in lexicon names (its phrases, qualifiers and contexts), as
// the reader's `stem` makes them, so that building the reader does not run the stemmer, cold, on each of them. Run after a
// build (it reads dist/): `npm run build && node scripts/stems.mjs && npm run build`. A word the table lacks is stemmed as
// before; test/traits/tokens.test.ts checks every entry against the stemmer.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { BUILTIN_TRAITS, LEXICON, CONTEXTS } = await import(join(root, 'dist/traits/lexicon/index.js'));
const { QUALIFIERS } = await import(join(root, 'dist/traits/qualifiers.js'));
const { stemAfresh } = await import(join(root, 'dist/traits/tokens.js'));

const phrases = [];
for (const t of BUILTIN_TRAITS) {
  const { triggers, constructions = [], senses = [] } = LEXICON[t];
  phrases.push(...triggers);
  for (const c of constructions) phrases.push(...c.patterns);
  for (const s of senses) phrases.push(...(typeof s === 'string' ? [s] : s.patterns));
}
for (const q of QUALIFIERS) phrases.push(...q.patterns);
for (const list of Object.values(CONTEXTS)) phrases.push(...list);

const words = new Set();
for (const p of phrases)
  for (const w of p
    .toLowerCase()
    .replace(/[-_/]+/g, ' ')
    .match(/[a-z]+(?:'[a-z]+)*/g) ?? []) {
    words.add(w);
    if (w.endsWith("'s")) words.add(w.slice(0, -2));
    for (const part of w.split("'")) words.add(part);
  }
const entries = [...words].sort().map((w) => {
  const s = stemAfresh(w);
  return s === w ? w : `${w}=${s}`;
});
const out = `/**
 * The stems of the words the built-in lexicon names, as \`stem\` makes them: read into its cache on the first \`stem\`, so that
 * building the reader does not run the stemmer's expressions, in code not yet optimized, once for each of them. Written by
 * scripts/stems.mjs (after a build); a word missing here (one the lexicon gained since) is stemmed as before, and
 * test/traits/tokens.test.ts checks every entry against the stemmer. Entries are \`word\` (its own stem) or \`word=stem\`.
 */
export const LEXICON_STEMS =
  ${JSON.stringify(entries.join(' '))};
`;
writeFileSync(join(root, 'src/traits/stems.ts'), out);
console.log(`${entries.length} words`);
