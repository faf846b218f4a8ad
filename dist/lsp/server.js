/**
 * `align lsp`: the editor server. It runs the same pipeline as `align check` through a Checker per
 * workspace folder, and re-runs from the one file that changed: an edit to a tactics file re-reads
 * that file only and keeps the other tactics' traits; an edit to the strategy rebuilds every tactic
 * (so every open tactics file is checked again); an edit to the config runs every stage. Open
 * buffers are read in place of their files, the config's included; a buffer closed without saving
 * gives its file back to the disk. The repository boundary and every rule for untrusted input are
 * the load stage's own, so they hold here unchanged; the server never writes a file (its fixes are
 * edits the editor applies).
 */
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CodeActionKind, CompletionItemKind, createConnection, ProposedFeatures, SymbolKind, TextDocumentSyncKind, TextDocuments, } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { offsetOf } from '../findings/fix.js';
import { locate } from '../load/locate.js';
import { Checker } from '../pipeline.js';
import { actionsFor } from './actions.js';
import { diagnosticsByFile, toDiagnostic } from './diagnostics.js';
import { audienceHover, objectiveHover, tacticHover } from './hover.js';
import { AUDIENCES, completionContext, itemAt, itemsOf, OBJECTIVES, referenceAt } from './navigation.js';
const DEFAULT_DEBOUNCE = 100;
const STRATEGY_LISTS = ['objectives', 'ideal_customers', 'exclude', 'guardrails'];
const SYMBOL_KINDS = {
    tactics: SymbolKind.Function,
    objectives: SymbolKind.Event,
    ideal_customers: SymbolKind.Class,
    exclude: SymbolKind.Class,
    guardrails: SymbolKind.Key,
};
/** Where the package's docs are, for each rule's link. */
const PACKAGE_ROOT = new URL('../../', import.meta.url);
/** One workspace folder: its Checker, the last result, and what was last published. */
export class Project {
    root;
    checker;
    result;
    /** The strategy of the last result that had a playbook (completion and navigation work on while a file has errors). */
    strategyFile;
    lastPlaybook;
    /** Files whose buffer stands in for them in the Checker. */
    buffered = new Set();
    /** What was last published, by URI, to send only what changed. */
    published = new Map();
    constructor(root, settings) {
        this.root = root;
        const options = {
            cwd: root,
            ...(settings.config ? { config: settings.config } : {}),
            ...(settings.today ? { today: settings.today } : {}),
        };
        this.checker = new Checker(options);
    }
    /** A file as findings show it: relative to the folder, with `/`. */
    file(abs) {
        const r = relative(this.root, abs);
        return (r === '' ? '.' : r).split(sep).join('/');
    }
    absolute(file) {
        return resolve(this.root, file);
    }
    check() {
        return this.remember(this.checker.check());
    }
    /** A buffer's text stands in for its file (undefined: the file on disk again), and the check re-runs from it. */
    update(file, text) {
        if (text === undefined)
            this.buffered.delete(file);
        else
            this.buffered.add(file);
        return this.remember(this.checker.update(file, text));
    }
    /** Whether the check reads this file (strategy, tactics, config, what the config extends). */
    reads(file) {
        return !!this.result && (this.result.sources.has(file) || (this.result.configFile !== undefined && this.file(this.result.configFile) === file));
    }
    get reader() {
        return this.checker.reader();
    }
    remember(result) {
        this.result = result;
        if (result.playbook) {
            this.lastPlaybook = result.playbook;
            this.strategyFile = result.playbook.strategy.file;
        }
        return result;
    }
    /** The strategy's source, as last checked. */
    strategySource() {
        return this.strategyFile ? this.result?.sources.get(this.strategyFile) : undefined;
    }
}
/** LSP positions and offsets in a checked source (UTF-16 units on both sides). */
const offsetIn = (source, p) => offsetOf(source.text, source.lineCounter.lineStarts, p.line + 1, p.character + 1);
function positionIn(source, offset) {
    const { line, col } = source.lineCounter.linePos(offset);
    return { line: line - 1, character: col - 1 };
}
const rangeIn = (source, start, end) => ({ start: positionIn(source, start), end: positionIn(source, end) });
/** Starts the server on standard input and output; the protocol library ends the process on `exit` or when the editor goes away. */
export function serve(connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout)) {
    const documents = new TextDocuments(TextDocument);
    const projects = [];
    let settings = {};
    let timer;
    /** Buffers changed since the last run, by URI. */
    const pending = new Map();
    /** The project and file of a URI, when it is a file inside a workspace folder. */
    const locateUri = (uri) => {
        if (!uri.startsWith('file:'))
            return null;
        const abs = fileURLToPath(uri);
        const project = projects
            .filter((p) => abs === p.root || abs.startsWith(p.root.endsWith(sep) ? p.root : p.root + sep))
            .sort((a, b) => b.root.length - a.root.length)[0];
        return project ? { project, file: project.file(abs) } : null;
    };
    const docsUrl = (result) => (ruleId) => {
        const docs = result?.rules.find((r) => r.id === ruleId)?.docs;
        return docs ? new URL(docs, PACKAGE_ROOT).href : undefined;
    };
    /** Sends each file's diagnostics that changed since they were last sent. */
    const publish = (project) => {
        const result = project.result;
        if (!result)
            return;
        const schema = settings.schemaDiagnostics !== false;
        const byFile = diagnosticsByFile(result, { absolute: (f) => project.absolute(f), schema, docs: docsUrl(result) });
        const seen = new Set();
        for (const [file, diagnostics] of byFile) {
            // A finding about a file that was never read (a strategy that does not exist) has no buffer to show it in.
            if (!result.sources.has(file)) {
                for (const d of diagnostics)
                    connection.console.warn(`${file}: ${d.message}`);
                continue;
            }
            const uri = pathToFileURL(project.absolute(file)).href;
            seen.add(uri);
            send(project, uri, diagnostics);
        }
        for (const uri of [...project.published.keys()])
            if (!seen.has(uri))
                send(project, uri, []);
    };
    const send = (project, uri, diagnostics) => {
        const key = JSON.stringify(diagnostics);
        if (project.published.get(uri) === key)
            return;
        if (diagnostics.length || project.published.has(uri)) {
            const version = documents.get(uri)?.version;
            void connection.sendDiagnostics({ uri, ...(version !== undefined ? { version } : {}), diagnostics });
        }
        if (diagnostics.length)
            project.published.set(uri, key);
        else
            project.published.delete(uri);
    };
    /** Runs the check for every buffer changed since the last run, then publishes. */
    const flush = () => {
        if (timer)
            clearTimeout(timer);
        timer = undefined;
        const changed = new Set();
        for (const [uri, doc] of pending) {
            pending.delete(uri);
            const at = locateUri(uri);
            if (!at)
                continue;
            const { project, file } = at;
            const text = doc.getText();
            // A buffer that holds what was checked (a file just opened) needs no run.
            if (project.result?.sources.get(file)?.text === text && !project.buffered.has(file))
                continue;
            if (!project.reads(file) && !project.buffered.has(file))
                continue;
            project.update(file, text);
            changed.add(project);
        }
        for (const p of changed)
            publish(p);
    };
    const schedule = (doc) => {
        pending.set(doc.uri, doc);
        const wait = settings.debounce ?? DEFAULT_DEBOUNCE;
        if (timer)
            clearTimeout(timer);
        if (wait <= 0)
            flush();
        else
            timer = setTimeout(flush, wait);
    };
    /** The project, file, source and offset a request is about, after running any change still waiting. */
    const at = (uri, position) => {
        if (pending.size)
            flush();
        const found = locateUri(uri);
        const source = found?.project.result?.sources.get(found.file);
        if (!found || !source)
            return null;
        return { ...found, source, offset: position ? offsetIn(source, position) : 0 };
    };
    connection.onInitialize((params) => {
        settings = (params.initializationOptions ?? {});
        const folders = params.workspaceFolders?.map((f) => fileURLToPath(f.uri)) ?? [];
        if (!folders.length)
            folders.push(params.rootUri ? fileURLToPath(params.rootUri) : (params.rootPath ?? process.cwd()));
        for (const f of folders)
            projects.push(new Project(resolve(f), settings));
        return {
            capabilities: {
                textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
                codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
                hoverProvider: true,
                definitionProvider: true,
                documentSymbolProvider: true,
                completionProvider: { triggerCharacters: ['[', ',', ' '] },
            },
            serverInfo: { name: 'align' },
        };
    });
    connection.onInitialized(() => {
        for (const p of projects) {
            p.check();
            // Buffers opened before the first check.
            for (const doc of documents.all())
                if (locateUri(doc.uri)?.project === p)
                    pending.set(doc.uri, doc);
        }
        flush();
        for (const p of projects)
            publish(p);
    });
    documents.onDidChangeContent((e) => {
        if (projects.some((p) => p.result))
            schedule(e.document);
        else
            pending.set(e.document.uri, e.document);
    });
    documents.onDidClose((e) => {
        pending.delete(e.document.uri);
        const found = locateUri(e.document.uri);
        if (!found?.project.buffered.has(found.file))
            return;
        found.project.update(found.file, undefined);
        publish(found.project);
    });
    documents.onDidSave((e) => {
        // A file saved that the check does not read yet (a new tactics file a folder or glob takes in): find the files again.
        const found = locateUri(e.document.uri);
        if (!found || found.project.reads(found.file) || !/\.ya?ml$/i.test(found.file))
            return;
        found.project.check();
        publish(found.project);
    });
    connection.onDidChangeWatchedFiles(() => {
        for (const p of projects) {
            p.check();
            publish(p);
        }
    });
    connection.onCodeAction((params) => {
        const a = at(params.textDocument.uri);
        if (!a?.project.result)
            return [];
        if (params.context.only && !params.context.only.some((k) => CodeActionKind.QuickFix.startsWith(k)))
            return [];
        const { project, file, source } = a;
        const result = project.result;
        const start = offsetIn(source, params.range.start);
        const end = offsetIn(source, params.range.end);
        const waivable = new Set(result.rules.filter((r) => r.kind === 'check').map((r) => r.id));
        const docs = { absolute: (f) => project.absolute(f), schema: true, docs: docsUrl(result) };
        return actionsFor(result, file, start, end, { waivableRules: waivable }).map((action) => ({
            title: action.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [toDiagnostic(action.finding, result.sources, docs)],
            isPreferred: action.preferred,
            edit: { changes: editsByUri(project, result, action) },
        }));
    });
    connection.onHover((params) => {
        const a = at(params.textDocument.uri, params.position);
        const playbook = a?.project.result?.playbook;
        if (!a || !playbook)
            return null;
        const { project, file, source, offset } = a;
        const where = (t) => {
            const s = project.result.sources.get(t.at.file);
            return s ? `${t.at.file}:${locate(s, t.at.path).line}` : t.at.file;
        };
        const ref = referenceAt(source, offset);
        let value = null;
        if (ref?.kind === 'supports') {
            const o = playbook.strategy.objectives.find((x) => x.id === ref.id);
            value = o ? objectiveHover(o, playbook, where) : null;
        }
        else if (ref?.kind === 'targets')
            value = audienceHover(ref.id, playbook);
        else {
            const item = itemAt(source, offset);
            if (item?.list === 'tactics') {
                const t = playbook.tactics.find((x) => x.at.file === file && x.at.path[0] === 'tactics' && x.at.path[1] === item.index);
                value = t ? tacticHover(t, project.reader) : null;
            }
            else if (item?.list === 'objectives' && file === playbook.strategy.file) {
                const o = playbook.strategy.objectives.find((x) => x.at.path[1] === item.index);
                value = o ? objectiveHover(o, playbook, where) : null;
            }
        }
        return value ? { contents: { kind: 'markdown', value } } : null;
    });
    connection.onDefinition((params) => {
        const a = at(params.textDocument.uri, params.position);
        if (!a)
            return null;
        const ref = referenceAt(a.source, a.offset);
        const strategy = a.project.strategySource();
        if (!ref || !strategy)
            return null;
        const item = itemsOf(strategy, ref.kind === 'supports' ? OBJECTIVES : AUDIENCES).find((i) => i.id === ref.id);
        return item ? { uri: pathToFileURL(a.project.absolute(strategy.file)).href, range: rangeIn(strategy, item.idStart, item.idEnd) } : null;
    });
    connection.onDocumentSymbol((params) => {
        const a = at(params.textDocument.uri);
        if (!a)
            return [];
        const lists = a.file === a.project.strategyFile ? STRATEGY_LISTS : ['tactics'];
        return itemsOf(a.source, lists).map((i) => ({
            name: i.id,
            ...(i.detail ? { detail: i.detail } : {}),
            kind: SYMBOL_KINDS[i.list] ?? SymbolKind.Object,
            range: rangeIn(a.source, i.start, i.end),
            selectionRange: rangeIn(a.source, i.idStart, i.idEnd),
        }));
    });
    connection.onCompletion((params) => {
        // The buffer as it is now: the word being typed may not parse yet.
        const doc = documents.get(params.textDocument.uri);
        const found = locateUri(params.textDocument.uri);
        const strategy = found?.project.strategySource();
        if (!doc || !found || !strategy)
            return [];
        const offset = doc.offsetAt(params.position);
        const ctx = completionContext(doc.getText(), offset);
        if (!ctx)
            return [];
        const range = { start: doc.positionAt(ctx.wordStart), end: params.position };
        return itemsOf(strategy, ctx.key === 'supports' ? OBJECTIVES : AUDIENCES).map((i, n) => ({
            label: i.id,
            kind: ctx.key === 'supports' ? CompletionItemKind.EnumMember : CompletionItemKind.Class,
            ...(i.detail ? { detail: i.detail } : {}),
            sortText: String(n).padStart(4, '0'),
            textEdit: { range, newText: i.id },
        }));
    });
    documents.listen(connection);
    connection.listen();
}
/** An action's edits as the protocol's, by URI, with ranges in each file's checked text. */
function editsByUri(project, result, action) {
    const out = {};
    for (const e of action.edits) {
        const source = result.sources.get(e.file);
        if (!source)
            continue;
        const uri = pathToFileURL(project.absolute(e.file)).href;
        const edit = { range: rangeIn(source, e.start, e.end), newText: e.text };
        out[uri] = [...(out[uri] ?? []), edit];
    }
    return out;
}
