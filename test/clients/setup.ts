// Global setup of the client tests: npm installs the package offline from its cache in several of
// them (the packed tarball, a git install, the action's install step), so the runtime dependencies
// and their metadata must be in the cache; `npm ci` stores the tarballs but not the metadata.
import { spawnSync } from 'node:child_process';
import { runtimeDependencies } from './clients.js';

export default function setup(): void {
  const r = spawnSync('npm', ['cache', 'add', '--prefer-offline', ...runtimeDependencies()], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new Error(`npm could not put the runtime dependencies in its cache (is the registry reachable?): ${r.error?.message ?? r.stderr.slice(0, 400)}`);
  }
}
