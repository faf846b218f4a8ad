// scripts/score-prose.mjs, the project's prose scorer (test/traits/corpus.test.ts holds the reader to
// its floor with it): it counts what the reader got right and wrong, and refuses a bad sentence file.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { fixture, root } from './helpers.js';

const score = (files: Record<string, string>, ...args: string[]) => {
  const dir = fixture(files);
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'score-prose.mjs'), ...args, ...Object.keys(files).map((f) => join(dir, f))], {
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

test('a folder with a labels.yaml is a set of whole playbooks, scored tactic by tactic; a label for a tactic it lacks is refused', () => {
  const tactics = [
    'version: 1',
    'tactics:',
    '  - id: flash',
    '    name: Flash sale',
    '    kind: promotion',
    '    description: "25% off every plan, this weekend only."',
    '  - id: quiet',
    '    name: Quarterly review',
    '    kind: other',
    '    description: "The account team reviews usage with the customer."',
    '',
  ].join('\n');
  const labels = ['- id: flash', '  traits: [discount, pressure]', '- id: quiet', '  traits: [consultative]', ''].join('\n');
  const dir = fixture({ 'set/tactics.yaml': tactics, 'set/labels.yaml': labels });
  const run = (...args: string[]) => spawnSync(process.execPath, [join(root, 'scripts', 'score-prose.mjs'), ...args], { encoding: 'utf8' });
  const r = run('--json', join(dir, 'set'));
  expect(r.status, r.stderr).toBe(0);
  const s = JSON.parse(r.stdout);
  expect(s.tactics).toBe(2);
  expect(s.tp).toBe(2);
  expect(s.misses).toEqual([{ where: 'set quiet', wrong: ['missed consultative'], text: '' }]);
  const bad = fixture({ 'set/tactics.yaml': tactics, 'set/labels.yaml': `${labels}- id: nowhere\n  traits: []\n` });
  const refused = run(join(bad, 'set'));
  expect(refused.status).toBe(2);
  expect(refused.stderr).toContain('set nowhere: no tactic with this id in the set');
  const twice = fixture({ 'a/tactics.yaml': tactics, 'a/labels.yaml': labels, 'b/tactics.yaml': tactics, 'b/labels.yaml': labels });
  const clash = run(join(twice, 'a'), join(twice, 'b'));
  expect(clash.status).toBe(2);
  expect(clash.stderr).toContain('b flash: the id is labelled in a too');
});

test('a sentence labelled with no trait that signals some is a false positive; a label the text does not carry is a miss', () => {
  const r = score(
    {
      'labels.yaml': [
        '- text: "Email blast to all contacts: 25% off with promo code Q4SAVE. Offer ends Friday - act now!"',
        '  traits: []',
        '- text: "Send the signed order form to finance."',
        '  traits: [consultative]',
        '  field: messaging',
        '',
      ].join('\n'),
    },
    '--json',
  );
  expect(r.code, r.stderr).toBe(0);
  const s = JSON.parse(r.stdout);
  expect(s.sentences).toBe(2);
  expect(s.exact).toBe(0);
  expect(s.fp).toBeGreaterThanOrEqual(2);
  expect(s.perTrait.consultative).toEqual({ tp: 0, fp: 0, fn: 1 });
  expect(s.precision).toBe(0);
  expect(s.recall).toBe(0);
  expect(s.misses.map((m: { where: string }) => m.where)).toEqual(['labels.yaml entry 1', 'labels.yaml entry 2']);
  expect(s.misses[1].wrong).toEqual(['missed consultative']);
});

test('the text report ends with the totals line the floors are read from', () => {
  const r = score({ 'one.yaml': '- text: "Send the signed order form to finance."\n  traits: []\n' });
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('precision 1.000 recall 1.000 (tp 0, fp 0, fn 0)');
});

test('a bad sentence file is refused with its place (exit 2)', () => {
  expect(score({ 'bad.yaml': '- text: "Ten percent off"\n  traits: [cheap]\n' })).toMatchObject({
    code: 2,
    stderr: "score-prose: bad.yaml entry 1: unknown trait 'cheap'\n",
  });
  expect(score({ 'bad.yaml': 'text: not a list\n' })).toMatchObject({ code: 2 });
  expect(score({})).toMatchObject({ code: 2, stderr: 'score-prose: name the sentence files or folders to score\n' });
});

test('--statistical-check reads with the check on: a date that is only a step in a plan is set aside', () => {
  const files = { 's.yaml': '- text: "Mutual action plan agreed with procurement: legal review by 10 Feb, PO by 28 Feb."\n  traits: [consultative]\n' };
  const rules = score(files, '--json');
  const checked = score(files, '--json', '--statistical-check');
  expect(rules.code, rules.stderr).toBe(0);
  expect(checked.code, checked.stderr).toBe(0);
  expect([JSON.parse(rules.stdout).fp, JSON.parse(checked.stdout).fp]).toEqual([1, 0]);
});
