import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { generatedFiles } from '../src/generated.js';
import { strategyFile } from '../src/load/schema.js';
import { stripExtensions } from '../src/load/validate.js';
import { BUILTIN_IDS } from '../src/rules/registry.js';
import { align, alignInProcess, cases, fixture, json, type Run, root } from './helpers.js';

/** `align schema KIND` run from the project root: the same command in several tests, run once per kind. */
const printed = new Map<string, Run>();
const schema = (kind: string): Run => {
  if (!printed.has(kind)) printed.set(kind, align(['schema', kind]));
  return printed.get(kind)!;
};

describe('align rules', () => {
  test('lists every built-in rule with severity and origin', async () => {
    const r = await alignInProcess(['rules'], { cwd: fixture({}) });
    expect(r.code).toBe(0);
    for (const id of BUILTIN_IDS) expect(r.stdout).toMatch(new RegExp(`^${id} +(error|warning|info) +built-in$`, 'm'));
    expect(r.stdout).toContain("21 rules (0 off). 'align explain RULE'");
  });
  test('shows custom rules and effective severities from the config, as JSON too', async () => {
    const dir = fixture({
      'align.config.yaml':
        'rules:\n  orphan-tactic: off\n  no-sms:\n    message: No texts\n    description: We never text buyers\n    forbid: { channel: sms }\n',
    });
    const r = await alignInProcess(['rules', '--format', 'json'], { cwd: dir });
    const rules = JSON.parse(r.stdout).rules as Array<Record<string, string>>;
    expect(rules.find((x) => x.id === 'orphan-tactic')).toEqual({
      id: 'orphan-tactic',
      severity: 'off',
      defaultSeverity: 'warning',
      origin: 'built-in',
      summary: 'Every tactic supports at least one objective.',
    });
    expect(rules.find((x) => x.id === 'no-sms')).toEqual({
      id: 'no-sms',
      severity: 'warning',
      defaultSeverity: 'warning',
      origin: 'align.config.yaml',
      summary: 'We never text buyers',
    });
    expect((await alignInProcess(['rules'], { cwd: dir })).stdout).toMatch(/^no-sms +warning +custom \(align\.config\.yaml\)$/m);
  });
  test('a bad config is reported with its location and exit 2', async () => {
    const r = await alignInProcess(['rules'], { cwd: fixture({ 'align.config.yaml': 'rules:\n  orphan-tactc: off\n' }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("align.config.yaml:2:3: Unknown rule 'orphan-tactc'. Did you mean 'orphan-tactic'?\n");
  });
});

describe('align explain', () => {
  test.each(BUILTIN_IDS)('%s: rationale, condition or note, examples', async (id) => {
    const r = await alignInProcess(['explain', id], { cwd: fixture({}) });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^${id}  \\(`));
    expect(r.stdout).toContain('\nWhy\n');
    expect(r.stdout).toContain('\nCondition\n');
    expect(r.stdout).toContain('\nFails\n');
    expect(r.stdout).toContain('\nPasses\n');
    expect(r.stdout.split('\nPasses\n')[0]).toContain('→ ');
    expect(r.stdout.split('\nPasses\n')[1]).toContain('→ no finding');
  });
  test('shows a rule written as data in the rule language', async () => {
    const r = await alignInProcess(['explain', 'product-led-vs-gated'], { cwd: fixture({}) });
    expect(r.stdout).toContain('Condition\n  when:\n    motion: product-led\n  forbid:\n    traits: gated\n');
  });
  test('works for custom rules', async () => {
    const dir = fixture({ 'align.config.yaml': 'rules:\n  no-sms:\n    severity: error\n    message: No texts to buyers\n    forbid: { channel: sms }\n' });
    const r = await alignInProcess(['explain', 'no-sms'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'no-sms  (error, defined in align.config.yaml)\nNo texts to buyers\n\nWhy\n  No texts to buyers\n\nCondition\n  forbid:\n    channel: sms\n',
    );
  });
  test('an unknown rule gets a suggestion and exit 2', async () => {
    const r = await alignInProcess(['explain', 'orphan-tactics'], { cwd: fixture({}) });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("align: Unknown rule 'orphan-tactics'. Did you mean 'orphan-tactic'? Run 'align rules' to list the rules.\n");
  });
});

describe('align init', () => {
  test('writes a starter playbook that checks clean, and says what it wrote', async () => {
    const dir = fixture({});
    const r = await alignInProcess(['init', 'playbook'], { cwd: dir });
    expect(r.code).toBe(0);
    for (const f of ['strategy.yaml', 'tactics.yaml', 'align.config.yaml']) {
      expect(r.stdout).toContain(`wrote ${join(dir, 'playbook', f)}`);
      expect(readFileSync(join(dir, 'playbook', f), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\S+\.schema\.json\n/);
    }
    const c = await alignInProcess(['check', '-f', 'json'], { cwd: join(dir, 'playbook') });
    expect(c.code).toBe(0);
    expect(json(c).findings).toEqual([]);
    expect(json(c).summary).toMatchObject({ files: 3, tactics: 2, objectives: 1 });
  });
  test('run from outside the project (npx, a global install), the schema line points at schemas written beside the playbook', async () => {
    const dir = fixture({});
    const r = await alignInProcess(['init'], { cwd: dir });
    expect(r.stdout).toContain(`wrote ${join(dir, 'schemas', 'strategy.schema.json')}`);
    for (const kind of ['strategy', 'tactics', 'config']) {
      const file = kind === 'config' ? 'align.config.yaml' : `${kind}.yaml`;
      expect(readFileSync(join(dir, file), 'utf8').split('\n')[0]).toBe(`# yaml-language-server: $schema=./schemas/${kind}.schema.json`);
      expect(readFileSync(join(dir, 'schemas', `${kind}.schema.json`), 'utf8')).toBe(readFileSync(join(root, 'schemas', `${kind}.schema.json`), 'utf8'));
    }
  });
  test('align schema --write refreshes the schemas in a folder; a kind alone is printed', async () => {
    const dir = fixture({});
    const r = await alignInProcess(['schema', '--write', 'schemas'], { cwd: dir });
    expect(r.stdout).toBe('wrote schemas/strategy.schema.json\nwrote schemas/tactics.schema.json\nwrote schemas/config.schema.json\n');
    expect(readFileSync(join(dir, 'schemas', 'tactics.schema.json'), 'utf8')).toBe(schema('tactics').stdout);
    const none = await alignInProcess(['schema'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('align: Name a schema: strategy, tactics, config (or --write DIR for all three).\n');
  });
  test('never overwrites without --force', async () => {
    const dir = fixture({ 'tactics.yaml': 'mine\n' });
    const r = await alignInProcess(['init'], { cwd: dir });
    expect(r.stdout).toContain(`kept ${join(dir, 'tactics.yaml')} (it exists; --force overwrites it)`);
    expect(readFileSync(join(dir, 'tactics.yaml'), 'utf8')).toBe('mine\n');
    await alignInProcess(['init', '--force'], { cwd: dir });
    expect(readFileSync(join(dir, 'tactics.yaml'), 'utf8')).toContain('tactics:');
  });
});

describe('align schema and the published schemas', () => {
  const validator = (kind: string) => new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(schema(kind).stdout));
  test('prints each kind; an unknown kind exits 2 with a suggestion', () => {
    for (const kind of ['strategy', 'tactics', 'config']) {
      const r = schema(kind);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    }
    const r = align(['schema', 'tactic']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Unknown schema 'tactic'. Did you mean 'tactics'?");
  });
  test('describes fields and lists enums for editors', () => {
    const s = JSON.parse(schema('tactics').stdout);
    const tactic = s.properties.tactics.items;
    expect(tactic.properties.kind.examples).toContain('outreach-sequence');
    expect(tactic.properties.kind.patternErrorMessage).toMatch(/^Use one of: outreach-sequence, /);
    expect(tactic.properties.supports.description).toBe('the objective ids this tactic serves');
    expect(tactic.additionalProperties).toBe(false);
    expect(tactic.patternProperties).toEqual({ '^x_': {} });
  });
  test('validate every example and conformance playbook, and reject the schema-errors case', () => {
    const strategy = validator('strategy');
    const tactics = validator('tactics');
    const config = validator('config');
    const dirs = [
      ...['northwind-ops-cloud', 'kiln-dev-platform', 'lumen-audio', 'atlas-treasury'].map((d) => join(root, 'examples', d)),
      ...['aligned', 'custom-rules', 'guardrails-waivers', 'markets', 'metrics-and-health', 'premium-discount', 'pressure-and-mass', 'references-coverage'].map(
        (d) => join(cases, d),
      ),
    ];
    for (const d of dirs) {
      const read = (f: string) => parse(readFileSync(join(d, f), 'utf8'));
      expect(strategy(read('strategy.yaml')), `${d}/strategy.yaml ${JSON.stringify(strategy.errors)}`).toBe(true);
      expect(tactics(read('tactics.yaml')), `${d}/tactics.yaml ${JSON.stringify(tactics.errors)}`).toBe(true);
      if (existsSync(join(d, 'align.config.yaml'))) expect(config(read('align.config.yaml')), d).toBe(true);
    }
    const bad = join(cases, 'schema-errors');
    expect(strategy(parse(readFileSync(join(bad, 'strategy.yaml'), 'utf8')))).toBe(false);
    expect(tactics(parse(readFileSync(join(bad, 'tactics.yaml'), 'utf8')))).toBe(false);
  });
  test('the config schema knows the severities, the same list the CLI accepts', () => {
    const config = validator('config');
    expect(config({ rules: { 'orphan-tactic': 'warning', 'unmeasured-tactic': 'off' } })).toBe(true);
    expect(config({ rules: { 'orphan-tactic': 'warnign' } })).toBe(false);
  });
  test('accept exactly what the checker accepts: enums in any case, durations, percentages, severities', () => {
    const strategy = validator('strategy');
    const config = validator('config');
    const base = parse(readFileSync(join(root, 'examples', 'lumen-audio', 'strategy.yaml'), 'utf8'));
    const cases: Array<[string, (v: unknown) => object, unknown[]]> = [
      ['positioning', (v) => ({ ...base, positioning: v }), ['Premium', ' premium ', 'PREMIUM', 'Value', 'premiums', 'luxury', '']],
      ['positioning.tier', (v) => ({ ...base, positioning: { tier: v } }), ['Mainstream', 'mainstream', 'main stream', 7]],
      ['motion', (v) => ({ ...base, motion: v }), ['Consultative', ['Channel', 'transactional'], 'consult', [], ['channel', 'PLG']]],
      [
        'review_every',
        (v) => ({ ...base, review_every: v }),
        ['3m', '3 M', '12w', ' 1y ', 'Quarterly', 'ANNUALLY', '0d', '00d', '10d', '3 monthz', 'weekly', 3],
      ],
      [
        'pricing.max_discount',
        (v) => ({ ...base, pricing: { max_discount: v } }),
        ['20%', '20 PERCENT', '20 Per Cent', '0.2', 0.2, 20, 100, '100%', '100.0%', '0050%', 150, '150%', '100.5%', -5, '-5%', '20 pct', '1e2'],
      ],
      ['objectives[0].horizon', (v) => ({ ...base, objectives: [{ ...base.objectives[0], horizon: v }] }), ['Long-Term', 'annual', 'yearly']],
    ];
    for (const [field, make, values] of cases) {
      for (const v of values) {
        const data = make(v);
        const cli = strategyFile.safeParse(stripExtensions(data)).success;
        expect(strategy(data), `${field}: ${JSON.stringify(v)} (the checker ${cli ? 'accepts' : 'rejects'} it)`).toBe(cli);
      }
    }
    for (const severity of ['Warning', ' off ', 'ERROR', 'warn', 'fatal']) {
      const accepted = ['error', 'warning', 'info', 'off'].includes(severity.trim().toLowerCase());
      expect(config({ rules: { 'orphan-tactic': severity } }), severity).toBe(accepted);
      expect(config({ rules: { 'my-rule': { message: 'm', forbid: { channel: 'sms' }, severity } } }), severity).toBe(accepted);
    }
  });
  test('schemas/ and docs/rules.md are up to date (run npm run generate)', () => {
    for (const [path, text] of Object.entries(generatedFiles())) expect(readFileSync(join(root, path), 'utf8'), path).toBe(text);
  });
});

describe('docs links', () => {
  test('each JSON finding links to its section of docs/rules.md', async () => {
    const r = await alignInProcess(['check', '-f', 'json', '--today', '2026-11-22'], { cwd: join(root, 'examples', 'lumen-audio') });
    const f = json(r).findings[0]!;
    expect(f.docs).toBe('docs/rules.md#premium-vs-pressure');
    expect(readFileSync(join(root, 'docs', 'rules.md'), 'utf8')).toContain('\n## premium-vs-pressure\n');
    const bad = await alignInProcess(['check', '-f', 'json'], { cwd: join(cases, 'schema-errors') });
    expect(json(bad).findings[0]!.docs).toBe('docs/rules.md#input-errors');
  });
});
