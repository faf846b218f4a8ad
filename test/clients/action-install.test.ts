// The composite action's install step, run as a runner runs it, in the action's own checkout as
// `uses:` makes it (this commit, nothing installed): npm installs the runtime dependencies only
// (offline, from the cache) and builds nothing; then the action checks a playbook.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { action, runAction, runStep } from '../github.js';
import { fixture, root } from '../helpers.js';
import { cleanClone } from './clients.js';

const northwind = (name: string) => readFileSync(join(root, 'examples', 'northwind-ops-cloud', name), 'utf8');

test('the action installs from its own checkout with the runtime dependencies only, no build, then checks', () => {
  const checkout = cleanClone();
  const install = action.runs.steps.find((s) => s.name === 'Install playbook-align')!;
  const dir = fixture({ 'strategy.yaml': northwind('strategy.yaml'), 'tactics.yaml': northwind('tactics.yaml') });
  const i = runStep(dir, install.run!, { GITHUB_ACTION_PATH: checkout, npm_config_offline: 'true' });
  expect(i.code, i.stderr).toBe(0);
  expect(existsSync(join(checkout, 'node_modules', 'yaml'))).toBe(true);
  for (const dev of ['typescript', 'vitest', 'esbuild']) expect(existsSync(join(checkout, 'node_modules', dev)), dev).toBe(false);
  // Nothing was built or changed: the checkout is the commit (node_modules/ is ignored).
  expect(execFileSync('git', ['status', '--porcelain'], { cwd: checkout, encoding: 'utf8' })).toBe('');
  const r = runAction(dir, {}, checkout);
  expect(r.code).toBe(1);
  expect(r.outputs.errors).toBe('9');
});
