// The rule for reads (src/load/boundary.ts): nothing outside the repository is read unless named on the command line.
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { align, fixture, json, lumen, lumenPlaybook } from '../helpers.js';

describe('nothing outside the repository is read unless named on the command line', () => {
  const KEY = '-----BEGIN OPENSSH PRIVATE KEY-----\nSECRETSECRETSECRETSECRETSECRETSECRETSECRET\n-----END OPENSSH PRIVATE KEY-----\n';
  /** A key outside the repository (also as a .yaml file, for globs). */
  const secret = () => join(fixture({ id_ed25519: KEY, 'keys/id.yaml': KEY }), 'id_ed25519');
  const noSecret = (r: { stdout: string; stderr: string }) => {
    expect(r.stdout + r.stderr).not.toMatch(/SECRET|PRIVATE KEY/);
  };
  test('a tactics file that is a link to a key outside: refused, never quoted', () => {
    const dir = fixture({ 'strategy.yaml': lumen('strategy.yaml'), 'tactics/main.yaml': lumen('tactics.yaml') });
    symlinkSync(secret(), join(dir, 'tactics', 'key.yaml'));
    const r = align(['check', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    noSecret(r);
    expect(json(r).findings.map((f) => f.message)).toEqual([expect.stringMatching(/^tactics\/key\.yaml leads outside the repository/)]);
  });
  test.each([
    ['strategy: .git/config', /\.git\/config is inside the repository's \.git folder/],
    ['strategy: KEY', /leads outside the repository/],
    ['rulesets: [KEY]', /Ruleset .* is outside the repository/],
    ['tactics: ["OUTSIDE/keys/*.yaml"]', /leads outside the repository/],
  ])('a config with %s: refused', (line, message) => {
    const key = secret();
    const dir = lumenPlaybook();
    writeFileSync(join(dir, '.git', 'config'), '[remote "origin"]\n  url = https://x-access-token:SECRET@github.com/o/r\n');
    writeFileSync(join(dir, 'align.config.yaml'), `${line.replace('KEY', key).replace('OUTSIDE', join(key, '..'))}\n`);
    const r = align(['check', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    noSecret(r);
    expect(
      json(r)
        .findings.map((f) => f.message)
        .join('\n'),
    ).toMatch(message);
  });
  test('a file named on the command line is read wherever it is, and a message quotes at most a short excerpt of it', () => {
    const dir = lumenPlaybook();
    const r = align(['check', 'strategy.yaml', secret(), '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    const message = json(r).findings[0]!.message as string;
    expect(message).toMatch(/not the text "-----BEGIN OPENSSH PRIVATE KEY----- SECR…"/);
  });
});
