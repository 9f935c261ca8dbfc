import { parseArgs } from 'node:util';
import type { DumpPhase } from '../compiler/index.js';
import { CliError, errorMessage } from './errors.js';

export interface CompileCommand {
  kind: 'compile';
  /** Files, directories and globs, as typed. */
  inputs: string[];
  outDir?: string;
  dump?: DumpPhase;
  check: boolean;
  watch: boolean;
  /** Print errors only, not the notes about functions that get no gradient. */
  quiet: boolean;
  /** `--wrt`: the parameters to differentiate (`w`, or `f:w` for function f alone); see CompileOptions.wrt. */
  wrt?: string[];
}

/** `tsgrad types`: the parameter names that type `grad(f)` exactly (plugin/declarations.ts). */
export interface TypesCommand {
  kind: 'types';
  /** Files, directories and globs, as typed: the modules that call `grad(f)`. */
  inputs: string[];
  check: boolean;
}

export type Command = { kind: 'help' } | { kind: 'version' } | CompileCommand | TypesCommand;

const options = {
  'out-dir': { type: 'string' },
  dump: { type: 'string' },
  wrt: { type: 'string', multiple: true },
  check: { type: 'boolean' },
  watch: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const dumpPhases: readonly DumpPhase[] = ['ir', 'reverse'];

/** Reads the command line; throws a CliError (exit 2) for anything malformed. */
export function parseCommand(argv: string[]): Command {
  const { values, positionals } = parse(argv);
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const [command, ...inputs] = positionals;
  if (command === undefined) throw usage('missing command');
  if (command !== 'compile' && command !== 'types') throw usage(`unknown command '${command}'`);
  if (inputs.length === 0) throw usage('no input files');
  if (command === 'types') {
    const other = (['out-dir', 'dump', 'wrt', 'watch', 'quiet'] as const).find((o) => values[o] !== undefined);
    if (other) throw usage(`--${other} is an option of tsgrad compile, not of tsgrad types`);
    return { kind: 'types', inputs, check: values.check ?? false };
  }

  const dump = values.dump;
  if (dump !== undefined && !isDumpPhase(dump)) {
    throw usage(`--dump takes 'ir' or 'reverse', not '${dump}'`);
  }
  // Each of these decides what happens to the outputs; two at once would be ambiguous.
  const modes = (['dump', 'check', 'watch'] as const).filter((mode) => values[mode]);
  if (modes.length > 1) throw usage(`--${modes.join(' and --')} cannot be combined`);
  const wrt = values.wrt === undefined ? undefined : parseWrt(values.wrt);
  return { kind: 'compile', inputs, outDir: values['out-dir'], dump, check: values.check ?? false, watch: values.watch ?? false, quiet: values.quiet ?? false,
    ...(wrt ? { wrt } : {}) };
}

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's messages are good but long ("Unknown option '--x'. To specify a positional
    // argument starting with a '-', ..."): keep the first sentence.
    const message = errorMessage(error).split('. ')[0]!;
    throw usage(message.charAt(0).toLowerCase() + message.slice(1));
  }
}

/**
 * `--wrt w,b` (every function's parameters so named) or `--wrt loss:w,b` (loss's), repeatable:
 * `['w', 'b']`, `['loss:w,b']`.
 */
function parseWrt(values: string[]): string[] {
  const out: string[] = [];
  for (const value of values) {
    const at = value.indexOf(':');
    const names = (at < 0 ? value : value.slice(at + 1)).split(',').map((n) => n.trim());
    const fn = at < 0 ? undefined : value.slice(0, at).trim();
    const identifier = /^[A-Za-z_$][\w$]*$/;
    if (names.some((n) => !identifier.test(n)) || (fn !== undefined && !identifier.test(fn))) {
      throw usage(`--wrt takes parameter names separated by commas, optionally after a function name and a colon (w,b or loss:w,b), not '${value}'`);
    }
    if (fn === undefined) out.push(...names);
    else out.push(`${fn}:${names.join(',')}`);
  }
  return out;
}

function isDumpPhase(value: string): value is DumpPhase {
  return (dumpPhases as readonly string[]).includes(value);
}

function usage(message: string): CliError {
  return new CliError(message, { showUsage: true });
}
