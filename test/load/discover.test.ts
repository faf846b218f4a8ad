// Which files a check reads (src/load/discover.ts): nothing is left unchecked without a word.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { align, fixture, json, lumen } from '../helpers.js';

describe('nothing is left unchecked without a word', () => {
  test('a file with a config name inside a tactics folder is an input error, not silently skipped', () => {
    const dir = fixture({
      'strategy.yaml': lumen('strategy.yaml'),
      'tactics/main.yaml': lumen('tactics.yaml'),
      'tactics/align.config.yaml': lumen('tactics.yaml'),
    });
    const r = align(['check', 'strategy.yaml', 'tactics', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(json(r).findings.map((f) => f.message)).toEqual([
      "tactics/align.config.yaml has a config file's name inside a tactics folder, so it is not read: it is not the config in use, and tactics are never read from a config. Rename or move it.",
    ]);
    expect(existsSync(join(dir, 'tactics', 'align.config.yaml'))).toBe(true);
  });
});
