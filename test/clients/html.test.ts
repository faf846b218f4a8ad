import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { align, fixture, json, root } from '../helpers.js';
import { requireClient } from './clients.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
let browser: Browser;
beforeAll(async () => {
  requireClient(CHROMIUM, ['--version'], 'apt-get install chromium');
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});
afterAll(async () => {
  await browser?.close();
});

/** Renders a report file in Chromium, recording every request the page makes. */
async function open(file: string, width = 1200) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`file://${file}`);
  return { page, requests };
}

describe('the HTML report of examples/northwind-ops-cloud, rendered in Chromium', () => {
  const out = join(fixture({}), 'report.html');
  const example = join(root, 'examples', 'northwind-ops-cloud');
  const args = ['--today', '2026-11-22'];
  const summary = json(align(['check', '-f', 'json', ...args], { cwd: example })).summary as unknown as { score: { tactics: number; objectives: number } };
  const report = align(['report', '-o', out, ...args], { cwd: example });

  test('align report writes it and says so', () => {
    expect(report.code).toBe(0);
    expect(report.stderr).toBe(`align: wrote ${out}\n`);
  });

  test('the matrix has the objectives as rows, the tactics as columns grouped by kind, and a mark where a tactic supports an objective', async () => {
    const { page } = await open(out);
    const rows = await page.$$eval('table.matrix tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-objective')));
    expect(rows).toEqual(['grow-nrr', 'win-rate', 'fintech-beachhead', '']);
    const groups = await page.$$eval('table.matrix thead tr:first-child th[scope=colgroup]', (ths) =>
      ths.map((th) => `${th.textContent}:${th.getAttribute('colspan')}`),
    );
    expect(groups).toEqual([
      'business-case:1',
      'closing:1',
      'content:1',
      'demo:1',
      'discovery:1',
      'event:2',
      'expansion:1',
      'follow-up:1',
      'objection-handling:1',
      'outreach-sequence:2',
      'pricing:1',
    ]);
    const columns = await page.$$eval('table.matrix thead th.t', (ths) => ths.map((th) => th.getAttribute('data-tactic')));
    expect(columns).toHaveLength(13);
    const marked = await page.$$eval('table.matrix td.m', (tds) =>
      tds.map((td) => `${td.closest('tr')!.getAttribute('data-objective')}:${td.getAttribute('data-tactic')}`),
    );
    expect(marked.sort()).toEqual(
      [
        'grow-nrr:renewal-texts',
        'grow-nrr:year-end-bundle',
        'grow-nrr:qbr',
        'grow-nrr:gov-roadshow',
        'win-rate:discovery-call',
        'win-rate:roi-workshop',
        'win-rate:q4-promo',
        'win-rate:standard-demo',
        'win-rate:hold-price',
        'win-rate:champion-plan',
        'fintech-beachhead:list-blast',
        'fintech-beachhead:fintech-dinner',
        ':founder-posts',
      ].sort(),
    );
    await page.close();
  });

  test('conflict cells carry the conflict colour, aligned cells the aligned one', async () => {
    const { page } = await open(out);
    const bg = (sel: string) => page.$eval(sel, (el) => getComputedStyle(el).backgroundColor);
    expect(await bg('td.m[data-tactic="q4-promo"]')).toBe('rgb(253, 231, 234)');
    expect(await page.$eval('td.m[data-tactic="q4-promo"]', (el) => el.className)).toBe('m error');
    expect(await bg('td.m[data-tactic="list-blast"]')).toBe('rgb(255, 241, 214)');
    expect(await bg('td.m[data-tactic="discovery-call"]')).toBe('rgb(227, 245, 233)');
    await page.close();
  });

  test('the page makes no request beyond itself', async () => {
    const { page, requests } = await open(out);
    expect(requests).toEqual([`file://${out}`]);
    await page.close();
  });

  test('the score is the one in the JSON summary, and the report defines it', async () => {
    const { page } = await open(out);
    expect(await page.$eval('[data-score=tactics]', (el) => el.textContent)).toBe(`${summary.score.tactics}%`);
    expect(await page.$eval('[data-score=objectives]', (el) => el.textContent)).toBe(`${summary.score.objectives}%`);
    expect(await page.textContent('header')).toContain('the share of active tactics with no error or warning');
    await page.close();
  });

  test('the audience map lists who the tactics target, excluded markets included', async () => {
    const { page } = await open(out);
    const rows = await page.$$eval('table.audiences tbody tr', (trs) =>
      trs.map(
        (tr) => `${tr.className}:${tr.getAttribute('data-audience')}:${[...tr.querySelectorAll('li')].map((li) => li.getAttribute('data-tactic')).join(',')}`,
      ),
    );
    expect(rows).toContain('excluded:public-sector:gov-roadshow');
    expect(rows.find((r) => r.startsWith('ideal:scaleup-fintech'))).toBe('ideal:scaleup-fintech:list-blast,fintech-dinner');
    await page.close();
  });

  test('for a sales leader: names, the score in a sentence, findings by tactic most severe first, cells that link to them, details last', async () => {
    const { page } = await open(out);
    // Columns and rows are named as the playbook names them; ids are in the title and the details.
    expect(await page.$eval('th.t[data-tactic="q4-promo"]', (th) => th.textContent)).toBe('Q4 promotion email');
    expect(await page.$eval('tr[data-objective="win-rate"] th', (th) => th.textContent)).toMatch(/^Raise win rate on qualified opportunities to 30%/);
    expect(await page.$eval('p.explain', (p) => p.textContent)).toBe(
      `${summary.score.tactics}% of active tactics are aligned with the strategy (no error or warning) and ${summary.score.objectives}% of objectives have at least one aligned tactic behind them; 8 tactics need attention, 5 of them with errors to fix first.`,
    );
    const groups = await page.$$eval('section.group', (ss) => ss.map((s) => `${s.id} ${s.querySelector('.tally')!.textContent}`));
    expect(groups.slice(0, 2)).toEqual(['tactic-q4-promo 3 errors, 1 warning, 1 note', 'tactic-year-end-bundle 3 errors, 1 warning']);
    const severities = await page.$$eval('section.group', (ss) => ss.map((s) => s.className.split(' ')[1]));
    expect(severities).toEqual([...severities].sort((a, b) => ['error', 'warning', 'info'].indexOf(a!) - ['error', 'warning', 'info'].indexOf(b!)));
    const first = await page.$eval('section.group li', (li) => [li.firstElementChild!.textContent, li.lastElementChild!.textContent]);
    expect(first[0]).toMatch(/^✖ error Tactic 'q4-promo' offers a 25% discount/);
    expect(first[1]).toBe('Rule discount-over-policy · tactics.yaml:33:31');
    await page.click('td.m[data-tactic="q4-promo"] a');
    expect(new URL(page.url()).hash).toBe('#tactic-q4-promo');
    expect(await page.$eval('#tactic-q4-promo', (s) => Math.round(s.getBoundingClientRect().top))).toBeLessThan(10);
    await page.close();
  });

  test('on a phone (390 px) the page does not scroll sideways: the matrix and the code lines scroll in their frames', async () => {
    const { page } = await open(out, 390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });

  test('headings, table captions and header cells are marked up; the matrix scrolls by keyboard', async () => {
    const { page } = await open(out);
    expect(await page.$$eval('h1, h2', (hs) => hs.map((h) => h.textContent))).toEqual([
      'Northwind Ops Cloud FY27',
      'Alignment matrix',
      'Audience map',
      'Findings (20 findings)',
    ]);
    expect(await page.$$eval('table', (ts) => ts.every((t) => t.querySelector('caption') !== null))).toBe(true);
    expect(await page.$eval('.scroll', (el) => el.getAttribute('tabindex'))).toBe('0');
    expect(await page.$$eval('table.matrix tbody th[scope=row]', (ths) => ths.length)).toBe(4);
    await page.close();
  });
});

