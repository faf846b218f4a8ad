// Writing the files align produces (src/write.ts): never through a link a pull request planted.
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { align, lumenPlaybook } from './helpers.js';

describe('outputs never follow a link', () => {
  test.each([
    ['-o', ['check', '-f', 'sarif', '-o', 'align.sarif']],
    ['align report -o', ['report', '-o', 'align.sarif']],
    ['--update-baseline', ['check', '--update-baseline', 'align.sarif']],
  ])('%s onto a committed link: exit 2, and the file it points at is untouched', (_name, args) => {
    const dir = lumenPlaybook({ 'victim.txt': 'precious\n' });
    symlinkSync(join(dir, 'victim.txt'), join(dir, 'align.sarif'));
    const r = align([...args, '--today', '2026-11-22'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/align\.sarif is a symbolic link; align does not write through links/);
    expect(readFileSync(join(dir, 'victim.txt'), 'utf8')).toBe('precious\n');
  });
});

test('a report to a plain file, new or existing, is still written', () => {
  const dir = lumenPlaybook();
  writeFileSync(join(dir, 'align.sarif'), 'old');
  const r = align(['check', '-f', 'sarif', '-o', 'align.sarif', '--today', '2026-11-22'], { cwd: dir });
  expect(r.code).toBe(0);
  expect(JSON.parse(readFileSync(join(dir, 'align.sarif'), 'utf8')).version).toBe('2.1.0');
});
