import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Checker, check } from '../src/pipeline.js';
import { json } from '../src/report/json.js';
import { buildReport } from '../src/report/model.js';
import { sarif } from '../src/report/sarif.js';
import { stylish } from '../src/report/stylish.js';
import type { CheckOptions, CheckResult } from '../src/result.js';
import { fixture, root } from './helpers.js';

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

/** What a result prints: the same bytes in every format that shows it whole. */
const printed = (r: CheckResult) => {
  const model = buildReport(r);
  return { json: json(model), sarif: sarif(model, { version: '1.0.0' }), stylish: stylish(model), notes: r.notes ?? [], inputError: r.inputError };
};

describe('a Checker re-runs from one changed file, and gives the bytes a full check gives', () => {
  /** A copy of examples/playbook-repo: a config, a baseline and three tactics files. */
  const repo = () => {
    const dir = fixture({});
    cpSync(join(root, 'examples', 'playbook-repo'), dir, { recursive: true });
    return dir;
  };
  const sdr = join('tactics', 'sdr', 'tactics.yaml');
  const ae = join('tactics', 'ae', 'tactics.yaml');
  const edits: Array<[string, string, (text: string) => string]> = [
    ['a tactic that now offers a deep discount', sdr, (t) => t.replace('with 25% off annual plans', 'with 60% off annual plans')],
    ['a new tactic at the end of a file', ae, (t) => `${t}  - id: flash\n    name: Flash sale\n    kind: promotion\n    messaging: 40% off, today only!\n`],
    ['a YAML syntax error', sdr, (t) => t.replace('tactics:\n', 'tactics:\n  - id: [broken\n')],
    ['a schema error', ae, (t) => t.replace('tactics:\n', 'tactics:\n  - id: bad\n    colour: red\n')],
    ['the strategy: a lower discount ceiling', 'strategy.yaml', (t) => t.replace(/max_discount: .*/, 'max_discount: 5%')],
    ['the strategy: a YAML syntax error', 'strategy.yaml', (t) => `${t}\n  : [\n`],
    ['a file over the size limit', ae, (t) => `${t}# ${'x'.repeat(300_000)}\n`],
    [
      'a byte order mark and CRLF line ends',
      ae,
      (t) => `\ufeff${t}  - id: flash\n    name: Flash sale\n    kind: promotion\n    messaging: 40% off, today only!\n`.replace(/\n/g, '\r\n'),
    ],
  ];
  const options = (dir: string, extra: CheckOptions = {}): CheckOptions => ({ cwd: dir, today: '2026-11-22', maxFileSize: 200_000, ...extra });

  test.each(edits)('%s', (_name, file, edit) => {
    for (const extra of [{}, { baseline: 'align-baseline.json' }, { quiet: true }] as CheckOptions[]) {
      const dir = repo();
      const checker = new Checker(options(dir, extra));
      const before = checker.check();
      const text = edit(readFileSync(join(dir, file), 'utf8'));
      const updated = checker.update(file.split('\\').join('/'), text);
      writeFileSync(join(dir, file), text);
      const full = check(options(dir, extra));
      expect(printed(updated)).toEqual(printed(full));
      expect(printed(updated)).not.toEqual(printed(before));
      // And back: the original text gives the original bytes.
      expect(printed(checker.update(file.split('\\').join('/'), readFileSync(join(root, 'examples', 'playbook-repo', file), 'utf8')))).toEqual(printed(before));
    }
  });

  test('the other files are not read again: their tactics keep the traits they were read with', () => {
    const dir = repo();
    const checker = new Checker(options(dir));
    const before = checker.check().playbook!;
    const text = readFileSync(join(dir, sdr), 'utf8').replace('with 25% off annual plans', 'with 60% off annual plans');
    const after = checker.update('tactics/sdr/tactics.yaml', text).playbook!;
    const traits = (p: typeof before, file: string) => p.tactics.filter((t) => t.at.file === file).map((t) => t.traits);
    expect(traits(after, 'tactics/ae/tactics.yaml')).toEqual(traits(before, 'tactics/ae/tactics.yaml'));
    traits(after, 'tactics/ae/tactics.yaml').forEach((m, i) => {
      expect(m).toBe(traits(before, 'tactics/ae/tactics.yaml')[i]);
    });
    traits(after, 'tactics/sdr/tactics.yaml').forEach((m, i) => {
      expect(m).not.toBe(traits(before, 'tactics/sdr/tactics.yaml')[i]);
    });
    // A change to the strategy rebuilds every tactic (targets resolve against it) and keeps every tactic's traits.
    const strategy = readFileSync(join(dir, 'strategy.yaml'), 'utf8').replace(/max_discount: .*/, 'max_discount: 5%');
    const again = checker.update('strategy.yaml', strategy).playbook!;
    again.tactics.forEach((t, i) => {
      expect(t.traits).toBe(after.tactics[i]!.traits);
      expect(t).not.toBe(after.tactics[i]);
    });
  });

  test('the stages report as they end, for a front end to wrap them (the CLI collects garbage there)', () => {
    const stages: string[] = [];
    const checker = new Checker(options(repo()), { afterStage: (stage, sources) => stages.push(`${stage} ${sources.size}`) });
    checker.check();
    checker.update('tactics/ae/tactics.yaml', readFileSync(join(root, 'examples', 'playbook-repo', ae), 'utf8'));
    // The config, the strategy and three tactics files.
    expect(stages).toEqual(['load 5', 'traits 5', 'rules 5', 'load 5', 'traits 5', 'rules 5']);
  });

  test('a file the check did not read (the config) runs every stage', () => {
    const dir = repo();
    const checker = new Checker(options(dir));
    checker.check();
    const config = `${readFileSync(join(dir, 'align.config.yaml'), 'utf8')}  premium-vs-discount: off\n`;
    writeFileSync(join(dir, 'align.config.yaml'), config);
    expect(printed(checker.update('align.config.yaml', config))).toEqual(printed(check(options(dir))));
  });

  test("the config's new text is read in place of the file, every later run too, and update(file) gives the file back to the disk", () => {
    const dir = repo();
    const checker = new Checker(options(dir));
    const before = printed(checker.check());
    const original = readFileSync(join(dir, 'align.config.yaml'), 'utf8');
    const config = `${original}  premium-vs-discount: off\n`;
    const edited = printed(checker.update('align.config.yaml', config));
    const tactics = readFileSync(join(dir, sdr), 'utf8').replace('with 25% off annual plans', 'with 60% off annual plans');
    const both = printed(checker.update(sdr.split('\\').join('/'), tactics));
    const reverted = printed(checker.update('align.config.yaml'));
    // The disk, as the editor would have saved it.
    writeFileSync(join(dir, 'align.config.yaml'), config);
    expect(edited).toEqual(printed(check(options(dir))));
    writeFileSync(join(dir, sdr), tactics);
    expect(both).toEqual(printed(check(options(dir))));
    writeFileSync(join(dir, 'align.config.yaml'), original);
    expect(reverted).toEqual(printed(check(options(dir))));
    expect(edited).not.toEqual(before);
  });

  test('a tactics file and the strategy given back to the disk (a buffer closed without saving) read the disk again', () => {
    const dir = repo();
    const checker = new Checker(options(dir));
    const before = printed(checker.check());
    const file = sdr.split('\\').join('/');
    checker.update(file, readFileSync(join(dir, sdr), 'utf8').replace('tactics:\n', 'tactics:\n  - id: [broken\n'));
    checker.update('strategy.yaml', readFileSync(join(dir, 'strategy.yaml'), 'utf8').replace(/max_discount: .*/, 'max_discount: 5%'));
    checker.update(file);
    expect(printed(checker.update('strategy.yaml'))).toEqual(before);
  });
});
