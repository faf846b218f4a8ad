// The documentation lives in the repository and stays true to the code: every relative link in its
// Markdown resolves inside the repository (headings included), the format reference names every key,
// value and field the checker knows, the command-line reference every option of every command, and
// the worked example of docs/format.md reports what the page says it does.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import * as schema from '../src/load/schema.js';
import { ACTIVITY_METRICS, OUTCOME_METRICS } from '../src/rules/metrics.js';
import { STRATEGY_PATHS, TACTIC_PATHS } from '../src/rules/subject.js';
import { BUILTIN_TRAITS } from '../src/traits/lexicon/index.js';
import { align, fixture, json, root } from './helpers.js';

/** Every Markdown file of the repository (not its dependencies or build). */
function markdownFiles(dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (['node_modules', '.git', 'dist'].includes(e.name) || e.name.startsWith('.')) return [];
    const p = join(dir, e.name);
    return e.isDirectory() ? markdownFiles(p) : e.name.endsWith('.md') ? [p] : [];
  });
}

/** The text outside fenced code blocks and code spans: what Markdown renders as links. */
const prose = (md: string) => md.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '``');

/** Link targets: inline links and images, reference definitions, and HTML href/src. */
function links(md: string): string[] {
  const text = prose(md);
  const out: string[] = [];
  for (const m of text.matchAll(/!?\[(?:[^\][]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) out.push(m[1]!);
  for (const m of text.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm)) out.push(m[1]!);
  for (const m of text.matchAll(/\b(?:href|src)="([^"]+)"/g)) out.push(m[1]!);
  return out;
}

/** GitHub's heading anchors (github-slugger): lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchors(md: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  const body = md.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  for (const m of body.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const text = m[1]!.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]+>/g, '');
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n ? `${base}-${n}` : base);
  }
  for (const m of md.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) out.add(m[1]!);
  return out;
}

describe('every relative link in the Markdown resolves inside the repository', () => {
  const files = markdownFiles();
  test('README.md, CHANGELOG.md and docs/*.md are among the files followed', () => {
    const names = files.map((f) => relative(root, f));
    expect(names).toEqual(expect.arrayContaining(['README.md', 'CHANGELOG.md', 'docs/format.md', 'docs/cli.md', 'docs/ci.md', 'docs/rules.md']));
  });
  test.each(files.map((f) => relative(root, f)))('%s', (name) => {
    const file = join(root, name);
    const md = readFileSync(file, 'utf8');
    const broken: string[] = [];
    for (const target of links(md)) {
      if (/^(https?|mailto):/i.test(target)) continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('/')) {
        broken.push(`${target}: not a relative link`);
        continue;
      }
      const [path, fragment] = target.split('#', 2) as [string, string | undefined];
      const dest = path ? resolve(dirname(file), decodeURIComponent(path)) : file;
      if (dest !== root && !dest.startsWith(root + sep)) {
        broken.push(`${target}: outside the repository`);
        continue;
      }
      if (
        relative(root, dest)
          .split(sep)
          .some((part) => part === 'node_modules' || part === '.git')
      ) {
        broken.push(`${target}: not part of the repository`);
        continue;
      }
      if (!existsSync(dest)) {
        broken.push(`${target}: no such file`);
        continue;
      }
      if (fragment !== undefined && statSync(dest).isFile() && dest.endsWith('.md') && !anchors(readFileSync(dest, 'utf8')).has(fragment)) {
        broken.push(`${target}: no heading #${fragment} in ${relative(root, dest)}`);
      }
    }
    expect(broken).toEqual([]);
  });
  test('the link checker finds what is broken', () => {
    const md = [
      '[ok](docs/cli.md#align-check) [web](https://example.com) `[code](nowhere.md)`',
      '[gone](docs/nothing.md) [up](../outside/spec/format.md) [abs](/etc/passwd) [anchor](docs/cli.md#no-such-heading)',
      '```',
      '[in a fence](nowhere.md)',
      '```',
      '[ref]: docs/also-missing.md',
    ].join('\n');
    expect(links(md)).toEqual([
      'docs/cli.md#align-check',
      'https://example.com',
      'docs/nothing.md',
      '../outside/spec/format.md',
      '/etc/passwd',
      'docs/cli.md#no-such-heading',
      'docs/also-missing.md',
    ]);
    expect(anchors('# A `b` — C\n## Where `align` departs, from the spec\n# A `b` — C\n')).toEqual(
      new Set(['a-b--c', 'where-align-departs-from-the-spec', 'a-b--c-1']),
    );
  });
  test('nothing a user reads points outside the repository, which a clone has nothing beside (only Contributing names the shared contract, for npm run conformance)', () => {
    /** The paths a text names that climb out of its folder ("../x", not "out/../x"), resolved from where the file is. */
    const outside = (file: string, text: string) =>
      [...text.matchAll(/(?<![\w/.])\.\.\/[\w.-]+/g)].map((m) => m[0]).filter((p) => !resolve(dirname(join(root, file)), p).startsWith(root + sep));
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toContain('\n## Contributing\n');
    expect(outside('README.md', readme.slice(0, readme.indexOf('\n## Contributing\n')))).toEqual([]);
    // The Contributing section does name the folder beside the repository, so the check can fail.
    expect(outside('README.md', readme.slice(readme.indexOf('\n## Contributing\n'))).length).toBeGreaterThan(0);
    for (const name of ['docs/format.md', 'docs/cli.md', 'docs/ci.md', 'docs/rules.md', 'docs/editors.md']) {
      expect(outside(name, readFileSync(join(root, name), 'utf8')), name).toEqual([]);
    }
  });
});

