// A real editor: Debian's Neovim (0.7 on these machines) headless, starting align lsp on a playbook
// as its own LSP client does (neovim.lua), receives the diagnostics align check reports, with the
// strategy line each conflicts with, and applies a quick fix chosen from its code action menu.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { align, bin, json, tempDir } from '../helpers.js';
import { requireClient } from './clients.js';
import { editorPlaybook, TACTICS_A } from './playbook.js';

interface Seen {
  line: number;
  col: number;
  end_line: number;
  end_col: number;
  severity: number;
  code: string;
  source: string;
  message: string;
  related: Array<{ uri: string; line: number; message: string }>;
}

interface Result {
  error?: string;
  attached: boolean;
  received: boolean;
  before: Seen[];
  offered: string[];
  applied: boolean;
  fixed: boolean;
  lines: string[];
  after: Seen[];
  modified: boolean;
}

test('Neovim receives the diagnostics align check reports, with related strategy lines, and applies a quick fix from its menu', () => {
  const version = requireClient('nvim', ['--version'], 'apt-get install -y neovim');
  expect(version).toMatch(/^NVIM v0\.\d+/);
  const dir = editorPlaybook();
  const result = join(tempDir('align-nvim-'), 'result.json');
  const r = spawnSync('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${join(import.meta.dirname, 'neovim.lua')}`], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 120_000,
    env: {
      ...process.env,
      ALIGN_TODAY: '2026-11-22',
      ALIGN_PLAYBOOK: dir,
      ALIGN_NODE: process.execPath,
      ALIGN_BIN: bin,
      ALIGN_RESULT: result,
      ALIGN_CHOOSE: "Change 'grwo-retention' to 'grow-retention'",
    },
  });
  expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
  const seen = JSON.parse(readFileSync(result, 'utf8')) as Result;
  expect(seen.error).toBeUndefined();
  expect(seen.attached).toBe(true);
  expect(seen.received).toBe(true);

  // What align check reports for the file, in Neovim's terms (0-based lines and columns, 1 error … 3 info).
  const cli = json(align(['check', '-f', 'json'], { cwd: dir, env: { ALIGN_TODAY: '2026-11-22' } }));
  const severity: Record<string, number> = { error: 1, warning: 2, info: 3 };
  const expected = (cli.findings as Array<Record<string, any>>)
    .filter((f) => f.file === 'tactics/a.yaml')
    .map((f) => ({
      line: f.line - 1,
      col: f.column - 1,
      end_line: f.endLine - 1,
      end_col: f.endColumn - 1,
      severity: severity[f.severity],
      code: f.ruleId,
      source: 'align',
      message: f.message,
      related: f.related.map((x: Record<string, any>) => ({ uri: `file://${join(dir, x.file)}`, line: x.line - 1, message: x.message })),
    }))
    .sort((a, b) => a.line - b.line || a.col - b.col || (a.code < b.code ? -1 : 1));
  expect(seen.before).toEqual(expected);
  const discount = seen.before.find((d) => d.code === 'premium-vs-discount')!;
  expect(discount.related).toEqual([{ uri: `file://${join(dir, 'strategy.yaml')}`, line: 2, message: expect.stringContaining('positioning') }]);

  expect(seen.offered).toContain("Change 'grwo-retention' to 'grow-retention'");
  expect(seen.offered).toContain("Add a waiver for unknown-reference to tactic 'spring-sale'");
  expect(seen.applied).toBe(true);
  expect(seen.fixed).toBe(true);
  expect(seen.modified).toBe(true);
  expect(`${seen.lines.join('\n')}\n`).toBe(TACTICS_A.replace('grwo-retention', 'grow-retention'));
  expect(seen.after.map((d) => d.message)).not.toContain(seen.before.find((d) => d.message.includes('grwo-retention'))!.message);
  // The file on disk is the editor's to save.
  expect(readFileSync(join(dir, 'tactics/a.yaml'), 'utf8')).toBe(TACTICS_A);
});
