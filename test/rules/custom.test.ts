import { describe, expect, test } from 'vitest';
import { analyseObjects, baseStrategy, baseTactic, idsOf } from '../helpers.js';

describe('custom rules', () => {
  test('forbid with a strategy `when`, require, and the message', () => {
    const rules = {
      'no-cold-calls': {
        message: 'Cold calling undermines our motion',
        when: { motion: 'account-based' },
        tactic: { channel: 'phone' },
        forbid: { text: { phrase: ['cold call'] } },
      },
      'demo-needs-case': { severity: 'info' as const, message: 'Demos need a business case', tactic: { kind: 'demo' }, require: { traits: 'consultative' } },
    };
    const s = baseStrategy({ motion: 'account-based' });
    const a = analyseObjects(
      s,
      [
        baseTactic({ id: 'cold', channel: 'phone', description: 'Cold calls into treasury.' }),
        baseTactic({ id: 'warm', channel: 'phone', description: 'Warm intros only; we never cold call.' }),
        baseTactic({ id: 'demo', kind: 'demo' }),
        baseTactic({ id: 'case', kind: 'demo', description: 'Builds the business case.' }),
      ],
      { rules },
    );
    expect(idsOf(a, 'no-cold-calls')).toEqual(['cold']);
    expect(a.problems.find((p) => p.ruleId === 'no-cold-calls')!.message).toBe('Tactic \'cold\': Cold calling undermines our motion ("Cold calls").');
    expect(a.problems.filter((p) => p.ruleId === 'demo-needs-case').map((p) => [p.tactic, p.severity])).toEqual([['demo', 'info']]);
    expect(
      idsOf(analyseObjects(baseStrategy(), [baseTactic({ id: 'cold', channel: 'phone', description: 'Cold calls.' })], { rules }), 'no-cold-calls'),
    ).toEqual([]);
  });
});
