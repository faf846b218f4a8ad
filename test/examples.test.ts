import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { BUILTIN_IDS } from '../src/rules/registry.js';
import { align, json, root } from './helpers.js';

/** Each example states the findings it must produce, as `rule item` lines. */
const EXPECTED: Record<string, { exit: number; findings: string[] }> = {
  'northwind-ops-cloud': {
    exit: 1,
    findings: [
      'consultative-fit q4-promo',
      'discount-over-policy q4-promo',
      'premium-vs-discount q4-promo',
      'consultative-vs-pressure q4-promo',
      'activity-metrics-only q4-promo',
      'consultative-fit list-blast',
      'targeted-vs-mass list-blast',
      'activity-metrics-only list-blast',
      'consultative-fit standard-demo',
      'guardrail renewal-texts',
      'guardrail fintech-dinner',
      'consultative-vs-pressure year-end-bundle',
      'discount-over-policy year-end-bundle',
      'premium-vs-discount year-end-bundle',
      'expired-waiver year-end-bundle',
      'unused-waiver qbr',
      'excluded-market gov-roadshow',
      'orphan-tactic founder-posts',
      'unmeasured-tactic founder-posts',
      'unknown-reference champion-plan',
    ],
  },
  'kiln-dev-platform': {
    exit: 1,
    findings: [
      'stale-strategy -',
      'strategy-clarity -',
      'strategy-clarity -',
      'strategy-clarity -',
      'unexecuted-objective marketplace',
      'product-led-vs-gated enterprise-gate',
      'value-vs-white-glove onsite-onboarding',
      'off-target fortune-500',
      'excluded-market hackathon',
      'duplicate-id quickstart',
    ],
  },
  'lumen-audio': { exit: 0, findings: ['premium-vs-pressure launch-countdown'] },
  'atlas-treasury': { exit: 0, findings: [] },
};

const run = (name: string) => align(['check', '-f', 'json', '--today', '2026-11-22'], { cwd: join(root, 'examples', name) });

describe('examples', () => {
  for (const [name, want] of Object.entries(EXPECTED)) {
    test(`${name} reports exactly its stated findings`, () => {
      const r = run(name);
      expect(r.code).toBe(want.exit);
      expect(json(r).findings.map((f) => `${f.ruleId} ${f.tactic ?? f.objective ?? '-'}`)).toEqual(want.findings);
    });
  }
  test('between them every built-in rule fires at least once', () => {
    const fired = new Set(Object.values(EXPECTED).flatMap((e) => e.findings.map((f) => f.split(' ')[0])));
    expect(BUILTIN_IDS.filter((id) => !fired.has(id))).toEqual([]);
  });
  test('the README quick-start command works from the project root', () => {
    const r = align(['check', 'examples/northwind-ops-cloud/strategy.yaml', 'examples/northwind-ops-cloud/tactics.yaml', '--today', '2026-11-22']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✖ 20 problems (9 errors, 7 warnings, 4 info) in 13 tactics and 3 objectives');
  });
});

describe('the example playbook repository', () => {
  const repo = join(root, 'examples', 'playbook-repo');
  test('its baseline hides the historic findings; without it they are all there', () => {
    const quiet = align(['check', '--baseline', 'align-baseline.json', '--today', '2026-11-22'], { cwd: repo });
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toContain('20 known findings hidden by the baseline.');
    const all = align(['check', '-f', 'json', '--today', '2026-11-22'], { cwd: repo });
    expect(json(all).findings).toHaveLength(20);
    expect(new Set(json(all).findings.map((f) => f.file))).toEqual(
      new Set(['tactics/sdr/tactics.yaml', 'tactics/ae/tactics.yaml', 'tactics/customer-success/tactics.yaml']),
    );
  });
  test('the action and the pre-commit hook run align check', () => {
    const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as { runs: { using: string; steps: Array<{ run?: string }> } };
    expect(action.runs.using).toBe('composite');
    const script = action.runs.steps.map((s) => s.run ?? '').join('\n');
    expect(script).toContain('args=(check)');
    expect(script).toContain('bin/align.js" "$');
    const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; entry: string }>;
    expect(hooks[0]).toMatchObject({ id: 'playbook-align', entry: 'align check' });
  });
});
