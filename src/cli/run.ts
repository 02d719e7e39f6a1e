import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { EXIT, UsageError, type Io } from './io.js';
import { VERSION } from '../version.js';
import { oneLine, sanitiseForTerminal } from '../render/escape/terminal.js';
import { ConfigError } from '../config/config-error.js';
import { internalErrorMessage } from './internal-error.js';

/** Options every command shares. */
export interface CommonOptions {
  color?: boolean;
  debug?: boolean;
  config?: string;
}

/** Parses a whole non-negative number for an option, or fails with a usage error naming the option. */
export function parseCount(name: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value)) {
      throw new InvalidArgumentError(`${name} takes a whole number of 0 or more, for example ${name} 10; got "${value}".`);
    }
    return Number(value);
  };
}

function formatOption(choices: readonly string[], fallback: string): Option {
  return new Option('-f, --format <format>', 'output format').choices(choices).default(fallback);
}

/** Builds the command-line program; each action resolves to the command's exit code. */
function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('claimcheck')
    .description('Cross-check what news sources claim: lint claim files, find contradictions, report them.')
    .version(VERSION, '-V, --version')
    .option('--color', 'force coloured output')
    .option('--no-color', 'never colour output')
    .option('--debug', 'show stack traces of internal errors')
    .showHelpAfterError('(run claimcheck --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(sanitiseForTerminal(text)),
      // Commander quotes the arguments it rejects, which can come from file names: one line each.
      outputError: (text, write) => write(`${oneLine(text.replace(/\n$/, ''))}\n`),
    });

  program
    .command('lint')
    .description('check claim files against the format and the lint rules')
    .argument('[paths...]', 'claim files or directories', ['.'])
    .addOption(formatOption(['stylish', 'json', 'sarif', 'github'], 'stylish'))
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCount('--max-warnings'))
    .option('-q, --quiet', 'report errors only')
    .option('-c, --config <file>', 'corpus configuration (default: nearest claimcheck.yaml)')
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .action(async (paths: string[], options, command: Command) => {
      const { lintCommand } = await import('./commands/lint-command.js');
      setExit(await lintCommand(paths, { ...command.optsWithGlobals(), ...options }, io));
    });

  program
    .command('check')
    .description('group claims about the same event and report contradictions, agreements and origins')
    .argument('[paths...]', 'claim files or directories', ['.'])
    .addOption(formatOption(['stylish', 'json'], 'stylish'))
    .addOption(new Option('--status <status>', 'show only topics with this status').choices(['contested', 'corroborated', 'single-source']))
    .option('--event <text>', 'show only events whose id, title or place contains this text')
    .addOption(new Option('--fail-on <status>', 'exit 1 when any topic has this status').choices(['contested']))
    .option('-c, --config <file>', 'corpus configuration (default: nearest claimcheck.yaml)')
    .option('--date-tolerance <days>', 'days two reports of one event may differ by', parseCount('--date-tolerance'))
    .option('--explain', 'say why reports were grouped, and which pairs almost were')
    .option('-a, --all', 'show corroborated and single-source topics in full')
    .action(async (paths: string[], options, command: Command) => {
      const { checkCommand } = await import('./commands/check-command.js');
      setExit(await checkCommand(paths, { ...command.optsWithGlobals(), ...options }, io));
    });

  program
    .command('report')
    .description('write the contradiction report as markdown (or JSON)')
    .argument('[paths...]', 'claim files or directories', ['.'])
    .addOption(formatOption(['markdown', 'json'], 'markdown'))
    .option('-o, --output <file>', 'write the report to this file (atomically) instead of stdout')
    .addOption(new Option('--status <status>', 'include only topics with this status').choices(['contested', 'corroborated', 'single-source']))
    .option('--event <text>', 'include only events whose id, title or place contains this text')
    .option('-c, --config <file>', 'corpus configuration (default: nearest claimcheck.yaml)')
    .option('--date-tolerance <days>', 'days two reports of one event may differ by', parseCount('--date-tolerance'))
    .action(async (paths: string[], options, command: Command) => {
      const { reportCommand } = await import('./commands/report-command.js');
      setExit(await reportCommand(paths, { ...command.optsWithGlobals(), ...options }, io));
    });

  program
    .command('new')
    .description('write a commented template claim file to start from')
    .argument('<file>', 'the claim file to create (never overwritten)')
    .option('--force', 'overwrite the file if it exists')
    .action(async (file: string, options, command: Command) => {
      const { newCommand } = await import('./commands/new-command.js');
      setExit(await newCommand(file, { ...command.optsWithGlobals(), ...options }, io));
    });

  return program;
}

/**
 * Runs claimcheck with the given arguments (without `node` and the script) and returns the exit code.
 * Content problems are reported by the commands; only usage and internal errors are caught here.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; every other commander complaint is bad usage.
      return error.exitCode === 0 ? EXIT.ok : EXIT.failure;
    }
    if (error instanceof UsageError) {
      // One line: a message quotes paths and arguments, and a line break in one must not start a line of its own.
      const message = error instanceof ConfigError ? sanitiseForTerminal(error.message) : oneLine(error.message);
      io.stderr.write(`claimcheck: ${message}\n`);
      return EXIT.failure;
    }
    io.stderr.write(internalErrorMessage(error, argv.includes('--debug')));
    return EXIT.failure;
  }
}
