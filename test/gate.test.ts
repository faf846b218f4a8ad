// The gate holds against a pull request (issue 22): each reproduction in the form an attacker uses
// it, in a real git repository whose .git/config holds a token as actions/checkout leaves it.
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, test } from 'vitest';
import { align, alignInProcess, fixture, git, json, root, tempDir } from './helpers.js';

const lumen = (name: string) => readFileSync(join(root, 'examples', 'lumen-audio', name), 'utf8');

/** The job's token as actions/checkout stores it in .git/config (http.<url>.extraheader), base64 as git sends it. */
const TOKEN = `ghs_${'A1b2C3d4E5'.repeat(8)}`;
const BASIC = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
const GIT_CONFIG = `[core]\n\trepositoryformatversion = 0\n\tbare = false\n[remote "origin"]\n\turl = https://github.com/acme/playbook\n[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${BASIC}\n`;

/** Whether `text` holds more than 40 characters in a row of `secret` (the quoting limit), as the token or its base64. */
function leaks(text: string, secret = BASIC): boolean {
  for (const s of [secret, TOKEN]) for (let i = 0; i + 41 <= s.length; i++) if (text.includes(s.slice(i, i + 41))) return true;
  return false;
}

describe('no input aborts the process', () => {
  test.each([200, 1_000, 5_000, 250_000])('[ × %i then ] × as many, in the strategy and the tactics: exit 2 at the 65th level', async (depth) => {
    const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const dir = fixture({ 'strategy.yaml': deep, 'tactics.yaml': deep });
    const t0 = Date.now();
    const r = align(['check', 'strategy.yaml', 'tactics.yaml', '-f', 'json'], { cwd: dir });
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(2);
    expect(json(r).findings.map((f) => [f.file, f.line, f.column, f.message])).toEqual(
      ['strategy.yaml', 'tactics.yaml'].map((file) => [
        file,
        1,
        65,
        'YAML nested more than 64 levels deep; a playbook never needs that many. Flatten the structure.',
      ]),
    );
  });
  test('deep nesting after an anchor (the path that parses with yaml itself) and inside a tactic', () => {
    const deep = `version: 1\nbase: &b x\ntactics:\n  - id: t\n    name: ${'{a: '.repeat(3_000)}1${'}'.repeat(3_000)}\n`;
    const r = align(['check', 'strategy.yaml', 'tactics.yaml', '-f', 'json'], {
      cwd: fixture({ 'strategy.yaml': lumen('strategy.yaml'), 'tactics.yaml': deep }),
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(2);
    expect(json(r).findings.map((f) => [f.file, f.line, f.column])).toEqual([['tactics.yaml', 5, 11 + 61 * 4]]);
  });
});

describe('aliases are counted by what they expand to', () => {
  const refs = (items: number, aliases: number) =>
    `version: 1\nbig: &big [${Array.from({ length: items }, (_, i) => `x${i}`).join(', ')}]\nrefs: [${Array(aliases).fill('*big').join(', ')}]\n`;
  test('a file aliasing one 10,000-item list 40,000 times (300 KB): refused quickly, at the alias that goes over', () => {
    const text = refs(10_000, 40_000);
    expect(text.length).toBeGreaterThan(300_000);
    const t0 = Date.now();
    const r = align(['check', 'strategy.yaml', 'tactics.yaml', '-f', 'json'], {
      cwd: fixture({ 'strategy.yaml': text, 'tactics.yaml': lumen('tactics.yaml') }),
    });
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(r.code).toBe(2);
    const [f] = json(r).findings;
    expect(f).toMatchObject({ ruleId: 'yaml-syntax', file: 'strategy.yaml', line: 3 });
    // The tenth alias: `refs: [` then nine `*big, `.
    expect(f!.column).toBe(8 + 9 * 6);
    expect(f!.message).toBe(
      'YAML aliases in this file expand to more than 100,000 values (this one repeats 10,001 of &big), as in an "alias bomb". Write the values out instead of repeating aliases.',
    );
  });
  test('a thousand aliases of one short list are fine (their number alone never refused a file)', () => {
    const tactics = `version: 1\nx_core: &core [partner-sell-through]\ntactics:\n${Array.from(
      { length: 1_000 },
      (_, i) => `  - id: t${i}\n    name: Demo ${i}\n    kind: demo\n    supports: *core\n    metrics: [win-rate]\n`,
    ).join('')}`;
    const r = align(['check', 'strategy.yaml', 'tactics.yaml', '-f', 'json', '--today', '2026-11-22'], {
      cwd: fixture({ 'strategy.yaml': lumen('strategy.yaml'), 'tactics.yaml': tactics }),
    });
    expect(r.stderr).toBe('');
    expect(json(r).findings.filter((f) => ['yaml-syntax', 'schema', 'input'].includes(String(f.ruleId)))).toEqual([]);
    expect(json(r).summary.tactics).toBe(1_000);
  });
});

describe('every quoted value keeps to 40 characters, parser messages included', () => {
  test.each(['github', 'json', 'stylish', 'sarif', 'markdown'])('.git/config read as YAML (%s): the token is not in the message', async (format) => {
    const dir = fixture({ 'strategy.yaml': lumen('strategy.yaml'), 'gitconfig.yaml': GIT_CONFIG });
    const r = await alignInProcess(['check', 'gitconfig.yaml', 'strategy.yaml', '-f', format], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/Unexpected scalar token in YAML stream/);
    expect(leaks(r.stdout + r.stderr)).toBe(false);
  });
});

/**
 * A playbook repository as actions/checkout leaves it for a pull request: the pull request's files
 * and links committed, and the job's token in .git/config.
 */
function checkout(files: Record<string, string>, links: Record<string, string> = {}): string {
  const dir = tempDir('align-pr-');
  const all = { 'strategy.yaml': lumen('strategy.yaml'), 'tactics.yaml': lumen('tactics.yaml'), ...files };
  for (const [name, body] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  for (const [name, target] of Object.entries(links)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    symlinkSync(target, join(dir, name));
  }
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'pull request');
  git(dir, 'config', 'http.https://github.com/.extraheader', `AUTHORIZATION: basic ${BASIC}`);
  expect(readFileSync(join(dir, '.git', 'config'), 'utf8')).toContain(BASIC);
  return dir;
}

/** What a machine holds outside the checkout: the gh CLI's hosts file (a YAML file with a token), and a folder. */
const GHO = `gho_${'Z9y8X7w6V5'.repeat(4)}`;
function machine(): { hosts: string; folder: string } {
  const home = tempDir('align-home-');
  mkdirSync(join(home, 'gh'));
  writeFileSync(join(home, 'gh', 'hosts.yml'), `github.com:\n  oauth_token: ${GHO}\n  user: runner\n  git_protocol: https\n`);
  mkdirSync(join(home, 'folder'));
  return { hosts: join(home, 'gh', 'hosts.yml'), folder: join(home, 'folder') };
}
const noSecret = (r: { stdout: string; stderr: string }) => {
  expect(leaks(r.stdout + r.stderr)).toBe(false);
  expect(r.stdout + r.stderr).not.toContain(GHO.slice(0, 12));
  expect(r.stdout + r.stderr).not.toMatch(/root:x:0|github\.com'|oauth_token/);
};

describe('what align reads: a committed link cannot lead it to a secret', () => {
  test.each(['align.config.yaml', '.align.yaml'])('%s committed as a link to .git/config: refused, the token never printed', async (name) => {
    const dir = checkout({}, { [name]: '.git/config' });
    const r = await alignInProcess(['check', '-f', 'github'], { cwd: dir });
    expect(r.code).toBe(2);
    noSecret(r);
    expect(r.stdout).toContain(`::error file=${name},line=1,col=1`);
    expect(r.stdout).toContain(`${name} is inside the repository's .git folder, which align never reads.`);
  });
  test('--config naming a committed link to .git/config: refused', async () => {
    const dir = checkout({}, { 'sub/x.yaml': '../.git/config' });
    const r = await alignInProcess(['check', '--config', 'sub/x.yaml', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    noSecret(r);
    expect(json(r).findings.map((f) => f.message)).toEqual(["sub/x.yaml is inside the repository's .git folder, which align never reads."]);
  });
  test.each([
    ['a YAML file outside the repository (the gh hosts file)', () => machine().hosts],
    ['/etc/passwd', () => '/etc/passwd'],
  ])('the config committed as a link to %s: refused before it is read', async (_name, target) => {
    const to = target();
    const dir = checkout({}, { 'align.config.yaml': to });
    const r = await alignInProcess(['check', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    noSecret(r);
    expect(json(r).findings.map((f) => f.message)).toEqual([
      `align.config.yaml leads outside the repository (to ${to}); align reads only files inside it unless you name them on the command line.`,
    ]);
  });
  test('--config and the strategy named on the command line, each a committed link outside: refused, saying which link', async () => {
    const { hosts } = machine();
    const dir = checkout({}, { 'cfg/align.yaml': hosts, 'playbook/strategy.yaml': hosts });
    for (const args of [
      ['--config', 'cfg/align.yaml'],
      ['playbook/strategy.yaml', 'tactics.yaml'],
    ]) {
      const r = await alignInProcess(['check', ...args, '-f', 'json'], { cwd: dir });
      expect(r.code).toBe(2);
      noSecret(r);
      expect(json(r).findings.map((f) => f.message)).toEqual([
        `${args[0] === '--config' ? 'cfg/align.yaml' : 'playbook/strategy.yaml'} is a link in the repository that leads outside the repository (to ${hosts}); align follows a link it is given only to a file inside the repository. Name the file itself.`,
      ]);
    }
  });
  test('a committed folder link on the way counts too: tactics through a linked folder, a broken link to a missing file outside', async () => {
    const { hosts, folder } = machine();
    const dir = checkout(
      { 'align.config.yaml': 'tactics: [team/tactics.yaml]\nstrategy: gone/strategy.yaml\n' },
      { team: dirname(hosts), gone: join(folder, 'missing') },
    );
    const r = await alignInProcess(['check', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    noSecret(r);
    expect(json(r).findings.map((f) => f.message)).toEqual([
      `gone/strategy.yaml leads outside the repository (to ${join(folder, 'missing', 'strategy.yaml')}); align reads only files inside it unless you name them on the command line.`,
      `team/tactics.yaml leads outside the repository (to ${join(dirname(hosts), 'tactics.yaml')}); align reads only files inside it unless you name them on the command line.`,
    ]);
  });
  test('--baseline naming a committed link outside: refused', async () => {
    const { hosts } = machine();
    const dir = checkout({}, { 'align-baseline.json': hosts });
    const r = await alignInProcess(['check', '--baseline', 'align-baseline.json', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    noSecret(r);
    expect(json(r).findings.map((f) => f.message)).toEqual([
      `align-baseline.json is a link in the repository that leads outside the repository (to ${hosts}); align follows a link it is given only to a file inside the repository. Name the file itself.`,
    ]);
  });
  test('links that stay inside the repository are followed, named or found', async () => {
    const dir = checkout(
      { 'shared/align.config.yaml': 'rules:\n  orphan-tactic: off\n' },
      { 'align.config.yaml': 'shared/align.config.yaml', 'main.yaml': 'strategy.yaml' },
    );
    const r = await alignInProcess(['check', 'main.yaml', 'tactics.yaml', '-f', 'json', '--today', '2026-11-22'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.code);
  });
});

describe('what align writes: never through a committed link that leads outside', () => {
  const through = (link: string, to: string) =>
    `${link} is a link in the repository that leads outside the repository (to ${to}); align does not write through it`;
  test.each([
    ['-o', ['check', '-f', 'sarif', '-o', 'out/align.sarif', '--today', '2026-11-22'], 'Could not write the report'],
    ['-f NAME=FILE', ['check', '-f', 'stylish', '-f', 'sarif=out/align.sarif', '--today', '2026-11-22'], 'Could not write the report'],
    ['align report -o', ['report', '-o', 'out/report.html', '--today', '2026-11-22'], 'Could not write the report'],
    ['--update-baseline', ['check', '--update-baseline', 'out/bl.json', '--today', '2026-11-22'], 'Could not write the baseline'],
    ['align schema --write', ['schema', '--write', 'out/schemas'], 'Could not write the schema'],
    ['align init', ['init', 'out/new'], 'Could not write the starter files'],
  ])('%s into a committed link to a folder outside: exit 2, the link named, nothing written there', async (_name, args, what) => {
    const { folder } = machine();
    const dir = checkout({}, { out: folder });
    const r = await alignInProcess(args, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`align: ${what}`);
    expect(r.stderr).toContain(through('out', folder));
    expect(readdirSync(folder)).toEqual([]);
  });
  test("the config's baseline: through a committed link outside is refused when the config loads", async () => {
    const { folder } = machine();
    const dir = checkout({ 'align.config.yaml': 'baseline: out/bl.json\n' }, { out: folder });
    const r = await alignInProcess(['check', '--update-baseline', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(json(r).findings.map((f) => f.message)).toEqual(['The baseline out/bl.json is outside the repository; keep the baseline in the repository.']);
    expect(readdirSync(folder)).toEqual([]);
  });
  test('a link into .git (its hooks run code) is refused as well', async () => {
    const dir = checkout({}, { hooks: '.git/hooks' });
    const r = await alignInProcess(['check', '-f', 'json', '-o', 'hooks/pre-commit'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/hooks is a link in the repository that leads into a \.git folder/);
    expect(existsSync(join(dir, '.git', 'hooks', 'pre-commit'))).toBe(false);
  });
  test('out/../x is x, as checked: the link is never walked through', async () => {
    const { folder } = machine();
    const dir = checkout({}, { out: join(folder, 'deeper') });
    mkdirSync(join(folder, 'deeper'));
    const r = await alignInProcess(['check', '-f', 'sarif', '-o', 'out/../align.sarif', '--today', '2026-11-22'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'align.sarif'))).toBe(true);
    expect(readdirSync(folder)).toEqual(['deeper']);
  });
  test('a committed link to a folder inside the repository is written through', async () => {
    const dir = checkout({ 'build/.keep': '' }, { reports: 'build' });
    const r = await alignInProcess(['check', '-f', 'sarif', '-o', 'reports/align.sarif', '--today', '2026-11-22'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'build', 'align.sarif'), 'utf8')).version).toBe('2.1.0');
  });
  test('a cache folder through a committed link outside is not used, and a note says which link', async () => {
    const { folder } = machine();
    const dir = checkout({}, { cache: folder });
    const r = await alignInProcess(['check', '--cache', '--cache-location', 'cache/parse', '-f', 'json', '--today', '2026-11-22'], {
      cwd: dir,
      env: { XDG_CACHE_HOME: join(dir, '..', 'xdg') },
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`align: the parse cache is not used: cache is a link in the repository that leads outside the repository (to ${folder}).\n`);
    expect(readdirSync(folder)).toEqual([]);
  });
});

test('a config that quotes a long value in every place a message quotes one: at most 40 characters of it', async () => {
  const S = `s3cr3t${'Q'.repeat(20)}${'w'.repeat(20)}${'E'.repeat(20)}${'r'.repeat(20)}`;
  const config = [
    `${S}: 1`,
    'rules:',
    `  ${S}: off`,
    `  orphan-tactic: ${S}`,
    `  Bad_${S}: { message: m, forbid: { kind: demo } }`,
    `  custom-a: { message: m, forbid: { ${S}: { in: [x] } } }`,
    `  custom-b: { message: m, forbid: { kind: { ${S}: [x] } } }`,
    `  custom-c: { message: m, forbid: { text: { matches: "(?=${S})" } } }`,
    `  custom-d: { message: m, forbid: { text: { matches: "\\\\q${S}" } } }`,
    `  custom-e: { message: m, forbid: { strategy: { ${S}: { exists: true } } } }`,
    'lexicon:',
    `  discount: ["deal ~300 ${S}"]`,
    `extends: [${S}]`,
    `tactics: ["${S}/*.yaml"]`,
  ].join('\n');
  const strategy = `${lumen('strategy.yaml')}guardrails:\n  - id: ${S}\n    forbid: { ${S}: { in: [x] } }\n    reason: r\n`;
  const dir = checkout({ 'align.config.yaml': `${config}\n`, 'strategy.yaml': strategy });
  // Messages only: stylish also shows the file's own line, as far as the terminal is wide.
  for (const args of [
    ['-f', 'json'],
    ['-f', 'github'],
    ['-f', 'sarif'],
    ['-f', 'markdown'],
    ['--rule', `${S}=off`],
  ]) {
    const r = await alignInProcess(['check', ...args], { cwd: dir });
    expect(r.code).toBe(2);
    expect(leaks(r.stdout + r.stderr, S), r.stdout + r.stderr).toBe(false);
  }
  // Every kind of message above, each quoting the value.
  expect(json(await alignInProcess(['check', '-f', 'json'], { cwd: dir })).findings.filter((f) => String(f.message).includes(S.slice(0, 20)))).toHaveLength(12);
});

describe('user patterns (matches:) have a budget', () => {
  const tactic = (id: string, description: string) =>
    `  - id: ${id}\n    name: T\n    kind: demo\n    supports: [partner-sell-through]\n    metrics: [win-rate]\n    description: ${description}\n`;
  const rules = (n: number, pattern: string) =>
    `rules:\n${Array.from({ length: n }, (_, i) => `  big-${i + 1}:\n    message: m\n    forbid: { text: { matches: '${pattern}' } }\n`).join('')}`;
  const run = (files: Record<string, string>) => {
    const t0 = Date.now();
    const r = align(['check', '-f', 'json', '--today', '2026-11-22'], { cwd: checkout(files) });
    return { ...r, ms: Date.now() - t0 };
  };
  test('six rules of [\\s\\S]{1000}[\\s\\S]{1000}x over a 188 KB description (41 s of CPU before): refused when the config loads', () => {
    const r = run({
      'align.config.yaml': rules(6, '[\\s\\S]{1000}[\\s\\S]{1000}x'),
      'tactics.yaml': `${lumen('tactics.yaml')}${tactic('long', 'word '.repeat(37_600))}`,
    });
    expect(r.ms).toBeLessThan(10_000);
    expect(r.code).toBe(2);
    const f = json(r).findings;
    expect(f.map((x) => [x.file, x.line, x.column])).toEqual(Array.from({ length: 6 }, (_, i) => ['align.config.yaml', 4 + 3 * i, 23]));
    expect(f[0]!.message).toBe(
      "Custom rule 'big-1': The pattern '[\\s\\S]{1000}[\\s\\S]{1000}x' compiles to 2,003 RE2 instructions, over the 1,000 a pattern may have: its time on a text grows with its size. Use fewer or shorter repetitions ({1000} is a thousand instructions), or 'phrase' for words.",
    );
  });
  test('a pattern under the size limit on a long text: an input error at the pattern, naming the rule and the text', () => {
    const r = run({ 'align.config.yaml': rules(1, '[\\s\\S]{990}x'), 'tactics.yaml': `${lumen('tactics.yaml')}${tactic('long', 'word '.repeat(37_600))}` });
    expect(r.ms).toBeLessThan(10_000);
    expect(r.code).toBe(2);
    expect(json(r).findings.map((x) => [x.file, x.line, x.column, x.message])).toEqual([
      [
        'align.config.yaml',
        4,
        23,
        "Custom rule 'big-1': its pattern (993 RE2 instructions) would scan 187,999 characters of tactics.yaml at tactics[2].description: 186,683,007 steps (instructions × characters), over the 10,000,000 a pattern may take on one text. Make the pattern smaller (fewer or shorter repetitions) or the text shorter.",
      ],
    ]);
  });
  test('many patterns over many tactics: the run stops at its budget, at the rule that goes over', () => {
    const many = Array.from({ length: 10 }, (_, i) => tactic(`t${i}`, 'abc '.repeat(2_500))).join('');
    const r = run({ 'align.config.yaml': rules(12, 'q{990}'), 'tactics.yaml': `${lumen('tactics.yaml')}${many}` });
    expect(r.ms).toBeLessThan(20_000);
    expect(r.code).toBe(2);
    const [f, ...rest] = json(r).findings;
    expect(rest).toEqual([]);
    expect(f!.message).toMatch(
      /^Custom rule 'big-\d+': the patterns of this check would take over 1,05\d,\d{3},\d{3} steps \(instructions × characters scanned\) when it scans tactics\.yaml at tactics\[\d+\]\.description\./,
    );
  });
  test("a guardrail's pattern is held to the same budget, reported in the strategy", () => {
    const strategy = `${lumen('strategy.yaml')}guardrails:\n  - id: no-long\n    forbid: { text: { matches: '[\\s\\S]{990}x' } }\n    reason: r\n`;
    const r = run({ 'strategy.yaml': strategy, 'tactics.yaml': `${lumen('tactics.yaml')}${tactic('long', 'word '.repeat(4_000))}` });
    expect(r.code).toBe(2);
    expect(json(r).findings.map((x) => [x.file, x.message])).toEqual([
      [
        'strategy.yaml',
        expect.stringMatching(
          /^Guardrail 'no-long': its pattern \(993 RE2 instructions\) would scan 19,999 characters of tactics\.yaml at tactics\[2\]\.description/,
        ),
      ],
    ]);
  });
});

test('Markdown: a file name holding | and ` stays in its cell and its code span (rendered by a GFM parser as GitHub does)', async () => {
  const strategy = 'strategy|<img src=x onerror=alert(1)>@octocat `x`.yaml';
  const dir = checkout({
    [strategy]: lumen('strategy.yaml'),
    'tactics.yaml': `${lumen('tactics.yaml')}  - id: promo\n    name: Promo\n    kind: promotion\n    supports: [partner-sell-through]\n    metrics: [win-rate]\n    messaging: "40% off | today only <b>now</b>"\n`,
  });
  const r = await alignInProcess(['check', strategy, 'tactics.yaml', '-f', 'markdown', '--today', '2026-11-22'], { cwd: dir });
  expect(r.code).toBe(1);
  const html = micromark(r.stdout, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
  // Every row of every table has as many cells as its header.
  for (const table of html.split('<table>').slice(1)) {
    const rows = table.slice(0, table.indexOf('</table>')).split('<tr>').slice(1);
    const cells = rows.map((row) => (row.match(/<t[hd][ >]/g) ?? []).length);
    expect(new Set(cells).size, table).toBe(1);
  }
  // No HTML, and no mention outside a code span (where GitHub links none).
  expect(html).not.toMatch(/<img|<b>/);
  expect(html.replace(/<code>[^<]*<\/code>/g, '')).not.toContain('octocat');
  // The name is whole inside one code span: `|` and the backticks as they are.
  expect(html).toContain('<code>strategy|&lt;img src=x onerror=alert(1)&gt;@octocat `x`.yaml:');
});
