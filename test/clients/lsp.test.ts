// align lsp driven over stdio by vscode-jsonrpc, the protocol layer of vscode-languageclient: what
// an editor sees while a playbook is opened, edited, saved and closed, when the strategy and the
// config change, and when a quick fix is applied. Every diagnostic is compared with what
// `align check -f json` reports for the same files as they are in the buffers.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import type { CodeAction, CompletionItem, Diagnostic, DocumentSymbol, Hover, Location } from 'vscode-languageserver/node';
import { align, fixture, json } from '../helpers.js';
import { LspClient } from './lsp-client.js';
import { editorPlaybook, playbookFiles } from './playbook.js';

const clients: LspClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) if (c.process.exitCode === null) c.process.kill();
});

async function started(dir: string, options: object = {}): Promise<LspClient> {
  const c = new LspClient(dir);
  clients.push(c);
  await c.start(options);
  return c;
}

/** A diagnostic as a line of text: range, severity, rule, message, related lines. */
const shown = (d: Diagnostic, dir: string) =>
  `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${d.severity} ${d.code} ${d.message}${(
    d.relatedInformation ?? []
  )
    .map(
      (r) =>
        ` → ${fileURLToPath(r.location.uri).slice(dir.length + 1)}:${r.location.range.start.line + 1}:${r.location.range.start.character + 1} ${r.message}`,
    )
    .join('')}`;

const SEVERITY: Record<string, number> = { error: 1, warning: 2, info: 3 };

/** What `align check -f json` reports for these files, file by file, in the same words. */
function cli(files: Record<string, string>): Map<string, string[]> {
  const dir = fixture(files);
  const r = json(align(['check', '-f', 'json'], { cwd: dir, env: { ALIGN_TODAY: '2026-11-22' } }));
  const out = new Map<string, string[]>();
  for (const f of r.findings as Array<Record<string, any>>) {
    const line = `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${SEVERITY[f.severity]} ${f.ruleId} ${f.message}${f.related
      .map((x: Record<string, any>) => ` → ${x.file}:${x.line}:${x.column} ${x.message}`)
      .join('')}`;
    out.set(f.file, [...(out.get(f.file) ?? []), line]);
  }
  return out;
}

/** Waits until every file's diagnostics are what align check reports for `files`. */
async function agreesWithCli(c: LspClient, files: Record<string, string>): Promise<void> {
  const expected = cli(files);
  for (const file of ['strategy.yaml', 'tactics/a.yaml', 'tactics/b.yaml']) {
    const want = expected.get(file) ?? [];
    const got = await c.until(file, (d) => JSON.stringify(d.map((x) => shown(x, c.dir))) === JSON.stringify(want)).catch(() => null);
    expect(got?.map((x) => shown(x, c.dir)) ?? c.diagnostics.get(c.uri(file))?.map((x) => shown(x, c.dir)), file).toEqual(want);
  }
}

const rules = (d: Diagnostic[]) => d.map((x) => x.code);
/** A diagnostic's message (the protocol allows Markdown; align sends text). */
const msg = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);

