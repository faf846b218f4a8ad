// What the client tests share: a client that is missing fails the test with the command that
// installs it (never a skip), and a clean clone of this commit, as a user or a runner gets it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root, tempDir } from '../helpers.js';

/** The client's version line; throws (failing the test) with the command that installs it when it cannot run. */
export function requireClient(command: string, versionArgs: string[], install: string): string {
  const r = spawnSync(command, versionArgs, { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new Error(`${command} is not installed; npm run test:clients needs it: ${install}`);
  return `${r.stdout}${r.stderr}`.trim().split('\n')[0]!;
}

/** The commit under test; test:clients runs in a git checkout of the repository. */
export function headCommit(): string {
  if (!existsSync(join(root, '.git'))) throw new Error(`${root} is not a git checkout: npm run test:clients installs from git and clones it.`);
  return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
}

/** A clone of this commit in an empty folder, with nothing installed or built: what `git clone` gives a user. */
export function cleanClone(name = 'playbook-align'): string {
  const rev = headCommit();
  const dir = join(tempDir('align-clone-'), name);
  execFileSync('git', ['clone', '-q', '--no-local', '--no-checkout', root, dir]);
  execFileSync('git', ['checkout', '-q', '--detach', rev], { cwd: dir });
  return dir;
}
