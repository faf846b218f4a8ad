// Untrusted text in every output (issue 15): a hostile playbook through every format, floods,
// crashes that must be input errors, CI-log command injection, encodings and write failures.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { align, bin, fixture, json, root } from '../helpers.js';
import { hostile } from './hostile-playbook.js';

const lumen = (name: string) => readFileSync(join(root, 'examples', 'lumen-audio', name), 'utf8');

const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown', 'html', 'compact'] as const;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters no text output may hold
const HIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/;

describe('one hostile playbook through every format', () => {
  const dir = hostile();
  const out = Object.fromEntries(FORMATS.map((f) => [f, align(['check', 'strategy.yaml', 'tactics', '-f', f, '--today', '2026-11-22'], { cwd: dir })]));

  test('every format reports the findings (exit 1) and nothing on standard error', () => {
    for (const f of FORMATS) {
      expect(out[f]!.code, f).toBe(1);
      expect(out[f]!.stderr, f).toBe('');
    }
    expect(json(out.json!).findings.map((f) => f.ruleId)).toEqual(['excluded-market', 'guardrail']);
  });
  test('text formats carry no control character, escape sequence or bidi override: each shows as \\u escape', () => {
    for (const f of ['stylish', 'github', 'markdown', 'html', 'junit', 'compact'] as const) {
      expect(out[f]!.stdout, f).not.toMatch(HIDDEN);
      expect(out[f]!.stdout, f).toContain('\\u202E');
      expect(out[f]!.stdout, f).toMatch(/\\{1,2}u001B\\?\[2J/);
    }
  });
  test.each(['stylish', 'compact'] as const)('%s, in a CI log: no workflow command survives, old or new, in any line', (f) => {
    const text = out[f]!.stdout;
    expect(text).not.toMatch(/::/);
    expect(text).not.toMatch(/##\[/);
    expect(text).toContain('Q4 promo #1 100%.yaml');
  });
  test('github: one command per finding, each on one line; the untrusted text cannot start another', () => {
    const lines = out.github!.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.slice(0, 2).every((l) => /^::error file=/.test(l))).toBe(true);
    expect(out.github!.stdout).not.toMatch(/##\[/);
    expect(out.github!.stdout).toContain('file=tactics/Q4 promo #1 100%25.yaml');
  });
  test('markdown: no HTML, no image, no link, no mention', () => {
    const md = out.markdown!.stdout;
    expect(md).not.toMatch(/<img|<b>|\]\(|https:\/\/|@octocat/);
    expect(md).toContain('&lt;img src=https:\u200B//attacker.example/r.png&gt;');
    expect(md).toContain('@\u200Boctocat');
    expect(md).toContain('`tactics/Q4 promo #1 100%.yaml`');
  });
  test('html: the text is escaped and its hidden characters shown', () => {
    expect(out.html!.stdout).not.toMatch(/<img|<b>bold/);
    expect(out.html!.stdout).toContain('&lt;img src=https://attacker.example/r.png&gt;');
  });
  test('junit: outside its tags, no markup character is left unescaped (xmllint parses it: test/clients/xml.test.ts)', () => {
    const text = out.junit!.stdout.replace(/^<\?xml[^>]*\?>/, '').replace(/<[^<>]*>/g, '');
    expect(text).not.toMatch(/[<>]|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/);
    expect(text).toContain('&lt;img src=');
    expect(text).not.toContain(']]>');
  });
  test('json and sarif carry the text as data, the same in both (SARIF escapes its link brackets); SARIF URIs are percent-encoded', () => {
    const messages = json(out.json!).findings.map((f) => f.message);
    expect(messages[0]).toContain('\u202E');
    const sarif = JSON.parse(out.sarif!.stdout) as {
      runs: Array<{ results: Array<{ message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }>;
    };
    const results = sarif.runs[0]!.results;
    for (const [i, r] of results.entries()) expect(r.message.text.startsWith(String(messages[i]).replace(/[\\[\]]/g, '\\$&'))).toBe(true);
    expect(results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toMatch(/tactics\/Q4%20promo%20%231%20100%25\.yaml$/);
  });
});

describe('input that used to crash is an input error, in the chosen format', () => {
  const good = { 'strategy.yaml': lumen('strategy.yaml'), 'tactics.yaml': lumen('tactics.yaml') };
  const inputErrors = (files: Record<string, string>, args: string[] = []) => {
    const r = align(['check', ...args, '-f', 'json'], { cwd: fixture({ ...good, ...files }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('');
    return json(r).findings;
  };
  test.each(['strategy.yaml', 'tactics.yaml'])('a self-referencing alias in %s', (name) => {
    const f = inputErrors({ [name]: 'a: &x [1, *x]\n' });
    expect(f.map((x) => [x.ruleId, x.file, x.line, x.column])).toEqual([['yaml-syntax', name, 1, 11]]);
    expect(f[0]!.message).toMatch(/alias \*x is inside the value its anchor &x names/);
  });
  test('an alias that names no anchor is located, not called an alias bomb', () => {
    const f = inputErrors({ 'tactics.yaml': 'version: 1\ntactics:\n  - id: a\n    name: &a x\n    kind: *b\n' });
    expect(f.map((x) => [x.ruleId, x.line, x.column])).toEqual([['yaml-syntax', 5, 11]]);
    expect(f[0]!.message).toMatch(/the alias \*b names no anchor/);
  });
  test('review_every of 300000 years', () => {
    const f = inputErrors({ 'strategy.yaml': lumen('strategy.yaml').replace(/^reviewed: .*$/m, '$&\nreview_every: 300000y') });
    expect(f.map((x) => x.ruleId)).toEqual(['schema']);
    expect(f[0]!.message).toMatch(/longer than 100 years/);
  });
  test('50,000 lines of [a]] and 20,000 broken entries: every kind of input error is capped per file, with "and N more"', () => {
    for (const text of ['[a]]\n'.repeat(50_000), `version: 1\ntactics:\n${'- id: x: y: z\n'.repeat(20_000)}`]) {
      const f = inputErrors({ 'tactics.yaml': text });
      expect(f.length).toBe(101);
      expect(f[100]!.message).toMatch(/^…and \d+ more input errors in tactics.yaml/);
    }
  });
  test('a tactics folder holding a link to / is not walked', () => {
    const dir = fixture({ 'strategy.yaml': good['strategy.yaml'], 'tactics/main.yaml': good['tactics.yaml'] });
    symlinkSync('/', join(dir, 'tactics', 'root'));
    const r = align(['check', 'strategy.yaml', 'tactics', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(json(r).findings.map((f) => f.message)).toEqual([
      'tactics/root is a link to a folder outside tactics; it was skipped. Keep tactics inside the folder, or name the other folder as well.',
    ]);
  });
  test('a file name that is not UTF-8 is said to be one, not "a broken link"', () => {
    const dir = fixture({ 'strategy.yaml': good['strategy.yaml'], 'tactics/main.yaml': good['tactics.yaml'] });
    writeFileSync(Buffer.concat([Buffer.from(join(dir, 'tactics', 'bad')), Buffer.from([0xff]), Buffer.from('.yaml')]), good['tactics.yaml']);
    const r = align(['check', 'strategy.yaml', 'tactics', '-f', 'json'], { cwd: dir });
    expect(json(r).findings.map((f) => f.message)).toEqual(['A file in tactics has a name that is not valid UTF-8 (bad\\xFF.yaml); rename it.']);
  });
});

describe('streams that land in a CI log', () => {
  test('the --since note names a file whose name holds a line break and a workflow command: sanitised on stderr', () => {
    const dir = fixture({ 'strategy.yaml': lumen('strategy.yaml'), 'tactics/main.yaml': lumen('tactics.yaml') });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=T', ...args], { cwd: dir, stdio: 'pipe' });
    execFileSync('rm', ['-rf', join(dir, '.git')]);
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'base');
    writeFileSync(join(dir, 'tactics', 'x\n::stop-commands::pwn\n##[stop-commands]x.yaml'), lumen('tactics.yaml').replace(/id: (\S+)/g, 'id: new-$1'));
    const r = align(['check', 'strategy.yaml', 'tactics', '--since', 'HEAD', '--today', '2026-11-22'], { cwd: dir });
    expect(r.stderr).toMatch(/is new since HEAD/);
    for (const stream of [r.stderr, r.stdout]) {
      expect(stream).not.toMatch(/::/);
      expect(stream).not.toMatch(/##\[/);
      expect(stream.split('\n').some((l) => l.startsWith('stop-commands'))).toBe(false);
    }
  });
});

describe('positions and excerpts stay right', () => {
  test('yaml-syntax errors after a token that swallowed several lines are on their own line (found by fuzzing)', () => {
    const tactics = readFileSync(join(root, 'examples', 'northwind-ops-cloud', 'tactics.yaml'), 'utf8');
    // A line break inside the first comment: the parser then gives up on tokens that span lines.
    const broken = `${tactics.slice(0, 17)}\n  ${tactics.slice(17)}`;
    const dir = fixture({ 'strategy.yaml': readFileSync(join(root, 'examples', 'northwind-ops-cloud', 'strategy.yaml'), 'utf8'), 'tactics.yaml': broken });
    const r = align(['check', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    const lines = broken.split('\n');
    const outside = json(r)
      .findings.filter((f) => f.file === 'tactics.yaml')
      .filter((f) => !(Number(f.line) <= lines.length && Number(f.column) <= lines[Number(f.line) - 1]!.length + 1));
    expect(outside).toEqual([]);
  });
  const run = (messaging: string) =>
    align(['check', '-f', 'stylish', '--today', '2026-11-22'], {
      cwd: fixture({
        'strategy.yaml': lumen('strategy.yaml'),
        'tactics.yaml': `version: 1\ntactics:\n  - id: t\n    name: T\n    kind: promotion\n    supports: [partner-sell-through]\n    metrics: [win-rate]\n    messaging: ${messaging}\n`,
      }),
    }).stdout;
  /** The excerpt line and the caret line under it, for the finding quoting `needle`. */
  const caret = (text: string, needle: string) => {
    const lines = text.split('\n');
    const i = lines.findIndex((l) => / \| /.test(l) && l.includes(needle));
    return { line: lines[i]!, marks: lines[i + 1]! };
  };
  /** Terminal columns: CJK ideographs take two. */
  const columns = (s: string) => [...s].reduce((n, ch) => n + (/[\u3000-\u9FFF\uFF00-\uFFEF]/.test(ch) ? 2 : ch === '\u200B' ? 0 : 1), 0);
  test('carets line up after CJK text and after a bidi override shown as an escape', () => {
    for (const messaging of ['限时优惠 25% off', '"\\u202E 25% off"']) {
      const { line, marks } = caret(run(messaging), '25% off');
      expect(columns(marks.slice(0, marks.indexOf('^')))).toBe(columns(line.slice(0, line.indexOf('25% off'))));
    }
  });
  test('a long line cut for the excerpt is cut between characters, never inside an emoji', () => {
    const text = run(`"${'🎧'.repeat(60)} 25% off, ${'🎧'.repeat(60)}"`);
    expect(text).toContain('25% off');
    expect(text).not.toMatch(/\uFFFD|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });
});

describe('write failures', () => {
  const dir = fixture({ 'strategy.yaml': lumen('strategy.yaml'), 'tactics.yaml': lumen('tactics.yaml') });
  test('standard output on a full disk: exit 2 and one line, no stack', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" check -f json --today 2026-11-22 > /dev/full`], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('align: could not write to standard output: no space left on device (ENOSPC).\n');
  });
  test('-o on a full disk: exit 2 and one line', () => {
    const r = align(['check', '-f', 'json', '-o', '/dev/full', '--today', '2026-11-22'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
  test('a reader that closes the pipe early ends the run quietly', () => {
    const big = fixture({ 'strategy.yaml': lumen('strategy.yaml'), 'tactics.yaml': `version: 1\ntactics:\n${'- id: x: y: z\n'.repeat(2_000)}` });
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" check -f json | head -c 10 > /dev/null; echo "exit \${PIPESTATUS:-done}"`], {
      cwd: big,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
  });
});
