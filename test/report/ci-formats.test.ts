import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { escapeData, escapeProperty } from '../../src/report/github.js';
import { VERSION } from '../../src/version.js';
import { align, alignInProcess, fixture, git, json, root } from '../helpers.js';

const examples = ['northwind-ops-cloud', 'kiln-dev-platform', 'lumen-audio', 'atlas-treasury'];
const inExample = (name: string, args: string[]) => alignInProcess(['check', '--today', '2026-11-22', ...args], { cwd: join(root, 'examples', name) });

// Validation against the official SARIF 2.1.0 and JUnit schemas, which live with the shared contract beside the repository, is in contract/schemas.test.ts (npm run conformance).
describe('sarif', () => {
  test.each(examples)('%s: SARIF 2.1.0 that meets GitHub code scanning’s requirements', async (name) => {
    const r = await inExample(name, ['-f', 'sarif']);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    const rules = run.tool.driver.rules as Array<Record<string, any>>;
    expect(run.tool.driver.version).toBe(VERSION);
    // Each descriptor says what `align rules` and `align explain` say about the rule.
    const listed = JSON.parse((await alignInProcess(['rules', '-f', 'json'], { cwd: join(root, 'examples', name) })).stdout).rules as Array<{
      id: string;
      summary: string;
    }>;
    const summaries = new Map(listed.map((x) => [x.id, x.summary]));
    for (const d of rules) {
      expect(d.shortDescription.text, d.id).toBe(summaries.get(d.id));
      expect(d.help.text.startsWith(d.fullDescription.text), d.id).toBe(true);
    }
    for (const res of run.results) {
      expect(rules[res.ruleIndex]!.id).toBe(res.ruleId);
      const loc = res.locations[0].physicalLocation;
      expect(loc.artifactLocation.uri).toMatch(/^examples\/[\w-]+\/[\w.-]+\.yaml$/);
      expect(Object.keys(loc.region).sort()).toEqual(['endColumn', 'endLine', 'startColumn', 'startLine']);
      expect(res.partialFingerprints['alignFingerprint/v2']).toMatch(/^[0-9a-f]{32}$/);
      for (const rel of res.relatedLocations ?? [])
        expect(rel.physicalLocation.artifactLocation.uri).toMatch(res.ruleId === 'duplicate-id' ? /tactics\.yaml$/ : /strategy\.yaml$/);
    }
  });
  test('fingerprints survive line moves', async () => {
    const dir = fixture({
      'strategy.yaml': readFileSync(join(root, 'examples', 'lumen-audio', 'strategy.yaml'), 'utf8'),
      'tactics.yaml': readFileSync(join(root, 'examples', 'lumen-audio', 'tactics.yaml'), 'utf8'),
    });
    const fp = async () =>
      JSON.parse((await alignInProcess(['check', '-f', 'sarif', '--today', '2026-11-22'], { cwd: dir })).stdout).runs[0].results.map((x: any) => [
        x.locations[0].physicalLocation.region.startLine,
        x.partialFingerprints['alignFingerprint/v2'],
      ]);
    const [before] = await fp();
    writeFileSync(join(dir, 'tactics.yaml'), `# a comment\n\n${readFileSync(join(dir, 'tactics.yaml'), 'utf8')}`);
    const [after] = await fp();
    expect(after[0]).toBe(before[0] + 2);
    expect(after[1]).toBe(before[1]);
  });
});

describe('junit', () => {
  test('one test case per rule per file, failures carry the findings', async () => {
    const xml = (await inExample('lumen-audio', ['-f', 'junit'])).stdout;
    expect(xml.match(/<testcase /g)).toHaveLength(42);
    expect(xml).toContain(
      '<testcase name="premium-vs-pressure" classname="examples/lumen-audio/tactics.yaml" time="0"><failure type="warning" message="1 finding">examples/lumen-audio/tactics.yaml:13:18 warning Tactic &apos;launch-countdown&apos;'.replace(
        /&apos;/g,
        "'",
      ),
    );
  });
});

