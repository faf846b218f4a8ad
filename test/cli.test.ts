import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { VERSION } from '../src/version.js';
import { align, alignInProcess, bin, cases, fixture, json, root, tempDir } from './helpers.js';

const today = ['--today', '2026-11-01'];
const caseArgs = (name: string) => [join(cases, name, 'strategy.yaml'), join(cases, name, 'tactics.yaml')];
const read = (name: string, file: string) => readFileSync(join(cases, name, file), 'utf8');

describe('stylish output', () => {
  const r = align(['check', 'strategy.yaml', 'tactics.yaml', ...today], { cwd: join(cases, 'premium-discount') });
  test('groups by file, shows position, severity, message, rule, excerpt and the strategy line', () => {
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('tactics.yaml\n');
    expect(r.stdout).toMatch(/ {2}10:17 +error +Tactic 'q4-promo' offers a 25% discount, which undermines/);
    expect(r.stdout).toContain('premium-vs-discount');
    expect(r.stdout).toMatch(/10 \| {7}discount: 25%\n +\| {17}\^\^\^/);
    expect(r.stdout).toContain('= strategy.yaml:7:9  positioning.tier: premium');
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('✖ 5 problems (4 errors, 0 warnings, 1 info) in 5 tactics and 1 objective');
    expect(r.stderr).toBe('');
  });
  test('fits an 80-column terminal', () => {
    for (const line of r.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
  });
  test('has no colour when not a terminal, colour with FORCE_COLOR, none with NO_COLOR or --no-color', () => {
    expect(r.stdout).not.toContain('\u001b[');
    const forced = align(['check', ...caseArgs('premium-discount'), ...today], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[31m');
    expect(align(['check', ...caseArgs('premium-discount'), ...today], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(align(['check', ...caseArgs('premium-discount'), ...today, '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });
  test('an aligned playbook says so and exits 0', () => {
    const ok = align(['check', ...today], { cwd: join(cases, 'aligned') });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe('✔ No mismatches: 6 tactics and 2 objectives checked against the strategy.\n');
  });
});

describe('json output', () => {
  test('is one document with the documented shape', async () => {
    const r = await alignInProcess(['check', '--format', 'json', ...today], { cwd: join(cases, 'premium-discount') });
    const report = json(r);
    expect(Object.keys(report)).toEqual(['version', 'findings', 'summary']);
    expect(report.summary).toEqual({ error: 4, warning: 0, info: 1, files: 2, tactics: 5, objectives: 1, score: { tactics: 60, objectives: 100 } });
    const f = report.findings.find((x) => x.ruleId === 'premium-vs-discount' && x.tactic === 'cheap-webinar')!;
    expect(f).toEqual({
      ruleId: 'premium-vs-discount',
      severity: 'error',
      message: expect.stringContaining("Tactic 'cheap-webinar' offers a 20% discount"),
      file: 'tactics.yaml',
      line: 17,
      column: 32,
      endLine: 17,
      endColumn: 39,
      tactic: 'cheap-webinar',
      objective: null,
      evidence: '20% off',
      related: [{ file: 'strategy.yaml', line: 7, column: 9, message: 'positioning.tier: premium' }],
      docs: 'docs/rules.md#premium-vs-discount',
    });
  });
  test('paths are relative to the working directory with / separators', async () => {
    const r = await alignInProcess(['check', 'premium-discount/strategy.yaml', 'premium-discount/tactics.yaml', '-f', 'json', ...today], { cwd: cases });
    expect(new Set(json(r).findings.map((f) => f.file))).toEqual(new Set(['premium-discount/tactics.yaml']));
  });
  test('is byte-identical across runs', () => {
    const a = align(['check', '-f', 'json', ...today], { cwd: join(cases, 'guardrails-waivers') });
    const b = align(['check', '-f', 'json', ...today], { cwd: join(cases, 'guardrails-waivers') });
    expect(a.stdout).toBe(b.stdout);
  });
});

describe('exit codes and options', () => {
  test('--version alone answers without loading the CLI, and says what the CLI says', () => {
    for (const flag of ['--version', '-v']) expect(align([flag])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    // With anything else on the line, the CLI itself answers: the same version.
    expect(align(['--version', '--no-color'])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });
  const health = ['check', ...caseArgs('metrics-and-health'), ...today];
  test('warnings alone exit 0 by default', () => expect(align(health).code).toBe(0));
  test('--fail-on warning, info and never', () => {
    expect(align([...health, '--fail-on', 'warning']).code).toBe(1);
    expect(align([...health, '--fail-on', 'info']).code).toBe(1);
    expect(align(['check', ...caseArgs('premium-discount'), ...today, '--fail-on', 'never']).code).toBe(0);
  });
  test('--max-warnings', () => {
    expect(align([...health, '--max-warnings', '0']).code).toBe(1);
    expect(align([...health, '--max-warnings', '100']).code).toBe(0);
  });
  test('-q reports errors only', () => {
    const r = align(['check', ...caseArgs('premium-discount'), ...today, '-q', '-f', 'json']);
    expect(json(r).findings.map((f) => f.severity)).toEqual(['error', 'error', 'error', 'error']);
    expect(json(r).summary.info).toBe(0);
  });
  test('--rule overrides and turns rules off', () => {
    const r = align([
      'check',
      ...caseArgs('premium-discount'),
      ...today,
      '-f',
      'json',
      '--rule',
      'discount-over-policy=off',
      '--rule',
      'premium-vs-discount=warning',
    ]);
    const ids = json(r).findings.map((f) => `${f.ruleId}:${f.severity}`);
    expect(ids).not.toContain('discount-over-policy:error');
    expect(ids).toContain('premium-vs-discount:warning');
    expect(r.code).toBe(0);
  });
  test('usage errors exit 2 with a message on stderr', () => {
    const bad = [
      [['--rule', 'premium-vs-discont=off'], "Unknown rule 'premium-vs-discont' in --rule. Did you mean 'premium-vs-discount'?"],
      [['--rule', 'orphan-tactic=warn'], "'warn' is not a severity in --rule orphan-tactic=warn. Did you mean 'warning'?"],
      [['--rule', 'orphan-tactic'], '--rule takes ID=SEVERITY'],
      [['--format', 'jsn'], "Unknown format 'jsn'. Did you mean 'json'?"],
      [['--fail-on', 'errors'], '--fail-on takes one of'],
      [['--max-warnings', 'many'], '--max-warnings takes a whole number'],
      [['--today', '2026-13-01'], '--today takes a date as YYYY-MM-DD'],
    ] as const;
    for (const [args, message] of bad) {
      const r = align(['check', ...caseArgs('aligned'), ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(align(['chek']).code).toBe(2);
    expect(align(['check', '--bogus']).code).toBe(2);
    expect(align(['--help']).code).toBe(0);
  });
  test('ALIGN_TODAY fixes today like --today', () => {
    const a = align(['check', ...caseArgs('aligned'), '-f', 'json'], { env: { ALIGN_TODAY: '2027-12-01' } });
    expect(json(a).findings.map((f) => f.ruleId)).toEqual(['stale-strategy']);
  });
  test('-o writes the report to a file', () => {
    const dir = fixture({});
    const out = join(dir, 'report.json');
    const r = align(['check', ...caseArgs('premium-discount'), ...today, '-f', 'json', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).summary.error).toBe(4);
    expect(align(['check', ...caseArgs('aligned'), '-o', join(dir, 'no', 'such', 'dir', 'x.txt')]).code).toBe(2);
  });
});

describe('bad input: exit 2, file and position, never a stack trace', () => {
  const good = { 'strategy.yaml': read('aligned', 'strategy.yaml'), 'tactics.yaml': read('aligned', 'tactics.yaml') };
  const expectInputError = (files: Record<string, string | Uint8Array>, args: string[], rule: string, message: RegExp, at?: [string, number, number]) => {
    const dir = fixture(files);
    // One run, both reports: the human one on standard output, the JSON one in a file outside the playbook.
    const out = join(tempDir(), 'report.json');
    const human = align(['check', ...args, '-f', 'stylish', '-f', `json=${out}`, ...today], { cwd: dir });
    const r = { ...human, stdout: existsSync(out) ? readFileSync(out, 'utf8') : '' };
    expect(human.code, human.stdout + human.stderr).toBe(2);
    expect(human.stderr).toBe('');
    const f = json(r).findings.find((x) => x.ruleId === rule)!;
    expect(f, r.stdout).toBeDefined();
    expect(f.message).toMatch(message);
    if (at) expect([f.file, f.line, f.column]).toEqual(at);
    expect(human.stdout).toMatch(/input errors?: the playbook could not be checked/);
    expect(human.stdout + human.stderr).not.toMatch(/\n\s+at .*\.js/);
  };
  test('a missing file', () => expectInputError(good, ['nope.yaml', 'tactics.yaml'], 'input', /File not found: nope\.yaml/, ['nope.yaml', 1, 1]));
  test('a folder where a file belongs', () => {
    const dir = { ...good, 'sub/x.txt': 'x' };
    expectInputError(dir, ['sub', 'tactics.yaml'], 'input', /sub is a folder/);
  });
  test('an empty file', () => expectInputError({ ...good, 'strategy.yaml': '# nothing yet\n' }, [], 'schema', /strategy\.yaml is empty/));
  test('a YAML syntax error', () =>
    expectInputError({ ...good, 'tactics.yaml': 'version: 1\ntactics:\n  - id: a\n    name: "A\n' }, [], 'yaml-syntax', /never closed/, [
      'tactics.yaml',
      4,
      11,
    ]));
  test('a colon inside unquoted text', () =>
    expectInputError(
      { ...good, 'tactics.yaml': 'version: 1\ntactics:\n  - id: a\n    name: A\n    kind: demo\n    description: Email blast to all contacts: 25% off\n' },
      [],
      'yaml-syntax',
      /put the whole text in quotes/,
      ['tactics.yaml', 6, 18],
    ));
  test('a schema error with a suggestion', () =>
    expectInputError(
      { ...good, 'tactics.yaml': 'version: 1\ntactics:\n  - id: a\n    name: A\n    kind: demo\n    chanel: email\n' },
      [],
      'schema',
      /Unknown key 'chanel' in tactics\[0\]\. Did you mean 'channel'\?/,
      ['tactics.yaml', 6, 5],
    ));
  test('an unsupported version', () =>
    expectInputError(
      { ...good, 'tactics.yaml': 'version: 2\ntactics: []\n' },
      [],
      'schema',
      /Unsupported format version: 'version' must be 1, not the number 2\./,
      ['tactics.yaml', 1, 10],
    ));
  test('a UTF-16 file', () =>
    expectInputError({ ...good, 'strategy.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('version: 1\n', 'utf16le')]) }, [], 'input', /UTF-16/));
  test('bytes that are not UTF-8', () =>
    expectInputError({ ...good, 'strategy.yaml': Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xe9, 0x0a]) }, [], 'input', /not valid UTF-8/));
  test('every error in every file in one run', () => {
    const dir = fixture({ 'strategy.yaml': read('schema-errors', 'strategy.yaml'), 'tactics.yaml': read('schema-errors', 'tactics.yaml') });
    const r = align(['check', '-f', 'json'], { cwd: dir });
    const where = json(r).findings.map((f) => `${f.file}:${f.line}`);
    expect(where).toEqual(['strategy.yaml:3', 'strategy.yaml:4', 'strategy.yaml:11', 'tactics.yaml:5', 'tactics.yaml:7']);
  });
  test('a bad config file', () => {
    const config = [
      'rules:',
      '  orphan-tactc: off',
      '  unmeasured-tactic: loud',
      '  my-rule:',
      '    message: Hi',
      '    forbid: { chanel: phone }',
      '  no-op:',
      '    message: Nothing to check',
      '  duplicate-id:',
      '    message: Mine',
      '    forbid: { kind: demo }',
      'lexicn: {}',
    ].join('\n');
    const dir = fixture({ ...good, 'align.config.yaml': config });
    const r = align(['check', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(json(r).findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`)).toEqual([
      "align.config.yaml:2:3 Unknown rule 'orphan-tactc'. Did you mean 'orphan-tactic'?",
      "align.config.yaml:3:22 'loud' is not a severity for rule 'unmeasured-tactic'. Use one of: error, warning, info, off.",
      "align.config.yaml:6:15 Custom rule 'my-rule': Unknown tactic field 'chanel'. Did you mean 'channel'?",
      "align.config.yaml:7:3 Custom rule 'no-op' needs a 'forbid' or a 'require' condition.",
      "align.config.yaml:9:3 Custom rule 'duplicate-id' has the id of a built-in rule; give it its own id.",
      "align.config.yaml:12:1 Unknown key 'lexicn'. Did you mean 'lexicon'?",
    ]);
  });
});

describe('config discovery', () => {
  const good = { 'strategy.yaml': read('aligned', 'strategy.yaml'), 'tactics.yaml': read('aligned', 'tactics.yaml') };
  test('the nearest align.config.yaml upwards from the working directory, paths relative to it', async () => {
    const dir = fixture({
      'playbook/strategy.yaml': good['strategy.yaml'],
      'playbook/tactics.yaml': good['tactics.yaml'],
      'align.config.yaml': 'strategy: playbook/strategy.yaml\ntactics: playbook/tactics.yaml\nrules:\n  stale-strategy: error\n',
      'deep/er/.keep': '',
    });
    const r = await alignInProcess(['check', '-f', 'json', '--today', '2027-12-01'], { cwd: join(dir, 'deep', 'er') });
    expect(r.code).toBe(1);
    expect(json(r).findings.map((f) => `${f.ruleId}:${f.severity}:${f.file}`)).toEqual(['stale-strategy:error:../../playbook/strategy.yaml']);
  });
  test('.align.yaml works too, and the search stops at the repository root', async () => {
    const dir = fixture({ ...good, '.align.yaml': 'rules:\n  stale-strategy: off\n' });
    expect(json(await alignInProcess(['check', '-f', 'json', '--today', '2027-12-01'], { cwd: dir })).findings).toEqual([]);
    const inner = join(dir, 'inner');
    mkdirSync(join(inner, '.git'), { recursive: true });
    const r = await alignInProcess(['check', join(dir, 'strategy.yaml'), join(dir, 'tactics.yaml'), '-f', 'json', '--today', '2027-12-01'], { cwd: inner });
    expect(json(r).findings.map((f) => f.ruleId)).toEqual(['stale-strategy']);
  });
  test('--config names the file; a missing one is an input error', async () => {
    const dir = fixture({ ...good, 'cfg/strict.yaml': 'rules:\n  stale-strategy: error\n' });
    // A config elsewhere looks for the defaults beside it (cfg/), so the playbook here is named.
    expect((await alignInProcess(['check', '-c', 'cfg/strict.yaml', 'strategy.yaml', 'tactics.yaml', '--today', '2027-12-01'], { cwd: dir })).code).toBe(1);
    const r = await alignInProcess(['check', '-c', 'cfg/nope.yaml', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(json(r).findings[0]!.message).toBe('Config file not found: cfg/nope.yaml.');
  });
  test('--rule wins over the config', async () => {
    const dir = fixture({ ...good, 'align.config.yaml': 'rules:\n  stale-strategy: error\n' });
    expect((await alignInProcess(['check', '--today', '2027-12-01', '--rule', 'stale-strategy=info'], { cwd: dir })).code).toBe(0);
  });
  test('rulesets, lexicon, metrics and segments', async () => {
    const dir = fixture({
      ...good,
      'rules/house.yaml': 'rules:\n  no-sms:\n    message: We do not text buyers\n    forbid: { channel: sms }\n',
      'align.config.yaml': 'rulesets: [rules/house.yaml]\nlexicon:\n  discount: [loyalty credit]\nmetrics:\n  activity: [qbrs-held]\n',
      'tactics.yaml': `${good['tactics.yaml']}  - id: texts\n    name: Renewal texts\n    kind: follow-up\n    channel: sms\n    targets: [midmarket-tech]\n    supports: [grow-nrr]\n    messaging: A loyalty credit at renewal.\n    metrics: [qbrs-held]\n`,
    });
    const r = await alignInProcess(['check', '-f', 'json', ...today], { cwd: dir });
    expect(
      json(r)
        .findings.map((f) => `${f.ruleId}:${f.tactic}`)
        .sort(),
    ).toEqual(['activity-metrics-only:texts', 'no-sms:texts', 'premium-vs-discount:texts']);
  });
});

describe('many tactics files and folders', () => {
  test('ids are unique across files; each finding names its own file', async () => {
    const s = read('aligned', 'strategy.yaml');
    const t = parse(read('aligned', 'tactics.yaml')) as { tactics: unknown[] };
    const dir = fixture({
      'strategy.yaml': s,
      'tactics/a.yaml': stringify({ version: 1, tactics: t.tactics.slice(0, 3) }),
      'tactics/b/c.yml': stringify({ version: 1, tactics: t.tactics.slice(2) }),
      'tactics/notes.txt': 'ignored',
    });
    const r = await alignInProcess(['check', '-f', 'json', ...today], { cwd: dir });
    expect(json(r).findings.map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.message}`)).toEqual([
      "duplicate-id tactics/b/c.yml:3 Tactic id 'tailored-demo' is used more than once. Give each tactic its own id.",
    ]);
    expect(json(r).summary.files).toBe(3);
  });
  test('a folder of tactics skips the strategy and config files in it', async () => {
    const dir = fixture({
      'strategy.yaml': read('aligned', 'strategy.yaml'),
      'tactics.yaml': read('aligned', 'tactics.yaml'),
      'align.config.yaml': 'rules: {}\n',
    });
    const r = await alignInProcess(['check', 'strategy.yaml', '.', '-f', 'json', ...today], { cwd: dir });
    expect(r.code).toBe(0);
    expect(json(r).summary).toMatchObject({ files: 3, tactics: 6 });
  });
  test('an empty folder is an input error', async () => {
    const dir = fixture({ 'strategy.yaml': read('aligned', 'strategy.yaml'), 'tactics/readme.md': '#' });
    const r = await alignInProcess(['check', 'strategy.yaml', 'tactics', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(json(r).findings[0]!.message).toMatch(/No tactics files/);
  });
});

describe('order independence', () => {
  test('reversing the tactics changes no finding but its position', async () => {
    const tactics = parse(read('pressure-and-mass', 'tactics.yaml')) as { tactics: unknown[] };
    const strategy = read('pressure-and-mass', 'strategy.yaml');
    const a = fixture({ 'strategy.yaml': strategy, 'tactics.yaml': stringify(tactics) });
    const b = fixture({ 'strategy.yaml': strategy, 'tactics.yaml': stringify({ ...tactics, tactics: [...tactics.tactics].reverse() }) });
    const strip = async (dir: string) =>
      json(await alignInProcess(['check', '-f', 'json', ...today], { cwd: dir }))
        .findings.map(({ line, column, endLine, endColumn, ...rest }) => JSON.stringify(rest))
        .sort();
    const fa = await strip(a);
    expect(fa.length).toBeGreaterThan(3);
    expect(await strip(b)).toEqual(fa);
    expect(existsSync(join(a, 'tactics.yaml'))).toBe(true);
  });
});

describe('tactics on standard input (TACTICS -), as editors pipe an unsaved buffer', () => {
  const lumen = join(root, 'examples', 'lumen-audio');
  const pipe = (args: string[], input: string | Buffer) =>
    spawnSync(process.execPath, [bin, 'check', ...args, '--today', '2026-11-22'], { cwd: lumen, input, encoding: 'utf8' });
  test('named with --stdin-filename, the findings are those of the file', () => {
    const text = readFileSync(join(lumen, 'tactics.yaml'), 'utf8');
    const r = pipe(['strategy.yaml', '-', '--stdin-filename', 'tactics.yaml', '-f', 'json'], text);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(align(['check', 'strategy.yaml', 'tactics.yaml', '-f', 'json', '--today', '2026-11-22'], { cwd: lumen }).stdout);
  });
  test('unnamed, it is <stdin>; an input error there is located and exits 2; bytes that are not UTF-8 are refused', () => {
    const r = pipe(['strategy.yaml', '-', '-f', 'compact'], 'version: 1\ntactics:\n  - id: [x\n');
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/^<stdin>:4:1: error YAML syntax error/);
    const bad = pipe(['strategy.yaml', '-'], Buffer.from([0xff, 0xfe, 0x41]));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('align: Standard input is not UTF-8 text; save the tactics as UTF-8.\n');
  });
});

test('--since with tactics on standard input compares them with the file they are named after at the ref', () => {
  const lumen = join(root, 'examples', 'lumen-audio');
  const tactics = readFileSync(join(lumen, 'tactics.yaml'), 'utf8');
  const dir = fixture({ 'strategy.yaml': readFileSync(join(lumen, 'strategy.yaml'), 'utf8'), 'tactics.yaml': tactics });
  const git = (...args: string[]) => spawnSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=T', ...args], { cwd: dir });
  spawnSync('rm', ['-rf', join(dir, '.git')]);
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'base');
  const edited = `${tactics}  - id: flash\n    name: Flash sale\n    kind: promotion\n    supports: [partner-sell-through]\n    metrics: [win-rate]\n    messaging: 30% off, today only!\n`;
  const r = spawnSync(
    process.execPath,
    [bin, 'check', 'strategy.yaml', '-', '--stdin-filename', 'tactics.yaml', '--since', 'HEAD', '-f', 'json', '--today', '2026-11-22'],
    {
      cwd: dir,
      input: edited,
      encoding: 'utf8',
    },
  );
  expect(r.stderr).toBe('');
  expect([...new Set((JSON.parse(r.stdout) as { findings: Array<{ tactic: string }> }).findings.map((f) => f.tactic))]).toEqual(['flash']);
});
