import { describe, expect, test } from 'vitest';
import { alignmentScore } from '../../src/findings/score.js';
import type { Finding } from '../../src/types.js';
import { analyseObjects, baseStrategy, baseTactic } from '../helpers.js';

const finding = (tactic: string, severity: Finding['severity']): Finding => ({
  ruleId: 'x',
  severity,
  message: '',
  file: 'tactics.yaml',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 1,
  tactic,
  objective: null,
  evidence: null,
  related: [],
});

describe('alignment score', () => {
  const strategy = baseStrategy({
    objectives: [
      { id: 'grow', statement: 'g', horizon: 'long-term' },
      { id: 'keep', statement: 'k', horizon: 'annual' },
      { id: 'win', statement: 'w', horizon: 'annual' },
    ],
  });
  const playbook = analyseObjects(strategy, [
    baseTactic({ id: 'a', supports: ['grow'] }),
    baseTactic({ id: 'b', supports: ['grow'] }),
    baseTactic({ id: 'c', supports: ['keep'] }),
    baseTactic({ id: 'd', supports: ['win'], status: 'planned' }),
    baseTactic({ id: 'e', supports: ['win'], status: 'retired' }),
  ]).playbook!;
  test('the share of active tactics with no error or warning; info does not count against', () => {
    expect(alignmentScore(playbook, [finding('a', 'error'), finding('b', 'info'), finding('d', 'error')]).tactics).toBe(66.7);
    expect(alignmentScore(playbook, [finding('a', 'warning'), finding('c', 'warning')]).tactics).toBe(33.3);
    expect(alignmentScore(playbook, []).tactics).toBe(100);
  });
  test('the share of objectives supported by an active tactic (planned and retired do not carry)', () => {
    expect(alignmentScore(playbook, []).objectives).toBe(66.7);
  });
  test('no active tactic or no objective gives n/a (null), not a number', () => {
    const idle = analyseObjects(baseStrategy({ objectives: [] }), [baseTactic({ status: 'paused', supports: [] })]).playbook!;
    expect(alignmentScore(idle, [])).toEqual({ tactics: null, objectives: null });
  });
});
