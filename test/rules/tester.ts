/**
 * A small rule tester in the manner of ESLint's RuleTester: a rule module, the playbooks it must
 * accept and the ones it must report, each with the message ids (and, where a case says so, the
 * data, item, path, evidence and severity) expected. Each case runs through the real schemas and
 * stages (`analyseData`); the rule's own examples run too, and every message the rule has must be
 * reported by at least one invalid case.
 */
import { describe, expect, test } from 'vitest';
import { type Config, emptyConfig } from '../../src/config.js';
import { analyseData } from '../../src/pipeline.js';
import { EXAMPLE_TODAY, type Scenario, scenarioData } from '../../src/rules/examples.js';
import type { RuleModule } from '../../src/rules/types.js';
import type { Path } from '../../src/types.js';

export interface Reported {
  messageId: string;
  data: Record<string, string | number>;
  message: string;
  tactic: string | null;
  objective: string | null;
  path: Path;
  severity: string;
  evidence: string | null;
  related: Path[];
}

export interface Case extends Scenario {
  name: string;
  /** Config the case runs with (segment bands, metrics, …). */
  config?: Partial<Config>;
}

export interface InvalidCase extends Case {
  /** What the rule reports, in order; each entry is matched on the keys it gives. */
  errors: Array<Partial<Reported> & { messageId: string }>;
}

/** What one rule reports on a scenario (tactics merged over the examples' base tactic). */
export function report(ruleId: string, c: Case): Reported[] {
  const { strategy, tactics } = scenarioData(c);
  const a = analyseData(strategy, tactics, { config: { ...emptyConfig(process.cwd()), ...c.config }, today: c.today ?? EXAMPLE_TODAY });
  if (a.errors.length) throw new Error(`the case is not a valid playbook: ${a.errors[0]!.message}`);
  return a.problems
    .filter((p) => p.ruleId === ruleId)
    .map((p) => ({
      messageId: p.messageId,
      data: { ...p.data },
      message: a.messages(p.ruleId)[p.messageId]!(p.data),
      tactic: p.tactic ?? null,
      objective: p.objective ?? null,
      path: (p.evidence?.at ?? p.at).path,
      severity: p.severity,
      evidence: p.evidence?.text ?? null,
      related: p.related.map((r) => r.at.path),
    }));
}

export function ruleTester(m: RuleModule, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  const id = m.meta.id;
  describe(id, () => {
    test('its documented examples: the invalid one is reported, the valid one is not', () => {
      expect(report(id, { name: 'invalid', ...m.examples.invalid }).length).toBeGreaterThan(0);
      expect(report(id, { name: 'valid', ...m.examples.valid })).toEqual([]);
    });
    for (const c of cases.valid) test(`accepts ${c.name}`, () => expect(report(id, c)).toEqual([]));
    for (const c of cases.invalid) {
      test(`reports ${c.name}`, () => {
        const got = report(id, c);
        expect(got.map((g) => g.messageId)).toEqual(c.errors.map((e) => e.messageId));
        c.errors.forEach((e, i) => {
          expect(got[i]).toMatchObject(e);
        });
        for (const g of got) expect(g.message).toBe(m.messages[g.messageId]!(g.data));
      });
    }
    test('every message is reported by an invalid case', () => {
      const used = new Set(cases.invalid.flatMap((c) => c.errors.map((e) => e.messageId)));
      expect(Object.keys(m.messages).filter((k) => !used.has(k))).toEqual([]);
    });
  });
}
