/**
 * RuleTester, in the manner of ESLint's: a rule module, the playbooks it must accept and those it
 * must report, each with the message ids (and, where a case says so, the written message, data,
 * item, path, evidence and severity) expected. Each case runs through the real schemas and stages
 * (the library's RuleTester gives it the pipeline's analysis); the rule's own examples run too,
 * every message the rule has must be reported by an invalid case, and each one's text must be
 * written out in at least one of them, so that a wording change shows in a test.
 */
import { AssertionError, deepStrictEqual } from 'node:assert';
import { type Config, emptyConfig } from '../load/config.js';
import type { Path, Severity } from '../types.js';
import { EXAMPLE_TODAY, type Scenario, scenarioData } from './examples.js';
import type { Messages, Problem, RuleModule } from './types.js';

/** The test functions of the framework the tests run in (vitest's, jest's, mocha's `it`). */
export interface TestFramework {
  describe(name: string, body: () => void): void;
  test(name: string, body: () => void): void;
}

/** A playbook given as plain data, through the schemas and the stages up to rated problems. */
export type Analyse = (
  strategy: object,
  tactics: object[],
  opts: { config: Config; today: string },
) => { errors: ReadonlyArray<{ message: string }>; problems: ReadonlyArray<Problem & { severity: Severity }>; messages(ruleId: string): Messages };

/** What a rule reported, as a case states it. */
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
  /** What the rule reports, in order; each entry is matched on the keys it gives (`message`: the text, as written). */
  errors: Array<Partial<Reported> & { messageId: string }>;
}

/** `actual` cut down to the keys `expected` gives (recursively), so that a failure shows only what the case states. */
function projected(actual: unknown, expected: unknown): unknown {
  if (Array.isArray(expected) && Array.isArray(actual)) return actual.map((a, i) => (i < expected.length ? projected(a, expected[i]) : a));
  if (expected && typeof expected === 'object' && actual && typeof actual === 'object' && !Array.isArray(actual))
    return Object.fromEntries(
      Object.keys(expected).map((k) => [k, projected((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k])]),
    );
  return actual;
}

const check = (ok: boolean, message: string) => {
  if (!ok) throw new AssertionError({ message });
};

export class RuleTester {
  constructor(
    private readonly framework: TestFramework,
    private readonly analyse: Analyse,
  ) {}

  /** What one rule reports on a scenario (tactics merged over the examples' base tactic). */
  report(ruleId: string, c: Case): Reported[] {
    const { strategy, tactics } = scenarioData(c);
    const a = this.analyse(strategy, tactics, { config: { ...emptyConfig(process.cwd()), ...c.config }, today: c.today ?? EXAMPLE_TODAY });
    if (a.errors.length) throw new Error(`the case is not a valid playbook: ${a.errors[0]!.message}`);
    return a.problems
      .filter((p) => p.ruleId === ruleId)
      .map((p) => ({
        messageId: p.messageId,
        data: { ...p.data },
        message: a.messages(p.ruleId)[p.messageId]!(p.wording ? { ...p.data, ...p.wording } : p.data),
        tactic: p.tactic ?? null,
        objective: p.objective ?? null,
        path: (p.evidence?.at ?? p.at).path,
        severity: p.severity,
        evidence: p.evidence?.text ?? null,
        related: p.related.map((r) => r.at.path),
      }));
  }

  /** Declares the rule's tests: its examples, each valid and invalid case, and that every message is reported and written out. */
  run(m: RuleModule, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
    const id = m.meta.id;
    const { describe, test } = this.framework;
    describe(id, () => {
      test('its documented examples: the invalid one is reported, the valid one is not', () => {
        check(this.report(id, { name: 'invalid', ...m.examples.invalid }).length > 0, `${id} reports nothing on its own invalid example`);
        deepStrictEqual(this.report(id, { name: 'valid', ...m.examples.valid }), []);
      });
      for (const c of cases.valid) test(`accepts ${c.name}`, () => deepStrictEqual(this.report(id, c), []));
      for (const c of cases.invalid) {
        test(`reports ${c.name}`, () => {
          const got = this.report(id, c);
          deepStrictEqual(
            got.map((g) => g.messageId),
            c.errors.map((e) => e.messageId),
          );
          c.errors.forEach((e, i) => {
            deepStrictEqual(projected(got[i], e), e);
          });
        });
      }
      test('every message is reported by an invalid case, and its text written out in one', () => {
        const errors = cases.invalid.flatMap((c) => c.errors);
        deepStrictEqual(
          Object.keys(m.messages).filter((k) => !errors.some((e) => e.messageId === k)),
          [],
          'messages no invalid case reports',
        );
        deepStrictEqual(
          Object.keys(m.messages).filter((k) => !errors.some((e) => e.messageId === k && typeof e.message === 'string')),
          [],
          'messages whose text no invalid case writes out',
        );
      });
    });
  }
}