describe('github and markdown', () => {
  test('workflow commands escape %, CR, LF, and : and , in properties', async () => {
    expect(escapeData('25% off\r\nnow')).toBe('25%25 off%0D%0Anow');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
    const r = await inExample('northwind-ops-cloud', ['-f', 'github']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(21);
    expect(lines[1]).toBe(
      "::error file=examples/northwind-ops-cloud/tactics.yaml,line=33,col=31,endLine=33,endColumn=38,title=discount-over-policy (playbook-align)::Tactic 'q4-promo' offers a 25%25 discount (\"25%25 off\" in its text), above the 10%25 limit set in the strategy's pricing.max_discount.%0Aexamples/northwind-ops-cloud/strategy.yaml:18:17 pricing.max_discount: 10%25",
    );
    expect(lines.filter((l) => l.startsWith('::notice ')).length).toBe(4);
  });
  test('markdown has the summary table and the findings by file', async () => {
    const md = (await inExample('northwind-ops-cloud', ['-f', 'markdown'])).stdout;
    expect(md).toContain('**20 problems** in 13 tactics and 3 objectives.');
    expect(md).toContain('| 🔴 error | 9 |');
    expect(md).toContain('### `examples/northwind-ops-cloud/tactics.yaml`');
    expect(md).toContain("| 33:31 | 🔴 error | Tactic 'q4-promo' offers a 25% discount");
    expect(md).toContain(
      '**Alignment score:** 38.5% of active tactics have no error or warning; 66.7% of objectives are supported by an aligned active tactic.',
    );
    expect(md).toContain('| `fintech-beachhead` | ▲ `list-blast`, ▲ `fintech-dinner` |');
    expect(md).toContain('| *no objective (orphans)* | ▲ `founder-posts` |');
    expect((await inExample('atlas-treasury', ['-f', 'markdown'])).stdout).toContain('✅ No mismatches: 9 tactics and 2 objectives');
  });
  test('-o writes every format to a file', async () => {
    for (const f of ['sarif', 'junit', 'github', 'markdown']) {
      const out = join(fixture({}), `report.${f}`);
      const r = await inExample('lumen-audio', ['-f', f, '-o', out]);
      expect(r.stdout).toBe('');
      expect(readFileSync(out, 'utf8').length).toBeGreaterThan(50);
    }
  });
});

describe('many tactics files: globs', () => {
  const base = () => {
    const t = parse(readFileSync(join(root, 'examples', 'atlas-treasury', 'tactics.yaml'), 'utf8')) as { tactics: unknown[] };
    return fixture({
      'strategy.yaml': readFileSync(join(root, 'examples', 'atlas-treasury', 'strategy.yaml'), 'utf8'),
      'tactics/sales/a.yaml': stringify({ version: 1, tactics: t.tactics.slice(0, 4) }),
      'tactics/cs/b.yml': stringify({ version: 1, tactics: t.tactics.slice(4) }),
      'tactics/cs/notes.md': '# not tactics',
    });
  };
  test('a glob expands to the YAML files it matches', async () => {
    const r = await alignInProcess(['check', 'strategy.yaml', 'tactics/**/*.y*ml', '-f', 'json', '--today', '2026-11-22'], { cwd: base() });
    expect(r.code).toBe(0);
    expect(json(r).summary).toMatchObject({ files: 3, tactics: 9 });
  });
  test('the config may list globs', async () => {
    const dir = base();
    writeFileSync(join(dir, 'align.config.yaml'), 'tactics: ["tactics/sales/*.yaml", "tactics/cs/*.yml"]\n');
    expect(json(await alignInProcess(['check', '-f', 'json', '--today', '2026-11-22'], { cwd: dir })).summary).toMatchObject({ tactics: 9 });
  });
  test('a glob that matches nothing is an error', async () => {
    const r = await alignInProcess(['check', 'strategy.yaml', 'tactics/*.json', '-f', 'json'], { cwd: base() });
    expect(r.code).toBe(2);
    expect(json(r).findings[0]!.message).toBe("The pattern 'tactics/*.json' matches no YAML file (looked from .).");
  });
});

describe('baseline', () => {
  const setup = () => {
    const dir = fixture({});
    cpSync(join(root, 'examples', 'northwind-ops-cloud'), dir, { recursive: true });
    return dir;
  };
  const run = (dir: string, args: string[]) => alignInProcess(['check', '-f', 'json', '--today', '2026-11-22', ...args], { cwd: dir });
  test('--update-baseline records the findings; --baseline then hides them', async () => {
    const dir = setup();
    const w = await run(dir, ['--update-baseline', 'align-baseline.json']);
    expect(w.code).toBe(0);
    expect(w.stderr).toContain('wrote 20 findings to the baseline align-baseline.json');
    expect(JSON.parse(readFileSync(join(dir, 'align-baseline.json'), 'utf8')).findings).toHaveLength(20);
    const r = await run(dir, ['--baseline', 'align-baseline.json']);
    expect(r.code).toBe(0);
    expect(json(r).findings).toEqual([]);
  });
  test('moving, reordering and reformatting tactics keeps them hidden; a new finding shows', async () => {
    const dir = setup();
    await run(dir, ['--update-baseline', 'b.json']);
    const t = parse(readFileSync(join(dir, 'tactics.yaml'), 'utf8')) as { tactics: Array<Record<string, unknown>> };
    t.tactics.reverse();
    t.tactics.push({
      id: 'new-blast',
      name: 'New email blast',
      kind: 'promotion',
      targets: ['midmarket-tech'],
      supports: ['win-rate'],
      metrics: ['win-rate'],
      messaging: 'Flash sale: 40% off today only!',
    });
    writeFileSync(join(dir, 'tactics.yaml'), `# reformatted and reordered\n${stringify(t, { indent: 4, lineWidth: 40 })}`);
    const r = await run(dir, ['--baseline', 'b.json']);
    expect(
      json(r)
        .findings.map((f) => `${f.ruleId} ${f.tactic}`)
        .sort(),
    ).toEqual(['consultative-vs-pressure new-blast', 'discount-over-policy new-blast', 'premium-vs-discount new-blast', 'targeted-vs-mass new-blast']);
  });
  test('fixing a finding makes its entry stale, reported at its line in the baseline', async () => {
    const dir = setup();
    await run(dir, ['--update-baseline', 'b.json']);
    const fixed = readFileSync(join(dir, 'tactics.yaml'), 'utf8').replace('supports: [win-rate, win-rates]', 'supports: [win-rate]');
    writeFileSync(join(dir, 'tactics.yaml'), fixed);
    const r = await run(dir, ['--baseline', 'b.json']);
    const stale = json(r).findings;
    expect(stale.map((f) => [f.ruleId, f.severity, f.file, f.tactic])).toEqual([['stale-baseline', 'info', 'b.json', 'champion-plan']]);
    expect(readFileSync(join(dir, 'b.json'), 'utf8').split('\n')[Number(stale[0]!.line) - 1]).toContain('"fingerprint"');
  });
  test('a missing or broken baseline is an input error', async () => {
    const dir = setup();
    expect(json(await run(dir, ['--baseline', 'nope.json'])).findings[0]!.message).toContain(
      'Baseline file not found: nope.json. Create it with --update-baseline nope.json.',
    );
    writeFileSync(join(dir, 'bad.json'), '{"hello": 1}');
    const r = await run(dir, ['--baseline', 'bad.json']);
    expect(r.code).toBe(2);
    expect(json(r).findings[0]!.message).toContain('is not a playbook-align baseline');
    expect((await alignInProcess(['check', '--update-baseline'], { cwd: dir })).code).toBe(2);
  });
});

describe('--since', () => {
  const strategy = readFileSync(join(root, 'examples', 'atlas-treasury', 'strategy.yaml'), 'utf8');
  const tactics = readFileSync(join(root, 'examples', 'atlas-treasury', 'tactics.yaml'), 'utf8');
  const promo =
    '\n  - id: spring-promo\n    name: Spring promotion\n    kind: promotion\n    targets: [global-banks]\n    supports: [land-banks]\n    messaging: Save 5% on the first year.\n    metrics: [win-rate]\n';
  /** Three commits: an aligned premium playbook; a discount tactic added; max_discount lowered from 8% to 3%. */
  const repo = () => {
    const dir = fixture({ 'playbook/strategy.yaml': strategy, 'playbook/tactics/main.yaml': tactics });
    execFileSync('rm', ['-rf', join(dir, '.git')]);
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'aligned playbook');
    writeFileSync(join(dir, 'playbook/tactics/main.yaml'), tactics + promo);
    git(dir, 'commit', '-qam', 'add a promotion');
    writeFileSync(join(dir, 'playbook/strategy.yaml'), strategy.replace('max_discount: 8%', 'max_discount: 3%'));
    git(dir, 'commit', '-qam', 'tighten the discount policy');
    return dir;
  };
  const since = (dir: string, ref: string) =>
    alignInProcess(['check', 'playbook/strategy.yaml', 'playbook/tactics', '--since', ref, '-f', 'json', '--today', '2026-11-22'], { cwd: dir });
  const ids = (r: Awaited<ReturnType<typeof since>>) => json(r).findings.map((f) => `${f.ruleId} ${f.tactic}`);

  test('a tactic added: exactly its findings are new', async () => {
    const dir = repo();
    git(dir, 'checkout', '-q', 'HEAD~1');
    const r = await since(dir, 'HEAD~1');
    expect(r.stderr).toBe('');
    expect(ids(r)).toEqual(['premium-vs-discount spring-promo']);
    expect(json(r).findings[0]!.message).not.toContain('newly misaligned');
    expect(r.code).toBe(1);
  });
  test('a strategy change: exactly the tactics it misaligns, each saying so', async () => {
    const dir = repo();
    const r = await since(dir, 'HEAD~1');
    expect(ids(r)).toEqual(['discount-over-policy pricing-terms', 'premium-vs-discount pricing-terms', 'discount-over-policy spring-promo']);
    for (const f of json(r).findings) expect(String(f.message)).toMatch(/\(newly misaligned by the strategy change to pricing\.max_discount: 3%\)\.$/);
  });
  test('both commits at once: the added tactic is new, the untouched one newly misaligned', async () => {
    const dir = repo();
    const r = json(await since(dir, 'HEAD~2')).findings;
    expect(r.map((f) => `${f.ruleId} ${f.tactic} ${String(f.message).includes('newly misaligned')}`)).toEqual([
      'discount-over-policy pricing-terms true',
      'premium-vs-discount pricing-terms true',
      'discount-over-policy spring-promo false',
      'premium-vs-discount spring-promo false',
    ]);
  });
  test('a file new since the ref is compared against nothing', async () => {
    const dir = repo();
    writeFileSync(join(dir, 'playbook/tactics/extra.yaml'), `version: 1\ntactics:${promo.replace(/spring-promo/g, 'autumn-promo')}`);
    const r = await since(dir, 'HEAD');
    expect(ids(r)).toEqual(['discount-over-policy autumn-promo', 'premium-vs-discount autumn-promo']);
    expect(r.stderr).toContain('playbook/tactics/extra.yaml is new since HEAD');
  });
  test('an unknown ref and a folder outside git are clear errors', async () => {
    const dir = repo();
    const bad = await since(dir, 'no-such-branch');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("align: --since: 'no-such-branch' is not a commit, branch or tag in this repository.\n");
    const outside = fixture({ 'strategy.yaml': strategy, 'tactics.yaml': tactics });
    execFileSync('rm', ['-rf', join(outside, '.git')]);
    const r = await alignInProcess(['check', '--since', 'HEAD'], { cwd: outside });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--since needs a git repository');
  });
});

