// The editor server (issue 25): from a keystroke in one tactics file to its diagnostics published,
// on a 1,000-tactic playbook in 20 files and a 100-tactic one, with `align lsp` as a process spoken
// to over stdio as an editor does; and the server's memory after an hour of simulated edits against
// its memory after the first check. Writes its own section of bench/RESULTS.md (run by run.mjs, or
// alone: node --expose-gc bench/lsp.mjs). LSP_KEYSTROKES and LSP_HOUR shorten it.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { generate } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const work = join(here, '.work', 'lsp');
const KEYSTROKES = Number(process.env.LSP_KEYSTROKES) || 60;
/** One check a second for an hour: the debounce turns a typist's keystrokes into about that many runs. */
const HOUR = Number(process.env.LSP_HOUR) || 3600;
const TODAY = '2026-11-22';

if (typeof gc !== 'function') {
  console.error('run with node --expose-gc bench/lsp.mjs');
  process.exit(2);
}

/** A playbook of n tactics in `files` files, in a folder that is a repository of its own. */
function playbook(name, n, files) {
  const dir = join(work, name);
  generate(dir, n, Math.ceil(n / files));
  mkdirSync(join(dir, '.git'), { recursive: true });
  writeFileSync(join(dir, 'align.config.yaml'), 'tactics: tactics/\n');
  return dir;
}

/** A language client over two streams: diagnostics kept by URI, a promise for the next publish of a URI. */
function client(reader, writer, dir) {
  const connection = createMessageConnection(new StreamMessageReader(reader), new StreamMessageWriter(writer));
  const waiting = new Map();
  const diagnostics = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    diagnostics.set(p.uri, p.diagnostics);
    waiting.get(p.uri)?.(performance.now());
    waiting.delete(p.uri);
  });
  connection.listen();
  const uri = (file) => pathToFileURL(join(dir, file)).href;
  return {
    connection,
    diagnostics,
    uri,
    published: (file) => new Promise((resolve) => waiting.set(uri(file), resolve)),
    async start() {
      await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(dir).href,
        capabilities: {},
        initializationOptions: { debounce: 0, today: TODAY },
      });
      connection.sendNotification('initialized', {});
    },
    open(file, text) {
      connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(file), languageId: 'yaml', version: 1, text } });
    },
    change(file, version, text) {
      connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri(file), version }, contentChanges: [{ text }] });
    },
    close(file) {
      connection.sendNotification('textDocument/didClose', { textDocument: { uri: uri(file) } });
    },
    /** A request the server answers after every notification before it: everything sent so far has been checked. */
    barrier: (file) => connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uri(file) } }),
  };
}

/** A keystroke that changes the file's findings: one letter of an objective id deleted, or typed back. */
const keystroke = (text, k) =>
  k % 2 === 0 ? text.replace('supports: [grow-nrr]', 'supports: [grow-nr]') : text.replace('supports: [grow-nr]', 'supports: [grow-nrr]');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

/** Keystroke → diagnostics published, with align lsp as a process over stdio. */
async function latency(name, n, files) {
  const dir = playbook(name, n, files);
  const server = spawn(process.execPath, [join(root, 'bin', 'align.js'), 'lsp', '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'] });
  const c = client(server.stdout, server.stdin, dir);
  const file = `tactics/team-${String(Math.floor((files - 1) / 2)).padStart(3, '0')}.yaml`;
  const first = c.published(file);
  const t0 = performance.now();
  await c.start();
  const firstCheck = (await first) - t0;
  let text = readFileSync(join(dir, file), 'utf8');
  c.open(file, text);
  await c.barrier(file);
  const times = [];
  for (let k = 0; k < KEYSTROKES + 10; k++) {
    text = keystroke(text, k);
    const published = c.published(file);
    const sent = performance.now();
    c.change(file, k + 2, text);
    const at = await published;
    if (k >= 10) times.push(at - sent);
  }
  await c.connection.sendRequest('shutdown');
  c.connection.sendNotification('exit');
  return { n, files, firstCheck, median: median(times), p95: p95(times), max: Math.max(...times) };
}

/** An hour of edits (HOUR checks) against a server in this process, so that its heap can be measured after a full collection. */
async function memory() {
  const dir = playbook('memory', 1000, 20);
  const { serve } = await import(pathToFileURL(join(root, 'dist', 'lsp', 'server.js')).href);
  const { createConnection, ProposedFeatures } = await import('vscode-languageserver/node');
  const [toServer, fromServer] = [new PassThrough(), new PassThrough()];
  serve(createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(fromServer)));
  const c = client(fromServer, toServer, dir);
  const first = c.published('tactics/team-000.yaml');
  await c.start();
  await first;
  const heap = async () => {
    await c.barrier('strategy.yaml');
    for (let i = 0; i < 3; i++) {
      gc();
      await new Promise((r) => setImmediate(r));
    }
    return process.memoryUsage();
  };
  const after = await heap();
  const files = Array.from({ length: 20 }, (_, i) => `tactics/team-${String(i).padStart(3, '0')}.yaml`);
  const texts = new Map(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  const strategy = readFileSync(join(dir, 'strategy.yaml'), 'utf8');
  const config = readFileSync(join(dir, 'align.config.yaml'), 'utf8');
  const versions = new Map();
  const open = new Set();
  const started = performance.now();
  for (let s = 0; s < HOUR; s++) {
    // A minute on each of five files in turn; every five minutes the strategy, every quarter of an hour the config.
    const file = files[(Math.floor(s / 60) % 5) * 4];
    if (!open.has(file)) {
      for (const f of open) c.close(f);
      open.clear();
      c.open(file, texts.get(file));
      open.add(file);
      versions.set(file, 1);
    }
    if (s % 300 === 299) {
      c.open('strategy.yaml', strategy);
      c.change('strategy.yaml', 2, strategy.replace('max_discount: 10%', `max_discount: ${10 + (s % 7)}%`));
      c.close('strategy.yaml');
    } else if (s % 900 === 899) {
      c.open('align.config.yaml', config);
      c.change('align.config.yaml', 2, `${config}rules:\n  orphan-tactic: ${s % 2 ? 'off' : 'info'}\n`);
      c.close('align.config.yaml');
    } else {
      const text = keystroke(texts.get(file), s);
      texts.set(file, text);
      versions.set(file, versions.get(file) + 1);
      c.change(file, versions.get(file), text);
    }
    if (s % 20 === 0) await c.barrier(file);
  }
  for (const f of open) c.close(f);
  const hour = await heap();
  return { after, hour, seconds: (performance.now() - started) / 1000, checks: HOUR };
}

