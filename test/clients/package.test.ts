// The package works however it is installed: the tarball `npm pack` makes in a clean clone (what the
// registry serves, less prepublishOnly's build, which makes the dist/ a test checks is committed) and
// `npm install` from git. Each is installed offline from npm's cache into an empty project, with no
// dev dependency and no script, and must give a working CLI, `import`, `require()` (Node >= 20.19) and
// types that compile in a strict TypeScript consumer without skipLibCheck and without @types/node.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { root, tempDir } from '../helpers.js';
import { cleanClone, headCommit } from './clients.js';

const example = join(root, 'examples', 'northwind-ops-cloud');
const options = { strategy: join(example, 'strategy.yaml'), tactics: [join(example, 'tactics.yaml')], today: '2026-11-22' };
/** What each consumer prints: the same facts from ESM and from CommonJS. */
const expected = {
  errors: 9,
  formats: ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown', 'html', 'compact'],
  tactics: 13,
  traits: ['discount', 'pressure'],
  stylishEnds: true,
};
const probe = (load: string) => `${load}
const opts = ${JSON.stringify(options)};
const r = align.check(opts);
const p = align.loadPlaybook(opts);
console.log(JSON.stringify({
  errors: r.summary.error,
  formats: Object.keys(align.formatters),
  tactics: p.playbook.tactics.length,
  traits: [...p.playbook.tactics[2].traits.keys()],
  stylishEnds: align.formatters.stylish(align.buildReport(r)).includes('✖ 20 problems (9 errors, 7 warnings, 4 info)'),
}));`;

/**
 * A strict consumer: no skipLibCheck, no @types/node (`types: []`, and none installed), TypeScript's default
 * libraries (zod's and yaml's types, which ours reach, name the standard URL class); an ES module and a CommonJS module.
 */
const tsconfig = {
  compilerOptions: {
    strict: true,
    skipLibCheck: false,
    types: [],
    target: 'es2022',
    module: 'nodenext',
    moduleResolution: 'nodenext',
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    noEmit: true,
  },
  files: ['esm.ts', 'cjs.cts'],
};
const esmTs = `import { buildReport, check, type CheckResult, type Finding, loadPlaybook, stylish, type Tactic } from 'playbook-align';
const result: CheckResult = check({ strategy: 'strategy.yaml', tactics: ['tactics.yaml'], today: '2026-11-22', rules: { 'orphan-tactic': 'off' } });
const first: Finding | undefined = result.findings[0];
const where: string = first ? \`\${first.file}:\${first.line}:\${first.column}\` : '';
const text: string = stylish(buildReport(result), { width: 100 });
const tactics: readonly Tactic[] = loadPlaybook({ strategy: 'strategy.yaml', tactics: ['tactics.yaml'] }).playbook?.tactics ?? [];
// @ts-expect-error: today is a YYYY-MM-DD string, not a number
check({ today: 20261122 });
// @ts-expect-error: a severity is error, warning, info or off
check({ rules: { 'orphan-tactic': 'fatal' } });
export const used = [where, text, tactics.length];
`;
const cjsTs = `import align = require('playbook-align');
const result: align.CheckResult = align.check({ strategy: 'strategy.yaml', tactics: ['tactics.yaml'] });
// @ts-expect-error: summary.error is a count
const wrong: string = result.summary.error;
export = [result.inputError, wrong];
`;

function tsc(project: string) {
  return spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project], { encoding: 'utf8' });
}

/** An empty project (an ES module package) with `spec` installed offline from npm's cache; its folder. */
function consumer(spec: string): { dir: string; install: ReturnType<typeof spawnSync> } {
  const dir = join(tempDir('align-consumer-'), 'consumer');
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const install = spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund', spec], { cwd: dir, encoding: 'utf8' });
  return { dir, install };
}

const installs: Array<[string, () => string]> = [
  [
    'the tarball npm pack makes in a clean clone',
    () => {
      const clone = cleanClone();
      const out = execFileSync('npm', ['pack', '--json', '--pack-destination', join(clone, '..')], { cwd: clone, encoding: 'utf8' });
      const [packed] = JSON.parse(out) as Array<{ filename: string; files: Array<{ path: string }> }>;
      const files = packed!.files.map((f) => f.path);
      // The library, its types, the CLI bundle, the schemas and the docs; not the sources or the tests.
      expect(files).toEqual(
        expect.arrayContaining(['bin/align.js', 'dist/index.js', 'dist/index.d.ts', 'dist/bundle/cli.cjs', 'schemas/strategy.schema.json', 'docs/format.md']),
      );
      expect(files.filter((f) => /^(src|test|scripts)\//.test(f))).toEqual([]);
      return join(clone, '..', packed!.filename);
    },
  ],
  ['an install from git', () => `git+file://${cleanClone()}#${headCommit()}`],
];

describe.each(installs)('%s', (_name, spec) => {
  let dir: string;
  beforeAll(() => {
    const c = consumer(spec());
    dir = c.dir;
    expect(c.install.status, String(c.install.stderr)).toBe(0);
    expect(String(c.install.stderr)).toBe('');
  });

  test('installs no dev dependency and builds nothing', () => {
    const pkg = join(dir, 'node_modules', 'playbook-align');
    for (const dev of ['typescript', 'vitest', 'esbuild', '@types/node']) expect(existsSync(join(dir, 'node_modules', dev)), dev).toBe(false);
    for (const f of ['dist/index.js', 'dist/index.d.ts', 'schemas/strategy.schema.json']) expect(existsSync(join(pkg, f)), f).toBe(true);
    expect(existsSync(join(pkg, 'dist', 'require.cjs'))).toBe(false);
  });

  test('the CLI checks a playbook, and align init points the editor into the project’s node_modules', () => {
    const installed = join(dir, 'node_modules', '.bin', 'align');
    expect(realpathSync(installed)).toBe(join(dir, 'node_modules', 'playbook-align', 'bin', 'align.js'));
    const cli = spawnSync(installed, ['check', options.strategy, ...options.tactics, '--today', options.today], { cwd: dir, encoding: 'utf8' });
    expect(cli.status).toBe(1);
    expect(cli.stdout).toContain('✖ 20 problems (9 errors, 7 warnings, 4 info) in 13 tactics and 3 objectives');
    const init = spawnSync(installed, ['init', 'playbook'], { cwd: dir, encoding: 'utf8' });
    expect(init.status, init.stderr).toBe(0);
    expect(readFileSync(join(dir, 'playbook', 'strategy.yaml'), 'utf8').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../node_modules/playbook-align/schemas/strategy.schema.json',
    );
  });

  test('import (an ES module)', () => {
    writeFileSync(join(dir, 'use.mjs'), probe("import * as align from 'playbook-align';"));
    const r = spawnSync(process.execPath, ['use.mjs'], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(expected);
  });

  test('require (CommonJS, Node >= 20.19), with no warning', () => {
    writeFileSync(join(dir, 'use.cjs'), probe("const align = require('playbook-align');"));
    const r = spawnSync(process.execPath, ['use.cjs'], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(expected);
  });

  test('the types compile in a strict consumer, ES module and CommonJS, without skipLibCheck or @types/node', () => {
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
    writeFileSync(join(dir, 'esm.ts'), esmTs);
    writeFileSync(join(dir, 'cjs.cts'), cjsTs);
    const r = tsc(dir);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
    // The check is real: a wrong use of the types is an error.
    writeFileSync(join(dir, 'esm.ts'), `${esmTs}\nexport const bad: number = check().findings;\n`);
    const bad = tsc(dir);
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toMatch(/esm\.ts\(\d+,\d+\): error TS2322/);
  });
});
