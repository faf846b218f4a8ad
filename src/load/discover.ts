/** Which files a check reads: the strategy, and the tactics from arguments, the config or the defaults (files, folders, globs). */
import { join, resolve, sep } from 'node:path';
import { type Finding, fileStart, inputFinding } from '../types.js';
import { CONFIG_NAMES, type Config } from './config.js';
import type { Files, Kind } from './files.js';
import { excerpt } from './quote.js';

const YAML_FILE = /\.ya?ml$/i;
const isGlob = (s: string) => /[*?[\]{}]/.test(s);

/**
 * Expands folders into the YAML files below them, sorted; files stay as given. `skip`: files that
 * are not tactics. Broken links and link loops are reported, never followed forever.
 */
function expandTactics(abs: string, skip: Set<string>, display: (abs: string) => string, fs: Files): { files: string[]; problems: Finding[] } {
  const files: string[] = [];
  const problems: Finding[] = [];
  if (!fs.exists(abs) || !fs.stat(abs).isDirectory()) return { files: [abs], problems };
  const problem = (p: string, message: string) => problems.push(inputFinding('input', fileStart(display(p)), message));
  const root = fs.real(abs);
  const visited = new Set<string>();
  const walk = (dir: string) => {
    const real = fs.real(dir);
    if (visited.has(real)) {
      problem(dir, `${display(dir)} is a link back to a folder already read (a link loop); it was skipped. Remove the link.`);
      return;
    }
    if (real !== root && !real.startsWith(root + sep)) {
      problem(
        dir,
        `${display(dir)} is a link to a folder outside ${display(abs)}; it was skipped. Keep tactics inside the folder, or name the other folder as well.`,
      );
      return;
    }
    visited.add(real);
    let names: Buffer[];
    try {
      names = fs.list(dir);
    } catch (err) {
      problem(dir, `The folder ${display(dir)} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'unreadable'}).`);
      return;
    }
    const valid: string[] = [];
    for (const raw of names) {
      const name = utf8Name(raw);
      if (name !== null) valid.push(name);
      // Node would turn the name into replacement characters and then fail to find the file.
      else if (/\.ya?ml$/i.test(raw.toString('latin1')))
        problem(dir, `A file in ${display(dir)} has a name that is not valid UTF-8 (${bytesShown(raw)}); rename it.`);
    }
    for (const name of valid.sort()) {
      const p = join(dir, name);
      let st: Kind;
      try {
        st = fs.stat(p);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        const why =
          code === 'ELOOP'
            ? 'a link that points back to itself (a link loop)'
            : code === 'ENOENT'
              ? 'a broken link (what it points to does not exist)'
              : `unreadable (${code})`;
        if (YAML_FILE.test(name) || code === 'ELOOP') problem(p, `${display(p)} is ${why}. Fix or remove it.`);
        continue;
      }
      if (st.isDirectory()) walk(p);
      else if (!st.isFile() || !YAML_FILE.test(name) || skip.has(p)) continue;
      else if (CONFIG_NAMES.includes(name))
        // Neither read as tactics nor used as the config: say so, or what it holds would go unchecked.
        problem(
          p,
          `${display(p)} has a config file's name inside a tactics folder, so it is not read: it is not the config in use, and tactics are never read from a config. Rename or move it.`,
        );
      else files.push(p);
    }
  };
  walk(abs);
  return { files, problems };
}

