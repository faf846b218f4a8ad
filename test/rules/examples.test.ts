import { describe, expect, test } from 'vitest';
import { runExample } from '../../src/explain.js';
import { RULE_EXAMPLES } from '../../src/rules/examples.js';
import { BUILTIN_IDS } from '../../src/rules/index.js';

describe('every built-in rule has an example that fails and one that passes', () => {
  test('examples exist for every rule and only for rules', () => {
    expect(Object.keys(RULE_EXAMPLES).sort()).toEqual([...BUILTIN_IDS].sort());
  });
  for (const id of BUILTIN_IDS) {
    test(id, () => {
      const ex = RULE_EXAMPLES[id]!;
      expect(runExample(id, ex.fails).messages.length, 'the failing example fires').toBeGreaterThan(0);
      expect(runExample(id, ex.passes).messages, 'the passing example is quiet').toEqual([]);
    });
  }
});
