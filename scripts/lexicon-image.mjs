// Writes dist/traits/lexicon-image.json: the pattern indexes of the built-in lexicon, made once at build time so that a
// run loads them instead of compiling thousands of patterns (src/traits/reader.ts, `LexiconImage`). Run by `npm run build`
// after tsc; it reads the lexicon from dist/, so the image is always made from the sources built with it.
import { writeFileSync } from 'node:fs';
import { buildLexicon } from '../dist/traits/index.js';

const image = buildLexicon({}, [], { image: false }).image();
writeFileSync(new URL('../dist/traits/lexicon-image.json', import.meta.url), `${JSON.stringify(image)}\n`);
