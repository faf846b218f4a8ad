/** The `align` command line: commander wiring only. Each command's work is in src/commands/; main returns the exit code. */
import { Command, CommanderError } from 'commander';
import { type Deps, runCheck } from './commands/check.js';
import { runInit, runSchema } from './commands/files.js';
import { type Io, settled, stdio, watchStreams } from './commands/io.js';
import { type CheckFlags, options as o } from './commands/options.js';
import { listRules, runExplain, runTraits } from './commands/rules.js';
import { check } from './pipeline.js';
import { terminalLines } from './report/escape.js';
import { UsageError } from './types.js';
import { VERSION } from './version.js';

export type { Deps, Io };

function program(io: Io, setCode: (n: number) => void, deps: Deps): Command {
  const cmd = new Command('align')
    .description("Checks that a sales playbook's tactics stay true to its strategy.")
    .version(VERSION, '-v, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  cmd
    .command('check')
    .description('Check tactics against the strategy and report every mismatch')
    .argument('[strategy]', o.strategy)
    .argument('[tactics...]', 'tactics files or folders, or - for standard input (default: from the config, else tactics.yaml or tactics/)')
    .addOption(o.format())
    .addOption(o.output())
    .addOption(o.config())
    .addOption(o.rule())
    .addOption(o.failOn())
    .addOption(o.maxWarnings())
    .addOption(o.today())
    .addOption(o.maxFileSize())
    .addOption(o.concurrency())
    .addOption(o.cache())
    .addOption(o.cacheLocation())
    .addOption(o.baseline())
    .addOption(o.noBaseline())
    .addOption(o.updateBaseline())
    .addOption(o.since())
    .addOption(o.quiet())
    .addOption(o.stdinFilename())
    .addOption(o.color())
    .addOption(o.noColor())
    .addOption(o.fix())
    .addOption(o.fixDryRun())
    .addOption(o.debug())
    .action(async (strategy: string | undefined, tactics: string[], flags: CheckFlags) => {
      setCode(await runCheck(strategy, tactics, flags, io, deps));
    });
  cmd
    .command('report')
    .description('Write an HTML report: score, objectives-by-tactics matrix, audience map, findings')
    .argument('[strategy]', o.strategy)
    .argument('[tactics...]', 'tactics files, folders or globs')
    .addOption(o.output('where to write the report').default('align-report.html'))
    .addOption(o.config())
    .addOption(o.rule('override a rule (repeatable)'))
    .addOption(o.today())
    .addOption(o.concurrency())
    .addOption(o.cache())
    .addOption(o.cacheLocation())
    .action(async (strategy: string | undefined, tactics: string[], flags: Omit<CheckFlags, 'format' | 'failOn'> & { output: string }) => {
      const code = await runCheck(strategy, tactics, { ...flags, format: ['html'], failOn: 'never', color: false }, io, deps);
      if (code !== 2) io.err(`align: wrote ${flags.output}\n`);
      setCode(code);
    });
  cmd
    .command('rules')
    .description('List every rule that would run here, built-in and custom')
    .option('-f, --format <name>', 'stylish or json', 'stylish')
    .addOption(o.config())
    .action((flags: { format: string; config?: string }) => setCode(listRules(flags, io)));
  cmd
    .command('explain')
    .description('Explain a rule: why it exists, its condition, and an example that fails and one that passes')
    .argument('<rule>', 'rule id, e.g. premium-vs-discount')
    .option('-c, --config <file>', 'config file, for custom rules')
    .action(async (id: string, flags: { config?: string }) => setCode(await runExplain(id, flags, io)));
  cmd
    .command('traits')
    .description('Show what text signals: each trait, the words, and what negation, a mention or another sense cancelled')
    .argument('<text...>', 'one or more texts to read, each in quotes; - reads standard input')
    .option('-f, --format <name>', 'stylish or json', 'stylish')
    .option('-c, --config <file>', 'config file, for its lexicon: additions')
    .option('-k, --kind <kind>', "read as a tactic of this kind reads, e.g. objection-handling (format.md's kinds)")
    .action(async (texts: string[], flags: { format: string; config?: string; kind?: string }) => setCode(await runTraits(texts, flags, io)));
  cmd
    .command('lsp')
    .description('Start the language server for editors: findings as you type, quick fixes, hover, go to definition, symbols, completion')
    .option('--stdio', 'speak the Language Server Protocol over standard input and output (the default; editors pass it)')
    .action(async () => {
      const { serve } = await import('./lsp/server.js');
      serve();
      // The protocol library ends the process on `exit`, or when the editor goes away.
      await new Promise(() => {});
    });
  cmd
    .command('init')
    .description('Write a starter strategy.yaml, tactics.yaml and align.config.yaml')
    .argument('[dir]', 'folder to write them in', '.')
    .option('--force', 'overwrite files that already exist')
    .action(async (dir: string, flags: { force?: boolean }) => setCode(await runInit(dir, flags, io)));
  cmd
    .command('schema')
    .description('Print the JSON Schema of a file kind, for editors; or write the schemas to a folder')
    .argument('[kind]', 'strategy, tactics or config (with --write: all three when omitted)')
    .option('--write <dir>', 'write <kind>.schema.json files into this folder instead of printing')
    .action(async (kind: string | undefined, flags: { write?: string }) => setCode(await runSchema(kind, flags, io)));
  return cmd;
}

/** Runs the CLI and returns the exit code; never throws. */
export async function main(argv: string[], given: Io = stdio, deps: Deps = { check }): Promise<number> {
  // Standard error lands in CI logs and terminals, and its notes quote file names and messages from the playbook.
  const io: Io = { out: given.out, err: (s) => given.err(terminalLines(s)) };
  if (given === stdio) watchStreams();
  let code = 0;
  const debug = argv.includes('--debug');
  try {
    await program(io, (n) => (code = n), deps).parseAsync(argv);
    return given === stdio ? await settled(code, io) : code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UsageError) {
      io.err(`align: ${e.message}\n`);
      return 2;
    }
    io.err(
      `align: internal error: ${(e as Error)?.message ?? String(e)}\nThis is a bug in align, not in your playbook. Please report it with the command you ran${debug ? '' : ' (add --debug for details)'}.\n`,
    );
    if (debug) io.err(`${(e as Error)?.stack ?? ''}\n`);
    return 2;
  }
}
