import { describe, expect, test } from 'vitest';
import { check } from '../src/pipeline.js';
import { fixture } from './helpers.js';

describe('the pipeline reports every input error of a run at once', () => {
  test('a mistake in a guardrail and a schema error in a tactics file, together', () => {
    const dir = fixture({
      'strategy.yaml': [
        'version: 1',
        'name: S',
        'positioning: premium',
        'motion: consultative',
        'ideal_customers: [{ id: mid, segment: mid-market }]',
        'objectives: [{ id: grow, statement: Grow, horizon: long-term }]',
        'guardrails:',
        '  - id: no-sms',
        '    forbid: { chanel: sms }',
        '    reason: Buyers hate texts',
        '',
      ].join('\n'),
      'tactics.yaml': 'version: 1\ntactics:\n  - id: t1\n    name: T\n    kind: demo\n    colour: red\n',
    });
    const r = check({ cwd: dir, strategy: 'strategy.yaml', tactics: ['tactics.yaml'], config: false });
    expect(r.inputError).toBe(true);
    expect(r.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual(['strategy.yaml:9 schema', 'tactics.yaml:6 schema']);
    expect(r.findings[0]!.message).toBe("Guardrail 'no-sms': Unknown tactic field 'chanel'. Did you mean 'channel'?");
  });
});
