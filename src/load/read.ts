/** The load stage: discover the files, read, parse and validate each, so that every input error is reported in one run. It returns what it read. */
import { resolve } from 'node:path';
import { type Finding, fileStart, inputFinding } from '../types.js';
import { boundaryOf, escapingLink, realOf, where } from './boundary.js';
import { ParseCache, userCacheRoot } from './cache.js';
import { type DiscoverInput, discover } from './discover.js';
import { disk, type Files } from './files.js';
import type { Concurrency } from './parallel.js';
import { type StrategyFile, strategyFile, type TacticsFile, tacticsFile } from './schema.js';
import { type Limits, type LoadedSource, parseSource, type Source } from './source.js';
import { validate } from './validate.js';

export interface ReadInput extends Omit<DiscoverInput, 'stdin'> {
  limits: Limits;
  /** Tactics given as text (standard input), read after the files, as a file of that name (default `<stdin>`). */
  stdin?: { text: string; name?: string };
  /** The parse cache's folder, absolute (`--cache`); disk only. */
  cache?: string;
  concurrency?: Concurrency;
}

/** One tactics file as loaded: its source, its input errors, and its validated data when it has none. */
export interface LoadedTactics {
  file: string;
  source?: Source;
  problems: Finding[];
  data?: TacticsFile;
}

/** The strategy file as loaded: its source, its input errors, and its data when it has none. */
export interface LoadedStrategy {
  /** As shown; absent when its path was refused. */
  file?: string;
  source?: Source;
  problems: Finding[];
  /** The validated data, and the plain data it was validated from (--since compares the strategy as written). */
  valid?: { data: StrategyFile; raw: unknown };
}

export interface Loaded {
  /** Discovery's input errors: a glob that matches nothing, an empty folder, a path refused. */
  discovery: Finding[];
  /** Notes that change no result (a cache that is not used, and why). */
  notes: string[];
  strategy: LoadedStrategy;
  /** Every tactics file, in order, read or not, valid or not (standard input last, unless it stands in for a file). */
  tactics: LoadedTactics[];
  /** What standard input was, when it was given: the strategy, a tactics file it stood in for, or tactics added after the files. */
  stdin?: 'strategy' | 'replaced' | 'added';
}

/** Every input error of a load, in order: discovery's, the strategy's, each tactics file's. */
export const loadProblems = (l: Loaded): Finding[] => [...l.discovery, ...l.strategy.problems, ...l.tactics.flatMap((t) => t.problems)];

/** Every file read, by the path shown: the strategy, then the tactics files in order. */
export function loadedSources(l: Loaded): Source[] {
  const out: Source[] = [];
  if (l.strategy.source) out.push(l.strategy.source);
  for (const t of l.tactics) if (t.source) out.push(t.source);
  return out;
}

/** A loaded strategy, validated. */
function validStrategy(file: string, s: LoadedSource): LoadedStrategy {
  const out: LoadedStrategy = { file, problems: [...s.problems] };
  if (s.source) out.source = s.source;
  if (!s.source || s.problems.length) return out;
  const v = validate(strategyFile, s.data, s.source, 'a strategy (name, positioning, motion, ideal_customers, objectives)');
  out.problems.push(...v.problems);
  if (v.value) out.valid = { data: v.value, raw: s.data };
  return out;
}

/** The strategy file read again (after an edit), through `fs`: loaded and validated as the load stage does. */
export const reloadStrategy = (abs: string, file: string, limits: Limits, fs: Files = disk): LoadedStrategy => validStrategy(file, fs.load(abs, file, limits));

/** A tactics file read again (after an edit), through `fs`: loaded and validated as the load stage does. */
export const reloadTactics = (abs: string, file: string, limits: Limits, fs: Files = disk): LoadedTactics => validated(file, fs.load(abs, file, limits));

