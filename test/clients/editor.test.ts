// The editor and the CLI agree: yaml-language-server (the real server, over stdio, as VS Code's
// YAML extension and other editors run it) reads a playbook written by `align init`, through the
// modeline init wrote, and its diagnostics are the CLI's schema findings at the same places, with
// messages a person can act on.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { align, fixture, json } from '../helpers.js';

interface Diagnostic {
  range: { start: { line: number; character: number } };
  message: string;
  severity: number;
}

const serverBin = join(dirname(createRequire(import.meta.url).resolve('yaml-language-server/package.json')), 'bin', 'yaml-language-server');
const servers: ChildProcessWithoutNullStreams[] = [];
afterAll(() => {
  for (const s of servers) s.kill();
});

/** Opens one file in a fresh yaml-language-server and resolves with the first diagnostics it publishes. */
function diagnostics(file: string): Promise<Diagnostic[]> {
  const server = spawn(process.execPath, [serverBin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  servers.push(server);
  const settings = { yaml: { validate: true, completion: true, hover: true, schemaStore: { enable: false } } };
  const send = (m: object) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...m }));
    server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    server.stdin.write(body);
  };
  return new Promise((done, fail) => {
    let buf = Buffer.alloc(0);
    server.on('exit', (code) => fail(new Error(`yaml-language-server exited (${code})`)));
    server.stdout.on('data', (d: Buffer) => {
      buf = Buffer.concat([buf, d]);
      for (;;) {
        const head = buf.indexOf('\r\n\r\n');
        if (head < 0) return;
        const length = Number(/Content-Length: (\d+)/.exec(buf.subarray(0, head).toString())![1]);
        if (buf.length < head + 4 + length) return;
        const msg = JSON.parse(buf.subarray(head + 4, head + 4 + length).toString());
        buf = buf.subarray(head + 4 + length);
        if (msg.method === 'workspace/configuration') send({ id: msg.id, result: msg.params.items.map(() => settings.yaml) });
        else if (msg.id !== undefined && msg.method) send({ id: msg.id, result: null });
        else if (msg.method === 'textDocument/publishDiagnostics') {
          server.removeAllListeners('exit');
          server.kill();
          done(msg.params.diagnostics);
        } else if (msg.id === 1) {
          send({ method: 'initialized', params: {} });
          send({ method: 'workspace/didChangeConfiguration', params: { settings } });
          const textDocument = { uri: pathToFileURL(file).href, languageId: 'yaml', version: 1, text: readFileSync(file, 'utf8') };
          send({ method: 'textDocument/didOpen', params: { textDocument } });
        }
      }
    });
    send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } } });
  });
}

const at = (d: Diagnostic) => `${d.range.start.line + 1}:${d.range.start.character + 1}`;

test('yaml-language-server, through the modeline align init writes, accepts what the CLI accepts and rejects what it rejects, at the same places', {
  timeout: 60_000,
}, async () => {
  const dir = fixture({});
  expect(align(['init'], { cwd: dir }).code).toBe(0);
  const strategy = join(dir, 'strategy.yaml');
  const text = readFileSync(strategy, 'utf8')
    .replace('tier: premium', 'tier: Premium') // the CLI matches enums in any case
    .replace('motion: consultative', 'motion: Consultative')
    .replace('review_every: quarterly', 'review_every: 3 monthz') // not a duration
    .replace('  statement: The planning', '  statment: The planning') // a misspelt key
    .replace('horizon: long-term', 'horizon: Long-haul'); // not a horizon
  writeFileSync(strategy, text);

  const cli = align(['check', '-f', 'json'], { cwd: dir });
  expect(cli.code).toBe(2);
  const findings = json(cli).findings.filter((f) => f.file === 'strategy.yaml');
  const editor = await diagnostics(strategy);

  // The same places: nothing where the CLI accepts (Premium, Consultative), each rejection where the CLI puts it.
  expect(editor.map(at).sort()).toEqual(findings.map((f) => `${f.line}:${f.column}`).sort());
  expect(editor.map((d) => `${at(d)} ${d.message}`).sort()).toEqual([
    '13:3 Property statment is not allowed.',
    '43:14 Use one of: long-term, annual, quarterly.',
    '8:15 Not a duration: write e.g. 30d, 6w, 3m, 1y, monthly, quarterly or yearly.',
  ]);
  // No message quotes a regular expression.
  for (const d of editor) expect(d.message).not.toMatch(/pattern|\\s|\[[A-Za-z]{2}\]/);

  // Fixed as the messages say, both are clean.
  writeFileSync(strategy, text.replace('  statment:', '  statement:').replace('3 monthz', 'Quarterly').replace('Long-haul', 'Long-term'));
  expect(await diagnostics(strategy)).toEqual([]);
  expect(align(['check'], { cwd: dir }).code).toBe(0);
});
