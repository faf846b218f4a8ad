/** Reads a playbook file as strict UTF-8 and parses it with positions; only this stage touches YAML. */
import { closeSync, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { Composer, type Document, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, type Node, Parser, YAMLParseError } from 'yaml';
import { type Finding, fileStart, inputFinding, type Location } from '../types.js';
import type { ParseCache } from './cache.js';
import { composeFast, depthChecked, TooDeep } from './compose.js';
import { indexDocument, type PosNode } from './positions.js';
import { excerpt, quotesBounded } from './quote.js';

/** One parsed YAML file with what is needed to turn offsets into lines and columns. */
export interface Source {
  /** The path as shown to the user: relative to the working directory, `/` separators. */
  file: string;
  text: string;
  /** Where each node sits; null for an empty file. */
  root: PosNode | null;
  lineCounter: LineCounter;
}

export interface LoadedSource {
  source?: Source;
  /** The plain data (`toJS`) when the file parsed without errors. */
  data?: unknown;
  problems: Finding[];
}

/** At most this many input errors are listed per file: a hostile file could otherwise produce millions. */
export const MAX_INPUT_ERRORS_PER_FILE = 100;

/**
 * Turns problems into findings, locating only the first MAX_INPUT_ERRORS_PER_FILE; the rest are
 * counted in one closing finding. `items` must be in file order.
 */
export function capFindings<T>(items: T[], file: string, toFinding: (item: T) => Finding): Finding[] {
  const shown = items.slice(0, MAX_INPUT_ERRORS_PER_FILE).map(toFinding);
  const rest = items.length - shown.length;
  if (rest > 0) {
    const { fix: _, ...at } = toFinding(items[MAX_INPUT_ERRORS_PER_FILE]!);
    shown.push({ ...at, message: `…and ${rest} more input errors in ${file}, not listed. Fix the ones above and run again.`, evidence: null, related: [] });
  }
  return shown;
}

export function offsetsToLocation(source: Source, start: number, end: number): Location {
  const a = source.lineCounter.linePos(start);
  const b = source.lineCounter.linePos(Math.max(start, end));
  return { file: source.file, line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

/** Locations in a text that is not YAML (a baseline), with the same line counting as the loaded files. */
export function textLocator(file: string, text: string): (start: number, end: number) => Location {
  const lineCounter = new LineCounter();
  lineCounter.lineStarts = lineStartsOf(text);
  return (start, end) => offsetsToLocation({ file, text, root: null, lineCounter }, start, end);
}

/** Why a file could not be read, in words, from the system's error. */
export function readProblem(file: string, err: { code?: string | undefined; message: string }): string {
  switch (err.code) {
    case 'ENOENT':
      return `File not found: ${file}. Check the path, or run the command from the folder that holds your playbook.`;
    case 'EISDIR':
      return `${file} is a folder, not a YAML file. Give the path of the file itself.`;
    case 'EACCES':
    case 'EPERM':
      return `Permission denied reading ${file}. Check the file's permissions.`;
    case 'ELOOP':
      return `${file} is a symbolic link that points back to itself (a link loop).`;
    default:
      return `Could not read ${file}: ${err.message}`;
  }
}

/** Limits that keep a hostile or broken file from hanging or exhausting the checker. */
export interface Limits {
  /** Bytes; default 10 MB. */
  maxFileSize: number;
  /** Nesting depth of mappings and lists. */
  maxDepth: number;
  /** Characters in one mapping key. */
  maxKeyLength: number;
  /**
   * Values that aliases may add to a file when they are expanded, counted by the size of what each
   * repeats (an alias of a 10,000-item list adds 10,001 values), not by how many aliases there are.
   */
  maxAliasValues: number;
}

export const DEFAULT_LIMITS: Limits = { maxFileSize: 10 * 1024 * 1024, maxDepth: 64, maxKeyLength: 1024, maxAliasValues: 100_000 };

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MB`;
const tooBig = (file: string, size: number, maxFileSize: number) =>
  `${file} is ${mb(size)}, over the ${mb(maxFileSize)} limit for one file. Split it into several files, or raise the limit with --max-file-size.`;

/** Reads a regular file whole, refusing what is too big and noticing a file that changes while it is read. */
export function readBytes(absPath: string, file: string, maxFileSize: number): { bytes?: Uint8Array; error?: string } {
  let fd: number | undefined;
  try {
    const before = statSync(absPath);
    if (before.isDirectory()) return { error: readProblem(file, Object.assign(new Error(), { code: 'EISDIR' })) };
    if (!before.isFile()) return { error: `${file} is not a regular file (it is a device, a pipe or a socket); give a YAML file.` };
    if (before.size > maxFileSize) return { error: tooBig(file, before.size, maxFileSize) };
    fd = openSync(absPath, 'r');
    const bytes = readFileSync(fd);
    const after = fstatSync(fd);
    if (after.size !== before.size || after.mtimeMs !== before.mtimeMs || bytes.length !== after.size) {
      return { error: `${file} changed while it was being read; run the check again once it is saved.` };
    }
    return { bytes };
  } catch (err) {
    return { error: readProblem(file, err as NodeJS.ErrnoException) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Names the encoding of a file that is not UTF-8, where its first bytes tell. */
function foreignEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return 'UTF-32 (little-endian)';
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return 'UTF-32 (big-endian)';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 (little-endian)';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 (big-endian)';
  if (bytes.length >= 2 && bytes[0] !== 0 && bytes[1] === 0) return 'UTF-16 (little-endian, no BOM)';
  if (bytes.length >= 2 && bytes[0] === 0 && bytes[1] !== 0) return 'UTF-16 (big-endian, no BOM)';
  return null;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Whether a prefix of bytes is valid UTF-8, allowing it to end inside a character. */
const validPrefix = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
};

/** Decodes strict UTF-8 (a BOM is dropped); returns an error message when the bytes are not UTF-8. */
export function decodeUtf8(file: string, bytes: Uint8Array): { text?: string; error?: string } {
  const foreign = foreignEncoding(bytes);
  if (foreign) return { error: `${file} is encoded as ${foreign}; playbooks must be UTF-8. Re-save the file as UTF-8.` };
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    // Binary search for the longest valid prefix: the first bad byte follows it.
    let lo = 0;
    let hi = bytes.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (validPrefix(bytes.subarray(0, mid))) lo = mid;
      else hi = mid - 1;
    }
    const good = lo;
    // Mostly ASCII with lone high bytes is how Latin-1 and Windows-1252 files look.
    const high = bytes.filter((b) => b >= 0x80).length;
    const guess = high > 0 && high < bytes.length / 4 ? ' It looks like Latin-1 or Windows-1252.' : '';
    return { error: `${file} is not valid UTF-8 (the first bad byte is at offset ${good}).${guess} Re-save the file as UTF-8.` };
  }
}

/** Plain-language help for the `yaml` package's error codes, and a better spot where its own is the end of the file. */
function describeYamlError(code: string, message: string, text: string, pos: [number, number]): { start: number; end: number; message: string } {
  let [start, end] = pos;
  const what = message.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  // Point at the first character of the line rather than its indentation.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (/^[ \t]*$/.test(text.slice(lineStart, start))) {
    const m = /^[ \t]*/.exec(text.slice(start));
    if (m && text[start + m[0].length] !== '\n' && start + m[0].length < text.length) {
      start += m[0].length;
      end = Math.max(end, start + 1);
    }
  }
  if (code === 'MISSING_CHAR' && /quote/i.test(what)) {
    const q = what.includes("'") && !what.includes('"') ? "'" : '"';
    const open = text.lastIndexOf(q, pos[0] - 1);
    if (open >= 0) {
      const eol = text.indexOf('\n', open);
      return {
        start: open,
        end: eol < 0 ? text.length : eol,
        message: `YAML syntax error: the quoted text that starts here is never closed; add the closing ${q} (${what})`,
      };
    }
  }
  if (end - start <= 1) {
    const eol = text.indexOf('\n', start);
    end = Math.max(start + 1, (eol < 0 ? text.length : eol) - (/\s*$/.exec(text.slice(start, eol < 0 ? undefined : eol))?.[0].length ?? 0));
  }
  const hints: Array<[RegExp, string]> = [
    [
      /nested mappings are not allowed in compact mappings|mapping values are not allowed/i,
      'a colon followed by a space inside text starts a new key; put the whole text in quotes, e.g. description: "Email blast: 25% off"',
    ],
    [/without - indicator|bad indentation|indent/i, 'check that this line is indented like the lines around it (spaces only, the same depth as its siblings)'],
    [
      /implicit keys? need to be on a single line|implicit map keys/i,
      'a key and its colon must be on one line; check for a missing closing quote or a missing colon',
    ],
    [/more than one document|multiple documents|document start/i, 'a playbook file holds one YAML document; remove the extra --- separator or split the file'],
    [/unique/i, 'each key may appear once in a mapping'],
    [/at most 1024 chars/i, 'a key may be at most 1,024 characters; keys are short names'],
    [/maximum call stack|resource exhaustion/i, 'the file is nested too deeply; a playbook never needs that many levels'],
    [/tab/i, 'YAML indentation must use spaces, not tabs'],
    [/flow (sequence|collection|map)|missing closing|expected .*[\]}]/i, 'a bracket or brace is not closed'],
  ];
  const hint = hints.find(([re]) => re.test(what))?.[1];
  return { start, end, message: `YAML syntax error: ${quotesBounded(what)}${hint ? ` — ${hint}` : ''}.` };
}

/** Problems in the text itself that the YAML parser would misread or accept silently, as [start, end, message]. */
function textProblems(text: string): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  const located = (start: number, end: number, message: string) => [start, end, message] as [number, number, string];
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters in hostile input is the point
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    out.push(
      located(
        control.index,
        control.index + 1,
        `The control character U+${code}${code === '0000' ? ' (NUL)' : ''} is not allowed in a playbook; remove it (it often comes from copying out of another program).`,
      ),
    );
  }
  const loneCr = /\r(?!\n)/.exec(text);
  if (loneCr) {
    out.push(
      located(
        loneCr.index,
        loneCr.index + 1,
        'This file ends lines with a carriage return alone (old Mac line endings), which YAML misreads. Save it with LF or CRLF line endings.',
      ),
    );
  }
  // Two %YAML directives for one document (the parser accepts it; the YAML spec does not).
  const directives = [...text.matchAll(/^%YAML\b.*$/gm)];
  const docStart = /^---/m.exec(text)?.index ?? text.length;
  const early = directives.filter((d) => d.index < docStart);
  if (early.length > 1)
    out.push(located(early[1]!.index, early[1]!.index + early[1]![0].length, 'YAML syntax error: the %YAML directive is repeated; keep one.'));
  return out;
}

/** Walks the parsed document once: duplicate and over-long keys, nesting depth, unresolved tags. */
function structureProblems(
  doc: Document.Parsed,
  limits: Limits,
  located: (start: number, end: number, message: string, related?: Finding['related']) => Finding,
  source: Source,
): Finding[] {
  const out: Finding[] = [];
  const stack: Array<[Node, number]> = doc.contents ? [[doc.contents as Node, 1]] : [];
  let tooDeep = false;
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > limits.maxDepth) {
      if (!tooDeep) {
        const r = node.range ?? [0, 0];
        out.push(located(r[0], r[0] + 1, `YAML nested more than ${limits.maxDepth} levels deep; a playbook never needs that many. Flatten the structure.`));
      }
      tooDeep = true;
      continue;
    }
    if (isMap(node)) {
      const seen = new Map<string, Node>();
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        if (isScalar(key)) {
          const id = `${typeof key.value}:${String(key.value)}`;
          const r = key.range ?? [0, 0];
          if (typeof key.value === 'string' && key.value.length > limits.maxKeyLength) {
            out.push(
              located(
                r[0],
                r[0] + 1,
                `A key of ${key.value.length.toLocaleString('en-US')} characters is over the ${limits.maxKeyLength}-character limit; keys are short names.`,
              ),
            );
          }
          const first = seen.get(id);
          if (first) {
            const f = offsetsToLocation(source, first.range![0], first.range![1]);
            out.push(
              located(
                r[0],
                r[1],
                `YAML syntax error: the key '${excerpt(String(key.value))}' appears twice in this mapping (first at line ${f.line}); each key may appear once.`,
                [{ file: f.file, line: f.line, column: f.column, message: 'first occurrence' }],
              ),
            );
          } else seen.set(id, key);
        } else if (key && (isMap(key) || isSeq(key))) {
          const r = key.range ?? [0, 0];
          out.push(
            located(
              r[0],
              r[1],
              'A list or mapping is used as a key here; keys in a playbook are plain names. Check the indentation and the colons on this line.',
            ),
          );
        }
        if (pair.value && (isMap(pair.value) || isSeq(pair.value))) stack.push([pair.value as Node, depth + 1]);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) if (isMap(item) || isSeq(item)) stack.push([item as Node, depth + 1]);
    }
  }
  for (const w of doc.warnings) {
    if (w.code !== 'TAG_RESOLVE_FAILED') continue;
    const found = /Unresolved tag: (.*)$/.exec(w.message)?.[1]?.replace(/^tag:yaml\.org,2002:/, '!!');
    const tag = found ? excerpt(found) : 'a custom tag';
    out.push(
      located(
        w.pos[0],
        w.pos[1],
        `YAML tag ${tag} is not allowed: playbooks hold plain text, numbers, lists and mappings, and align never runs code from data. Remove the tag.`,
      ),
    );
  }
  return out;
}

/**
 * Resolves every alias to its anchor in one walk, in document order (yaml's `Alias.resolve` walks
 * the whole document again for each alias: 40,000 aliases took minutes), and counts what the
 * aliases expand to: an alias adds as many values as the node it repeats holds, aliases inside it
 * included, so `[*big, *big, …]` of a 10,000-item list is refused at the tenth alias, while a
 * thousand aliases of one word are fine. With no problem, each alias is replaced by its anchor's
 * node, so that `toJS` copies it (what every later stage walks) and never resolves an alias itself.
 */
function aliasProblems(doc: Document.Parsed, limits: Limits): Array<[number, number, string]> {
  const root = doc.contents as Node | null;
  if (!root) return [];
  const out: Array<[number, number, string]> = [];
  /** Values each node expands to; set when the walk leaves the node. */
  const size = new Map<Node, number>();
  const anchors = new Map<string, Node>();
  /** Where each alias sits (a list and its index, or a pair and 'key' or 'value'), and the node it repeats. */
  type Slot = [Record<string | number, unknown>, string | number];
  const slots: Array<[Slot, Node]> = [];
  let added = 0;
  // [node, leaving, where it sits]: children are pushed in reverse, so they are met in document order.
  const stack: Array<[Node, boolean, Slot | null]> = [[root, false, null]];
  const children = (node: Node): Array<[Node, Slot]> => {
    const list: Array<[Node, Slot]> = [];
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const p = pair as unknown as Slot[0];
        if (pair.key && typeof pair.key === 'object') list.push([pair.key as Node, [p, 'key']]);
        if (pair.value && typeof pair.value === 'object') list.push([pair.value as Node, [p, 'value']]);
      }
    } else if (isSeq(node)) {
      const items = node.items as unknown as Slot[0];
      node.items.forEach((item, i) => {
        if (item && typeof item === 'object') list.push([item as Node, [items, i]]);
      });
    }
    return list;
  };
  while (stack.length) {
    const [node, leaving, slot] = stack.pop()!;
    if (leaving) {
      let n = 1;
      for (const [c] of children(node)) n += size.get(c) ?? 1;
      size.set(node, n);
      continue;
    }
    // An anchor counts from where it starts: an alias inside the node it names is inside its own value.
    if (node.anchor) anchors.set(node.anchor, node);
    if (isAlias(node)) {
      const r = node.range ?? [0, 0];
      const name = excerpt(node.source);
      const target = anchors.get(node.source);
      size.set(node, 1);
      if (!target) {
        out.push([
          r[0],
          r[1],
          `YAML syntax error: the alias *${name} names no anchor; an alias repeats a value marked &${name} above it. Write the value out, or add the anchor.`,
        ]);
        continue;
      }
      const n = size.get(target);
      // The walk has not left the anchor's node yet: the alias is inside it.
      if (n === undefined) {
        out.push([
          r[0],
          r[1],
          `YAML syntax error: the alias *${name} is inside the value its anchor &${name} names, so it would repeat itself forever. Write the value out instead of the alias.`,
        ]);
        continue;
      }
      size.set(node, n);
      added += n;
      if (added > limits.maxAliasValues) {
        out.push([
          r[0],
          r[1],
          `YAML aliases in this file expand to more than ${limits.maxAliasValues.toLocaleString('en-US')} values (this one repeats ${n.toLocaleString('en-US')} of &${name}), as in an "alias bomb". Write the values out instead of repeating aliases.`,
        ]);
        return out;
      }
      if (slot) slots.push([slot, target]);
      continue;
    }
    if (!isMap(node) && !isSeq(node)) {
      size.set(node, 1);
      continue;
    }
    stack.push([node, true, slot]);
    const list = children(node);
    for (let i = list.length - 1; i >= 0; i--) stack.push([list[i]![0], false, list[i]![1]]);
  }
  if (out.length) return out;
  for (const [[container, key], target] of slots) container[key] = target;
  if (isAlias(root)) doc.contents = (anchors.get(root.source) ?? null) as typeof doc.contents;
  return out;
}

/** Where each line starts: after every LF, and after a CR that no LF follows. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** This module's file, for the parse cache's key (cache.ts). */
export const MODULE_URL = import.meta.url;

/** Reads and decodes one file as strict UTF-8 (a BOM is dropped), or says why it cannot be read. */
function readText(absPath: string, file: string, limits: Limits): { bytes: Uint8Array; text: string } | { problems: Finding[] } {
  const read = readBytes(absPath, file, limits.maxFileSize);
  if (!read.bytes) return { problems: [inputFinding('input', fileStart(file), read.error ?? 'unreadable')] };
  return textOf(read.bytes, file);
}

function textOf(bytes: Uint8Array, file: string): { bytes: Uint8Array; text: string } | { problems: Finding[] } {
  const decoded = decodeUtf8(file, bytes);
  if (decoded.text === undefined) return { problems: [inputFinding('input', fileStart(file), decoded.error ?? 'unreadable')] };
  return { bytes, text: decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text };
}

/** Decodes and parses a file's bytes read elsewhere (a git blob), with the limits a file on disk has. */
export function loadBytes(bytes: Uint8Array, file: string, limits: Limits = DEFAULT_LIMITS): LoadedSource {
  if (bytes.length > limits.maxFileSize) return { problems: [inputFinding('input', fileStart(file), tooBig(file, bytes.length, limits.maxFileSize))] };
  const read = textOf(bytes, file);
  return 'problems' in read ? read : parseSource(file, read.text, limits);
}

/** Reads, decodes and parses one YAML file; every syntax error becomes a `yaml-syntax` finding. `cache`: see cache.ts. */
export function loadSource(absPath: string, file: string, limits: Limits = DEFAULT_LIMITS, cache?: ParseCache): LoadedSource {
  const read = readText(absPath, file, limits);
  if ('problems' in read) return read;
  const hit = cache?.get(file, read.bytes, read.text, limits);
  if (hit) return hit;
  const loaded = parseSource(file, read.text, limits);
  cache?.set(file, read.bytes, limits, loaded);
  return loaded;
}

/** What the cache holds for a file as it is now, without parsing it; undefined on a miss. */
export function cachedSource(absPath: string, file: string, limits: Limits, cache: ParseCache): LoadedSource | undefined {
  const read = readText(absPath, file, limits);
  return 'problems' in read ? undefined : cache.get(file, read.bytes, read.text, limits);
}

/**
 * Parses the text of one YAML file. Most files take the fast path (compose.ts: data and positions
 * straight from yaml's CST); anything it does not handle goes through `parseDocument`, which
 * reports every problem. `fast: false` forces the second path (the tests compare the two).
 */
export function parseSource(file: string, text: string, limits: Limits = DEFAULT_LIMITS, opts: { fast?: boolean } = {}): LoadedSource {
  const early = textProblems(text);
  if (!early.length && opts.fast !== false) {
    const fast = composeFast(text, limits);
    if (fast) return { source: { file, text, root: fast.root, lineCounter: fast.lineCounter }, data: fast.data, problems: [] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, lineCounter, limits);
  // yaml's lexer misses line breaks inside the tokens it gives up on (an unclosed quote swallows
  // several lines), which put later errors on the wrong line: the lines are counted from the text.
  lineCounter.lineStarts = lineStartsOf(text);
  const source: Source = { file, text, root: doc instanceof TooDeep ? null : indexDocument(doc), lineCounter };
  const located = (start: number, end: number, message: string, related: Finding['related'] = []) => ({
    ...inputFinding('yaml-syntax', offsetsToLocation(source, start, end), message),
    related,
  });
  if (doc instanceof TooDeep)
    return {
      source,
      problems: [
        located(doc.offset, doc.offset + 1, `YAML nested more than ${limits.maxDepth} levels deep; a playbook never needs that many. Flatten the structure.`),
      ],
    };
  // Every kind of input error is capped per file: a flood of them is a denial of service for a CI log.
  if (early.length) return { source, problems: capFindings(early, file, ([start, end, message]) => located(start, end, message)) };
  const problems: Finding[] = capFindings(doc.errors, file, (e) => {
    const d = describeYamlError(e.code, e.message, text, e.pos);
    return located(d.start, d.end, d.message);
  });
  if (problems.length > 0) return { source, problems };
  const structure = structureProblems(doc, limits, located, source);
  if (structure.length) return { source, problems: capFindings(structure, file, (f) => f) };
  const aliases = aliasProblems(doc, limits);
  if (aliases.length) return { source, problems: capFindings(aliases, file, ([start, end, message]) => located(start, end, message)) };
  // No alias is left (aliasProblems put their anchors' nodes in their place): nothing for yaml to count.
  return { source, data: doc.toJS({ maxAliasCount: -1 }), problems };
}

/**
 * yaml's `parseDocument`, with nesting refused as the parser reaches it (compose.ts, TooDeep) and
 * duplicate keys left to structureProblems (yaml's own check is quadratic in a mapping's keys).
 */
function parseDocument(text: string, lineCounter: LineCounter, limits: Limits): Document.Parsed | TooDeep {
  const composer = new Composer({ prettyErrors: false, keepSourceTokens: false, uniqueKeys: false, logLevel: 'error' });
  let doc: Document.Parsed | null = null;
  try {
    for (const d of composer.compose(depthChecked(text, new Parser(lineCounter.addNewLine), limits.maxDepth), true, text.length)) {
      if (!doc) doc = d;
      else {
        doc.errors.push(
          new YAMLParseError([d.range[0], d.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'),
        );
        break;
      }
    }
  } catch (err) {
    if (err instanceof TooDeep) return err;
    throw err;
  }
  // compose(…, true) always ends with a document.
  return doc!;
}
