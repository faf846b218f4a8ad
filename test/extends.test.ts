// `extends:` in the config: one rule set shared by many playbook repositories, from a path or an
// npm package, validated and located like the config itself.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { align, fixture, json, root } from './helpers.js';

const lumen = (name: string) => readFileSync(join(root, 'examples', 'lumen-audio', name), 'utf8');
const playbook = { 'strategy.yaml': lumen('strategy.yaml'), 'tactics.yaml': lumen('tactics.yaml') };
/** The house rules a sales organisation shares: a stricter severity, a custom rule, a lexicon phrase. */
const house = `rules:
  premium-vs-pressure: error
  unmeasured-tactic: info
  no-partner-spiffs:
    message: We do not pay retail staff per unit sold
    forbid: { text: { phrase: [spiff] } }
lexicon:
  pressure: [while supplies last]
`;
const spiff = `${lumen('tactics.yaml')}
  - id: store-spiff
    name: Store staff spiff
    kind: partner
    channel: partner
    targets: [pro-retailers]
    supports: [partner-sell-through]
    description: A spiff for every pair a store sells.
    metrics: [revenue]
`;
const check = (dir: string) => align(['check', '-f', 'json', '--today', '2026-11-22'], { cwd: dir });
const rulesOf = (dir: string) => json(check(dir)).findings.map((f) => `${f.ruleId} ${f.severity} ${f.tactic}`);

describe('extends', () => {
  test('a path: the shared rules apply, and the repository’s own config wins where both speak', () => {
    const dir = fixture({
      ...playbook,
      'tactics.yaml': spiff,
      'shared/house.yaml': house,
      'align.config.yaml': 'extends: ./shared/house.yaml\nrules:\n  no-partner-spiffs: warning\n',
    });
    expect(rulesOf(dir)).toEqual(['premium-vs-pressure error launch-countdown', 'no-partner-spiffs warning store-spiff']);
    const r = align(['rules', '--config', 'align.config.yaml'], { cwd: dir });
    expect(r.stdout).toMatch(/^no-partner-spiffs +warning +custom \(shared\/house\.yaml\)$/m);
  });
  test('an npm package: its align.config.yaml, or a file named after it; later entries win', () => {
    const pkg = 'node_modules/@acme/align-config';
    const withPackage = (config: string) =>
      fixture({
        ...playbook,
        [`${pkg}/package.json`]: '{"name":"@acme/align-config","version":"1.0.0"}',
        [`${pkg}/align.config.yaml`]: house,
        [`${pkg}/lenient.yaml`]: 'rules:\n  premium-vs-pressure: info\n',
        'align.config.yaml': config,
      });
    expect(rulesOf(withPackage('extends: ["@acme/align-config"]\n'))).toEqual(['premium-vs-pressure error launch-countdown']);
    expect(rulesOf(withPackage('extends: ["@acme/align-config", "@acme/align-config/lenient.yaml"]\n'))).toEqual(['premium-vs-pressure info launch-countdown']);
  });
  test('the shared lexicon is added to the repository’s own, phrase by phrase', () => {
    const dir = fixture({
      ...playbook,
      'shared/house.yaml': 'lexicon:\n  discount: [loyalty credit]\n',
      'align.config.yaml': 'extends: ./shared/house.yaml\nlexicon:\n  discount: [store credit]\n',
    });
    const r = align(['traits', '--config', 'align.config.yaml', '-f', 'json', 'A loyalty credit, or store credit.'], { cwd: dir });
    expect(JSON.stringify(JSON.parse(r.stdout))).toContain('loyalty credit');
    expect(JSON.stringify(JSON.parse(r.stdout))).toContain('store credit');
  });
  test('mistakes are input errors at their place: in the shared file, and at the extends entry', () => {
    const dir = fixture({
      ...playbook,
      'shared/house.yaml': 'strategy: ../strategy.yaml\nrules:\n  premium-vs-presure: error\n',
      'shared/loop.yaml': 'extends: ../align.config.yaml\n',
      'align.config.yaml': 'extends:\n  - ./shared/house.yaml\n  - ./shared/missing.yaml\n  - "@acme/nothing"\n  - ./shared/loop.yaml\n  - ../outside.yaml\n',
    });
    const r = check(dir);
    expect(r.code).toBe(2);
    expect(json(r).findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`)).toEqual([
      'align.config.yaml:3:5 Cannot extend ./shared/missing.yaml: shared/missing.yaml does not exist.',
      'align.config.yaml:4:5 Cannot extend @acme/nothing: the package @acme/nothing is not installed (npm install --save-dev @acme/nothing).',
      'align.config.yaml:6:5 Cannot extend ../outside.yaml: it is outside the repository; install shared configs as a dependency of the repository.',
      "shared/house.yaml:1:1 A shared configuration cannot set strategy: put it in the repository's own align.config.yaml.",
      "shared/house.yaml:3:3 Unknown rule 'premium-vs-presure'. Did you mean 'premium-vs-pressure'?",
      'shared/loop.yaml:1:10 Cannot extend ../align.config.yaml: it extends shared/loop.yaml in turn (a cycle).',
    ]);
  });
  test('a shared config outside the repository is refused, as rulesets are, before looking whether it exists', () => {
    const outer = fixture({
      'elsewhere.yaml': house,
      'repo/strategy.yaml': playbook['strategy.yaml'],
      'repo/tactics.yaml': playbook['tactics.yaml'],
      'repo/align.config.yaml': 'extends: [../elsewhere.yaml, ../nowhere.yaml]\n',
    });
    mkdirSync(join(outer, 'repo', '.git'));
    const r = check(join(outer, 'repo'));
    expect(r.code).toBe(2);
    expect(json(r).findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '1:11 Cannot extend ../elsewhere.yaml: it is outside the repository; install shared configs as a dependency of the repository.',
      '1:30 Cannot extend ../nowhere.yaml: it is outside the repository; install shared configs as a dependency of the repository.',
    ]);
  });
});
