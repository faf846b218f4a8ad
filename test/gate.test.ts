// The gate holds against a pull request (issue 22): each reproduction in the form an attacker uses
// it, in a real git repository whose .git/config holds a token as actions/checkout leaves it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { align, fixture, json, root } from './helpers.js';

const lumen = (name: string) => readFileSync(join(root, 'examples', 'lumen-audio', name), 'utf8');

/** The job's token as actions/checkout stores it in .git/config (http.<url>.extraheader), base64 as git sends it. */
const TOKEN = `ghs_${'A1b2C3d4E5'.repeat(8)}`;
const BASIC = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
const GIT_CONFIG = `[core]\n\trepositoryformatversion = 0\n\tbare = false\n[remote "origin"]\n\turl = https://github.com/acme/playbook\n[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${BASIC}\n`;

/** Whether `text` holds more than 40 characters in a row of `secret` (the quoting limit), as the token or its base64. */
function leaks(text: string, secret = BASIC): boolean {
  for (const s of [secret, TOKEN]) for (let i = 0; i + 41 <= s.length; i++) if (text.includes(s.slice(i, i + 41))) return true;
  return false;
}

describe('no input aborts the process', () => {
  test.each([200, 1_000, 5_000, 250_000])('[ × %i then ] × as many, in the strategy and the tactics: exit 2 at the 65th level', (depth) => {
    const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const dir = fixture({ 'strategy.yaml': deep, 'tactics.yaml': deep });
    const t0 = Date.now();
    const r = align(['check', 'strategy.yaml', 'tactics.yaml', '-f', 'json'], { cwd: dir });
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(2);
    expect(json(r).findings.map((f) => [f.file, f.line, f.column, f.message])).toEqual(
      ['strategy.yaml', 'tactics.yaml'].map((file) => [
        file,
        1,
        65,
        'YAML nested more than 64 levels deep; a playbook never needs that many. Flatten the structure.',
      ]),
    );
  });
  test('deep nesting after an anchor (the path that parses with yaml itself) and inside a tactic', () => {
    const deep = `version: 1\nbase: &b x\ntactics:\n  - id: t\n    name: ${'{a: '.repeat(3_000)}1${'}'.repeat(3_000)}\n`;
    const r = align(['check', 'strategy.yaml', 'tactics.yaml', '-f', 'json'], {
      cwd: fixture({ 'strategy.yaml': lumen('strategy.yaml'), 'tactics.yaml': deep }),
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(2);
    expect(json(r).findings.map((f) => [f.file, f.line, f.column])).toEqual([['tactics.yaml', 5, 11 + 61 * 4]]);
  });
});

describe('aliases are counted by what they expand to', () => {
  const refs = (items: number, aliases: number) =>
    `version: 1\nbig: &big [${Array.from({ length: items }, (_, i) => `x${i}`).join(', ')}]\nrefs: [${Array(aliases).fill('*big').join(', ')}]\n`;
  test('a file aliasing one 10,000-item list 40,000 times (300 KB): refused quickly, at the alias that goes over', () => {
    const text = refs(10_000, 40_000);
    expect(text.length).toBeGreaterThan(300_000);
    const t0 = Date.now();
    const r = align(['check', 'strategy.yaml', 'tactics.yaml', '-f', 'json'], {
      cwd: fixture({ 'strategy.yaml': text, 'tactics.yaml': lumen('tactics.yaml') }),
    });
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(r.code).toBe(2);
    const [f] = json(r).findings;
    expect(f).toMatchObject({ ruleId: 'yaml-syntax', file: 'strategy.yaml', line: 3 });
    // The tenth alias: `refs: [` then nine `*big, `.
    expect(f!.column).toBe(8 + 9 * 6);
    expect(f!.message).toBe(
      'YAML aliases in this file expand to more than 100,000 values (this one repeats 10,001 of &big), as in an "alias bomb". Write the values out instead of repeating aliases.',
    );
  });
  test('a thousand aliases of one short list are fine (their number alone never refused a file)', () => {
    const tactics = `version: 1\nx_core: &core [partner-sell-through]\ntactics:\n${Array.from(
      { length: 1_000 },
      (_, i) => `  - id: t${i}\n    name: Demo ${i}\n    kind: demo\n    supports: *core\n    metrics: [win-rate]\n`,
    ).join('')}`;
    const r = align(['check', 'strategy.yaml', 'tactics.yaml', '-f', 'json', '--today', '2026-11-22'], {
      cwd: fixture({ 'strategy.yaml': lumen('strategy.yaml'), 'tactics.yaml': tactics }),
    });
    expect(r.stderr).toBe('');
    expect(json(r).findings.filter((f) => ['yaml-syntax', 'schema', 'input'].includes(String(f.ruleId)))).toEqual([]);
    expect(json(r).summary.tactics).toBe(1_000);
  });
});

describe('every quoted value keeps to 40 characters, parser messages included', () => {
  test.each(['github', 'json', 'stylish', 'sarif', 'markdown'])('.git/config read as YAML (%s): the token is not in the message', (format) => {
    const dir = fixture({ 'strategy.yaml': lumen('strategy.yaml'), 'gitconfig.yaml': GIT_CONFIG });
    const r = align(['check', 'gitconfig.yaml', 'strategy.yaml', '-f', format], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/Unexpected scalar token in YAML stream/);
    expect(leaks(r.stdout + r.stderr)).toBe(false);
  });
});
