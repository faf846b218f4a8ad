// Done means a new user's clone works: scripts/fresh-clone-check.sh clones this commit into an empty
// folder with nothing beside it and runs the README's two quick-start commands there.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { root } from '../helpers.js';
import { headCommit, requireClient } from './clients.js';

test("a fresh clone with nothing beside it passes the README's quick start: the example is checked, npm test passes", () => {
  requireClient('npm', ['--version'], 'install Node.js 20 with npm');
  const rev = headCommit();
  const r = spawnSync('bash', [join(root, 'scripts', 'fresh-clone-check.sh'), rev], { encoding: 'utf8', timeout: 1_800_000 });
  const said = `${r.stdout}${r.stderr}`;
  expect(r.status, said).toBe(0);
  expect(said).toContain(`fresh-clone-check: commit ${rev}, cloned into`);
  expect(said).toMatch(/^\$ npm ci && npx align check examples\/.+\n {2}exit 1 after \d+ s\n {2}✖ \d+ problems /m);
  expect(said).toMatch(/^\$ npm test\n {2}exit 0 after \d+ s\n/m);
  expect(said).toMatch(/^ {2}Tests +\d+ passed/m);
  expect(said).toContain("fresh-clone-check: both commands of the README's quick start passed on a fresh clone");
});