/** A loaded tactics file, validated as soon as it is loaded (its raw data is dropped then). */
function validated(file: string, t: LoadedSource): LoadedTactics {
  const out: LoadedTactics = { file, problems: [...t.problems] };
  if (t.source) out.source = t.source;
  if (!t.source || t.problems.length) return out;
  const v = validate<TacticsFile>(tacticsFile, t.data, t.source, 'a list of tactics under `tactics:`');
  out.problems.push(...v.problems);
  if (v.value) out.data = v.value;
  return out;
}

/** Text given on standard input, parsed as a file of that name (an editor's buffer is read as the file's bytes: tacticsBuffer). */
function loadText(file: string, text: string, limits: Limits): LoadedSource {
  if (Buffer.byteLength(text) > limits.maxFileSize)
    return { problems: [inputFinding('input', fileStart(file), `${file} is over the ${limits.maxFileSize} byte limit for one file.`)] };
  return parseSource(file, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, limits);
}

/** Tactics given on standard input, loaded and validated like a file of that name. */
const readTacticsText = (file: string, text: string, limits: Limits): LoadedTactics => validated(file, loadText(file, text, limits));

/**
 * The cache folder, unless a folder on its way is a link in the repository that leads outside it
 * and outside the user's cache folder (the rule for writes, boundary.ts): then no cache, and a note
 * says which link. A cache only ever makes a run faster, so this is never an error.
 */
function usableCache(dir: string, input: ReadInput, notes: string[]): string | undefined {
  const fence = boundaryOf(input.cwd);
  const link = escapingLink(dir, fence, [realOf(userCacheRoot())]);
  if (!link) return dir;
  notes.push(`the parse cache is not used: ${input.display(link.link)} is a link in the repository that leads ${where(link.to, fence)}.`);
  return undefined;
}

/** Reads the strategy and the tactics files through `fs` (the disk, or a git tree for the past). */
export function readPlaybook(input: ReadInput, fs: Files = disk): Loaded {
  const { display, limits } = input;
  const found = discover({ ...input, ...(input.stdin ? { stdin: input.stdin.name !== undefined ? { name: input.stdin.name } : {} } : {}) }, fs);
  const notes: string[] = [];

  const cacheDir = input.cache !== undefined && fs === disk ? usableCache(resolve(input.cwd, input.cache), input, notes) : undefined;
  // Standard input named after a file stands in for it: read as that file's bytes would be, under its name.
  const buffer = input.stdin;
  const strategyFromStdin = buffer !== undefined && found.stdin?.as === 'strategy';
  const replaces = found.stdin?.as === 'tactics' ? found.stdin.replaces : undefined;
  // A strategy path that was refused (outside the repository) is already a problem.
  const strategy =
    found.strategyAbs && strategyFromStdin
      ? validStrategy(display(found.strategyAbs), loadText(display(found.strategyAbs), buffer.text, limits))
      : found.strategyAbs
        ? validStrategy(
            display(found.strategyAbs),
            fs.load(found.strategyAbs, display(found.strategyAbs), limits, cacheDir !== undefined ? new ParseCache(cacheDir) : undefined),
          )
        : { problems: [] };

  const files = found.tacticsFiles.filter((abs) => abs !== replaces);
  const loaded = fs.loadEach(
    files.map((abs) => ({ abs, file: display(abs) })),
    limits,
    (t, f) => validated(f.file, t),
    input.concurrency,
    cacheDir !== undefined ? { cache: cacheDir } : {},
  );
  const tactics: LoadedTactics[] = [];
  if (replaces !== undefined && buffer) {
    // In the file's place, so that the order of the tactics (and of their findings) is the file's.
    let next = 0;
    for (const abs of found.tacticsFiles)
      tactics.push(abs === replaces ? validated(display(abs), loadText(display(abs), buffer.text, limits)) : loaded[next++]!);
  } else {
    tactics.push(...loaded);
    if (buffer && !strategyFromStdin) tactics.push(readTacticsText(buffer.name ?? '<stdin>', buffer.text, limits));
  }
  const placed = !buffer ? {} : { stdin: strategyFromStdin ? ('strategy' as const) : replaces !== undefined ? ('replaced' as const) : ('added' as const) };
  return { discovery: found.problems, notes, strategy, tactics, ...placed };
}