test('a playbook of 300 tactics scrolls inside the matrix instead of widening the page, and stays small', async () => {
  const tactics = Array.from({ length: 300 }, (_, i) => ({
    id: `t${i}`,
    name: `Tactic ${i}`,
    kind: ['demo', 'content', 'event'][i % 3],
    targets: ['midmarket-tech'],
    supports: [['win-rate', 'grow-nrr'][i % 2]],
    metrics: ['win-rate'],
  }));
  const dir = fixture({
    'strategy.yaml': readFileSync(join(root, 'examples', 'northwind-ops-cloud', 'strategy.yaml'), 'utf8'),
    'tactics.yaml': stringify({ version: 1, tactics }),
  });
  const r = align(['check', '-f', 'html', '-o', 'r.html', '--today', '2026-11-22'], { cwd: dir });
  expect(r.code).toBe(0);
  const file = join(dir, 'r.html');
  expect(readFileSync(file, 'utf8').length).toBeLessThan(400_000);
  const { page } = await open(file, 1000);
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    view: window.innerWidth,
    inner: document.querySelector('.scroll')!.scrollWidth,
    box: document.querySelector('.scroll')!.clientWidth,
  }));
  expect(widths.page).toBeLessThanOrEqual(widths.view);
  expect(widths.inner).toBeGreaterThan(widths.box);
  await page.close();
});
