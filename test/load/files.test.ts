// The files the load stage reads through (src/load/files.ts): the disk, or a git tree (the past for --since, src/load/git.ts).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { emptyConfig } from '../../src/load/config.js';
import { type DiscoverInput, discover } from '../../src/load/discover.js';
import { disk } from '../../src/load/files.js';
import { treeAt } from '../../src/load/git.js';
import { fixture, git } from '../helpers.js';

const tactic = (id: string) => `version: 1\ntactics:\n  - id: ${id}\n    name: ${id}\n    kind: demo\n`;

/** A repository whose last commit holds folders, globs' matches, a config name in a tactics folder, an empty folder's sibling and a file that is not YAML. */
function repo(): string {
  const dir = fixture({
    'strategy.yaml': 'version: 1\n',
    'tactics/a.yaml': tactic('a'),
    'tactics/sub/b.yml': tactic('b'),
    'tactics/sub/deeper/c.YAML': tactic('c'),
    'tactics/notes.txt': 'not yaml',
    'tactics/align.config.yaml': 'rules: {}\n',
    'other/x.yaml': tactic('x'),
    'docs/readme.md': 'no yaml here',
    'strategy.txt': 'version: 1\n',
  });
  rmSync(join(dir, '.git'), { recursive: true });
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'base');
  return dir;
}

describe('a git tree is discovered the way the disk is', () => {
  const dir = repo();
  const tree = treeAt(dir, 'HEAD');
  const input = (over: Partial<DiscoverInput>): DiscoverInput => ({
    cwd: dir,
    display: (abs) => abs.slice(dir.length + 1),
    config: emptyConfig(dir),
    configPath: null,
    ...over,
  });
  test.each([
    ['the default tactics folder', {}],
    ['a folder', { tactics: ['tactics'] }],
    ['a glob', { tactics: ['tactics/**/*.{yaml,yml,YAML}'] }],
    ['a glob with braces over folders', { tactics: ['{tactics,other}/*.yaml'] }],
    ['a glob that matches nothing', { tactics: ['nowhere/*.yaml'] }],
    ['a folder without YAML files', { tactics: ['docs'] }],
    ['a missing file and a missing strategy', { strategy: 'gone.yaml', tactics: ['gone.yaml'] }],
    [
      'a path outside the repository, not named',
      { config: { ...emptyConfig(dir), data: { tactics: '../elsewhere/*.yaml' } }, configPath: join(dir, 'align.config.yaml') },
    ],
  ] as Array<[string, Partial<DiscoverInput>]>)('%s', (_name, over) => {
    const found = discover(input(over), tree);
    expect(found).toEqual(discover(input(over), disk));
  });
  test('a file that is not YAML is read when it is named, as on the disk', () => {
    const limits = { maxFileSize: 1e6, maxDepth: 64, maxKeyLength: 1024, maxAliasValues: 1e5 };
    const seen = (l: ReturnType<typeof disk.load>) => ({ data: l.data, problems: l.problems, text: l.source?.text });
    expect(seen(tree.load(join(dir, 'strategy.txt'), 'strategy.txt', limits))).toEqual(seen(disk.load(join(dir, 'strategy.txt'), 'strategy.txt', limits)));
    expect(seen(tree.load(join(dir, 'strategy.txt'), 'strategy.txt', limits)).data).toEqual({ version: 1 });
  });
  test('reads the bytes committed, whatever the working tree holds now', () => {
    rmSync(join(dir, 'other'), { recursive: true });
    const loaded = tree.load(join(dir, 'other', 'x.yaml'), 'other/x.yaml', { maxFileSize: 1e6, maxDepth: 64, maxKeyLength: 1024, maxAliasValues: 1e5 });
    expect(loaded.problems).toEqual([]);
    expect(loaded.data).toEqual({ version: 1, tactics: [{ id: 'x', name: 'x', kind: 'demo' }] });
    expect(tree.load(join(dir, 'tactics'), 'tactics', { maxFileSize: 1e6, maxDepth: 64, maxKeyLength: 1024, maxAliasValues: 1e5 }).problems[0]!.message).toBe(
      'tactics is a folder, not a YAML file. Give the path of the file itself.',
    );
  });
});
