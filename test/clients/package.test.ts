import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { root, tempDir } from '../helpers.js';
import { headCommit } from './clients.js';

// The tarball is packed from the build that `npm test` made (--ignore-scripts: no rebuild while
// other test files run the CLI), then installed offline from npm's cache into an empty project.
test('the packed tarball installs into an empty project, runs `npx align` and exposes the library', () => {
  const work = tempDir('align-pack-');
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const tarball = join(work, (JSON.parse(out) as Array<{ filename: string }>)[0]!.filename);
  const project = join(work, 'project');
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const install = spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: project, encoding: 'utf8' });
  expect(install.status, install.stderr).toBe(0);
  expect(existsSync(join(project, 'node_modules', 'playbook-align', 'dist', 'index.d.ts'))).toBe(true);
  expect(existsSync(join(project, 'node_modules', 'playbook-align', 'schemas', 'strategy.schema.json'))).toBe(true);

  const example = join(root, 'examples', 'northwind-ops-cloud');
  const cli = spawnSync('npx', ['--offline', 'align', 'check', join(example, 'strategy.yaml'), join(example, 'tactics.yaml'), '--today', '2026-11-22'], {
    cwd: project,
    encoding: 'utf8',
  });
  expect(cli.status).toBe(1);
  expect(cli.stdout).toContain('✖ 20 problems (9 errors, 7 warnings, 4 info) in 13 tactics and 3 objectives');

  // A dependency of the project: `align init` points the editor into the project's own node_modules, which every clone has.
  const init = spawnSync('npx', ['--offline', 'align', 'init', 'playbook'], { cwd: project, encoding: 'utf8' });
  expect(init.status, init.stderr).toBe(0);
  expect(readFileSync(join(project, 'playbook', 'strategy.yaml'), 'utf8').split('\n')[0]).toBe(
    '# yaml-language-server: $schema=../node_modules/playbook-align/schemas/strategy.schema.json',
  );
  expect(existsSync(join(project, 'playbook', 'schemas'))).toBe(false);

  writeFileSync(
    join(project, 'use.mjs'),
    `import { check, loadPlaybook, formatters } from 'playbook-align';
const opts = { strategy: ${JSON.stringify(join(example, 'strategy.yaml'))}, tactics: [${JSON.stringify(join(example, 'tactics.yaml'))}], today: '2026-11-22' };
const r = check(opts);
const p = loadPlaybook(opts);
console.log(JSON.stringify({ errors: r.summary.error, formats: Object.keys(formatters), tactics: p.playbook.tactics.length, traits: [...p.playbook.tactics[2].traits.keys()] }));`,
  );
  const lib = spawnSync(process.execPath, ['use.mjs'], { cwd: project, encoding: 'utf8' });
  expect(lib.stderr).toBe('');
  expect(JSON.parse(lib.stdout)).toEqual({
    errors: 9,
    formats: ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown', 'html', 'compact'],
    tactics: 13,
    traits: ['discount', 'pressure'],
  });

  // CommonJS: require() says what to do instead of ERR_PACKAGE_PATH_NOT_EXPORTED; import() works.
  writeFileSync(
    join(project, 'use.cjs'),
    `try { require('playbook-align'); } catch (e) { console.log(e.message); }
import('playbook-align').then((m) => console.log(typeof m.check));`,
  );
  const cjs = spawnSync(process.execPath, ['use.cjs'], { cwd: project, encoding: 'utf8' });
  expect(cjs.stdout).toBe(
    "playbook-align is an ES module: use `import { check } from 'playbook-align'`, or `await import('playbook-align')` from CommonJS. require() is not supported.\nfunction\n",
  );
});

// pre-commit's newer versions and `npm install github:…` install straight from git: npm runs no
// script (there is none to run) and installs no dev dependency; the committed bundle is the CLI.
test('installed from git at this commit, with no dev dependency and no script, `npx align` checks a playbook', { timeout: 120_000 }, () => {
  const project = tempDir('align-git-');
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  const rev = headCommit();
  const install = spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund', `git+file://${root}#${rev}`], { cwd: project, encoding: 'utf8' });
  expect(install.status, install.stderr).toBe(0);
  expect(install.stderr).toBe('');
  expect(existsSync(join(project, 'node_modules', 'typescript'))).toBe(false);
  const example = join(root, 'examples', 'lumen-audio');
  const installed = join(project, 'node_modules', '.bin', 'align');
  const cli = spawnSync(installed, ['check', '--today', '2026-11-22'], { cwd: example, encoding: 'utf8' });
  expect(realpathSync(installed)).toBe(join(project, 'node_modules', 'playbook-align', 'bin', 'align.js'));
  expect(cli.stdout).toContain('1 problem (0 errors, 1 warning, 0 info)');
});
