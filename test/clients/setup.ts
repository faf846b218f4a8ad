// Global setup of the client tests: npm installs the package offline from its cache in several of
// them (the packed tarball, a git install, the action's install step), so the runtime dependencies
// and their metadata must be in the cache; `npm ci` stores the tarballs but not the metadata.
// (A global setup runs outside the test files: it imports nothing from the test helpers.)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The runtime dependencies as the lock file pins them, `name@version`. */
function runtimeDependencies(): string[] {
  const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as {
    packages: Record<string, { version?: string; dev?: boolean; link?: boolean }>;
  };
  return Object.entries(lock.packages)
    .filter(([path, p]) => path && !p.dev && !p.link)
    .map(([path, p]) => `${path.replace(/^.*node_modules\//, '')}@${p.version}`);
}

export default function setup(): void {
  const r = spawnSync('npm', ['cache', 'add', '--prefer-offline', ...runtimeDependencies()], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new Error(`npm could not put the runtime dependencies in its cache (is the registry reachable?): ${r.error?.message ?? r.stderr.slice(0, 400)}`);
  }
}
