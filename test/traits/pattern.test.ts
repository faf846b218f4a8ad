// The reader's patterns (src/traits/pattern.ts): no pattern and no text can hang the run.
import { describe, expect, test } from 'vitest';
import { align, json, lumenPlaybook } from '../helpers.js';

describe('no pattern and no text can hang the run', () => {
  const tactic = (description: string) =>
    `version: 1\ntactics:\n  - id: t\n    name: T\n    kind: promotion\n    supports: [partner-sell-through]\n    metrics: [win-rate]\n    description: ${description}\n`;
  test('a lexicon phrase with wide gaps is refused when the config loads', () => {
    const dir = lumenPlaybook({ 'align.config.yaml': 'lexicon:\n  discount: ["deal ~300 ~300 ~300 zzz"]\n' });
    const r = align(['check', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(json(r).findings[0]!.message).toMatch(/not a phrase the lexicon can match/);
  });
  test('the widest phrase allowed, against "deal " × 1,200, and "discount " × 40,000 in one description, finish (the suite would hang if they did not)', () => {
    const wide = lumenPlaybook({ 'align.config.yaml': 'lexicon:\n  discount: ["deal ~12 ~12 ~12 zzz"]\n', 'tactics.yaml': tactic('deal '.repeat(1_200)) });
    expect(align(['check', '-f', 'json'], { cwd: wide }).code).toBe(0);
    const long = lumenPlaybook({ 'tactics.yaml': tactic('discount '.repeat(40_000)) });
    const r = align(['check', '-f', 'json', '--today', '2026-11-22'], { cwd: long });
    expect(json(r).findings.some((f) => f.ruleId === 'premium-vs-discount')).toBe(true);
  });
});
