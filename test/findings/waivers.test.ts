import { describe, expect, test } from 'vitest';
import { analyseObjects, baseStrategy, baseTactic, idsOf } from '../helpers.js';

describe('waivers', () => {
  const s = baseStrategy({ positioning: 'premium' });
  const waive = (until?: string) => ({ rule: 'premium-vs-discount', reason: 'board approved', approved_by: 'CRO', ...(until ? { until } : {}) });
  test('an active waiver silences its rule on its tactic only', () => {
    const a = analyseObjects(s, [baseTactic({ offer: { discount: 20 }, waivers: [waive('2026-12-31')] }), baseTactic({ id: 't2', offer: { discount: 20 } })]);
    expect(idsOf(a, 'premium-vs-discount')).toEqual(['t2']);
    expect(idsOf(a, 'expired-waiver')).toEqual([]);
  });
  test('after the until date the finding returns beside expired-waiver', () => {
    const a = analyseObjects(s, [baseTactic({ offer: { discount: 20 }, waivers: [waive('2026-10-31')] })]);
    expect(idsOf(a, 'premium-vs-discount')).toEqual(['t1']);
    expect(idsOf(a, 'expired-waiver')).toEqual(['t1']);
  });
  test('a waiver without until never expires', () => {
    const a = analyseObjects(s, [baseTactic({ offer: { discount: 20 }, waivers: [waive()] })], { today: '2099-01-01' });
    expect(idsOf(a, 'premium-vs-discount')).toEqual([]);
  });
  test('an objective takes waivers too', () => {
    const s2 = baseStrategy({
      objectives: [
        { id: 'grow', statement: 'Grow', horizon: 'long-term' },
        { id: 'keep', statement: 'Keep', horizon: 'annual', waivers: [{ rule: 'unexecuted-objective', reason: 'new' }] },
      ],
    });
    expect(idsOf(analyseObjects(s2, [baseTactic()]), 'unexecuted-objective')).toEqual([]);
  });
});