/** Bytes as ASCII where they are printable ASCII, else as `\xFF`. */
const bytesShown = (raw: Buffer) =>
  [...raw].map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\x${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/** A file name as text, or null when its bytes are not UTF-8. */
function utf8Name(raw: Buffer): string | null {
  try {
    return strictUtf8.decode(raw);
  } catch {
    return null;
  }
}

/** What decides which files a check reads: the command line's paths and the config's. */
export interface DiscoverInput {
  /** Absolute; where relative paths on the command line start. */
  cwd: string;
  display(abs: string): string;
  config: Config;
  /** The config file in use, absolute, or null. */
  configPath: string | null;
  strategy?: string;
  tactics?: string[];
  /** Tactics come on standard input as well, with the file name it is given (`--stdin-filename`), relative to `cwd`. */
  stdin?: { name?: string };
}

export interface Discovered {
  /** Null when the strategy's path was refused (outside the repository): that is one of the problems. */
  strategyAbs: string | null;
  tacticsFiles: string[];
  /** A glob that matches nothing, an empty folder, link loops, paths refused. */
  problems: Finding[];
  /**
   * Where standard input goes, when it is given: it is the strategy (named after the strategy
   * file), or tactics that stand in for the file `replaces` (absolute), else come after the files.
   */
  stdin?: { as: 'strategy' } | { as: 'tactics'; replaces?: string };
}

/** "in this folder" or "in playbook/": where a default was looked for, as the user reads it. */
const inFolder = (shown: string) => (shown === '.' ? 'in this folder' : `in ${shown}/`);

/** The default strategy file is not there: where align looked, and the ways to name it (or to start a playbook). */
function missingStrategy(config: string | null, home: string, tacticsToo: boolean): string {
  if (config !== null)
    return `No strategy file: ${config} names none (strategy:), so align looked for strategy.yaml beside it, ${inFolder(home)}, and found none. Add 'strategy: PATH' (relative to ${config}) to the config, or name the file: align check STRATEGY TACTICS.`;
  if (tacticsToo)
    return `No playbook ${inFolder(home)}: align looked for strategy.yaml and tactics.yaml (or a tactics/ folder) here and found neither. Run 'align init' to write a starter playbook, or name the files: align check STRATEGY TACTICS (or set strategy: and tactics: in align.config.yaml).`;
  return `No strategy file: align looked for strategy.yaml ${inFolder(home)} and found none. Name the file (align check STRATEGY TACTICS), set strategy: in align.config.yaml, or run 'align init' to write a starter strategy.yaml.`;
}

/** The default tactics are not there: where align looked, and how to name them. */
function missingTactics(config: string | null, home: string): string {
  if (config !== null)
    return `No tactics: ${config} names none (tactics:), so align looked for tactics.yaml or a tactics/ folder beside it, ${inFolder(home)}, and found neither. Add 'tactics: PATH' (a file, folder or glob, relative to ${config}) to the config, or name them: align check STRATEGY TACTICS.`;
  return `No tactics: align looked for tactics.yaml or a tactics/ folder ${inFolder(home)} and found neither. Name them (align check STRATEGY TACTICS), set tactics: in align.config.yaml, or run 'align init' to write a starter tactics.yaml.`;
}

/** The strategy file and the tactics files, in order. */
export function discover(opts: DiscoverInput, fs: Files): Discovered {
  const { cwd, config, configPath, display } = opts;
  const problems: Finding[] = [];
  const problemIn = (list: Finding[], p: string, message: string) => list.push(inputFinding('input', fileStart(display(p)), message));
  // Paths the user did not name on the command line (the config's, the defaults, what folders and
  // globs expand to) are refused when they lead outside the repository; nothing under .git is read.
  const fence = fs.fence(configPath ? config.dir : cwd);
  const allowedIn = (list: Finding[], abs: string, named: boolean): boolean => {
    const refused = fs.refusal(abs, fence, named, display);
    if (refused) problemIn(list, abs, refused);
    return !refused;
  };
  // Paths nobody named are the defaults, beside the config when there is one (its paths are relative to it), else in the working folder.
  const home = configPath ? config.dir : cwd;
  const shownConfig = configPath ? display(configPath) : null;
  const strategyNamed = opts.strategy !== undefined;
  const strategyDefault = !opts.strategy && !config.data.strategy;
  const strategyPath = opts.strategy
    ? resolve(cwd, opts.strategy)
    : config.data.strategy
      ? resolve(config.dir, config.data.strategy)
      : resolve(home, 'strategy.yaml');
  let strategyAbs = allowedIn(problems, strategyPath, strategyNamed) ? strategyPath : null;
  // Standard input named after a file stands in for that file (ESLint's rule): the strategy, or one of the tactics files.
  const stdinAbs = opts.stdin?.name !== undefined ? resolve(cwd, opts.stdin.name) : undefined;
  const stdinIsStrategy = stdinAbs !== undefined && stdinAbs === strategyPath;
  const defaultTactics = () =>
    !fs.exists(resolve(home, 'tactics.yaml')) && fs.exists(resolve(home, 'tactics')) ? resolve(home, 'tactics') : resolve(home, 'tactics.yaml');
  const notTactics = new Set([strategyPath, ...(configPath ? [configPath] : [])]);
  const tacticsNamed = !!opts.tactics?.length;
  const tacticsDefault = !tacticsNamed && !config.data.tactics;
  // A default that is not there: say where align looked and how to name the file, not just "not found".
  const strategyMissing = strategyDefault && !stdinIsStrategy && strategyAbs !== null && !fs.exists(strategyAbs);
  const tacticsMissing = tacticsDefault && !fs.exists(defaultTactics());
  if (strategyMissing) {
    strategyAbs = null;
    const neither = tacticsMissing && !opts.stdin;
    problemIn(problems, strategyPath, missingStrategy(shownConfig, display(home), neither));
  }

  /** The tactics files the arguments, the config or the defaults name, in order, with their problems. */
  const findTactics = (): { files: string[]; problems: Finding[] } => {
    const found: Finding[] = [];
    if (tacticsMissing) {
      // With no playbook here at all, the one message about the strategy says so.
      if (!strategyMissing) problemIn(found, defaultTactics(), missingTactics(shownConfig, display(home)));
      return { files: [], problems: found };
    }
    const given: Array<[string, string]> = tacticsNamed
      ? opts.tactics!.map((t) => [t, cwd])
      : config.data.tactics
        ? ([] as string[]).concat(config.data.tactics).map((t) => [t, config.dir])
        : [[defaultTactics(), cwd]];
    // Globs expand to the YAML files they match, sorted; a glob that matches none is an error.
    const tacticsArgs = given.flatMap(([arg, base]) => {
      if (!isGlob(arg)) return [resolve(base, arg)].filter((p) => allowedIn(found, p, tacticsNamed));
      const matched = fs
        .glob(arg, base)
        .filter((p) => YAML_FILE.test(p) && !notTactics.has(p))
        .sort();
      if (!matched.length)
        found.push(inputFinding('input', fileStart(display(base)), `The pattern '${excerpt(arg)}' matches no YAML file (looked from ${display(base)}).`));
      return matched.filter((p) => allowedIn(found, p, false));
    });
    const expanded = tacticsArgs.map((t) => expandTactics(t, notTactics, display, fs));
    // A file a folder holds is not named: a link in a named folder may not lead outside the repository either.
    const files = [...new Set(expanded.flatMap((e) => e.files.filter((f) => tacticsArgs.includes(f) || allowedIn(found, f, false))))];
    found.push(...expanded.flatMap((e) => e.problems));
    for (const t of tacticsArgs) {
      if (fs.exists(t) && fs.stat(t).isDirectory() && !files.some((f) => f.startsWith(t + sep)) && !expanded.some((e) => e.problems.length)) {
        problemIn(found, t, `No tactics files (*.yaml, *.yml) found in the folder ${display(t)}.`);
      }
    }
    return { files, problems: found };
  };

  if (stdinIsStrategy) {
    const t = findTactics();
    return { strategyAbs, tacticsFiles: t.files, problems: [...problems, ...t.problems], stdin: { as: 'strategy' } };
  }
  if (opts.stdin && !tacticsNamed) {
    // Tactics on standard input and none named: the buffer alone, unless it stands in for one of the config's (or the default) tactics files.
    if (stdinAbs !== undefined && !tacticsMissing) {
      const t = findTactics();
      if (t.files.includes(stdinAbs))
        return { strategyAbs, tacticsFiles: t.files, problems: [...problems, ...t.problems], stdin: { as: 'tactics', replaces: stdinAbs } };
    }
    return { strategyAbs, tacticsFiles: [], problems, stdin: { as: 'tactics' } };
  }
  const t = findTactics();
  const replaced = stdinAbs !== undefined && t.files.includes(stdinAbs);
  return {
    strategyAbs,
    tacticsFiles: t.files,
    problems: [...problems, ...t.problems],
    ...(opts.stdin ? { stdin: replaced ? { as: 'tactics' as const, replaces: stdinAbs! } : { as: 'tactics' as const } } : {}),
  };
}
