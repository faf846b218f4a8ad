/** Reads a playbook file as strict UTF-8 and parses it with positions; only this stage touches YAML. */
import { readFileSync } from 'node:fs';
import { Document, LineCounter, parseDocument } from 'yaml';
import type { Finding, Location } from '../types.js';

/** One parsed YAML file with what is needed to turn offsets into lines and columns. */
export interface Source {
  /** The path as shown to the user: relative to the working directory, `/` separators. */
  file: string;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

export interface LoadedSource {
  source?: Source;
  /** The plain data (`toJS`) when the file parsed without errors. */
  data?: unknown;
  problems: Finding[];
}

/** A finding about a whole file or a spot in it that is not a rule's business. */
export function inputFinding(ruleId: string, loc: Location, message: string): Finding {
  return { ruleId, severity: 'error', message, ...loc, tactic: null, objective: null, evidence: null, related: [] };
}

export const fileStart = (file: string): Location => ({ file, line: 1, column: 1, endLine: 1, endColumn: 1 });

export function offsetsToLocation(source: Source, start: number, end: number): Location {
  const a = source.lineCounter.linePos(start);
  const b = source.lineCounter.linePos(Math.max(start, end));
  return { file: source.file, line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

function readProblem(file: string, err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'ENOENT':
      return `File not found: ${file}. Check the path, or run the command from the folder that holds your playbook.`;
    case 'EISDIR':
      return `${file} is a folder, not a YAML file. Give the path of the file itself.`;
    case 'EACCES':
    case 'EPERM':
      return `Permission denied reading ${file}. Check the file's permissions.`;
    default:
      return `Could not read ${file}: ${err.message}`;
  }
}

/** Names the encoding of a file that is not UTF-8, where its first bytes tell. */
function foreignEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 (little-endian)';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 (big-endian)';
  if (bytes.length >= 2 && bytes[0] !== 0 && bytes[1] === 0) return 'UTF-16 (little-endian, no BOM)';
  if (bytes.length >= 2 && bytes[0] === 0 && bytes[1] !== 0) return 'UTF-16 (big-endian, no BOM)';
  return null;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes strict UTF-8 (a BOM is dropped); returns an error message when the bytes are not UTF-8. */
export function decodeUtf8(file: string, bytes: Uint8Array): { text?: string; error?: string } {
  const foreign = foreignEncoding(bytes);
  if (foreign) return { error: `${file} is encoded as ${foreign}; playbooks must be UTF-8. Re-save the file as UTF-8.` };
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    let good = 0;
    // Find the first byte that breaks UTF-8, to say where.
    for (let n = bytes.length; good < n; ) {
      try {
        decoder.decode(bytes.subarray(0, Math.min(n, good + 4096)));
        good = Math.min(n, good + 4096);
      } catch {
        break;
      }
    }
    return { error: `${file} is not valid UTF-8 (near byte ${good}); re-save the file as UTF-8.` };
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
      return { start: open, end: eol < 0 ? text.length : eol, message: `YAML syntax error: the quoted text that starts here is never closed; add the closing ${q} (${what})` };
    }
  }
  if (end - start <= 1) {
    const eol = text.indexOf('\n', start);
    end = Math.max(start + 1, (eol < 0 ? text.length : eol) - (/\s*$/.exec(text.slice(start, eol < 0 ? undefined : eol))?.[0].length ?? 0));
  }
  const hints: Array<[RegExp, string]> = [
    [/nested mappings are not allowed in compact mappings|mapping values are not allowed/i, 'a colon followed by a space inside text starts a new key; put the whole text in quotes, e.g. description: "Email blast: 25% off"'],
    [/without - indicator|bad indentation|indent/i, "check that this line is indented like the lines around it (spaces only, the same depth as its siblings)"],
    [/implicit keys? need to be on a single line|implicit map keys/i, 'a key and its colon must be on one line; check for a missing closing quote or a missing colon'],
    [/more than one document|multiple documents|document start/i, 'a playbook file holds one YAML document; remove the extra --- separator or split the file'],
    [/unique/i, 'each key may appear once in a mapping'],
    [/tab/i, 'YAML indentation must use spaces, not tabs'],
    [/flow (sequence|collection|map)|missing closing|expected .*[\]}]/i, 'a bracket or brace is not closed'],
  ];
  const hint = hints.find(([re]) => re.test(what))?.[1];
  return { start, end, message: `YAML syntax error: ${what}${hint ? ` — ${hint}` : ''}.` };
}

/** Reads, decodes and parses one YAML file; every syntax error becomes a `yaml-syntax` finding. */
export function loadSource(absPath: string, file: string): LoadedSource {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(absPath);
  } catch (err) {
    return { problems: [inputFinding('input', fileStart(file), readProblem(file, err as NodeJS.ErrnoException))] };
  }
  const decoded = decodeUtf8(file, bytes);
  if (decoded.text === undefined) return { problems: [inputFinding('input', fileStart(file), decoded.error ?? 'unreadable')] };
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, keepSourceTokens: false });
  const source: Source = { file, text, doc, lineCounter };
  const problems: Finding[] = doc.errors.map((e) => {
    const d = describeYamlError(e.code, e.message, text, e.pos);
    return inputFinding('yaml-syntax', offsetsToLocation(source, d.start, d.end), d.message);
  });
  if (problems.length > 0) return { source, problems };
  try {
    return { source, data: doc.toJS({ maxAliasCount: 100 }), problems };
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { source, problems: [inputFinding('yaml-syntax', fileStart(file), `YAML could not be read: ${why}.`)] };
  }
}