const mb = (b) => (b / 1024 / 1024).toFixed(1);
const ms = (x) => x.toFixed(1);

const loadBefore = loadavg()[0];
const small = await latency('small', 100, 1);
const large = await latency('large', 1000, 20);
const loadLatency = loadavg()[0];
const mem = await memory();
const ratio = mem.hour.heapUsed / mem.after.heapUsed;
const verdict = (ok) => (ok ? 'met' : 'not met');

const section = [
  '## Editor server (issue 25)',
  '',
  `Written by \`node --expose-gc bench/lsp.mjs\` (run by \`npm run bench\`). Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim()}. The playbooks are bench/generate.mjs's, in a folder of their own with \`tactics: tactics/\` in its config. The machine's load average (1 min) was ${loadBefore.toFixed(1)} before the latency runs and ${loadLatency.toFixed(1)} after them (other processes share its ${cpus().length} cores, so the timings carry their noise).`,
  '',
  '| target | measured | goal | |',
  '| --- | ---: | ---: | --- |',
  `| keystroke → diagnostics published, 1,000 tactics in 20 files (median) | ${ms(large.median)} ms | ≤ 50 ms | ${verdict(large.median <= 50)} |`,
  `| keystroke → diagnostics published, 100 tactics in one file (median) | ${ms(small.median)} ms | ≤ 20 ms | ${verdict(small.median <= 20)} |`,
  `| heap after an hour of edits ÷ after the first check | ${ratio.toFixed(2)}× | ≤ 1.2× | ${verdict(ratio <= 1.2)} |`,
  '',
  '| playbook | first check and publish | keystroke → published: median | p95 | max |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...[large, small].map(
    (r) =>
      `| ${r.n.toLocaleString('en-US')} tactics in ${r.files} file${r.files === 1 ? '' : 's'} | ${ms(r.firstCheck)} ms | ${ms(r.median)} ms | ${ms(r.p95)} ms | ${ms(r.max)} ms |`,
  ),
  '',
  `Latency: \`align lsp --stdio\` as a process, driven over its pipes by vscode-jsonrpc; ${KEYSTROKES} keystrokes after 10 to warm up, each a letter of a \`supports:\` id deleted or typed back in a file of the middle of the playbook (so that each changes the file's findings and is published), timed from sending \`didChange\` to receiving \`publishDiagnostics\`. The server's debounce is 0 here; editors get the default 100 ms of quiet after the last keystroke on top, by design.`,
  '',
  `Memory: the server in the bench's own process (over in-memory streams, so that the heap can be measured after a full collection), 1,000 tactics in 20 files. ${mem.checks.toLocaleString('en-US')} checks (one a second for an hour, as the debounce turns typing into runs; ${ms(mem.seconds)} s of wall time): a minute of keystrokes in each of five files in turn, each opened and closed without saving; the strategy changed every five minutes and the config every quarter of an hour (each runs every stage). Heap used after the first check ${mb(mem.after.heapUsed)} MB, after the hour ${mb(mem.hour.heapUsed)} MB; resident set ${mb(mem.after.rss)} MB and ${mb(mem.hour.rss)} MB.`,
  '',
  "What stands in the way of 50 ms and 20 ms: a keystroke re-reads only its own file and keeps every other tactic's traits, but the rules still run over the whole playbook, every finding (1,605 in the 1,000-tactic playbook) is located again and turned into a diagnostic for every file before the unchanged files are skipped, and each run's garbage is collected. A CPU profile of the Checker's update() in one process (the same 1,000 tactics, 40 keystrokes) put the garbage collector first, then the rules' conditions, locating findings, the parser of the changed file and the conversion to diagnostics; for 100 tactics in one file, that file's YAML parse and the collector dominate. The next steps are rules that re-run only for the changed file's tactics (the playbook-wide ones over kept results), diagnostics built only for the files whose findings changed, and fewer short-lived objects per finding.",
  '',
].join('\n');

const results = join(here, 'RESULTS.md');
const old = existsSync(results) ? readFileSync(results, 'utf8') : '# Benchmark results\n';
const start = old.indexOf('## Editor server (issue 25)');
const rest = start < 0 ? '' : old.slice(start).replace(/^## Editor server \(issue 25\)[\s\S]*?(?=\n## |$)/, '');
const before = start < 0 ? old : old.slice(0, start);
writeFileSync(results, `${before.replace(/\n*$/, '\n\n')}${section}${rest}`);
console.log(section);
process.exit(0);
