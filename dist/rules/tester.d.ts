import { type Config } from '../load/config.js';
import type { Path, Severity } from '../types.js';
import { type Scenario } from './examples.js';
import type { Messages, Problem, RuleModule } from './types.js';
/** The test functions of the framework the tests run in (vitest's, jest's, mocha's `it`). */
export interface TestFramework {
    describe(name: string, body: () => void): void;
    test(name: string, body: () => void): void;
}
/** A playbook given as plain data, through the schemas and the stages up to rated problems. */
export type Analyse = (strategy: object, tactics: object[], opts: {
    config: Config;
    today: string;
}) => {
    errors: ReadonlyArray<{
        message: string;
    }>;
    problems: ReadonlyArray<Problem & {
        severity: Severity;
    }>;
    messages(ruleId: string): Messages;
};
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
    errors: Array<Partial<Reported> & {
        messageId: string;
    }>;
}
export declare class RuleTester {
    private readonly framework;
    private readonly analyse;
    constructor(framework: TestFramework, analyse: Analyse);
    /** What one rule reports on a scenario (tactics merged over the examples' base tactic). */
    report(ruleId: string, c: Case): Reported[];
    /** Declares the rule's tests: its examples, each valid and invalid case, and that every message is reported and written out. */
    run(m: RuleModule, cases: {
        valid: Case[];
        invalid: InvalidCase[];
    }): void;
}
