import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { align, bin, tempDir } from '../helpers.js';

describe('align traits', () => {
  test('prints each signal with its words and rule, and what was cancelled and why', () => {
    const r = align(['traits', 'Two months free, this weekend only.', 'We never use countdown timers; the 9% discount rate is for the model.']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'Two months free, this weekend only.',
        '  discount    "Two months free"  (free period or extras)',
        '  pressure    "this weekend only"  (time limit)',
        '',
        'We never use countdown timers; the 9% discount rate is for the model.',
        '  signals no trait',
        '  -           "countdown" is not pressure: negated by "never" (a negation before it)',
        '  -           "9% discount" is not discount: another sense: "{amount} ~1 discount rate|rates|factor"',
        '  -           "discount" is not discount: another sense: "{amount} ~1 discount rate|rates|factor"',
        '',
      ].join('\n'),
    );
  });

  test('--format json gives spans, the rule, reasons and the numbers it read', () => {
    const r = align(['traits', '-f', 'json', 'Fifteen percent off until Friday']);
    expect(r.code).toBe(0);
    const [t] = JSON.parse(r.stdout).texts;
    expect(t.signals).toEqual([
      { trait: 'discount', phrase: 'Fifteen percent off', start: 0, end: 19, construction: 'amount off', kind: 'construction' },
      { trait: 'pressure', phrase: 'until Friday', start: 20, end: 32, construction: 'deadline on an offer or a decision', kind: 'construction' },
    ]);
    expect(t.entities).toContainEqual({ kind: 'pct', text: 'Fifteen percent', start: 0, value: 15 });
    expect(t.entities).toContainEqual({ kind: 'date', text: 'Friday', start: 26, value: null });
  });

  test("uses the config's lexicon additions, and reads standard input with -", () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'align.config.yaml'), 'lexicon:\n  discount: ["(loyalty|member) credit of {money}"]\n');
    const r = spawnSync(process.execPath, [bin, 'traits', '-'], { cwd: dir, input: 'A member credit of €40 at renewal.\n', encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('discount    "member credit of €40"  (phrase "(loyalty|member) credit of {money}")');
  });

  test("the config's qualifiers cancel what they reach, and align traits names them", () => {
    const dir = tempDir();
    const text = 'The spring flash sale is on hold until further notice.';
    expect(align(['traits', text], { cwd: dir }).stdout).toContain('discount    "flash sale"  (phrase "flash sale")');
    writeFileSync(
      join(dir, 'align.config.yaml'),
      'lexicon:\n  qualifiers:\n    - id: put on hold\n      category: retired\n      direction: backward\n      patterns: ["is|are|was|were|been on hold"]\n',
    );
    const r = align(['traits', text], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"flash sale" is not discount: retired by "is on hold" (put on hold)');
  });

  test('a config qualifier with with_category counts only beside a cue of that category in its sentence', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'align.config.yaml'),
      'lexicon:\n  qualifiers:\n    - id: the pilot year\n      category: retired\n      direction: forward\n      patterns: ["in the pilot year"]\n      with_category: [retired]\n',
    );
    const alone = align(['traits', 'In the pilot year we offered 20% off to every clinic.'], { cwd: dir });
    expect(alone.stdout).toContain('discount    "20% off"');
    const beside = align(['traits', 'In the pilot year we offered 20% off to every clinic; we stopped in May.'], { cwd: dir });
    expect(beside.code).toBe(0);
    expect(beside.stdout).toContain('"20% off" is not discount: retired by "In the pilot year" (the pilot year)');
  });

  test('a config qualifier with only_in and earlier-sentences counts in those tactic kinds alone, back to a sentence of its ends', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'align.config.yaml'),
      'lexicon:\n  qualifiers:\n    - id: we pass\n      category: other-party\n      direction: backward\n      patterns: ["we pass"]\n      scope: earlier-sentences\n      window: 40\n      only_in: [objection-handling]\n      terminated_by: [we]\n',
    );
    const text = 'The chain store runs 30% off every spring. Buyers mention it. We pass.';
    expect(align(['traits', '--kind', 'discovery', text], { cwd: dir }).stdout).toContain('discount    "30% off"');
    const r = align(['traits', '--kind', 'objection-handling', text], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"30% off" is not discount: another party\'s, by "We pass" (we pass)');
    const ours = align(['traits', '--kind', 'objection-handling', 'We give 30% off every spring. Buyers mention it. We pass.'], { cwd: dir });
    expect(ours.stdout).toContain('discount    "30% off"');
    writeFileSync(
      join(dir, 'align.config.yaml'),
      'lexicon:\n  qualifiers:\n    - category: negated\n      direction: backward\n      patterns: ["we pass"]\n      only_in: [objections]\n',
    );
    const bad = align(['traits', text], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('align.config.yaml:6:17');
  });

  test('a config qualifier with later-sentences heads the whole text, to a word of its ends', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'align.config.yaml'),
      'lexicon:\n  qualifiers:\n    - id: board minutes\n      category: mentioned\n      direction: forward\n      patterns: ["^ board minutes :"]\n      scope: later-sentences\n      terminated_by: [decided]\n',
    );
    const r = align(['traits', 'Board minutes: 30% off the spring bundle. Two seats left at the summit. It was decided: 10% off renewals.'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"30% off" is not discount: mentioned, not used, by "Board minutes:" (board minutes)');
    expect(r.stdout).toContain('"Two seats left" is not pressure: mentioned, not used, by "Board minutes:" (board minutes)');
    expect(r.stdout).toContain('discount    "10% off"');
  });

  test('a bare name alone in a long text is shown as named in passing, with the count of sentences', () => {
    const text = 'The shop runs a charity raffle every December. Staff sell tickets at the till. A countdown sits on the noticeboard.';
    const r = align(['traits', text]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('signals no trait');
    expect(r.stdout).toContain('"countdown" is not pressure: named in passing, the only pressure word in 3 sentences');
    const json = JSON.parse(align(['traits', '--format', 'json', text]).stdout);
    expect(json.texts[0].cancelled).toEqual([expect.objectContaining({ trait: 'pressure', phrase: 'countdown', reason: 'passing' })]);
  });
  test('--kind reads a text as a tactic of that kind reads it; an unknown kind is a usage error with a suggestion', () => {
    const text = 'What does it cost you when a job slips a week waiting on panels?';
    expect(align(['traits', text]).stdout).toContain('consultative  "What does it cost you"');
    const r = align(['traits', '--kind', 'objection-handling', text]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"What does it cost you" is not consultative: not read: a tactic of kind objection-handling does not count it');
    const bad = align(['traits', '--kind', 'objection', text]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("'objection' is no tactic kind. Did you mean 'objection-handling'?");
  });

  test('a qualifier without a category, or with a pattern that cannot be compiled, is a located config error', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'align.config.yaml'), 'lexicon:\n  qualifiers:\n    - direction: forward\n      patterns: ["on hold"]\n');
    let r = align(['traits', 'anything'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'align.config.yaml:3:7: lexicon.qualifiers[0].category: A forward qualifier needs a category: negated, retired, hypothetical, other-party, mentioned.\n',
    );
    writeFileSync(join(dir, 'align.config.yaml'), 'lexicon:\n  qualifiers:\n    - direction: pseudo\n      patterns: [ok, "(on hold"]\n');
    r = align(['traits', 'anything'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`align.config.yaml:4:22: '(on hold' is not a phrase the lexicon can match: unbalanced "(" in "(on hold".\n`);
  });

  test('a lexicon phrase that cannot be compiled is a located config error, exit 2', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'align.config.yaml'), 'lexicon:\n  discount: ["(loyalty credit"]\n');
    const r = align(['traits', 'anything'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`align.config.yaml:2:14: '(loyalty credit' is not a phrase the lexicon can match: unbalanced "(" in "(loyalty credit".\n`);
  });

  test('an unknown format is a usage error', () => {
    const r = align(['traits', '-f', 'sarif', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("align traits prints stylish or json, not 'sarif'.");
  });
});
