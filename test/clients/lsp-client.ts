// A language client for the tests: `align lsp --stdio` as a process, driven through vscode-jsonrpc
// (the protocol layer of vscode-languageclient, VS Code's own client), with the diagnostics it
// publishes kept by URI and the buffers it has open kept as TextDocuments.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { bin } from '../helpers.js';

export class LspClient {
  readonly connection: MessageConnection;
  readonly process: ChildProcessWithoutNullStreams;
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly docs = new Map<string, TextDocument>();
  /** Every publishDiagnostics, in order: file and count. */
  readonly log: string[] = [];
  private waiters: Array<() => void> = [];
  stderr = '';

  constructor(
    readonly dir: string,
    env: Record<string, string> = {},
  ) {
    this.process = spawn(process.execPath, [bin, 'lsp', '--stdio'], { cwd: dir, env: { ...process.env, ALIGN_TODAY: '2026-11-22', ...env } });
    this.process.stderr.on('data', (d: Buffer) => {
      this.stderr += d.toString();
    });
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      this.log.push(`${p.uri.slice(pathToFileURL(dir).href.length + 1)} ${p.diagnostics.length}`);
      for (const w of this.waiters.splice(0)) w();
    });
    this.connection.listen();
  }

  uri(file: string): string {
    return pathToFileURL(join(this.dir, file)).href;
  }

  async start(initializationOptions: object = {}): Promise<void> {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(this.dir).href,
      workspaceFolders: [{ uri: pathToFileURL(this.dir).href, name: 'playbook' }],
      capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true } } },
      initializationOptions: { debounce: 20, ...initializationOptions },
    });
    this.connection.sendNotification('initialized', {});
  }

  /** Resolves once the file's diagnostics satisfy the test (now or after a later publish); fails after `ms`. */
  async until(file: string, ok: (d: Diagnostic[]) => boolean, ms = 30_000): Promise<Diagnostic[]> {
    const deadline = Date.now() + ms;
    for (;;) {
      const d = this.diagnostics.get(this.uri(file)) ?? [];
      if (ok(d)) return d;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`diagnostics of ${file} never matched; last: ${JSON.stringify(d.map((x) => `${x.range.start.line + 1} ${x.code}`))}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  open(file: string, text = readFileSync(join(this.dir, file), 'utf8')): void {
    const doc = TextDocument.create(this.uri(file), 'yaml', 1, text);
    this.docs.set(file, doc);
    this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: doc.uri, languageId: 'yaml', version: 1, text } });
  }

  text(file: string): string {
    return this.docs.get(file)!.getText();
  }

  /** Edits an open buffer, sending the change as an incremental one (an editor's keystrokes). */
  edit(file: string, edits: TextEdit[]): void {
    const doc = this.docs.get(file)!;
    const next = TextDocument.create(doc.uri, 'yaml', doc.version + 1, TextDocument.applyEdits(doc, edits));
    this.docs.set(file, next);
    // Applied one after the other, each in the text the one before left: last in the file first.
    const ordered = [...edits].sort((a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start));
    this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: doc.uri, version: next.version },
      contentChanges: ordered.map((e) => ({ range: e.range, text: e.newText })),
    });
  }

  /** Replaces the first occurrence of `from` in an open buffer. */
  replace(file: string, from: string, to: string): void {
    const doc = this.docs.get(file)!;
    const at = doc.getText().indexOf(from);
    if (at < 0) throw new Error(`'${from}' is not in ${file}`);
    this.edit(file, [{ range: { start: doc.positionAt(at), end: doc.positionAt(at + from.length) }, newText: to }]);
  }

  save(file: string): void {
    this.connection.sendNotification('textDocument/didSave', { textDocument: { uri: this.uri(file) } });
  }

  close(file: string): void {
    this.docs.delete(file);
    this.connection.sendNotification('textDocument/didClose', { textDocument: { uri: this.uri(file) } });
  }

  /** Applies a workspace edit to the open buffers, as an editor does when a quick fix is chosen. */
  apply(edit: WorkspaceEdit): void {
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
      const file = [...this.docs.keys()].find((f) => this.uri(f) === uri);
      if (!file) throw new Error(`the edit is for ${uri}, which is not open`);
      this.edit(file, edits);
    }
  }

  request<T>(method: string, params: object): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  /** Shuts the server down as an editor does; resolves with its exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.process.on('exit', (code) => resolve(code)));
    await this.connection.sendRequest('shutdown');
    this.connection.sendNotification('exit');
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
