// JUnit reports in a real XML parser (xmllint, Debian's libxml2-utils): the hostile playbook's report
// and the examples' reports are well-formed XML. (Validation against the JUnit schema needs the shared
// contract beside the repository: npm run conformance, contract/schemas.test.ts.)
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { align, root, tempDir } from '../helpers.js';
import { hostile } from '../report/hostile-playbook.js';
import { requireClient } from './clients.js';

beforeAll(() => {
  requireClient('xmllint', ['--version'], 'apt-get install libxml2-utils');
});

const wellFormed = (xml: string) => {
  const file = join(tempDir('align-xml-'), 'report.xml');
  writeFileSync(file, xml);
  return spawnSync('xmllint', ['--noout', file], { encoding: 'utf8' });
};

test('the hostile playbook (control characters, markup, CDATA end, escape sequences) gives well-formed JUnit', () => {
  const r = align(['check', 'strategy.yaml', 'tactics', '-f', 'junit', '--today', '2026-11-22'], { cwd: hostile() });
  expect(r.code).toBe(1);
  const v = wellFormed(r.stdout);
  expect(v.status, v.stderr).toBe(0);
});

test.each(['northwind-ops-cloud', 'kiln-dev-platform', 'lumen-audio', 'atlas-treasury'])('%s: well-formed JUnit', (name) => {
  const r = align(['check', '-f', 'junit', '--today', '2026-11-22'], { cwd: join(root, 'examples', name) });
  const v = wellFormed(r.stdout);
  expect(v.status, v.stderr).toBe(0);
});

test('xmllint does reject what is not well-formed', () => {
  expect(wellFormed('<testsuites><testsuite name="a & b"></testsuites>').status).not.toBe(0);
});