describe('align lsp over stdio (vscode-jsonrpc)', () => {
  test('open, edit, save, close: the diagnostics are align check of the buffers, the strategy line each conflicts with related', async () => {
    const dir = editorPlaybook();
    const c = await started(dir);
    await agreesWithCli(c, playbookFiles());
    const a = await c.until('tactics/a.yaml', (d) => d.length > 0);
    const discount = a.find((d) => d.code === 'premium-vs-discount')!;
    expect(discount.source).toBe('align');
    expect(discount.relatedInformation).toEqual([
      {
        location: { uri: c.uri('strategy.yaml'), range: { start: { line: 2, character: 13 }, end: { line: 2, character: 20 } } },
        message: expect.stringContaining('positioning'),
      },
    ]);
    expect(discount.codeDescription?.href).toMatch(/^file:.*\/docs\/rules\.md#premium-vs-discount$/);

    // Typing a tactic that breaks the strategy: diagnostics from the unsaved buffer; the disk is untouched.
    c.open('tactics/b.yaml');
    const deep = `${readFileSync(join(dir, 'tactics/b.yaml'), 'utf8')}  - id: blowout\n    name: Blowout\n    kind: promotion\n    description: 60% off, today only!\n    supports: [win-enterprise]\n    metrics: [deals]\n`;
    c.edit('tactics/b.yaml', [
      { range: { start: { line: 14, character: 0 }, end: { line: 14, character: 0 } }, newText: deep.split('\n').slice(14).join('\n') },
    ]);
    expect(c.text('tactics/b.yaml')).toBe(deep);
    await agreesWithCli(c, playbookFiles({ 'tactics/b.yaml': deep }));
    expect(
      c.diagnostics
        .get(c.uri('tactics/b.yaml'))!
        .filter((d) => msg(d).startsWith("Tactic 'blowout'"))
        .map((d) => d.code)
        .sort(),
    ).toEqual(['consultative-vs-pressure', 'discount-over-policy', 'premium-vs-discount']);
    expect(readFileSync(join(dir, 'tactics/b.yaml'), 'utf8')).not.toContain('blowout');

    // Saved: the disk now says what the buffer said, and nothing changes.
    writeFileSync(join(dir, 'tactics/b.yaml'), deep);
    c.save('tactics/b.yaml');
    // A syntax error while typing is a diagnostic at its place.
    c.replace('tactics/b.yaml', '  - id: blowout', '  - id: [blowout');
    await c.until('tactics/b.yaml', (d) => rules(d).includes('yaml-syntax'));
    await agreesWithCli(c, playbookFiles({ 'tactics/b.yaml': c.text('tactics/b.yaml') }));
    // Closed without saving: the file on disk again (the saved tactic, not the syntax error).
    c.close('tactics/b.yaml');
    await agreesWithCli(c, playbookFiles({ 'tactics/b.yaml': deep }));
    expect(await c.stop()).toBe(0);
  });

  test('a change to the strategy re-checks every tactics file; a change to the config, unsaved, re-checks with it', async () => {
    const dir = editorPlaybook();
    const c = await started(dir);
    await c.until('tactics/b.yaml', (d) => rules(d).includes('discount-over-policy'));
    c.open('strategy.yaml');
    c.replace('strategy.yaml', 'max_discount: 10%', 'max_discount: 40%');
    await agreesWithCli(c, playbookFiles({ 'strategy.yaml': c.text('strategy.yaml') }));
    expect(rules(c.diagnostics.get(c.uri('tactics/b.yaml'))!)).not.toContain('discount-over-policy');
    expect(rules(c.diagnostics.get(c.uri('tactics/a.yaml'))!)).not.toContain('discount-over-policy');

    c.open('align.config.yaml');
    c.replace('align.config.yaml', 'tactics: tactics/\n', 'tactics: tactics/\nrules:\n  orphan-tactic: off\n  premium-vs-discount: info\n');
    const files = playbookFiles({ 'strategy.yaml': c.text('strategy.yaml'), 'align.config.yaml': c.text('align.config.yaml') });
    await agreesWithCli(c, files);
    expect(rules(c.diagnostics.get(c.uri('tactics/a.yaml'))!)).not.toContain('orphan-tactic');
    expect(readFileSync(join(dir, 'align.config.yaml'), 'utf8')).toBe('tactics: tactics/\n');

    // A mistake in the config is a diagnostic in the config, with its fix.
    c.replace('align.config.yaml', 'orphan-tactic: off', 'orphan-tactic: of');
    const config = await c.until('align.config.yaml', (d) => d.length === 1);
    expect(msg(config[0]!)).toContain("Did you mean 'off'?");
    // The config's rules for reads hold: a config that extends a file outside the repository is refused.
    c.replace('align.config.yaml', 'orphan-tactic: of', 'orphan-tactic: off');
    c.replace('align.config.yaml', 'premium-vs-discount: info\n', 'premium-vs-discount: info\nextends: ../../../etc/align.yaml\n');
    const refused = await c.until('align.config.yaml', (d) => d.some((x) => msg(x).includes('outside the repository')));
    expect(refused).toHaveLength(1);
    expect(await c.stop()).toBe(0);
  });

  test('quick fixes: a did-you-mean, a tactic added to an objective, a waiver; each applied resolves its finding', async () => {
    const dir = editorPlaybook();
    const c = await started(dir);
    c.open('tactics/a.yaml');
    const before = await c.until('tactics/a.yaml', (d) => rules(d).includes('unknown-reference'));
    const actionsAt = (d: Diagnostic) =>
      c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: c.uri('tactics/a.yaml') }, range: d.range, context: { diagnostics: [d] } });

    const typo = before.find((d) => d.code === 'unknown-reference' && msg(d).includes('grwo-retention'))!;
    const fixes = await actionsAt(typo);
    const change = fixes.find((f) => f.title === "Change 'grwo-retention' to 'grow-retention'")!;
    expect(change.isPreferred).toBe(true);
    expect(change.kind).toBe('quickfix');
    expect(change.diagnostics?.[0]?.message).toBe(typo.message);
    c.apply(change.edit!);
    expect(c.text('tactics/a.yaml')).toContain('supports: [grow-retention]');
    await c.until('tactics/a.yaml', (d) => !d.some((x) => msg(x).includes('grwo-retention')));

    const orphan = (await c.until('tactics/a.yaml', (d) => rules(d).includes('orphan-tactic'))).find((d) => d.code === 'orphan-tactic')!;
    const supports = await actionsAt(orphan);
    expect(supports.map((f) => f.title)).toEqual([
      "Add 'grow-retention' to the supports of 'discovery' (Grow net revenue retention to 115%)",
      "Add 'win-enterprise' to the supports of 'discovery' (Win ten enterprise accounts)",
      "Add a waiver for orphan-tactic to tactic 'discovery'",
    ]);
    c.apply(supports[1]!.edit!);
    expect(c.text('tactics/a.yaml')).toContain('    metrics: [meetings held]\n    supports: [win-enterprise]\n');
    await c.until('tactics/a.yaml', (d) => !rules(d).includes('orphan-tactic'));

    const discount = (await c.until('tactics/a.yaml', (d) => rules(d).includes('premium-vs-discount'))).find((d) => d.code === 'premium-vs-discount')!;
    const waiver = (await actionsAt(discount)).find((f) => f.title === "Add a waiver for premium-vs-discount to tactic 'spring-sale'")!;
    c.apply(waiver.edit!);
    expect(c.text('tactics/a.yaml')).toContain(
      '    metrics: [new revenue]\n    waivers:\n      - rule: premium-vs-discount\n        reason: TODO why this exception is approved, and by whom\n',
    );
    await c.until('tactics/a.yaml', (d) => !rules(d).includes('premium-vs-discount'));
    await agreesWithCli(c, playbookFiles({ 'tactics/a.yaml': c.text('tactics/a.yaml') }));
    expect(await c.stop()).toBe(0);
  });

  test('hover, go to definition, document symbols and completion', async () => {
    const dir = editorPlaybook();
    const c = await started(dir);
    c.open('tactics/b.yaml');
    await c.until('tactics/b.yaml', (d) => d.length > 0);
    const b = c.uri('tactics/b.yaml');
    const hover = (uri: string, line: number, character: number) =>
      c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character } });

    const tactic = await hover(b, 11, 8);
    expect(tactic?.contents).toMatchObject({ kind: 'markdown' });
    const text = (tactic!.contents as { value: string }).value;
    expect(text).toContain('**Tactic `flash`** — Flash discount');
    // The words in the order the prose reader gives its evidence.
    expect(text).toContain('- `discount`: `25% off`, `discount`');
    expect(text).toContain('25% off annual plans.\n  discount');
    const objective = (await hover(b, 6, 33))!.contents as { value: string };
    expect(objective.value).toContain('**Objective `win-enterprise`** (annual): Win ten enterprise accounts');
    expect(objective.value).toContain('- `flash` Flash discount (active) — tactics/b.yaml:9');
    c.open('strategy.yaml');
    const carried = (await hover(c.uri('strategy.yaml'), 11, 12))!.contents as { value: string };
    expect(carried.value).toContain('**Tactics that support it**\n- `qbr` Quarterly business reviews (active) — tactics/b.yaml:3');

    const definition = await c.request<Location>('textDocument/definition', { textDocument: { uri: b }, position: { line: 6, character: 18 } });
    expect(definition).toEqual({ uri: c.uri('strategy.yaml'), range: { start: { line: 11, character: 8 }, end: { line: 11, character: 22 } } });
    const symbols = await c.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: b } });
    expect(symbols.map((s) => `${s.name} ${s.detail} ${s.range.start.line}-${s.range.end.line}`)).toEqual([
      'qbr Quarterly business reviews 2-7',
      'flash Flash discount 8-13',
    ]);
    const strategy = await c.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: c.uri('strategy.yaml') } });
    expect(strategy.map((s) => s.name)).toEqual(['grow-retention', 'win-enterprise', 'mid-market-retail']);

    // Completion while the list is half written (the file does not parse).
    c.replace('tactics/b.yaml', 'supports: [win-enterprise]', 'supports: [win-enterprise, gr');
    const items = await c.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: b }, position: { line: 12, character: 33 } });
    expect(items.map((i) => i.label)).toEqual(['grow-retention', 'win-enterprise']);
    expect(items[0]!.textEdit).toEqual({ range: { start: { line: 12, character: 31 }, end: { line: 12, character: 33 } }, newText: 'grow-retention' });
    expect(await c.stop()).toBe(0);
  });

  test('schema input errors are diagnostics, unless schemaDiagnostics is false (yaml-language-server shows them)', async () => {
    const files = { 'tactics/a.yaml': 'version: 1\ntactics:\n  - id: x\n    name: X\n    kind: promotoin\n' };
    const on = await started(editorPlaybook(files));
    const d = await on.until('tactics/a.yaml', (x) => x.length > 0);
    expect(d.map((x) => `${x.code} ${x.message}`)).toEqual([
      expect.stringContaining("schema 'promotoin' is not a valid kind (in tactics[0].kind). Did you mean 'promotion'?"),
    ]);
    const off = await started(editorPlaybook(files), { schemaDiagnostics: false });
    off.open('tactics/a.yaml');
    await off.until('strategy.yaml', () => true);
    // The server has answered a request after its first check: nothing was published for the file.
    await off.request('textDocument/documentSymbol', { textDocument: { uri: off.uri('tactics/a.yaml') } });
    expect(off.diagnostics.get(off.uri('tactics/a.yaml')) ?? []).toEqual([]);
    expect(await on.stop()).toBe(0);
    expect(await off.stop()).toBe(0);
  });
});
