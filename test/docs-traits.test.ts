// Every `align traits` example in README.md and docs/*.md prints what the page says it prints: the
// reader changes often, and a page that shows an old reading teaches the wrong thing. A block may
// show the config it reads first (`$ cat align.config.yaml` and its text), or follow a `yaml` block
// of the same section that starts with `lexicon:`: the config the page just showed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { align, fixture, root } from './helpers.js';

interface Example {
  page: string;
  line: number;
  args: string[];
  config: string | undefined;
  output: string;
}

/** The `align traits` commands in a page's text blocks, each with the config shown before it and the output after. */
function traitsExamples(page: string, text: string): Example[] {
  const out: Example[] = [];
  const lines = text.split('\n');
  let inBlock = false;
  let config: string | undefined;
  /** The config shown in this section's last `yaml` block that starts with `lexicon:`. */
  let shown: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!inBlock && line.startsWith('#')) shown = undefined;
    if (!inBlock && line === '```yaml' && lines[i + 1] === 'lexicon:') {
      const body: string[] = [];
      while (i + 1 < lines.length && !lines[i + 1]!.startsWith('```')) body.push(lines[++i]!);
      i++;
      shown = `${body.join('\n')}\n`;
      continue;
    }
    if (line.startsWith('```')) {
      inBlock = !inBlock;
      config = inBlock ? shown : undefined;
      continue;
    }
    if (!inBlock) continue;
    if (line === '$ cat align.config.yaml') {
      const body: string[] = [];
      while (i + 1 < lines.length && !lines[i + 1]!.startsWith('$ ') && !lines[i + 1]!.startsWith('```')) body.push(lines[++i]!);
      config = `${body.join('\n')}\n`;
      continue;
    }
    if (!line.startsWith('$ npx align traits ')) continue;
    const start = i;
    let command = line;
    while (command.endsWith('\\') && i + 1 < lines.length) command = `${command.slice(0, -1)} ${lines[++i]!.trim()}`;
    // Its words as the shell splits them: quoted texts, and options such as --kind objection-handling.
    const args = [...command.slice('$ npx align traits '.length).matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g)].map((m) =>
      m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2]!,
    );
    const output: string[] = [];
    while (i + 1 < lines.length && !lines[i + 1]!.startsWith('$ ') && !lines[i + 1]!.startsWith('```')) output.push(lines[++i]!);
    out.push({ page, line: start + 1, args, config, output: `${output.join('\n')}\n` });
  }
  return out;
}

const pages = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`),
];
const examples = pages.flatMap((p) => traitsExamples(p, readFileSync(join(root, p), 'utf8')));

describe('every align traits example in the docs prints what the page shows', () => {
  test('the pages hold such examples, with and without a config', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
    expect(examples.some((e) => e.config)).toBe(true);
    expect(examples.every((e) => e.args.length > 0)).toBe(true);
  });
  test.each(examples.map((e) => [`${e.page}:${e.line}`, e] as const))('%s', (_, e) => {
    const cwd = e.config ? fixture({ 'align.config.yaml': e.config }) : root;
    const r = align(['traits', ...e.args], { cwd, env: { NO_COLOR: '1' } });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(e.output);
  });
});

describe('the example finder', () => {
  test('reads a command over several lines, its quoted texts, the config before it and the output after it', () => {
    const page = [
      '```text',
      '$ cat align.config.yaml',
      'lexicon:',
      '  discount: ["member credit"]',
      '$ npx align traits "One \\"quoted\\" text." \\',
      '    "Two."',
      'One "quoted" text.',
      '  signals no trait',
      '```',
      '',
      '```text',
      '$ npx align traits "Three."',
      'Three.',
      '```',
      '```yaml',
      'lexicon:',
      '  pressure: ["hurry"]',
      '```',
      '```text',
      '$ npx align traits "Four."',
      'Four.',
      '```',
      '## Next section',
      '```text',
      '$ npx align traits "Five."',
      'Five.',
      '```',
    ].join('\n');
    const found = traitsExamples('p.md', page);
    expect(found).toEqual([
      {
        page: 'p.md',
        line: 5,
        args: ['One "quoted" text.', 'Two.'],
        config: 'lexicon:\n  discount: ["member credit"]\n',
        output: 'One "quoted" text.\n  signals no trait\n',
      },
      { page: 'p.md', line: 12, args: ['Three.'], config: undefined, output: 'Three.\n' },
      { page: 'p.md', line: 20, args: ['Four.'], config: 'lexicon:\n  pressure: ["hurry"]\n', output: 'Four.\n' },
      { page: 'p.md', line: 25, args: ['Five.'], config: undefined, output: 'Five.\n' },
    ]);
  });
});