test('VERSION matches package.json', async () => {
  expect(VERSION).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
});

describe('conventions from ESLint and Spectral', () => {
  const lumen = join(root, 'examples', 'lumen-audio');
  test('-f compact: file:line:col: severity message [rule], one line a finding', async () => {
    const r = await alignInProcess(['check', '-f', 'compact', '--today', '2026-11-22'], { cwd: lumen });
    expect(r.stdout).toBe(
      'tactics.yaml:13:18: warning Tactic \'launch-countdown\' manufactures urgency ("countdown"), a discount-brand cue that undercuts the premium positioning. [premium-vs-pressure]\n1 problem (0 errors, 1 warning, 0 info)\n',
    );
  });
  test('several formats from one run: the same bytes as separate runs; only one may go to standard output', async () => {
    const dir = fixture({
      'strategy.yaml': readFileSync(join(lumen, 'strategy.yaml'), 'utf8'),
      'tactics.yaml': readFileSync(join(lumen, 'tactics.yaml'), 'utf8'),
    });
    const run = (...args: string[]) => alignInProcess(['check', '--today', '2026-11-22', ...args], { cwd: dir });
    const both = await run('-f', 'stylish', '-f', 'sarif=out.sarif', '-f', 'junit=out.xml');
    expect(both.code).toBe(0);
    expect(both.stdout).toBe((await run()).stdout);
    expect(readFileSync(join(dir, 'out.sarif'), 'utf8')).toBe((await run('-f', 'sarif')).stdout);
    expect(readFileSync(join(dir, 'out.xml'), 'utf8')).toBe((await run('-f', 'junit')).stdout);
    const two = await run('-f', 'json', '-f', 'compact');
    expect(two.code).toBe(2);
    expect(two.stderr).toBe(
      'align: Only one format can go to standard output, and 2 have no file of their own (json, compact); give the others one, as in -f compact=align.compact.\n',
    );
  });
  test('--color forces colours into a pipe; --no-color and files have none', () => {
    expect(align(['check', '--color', '--today', '2026-11-22'], { cwd: lumen }).stdout).toContain('\u001b[');
    expect(align(['check', '--no-color', '--today', '2026-11-22'], { cwd: lumen }).stdout).not.toContain('\u001b[');
  });
});

test('SARIF for code scanning: related locations linked from the message, %SRCROOT% declared, no dead relative help link', async () => {
  const r = await alignInProcess(['check', '-f', 'sarif', '--today', '2026-11-22'], { cwd: join(root, 'examples', 'lumen-audio') });
  const run = (JSON.parse(r.stdout) as { runs: Array<Record<string, any>> }).runs[0]!;
  expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${root}/`);
  const result = run.results[0];
  expect(result.message.text).toMatch(/\(\[positioning\.tier: premium\]\(1\)\)$/);
  expect(result.relatedLocations[0].id).toBe(1);
  for (const rule of run.tool.driver.rules) expect(rule.help.markdown).not.toMatch(/\]\(docs\//);
});
