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

const YAML_HINTS: Record<string, string> = {
  BAD_INDENT: 'check that this line is indented like its siblings',
  MISSING_CHAR: 'a quote or bracket is not closed',
  MULTILINE_IMPLICIT_KEY: 'a key must fit on one line; check for a missing closing quote or a missing colon on the line above',
  MULTIPLE_DOCS: 'a playbook file holds one YAML document; remove the extra `---` separator or split the file',
  DUPLICATE_KEY: 'each key may appear once in a mapping',
  TAB_AS_INDENT: 'YAML indentation must use spaces, not tabs',
  UNEXPECTED_TOKEN: 'check the punctuation on this line',
  BLOCK_AS_IMPLICIT_KEY: 'check the indentation of this line and the one above',
};

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
    const [start, end] = e.pos;
    const hint = YAML_HINTS[e.code];
    const what = e.message.replace(/\s+/g, ' ').trim();
    return inputFinding('yaml-syntax', offsetsToLocation(source, start, end), `YAML syntax error: ${what}${hint ? ` (${hint})` : ''}.`);
  });
  if (problems.length > 0) return { source, problems };
  try {
    return { source, data: doc.toJS({ maxAliasCount: 100 }), problems };
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { source, problems: [inputFinding('yaml-syntax', fileStart(file), `YAML could not be read: ${why}.`)] };
  }
}