describe('docs/format.md names everything the checker knows', () => {
  const doc = readFileSync(join(root, 'docs', 'format.md'), 'utf8');
  const named = (word: string) => doc.includes(`\`${word}\``);
  const keysOf = (s: { shape: Record<string, unknown> }) => Object.keys(s.shape);
  test.each([
    ['strategy.yaml keys', keysOf(schema.strategyFile)],
    ['tactic keys', [...keysOf(schema.tacticsFile), ...keysOf(schema.tactic)]],
    ['offer keys', keysOf(schema.offer)],
    ['audience keys', [...keysOf(schema.audience), ...keysOf(schema.excludedMarket)]],
    ['objective, guardrail and waiver keys', [...keysOf(schema.objective), ...keysOf(schema.guardrail), ...keysOf(schema.waiver)]],
    ['config keys', keysOf(schema.configFile)],
    ['custom rule keys', keysOf(schema.customRule)],
    ['tiers, motions, segments, horizons, statuses', [...schema.TIERS, ...schema.MOTIONS, ...schema.SEGMENTS, ...schema.HORIZONS, ...schema.STATUSES]],
    ['kinds and channels', [...schema.KINDS, ...schema.CHANNELS]],
    ['traits', [...BUILTIN_TRAITS]],
    ['activity and outcome metrics', [...ACTIVITY_METRICS, ...OUTCOME_METRICS]],
    ['condition fields', [...Object.keys(TACTIC_PATHS), ...Object.keys(STRATEGY_PATHS)]],
  ])('%s', (_what, words) => {
    expect(words.length).toBeGreaterThan(0);
    expect(words.filter((w) => !named(w))).toEqual([]);
  });

  test('the complete example reports what the page says: three errors and a warning, all on q4-promo', () => {
    const files = Object.fromEntries(
      [...doc.matchAll(/```yaml\n# (strategy|tactics)\.yaml\n([\s\S]*?)```/g)].slice(0, 2).map((m) => [`${m[1]}.yaml`, `# ${m[1]}.yaml\n${m[2]}`]),
    );
    expect(Object.keys(files)).toEqual(['strategy.yaml', 'tactics.yaml']);
    const r = align(['check', '-f', 'json', '--today', '2026-11-22'], { cwd: fixture(files) });
    expect(r.code).toBe(1);
    const findings = json(r).findings;
    expect(findings.map((f) => [f.ruleId, f.severity, f.tactic]).sort()).toEqual(
      [
        ['activity-metrics-only', 'warning', 'q4-promo'],
        ['consultative-vs-pressure', 'error', 'q4-promo'],
        ['discount-over-policy', 'error', 'q4-promo'],
        ['premium-vs-discount', 'error', 'q4-promo'],
      ].sort(),
    );
    expect(doc).toContain('reports three errors and a warning, all on `q4-promo`');
  });
});

describe('docs/cli.md names every command and every option', () => {
  const doc = readFileSync(join(root, 'docs', 'cli.md'), 'utf8');
  const commands = ['check', 'report', 'rules', 'explain', 'traits', 'lsp', 'init', 'schema'];
  test('the commands align --help lists', () => {
    const help = align(['--help']).stdout;
    const listed = [...help.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]!).filter((c) => c !== 'help');
    expect(listed).toEqual(commands);
    for (const c of listed) expect(doc, c).toContain(`## \`align ${c}\``);
  });
  test.each(commands)('align %s --help: every option', (command) => {
    const help = align([command, '--help']);
    expect(help.code).toBe(0);
    const options = [...help.stdout.matchAll(/^ {2}(?:-\w, )?(--[a-z-]+)/gm)].map((m) => m[1]!).filter((o) => o !== '--help');
    const section = doc.slice(doc.indexOf(`## \`align ${command}\``)).split(/\n## /)[0]!;
    expect(options.filter((o) => !section.includes(o))).toEqual([]);
  });
});
