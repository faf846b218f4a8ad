import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUILTIN_IDS, BUILTIN_RULES } from '../../src/rules/registry.js';
import { root } from '../helpers.js';

const folder = join(root, 'src', 'rules', 'builtin');

describe('the registry of built-in rules', () => {
  test('lists every module in rules/builtin once, each under its own file name', () => {
    const modules = readdirSync(folder)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => f.replace(/\.ts$/, ''));
    expect([...BUILTIN_IDS].sort()).toEqual(modules.sort());
    expect(new Set(BUILTIN_IDS).size).toBe(BUILTIN_IDS.length);
  });
  test.each(BUILTIN_IDS)('%s has its test beside it', (id) => expect(existsSync(join(folder, `${id}.test.ts`))).toBe(true));
  test('each rule has a summary, a rationale, tags and at least one message', () => {
    for (const r of BUILTIN_RULES) {
      expect(r.summary.length, r.id).toBeGreaterThan(10);
      expect(r.rationale.length, r.id).toBeGreaterThan(10);
      expect(r.tags.length, r.id).toBeGreaterThan(0);
      expect(Object.keys(r.messages).length, r.id).toBeGreaterThan(0);
    }
  });
});
