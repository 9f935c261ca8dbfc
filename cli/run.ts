import { compileFiles } from '../compiler/index.js';
import { parseCommand } from './args.js';
import { compileOnce } from './compile.js';
import { CliError } from './errors.js';
import { COMMAND_HELP, HELP } from './help.js';
import { checkCommand } from './check.js';
import { traceCommand } from './trace.js';
import { typesOnce } from './types.js';
import type { CliIO, CompileFn } from './io.js';
import { watch } from './watch.js';

export type { CliIO, CompileFn } from './io.js';

/**
 * Runs the command line `argv` (without `node` and the script) and returns the exit code:
 * 0 ok, 1 diagnostics (or stale files with --check, or gradients that disagree with `check`),
 * 2 usage or configuration errors.
 */
export async function run(argv: string[], io: CliIO, compile: CompileFn = compileFiles): Promise<number> {
  try {
    const command = parseCommand(argv);
    switch (command.kind) {
      case 'help':
        io.stdout(command.command === undefined ? HELP : COMMAND_HELP[command.command]);
        return 0;
      case 'version':
        io.stdout(io.version + '\n');
        return 0;
      case 'compile':
        return await (command.watch ? watch(command, io, compile) : compileOnce(command, io, compile));
      case 'trace':
        return await traceCommand(command, io);
      case 'check':
        return await checkCommand(command, io);
      case 'types':
        return await typesOnce(command, io);
    }
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.stderr(error.format());
    return 2;
  }
}
