// The floor for any YAML checker built on `yaml`: parseDocument with a LineCounter on each file.
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';

for (const file of process.argv.slice(2)) {
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: new LineCounter() });
  if (doc.errors.length) process.exitCode = 1;
}
