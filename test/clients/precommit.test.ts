// The pre-commit hook, in Debian's real client (`apt-get install pre-commit`, which .ci/run does):
// a throwaway repository uses this repository as a hook, by path and commit, with its playbook in
// a subfolder and a baseline named in its config. pre-commit installs the hook as it would from
// GitHub (npm install, npm pack, npm install -g of the tarball), then runs it on each commit.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { bin, fixture, root, tempDir } from '../helpers.js';
import { headCommit, requireClient } from './clients.js';

const git = (dir: string, ...args: string[]) =>
  spawnSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=Test', ...args], { cwd: dir, encoding: 'utf8', env: hookEnv });
let hookEnv: NodeJS.ProcessEnv = process.env;

test('pre-commit blocks a commit that adds a discounting tactic and lets an aligned one through (playbook in a subfolder, baseline in the config)', {
  timeout: 600_000,
}, () => {
  expect(requireClient('pre-commit', ['--version'], 'apt-get install pre-commit')).toMatch(/^pre-commit \d/);
  const rev = headCommit();
  hookEnv = { ...process.env, PRE_COMMIT_HOME: tempDir('align-precommit-home-'), NO_COLOR: '1', ALIGN_TODAY: '2026-11-22' };

  const repo = fixture({});
  execFileSync('rm', ['-rf', join(repo, '.git')]);
  git(repo, 'init', '-q', '-b', 'main');
  const playbook = join(repo, 'playbook');
  cpSync(join(root, 'examples', 'lumen-audio'), playbook, { recursive: true });
  // The old finding (a warning) would block every commit under --fail-on warning, but the baseline records it.
  writeFileSync(join(playbook, 'align.config.yaml'), 'strategy: strategy.yaml\ntactics: tactics.yaml\nbaseline: align-baseline.json\n');
  const record = spawnSync(process.execPath, [bin, 'check', '-c', 'playbook/align.config.yaml', '--update-baseline'], {
    cwd: repo,
    encoding: 'utf8',
    env: hookEnv,
  });
  expect(record.stderr).toContain('wrote 1 finding to the baseline playbook/align-baseline.json');
  writeFileSync(
    join(repo, '.pre-commit-config.yaml'),
    `repos:
  - repo: ${root}
    rev: ${rev}
    hooks:
      - id: playbook-align
        args: [--config, playbook/align.config.yaml, --fail-on, warning]
`,
  );
  const install = spawnSync('pre-commit', ['install'], { cwd: repo, encoding: 'utf8', env: hookEnv });
  expect(install.status, install.stderr).toBe(0);

  // 1. The playbook as it is, with its recorded finding: the hook installs and passes.
  git(repo, 'add', '-A');
  const first = git(repo, 'commit', '-m', 'playbook and baseline');
  expect(first.status, first.stdout + first.stderr).toBe(0);
  expect(first.stdout + first.stderr).toMatch(/playbook-align\.+Passed/);

  // 2. An aligned tactic: passes.
  const tactics = join(playbook, 'tactics.yaml');
  writeFileSync(
    tactics,
    `${readFileSync(tactics, 'utf8')}
  - id: mixing-clinic
    name: Mixing clinics with partner staff
    kind: event
    channel: partner
    targets: [pro-retailers]
    supports: [partner-sell-through]
    description: A mastering engineer shows partner staff how to demo hand-matched drivers to studio buyers.
    metrics: [revenue]
`,
  );
  git(repo, 'add', '-A');
  const aligned = git(repo, 'commit', '-m', 'mixing clinics');
  expect(aligned.status, aligned.stdout + aligned.stderr).toBe(0);

  // 3. A discounting tactic: blocked, and the hook says where and why.
  writeFileSync(
    tactics,
    `${readFileSync(tactics, 'utf8')}
  - id: weekend-blowout
    name: Weekend blowout
    kind: promotion
    channel: partner
    targets: [pro-retailers]
    supports: [partner-sell-through]
    messaging: Take 25% off every pair, this weekend only!
    metrics: [revenue]
`,
  );
  git(repo, 'add', '-A');
  const blocked = git(repo, 'commit', '-m', 'weekend blowout');
  const said = blocked.stdout + blocked.stderr;
  expect(blocked.status, said).not.toBe(0);
  expect(said).toMatch(/playbook-align\.+Failed/);
  expect(said).toContain('playbook/tactics.yaml');
  expect(said).toMatch(/Tactic 'weekend-blowout' offers a 25% discount \("Take 25% off"\s+in its text\), above the 5%\s+limit/);
  expect(said).toContain('1 known finding hidden by the baseline.');
  expect(git(repo, 'log', '--format=%s').stdout).toBe('mixing clinics\nplaybook and baseline\n');
});
