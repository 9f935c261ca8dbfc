import { parseArgs } from 'node:util';
import type { DumpPhase } from '../compiler/index.js';
import { parseTapeBudget } from '../compiler/budget.js';
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
  /** `--source-map`: also write `<name>.grad.ts.map` beside each generated file, named by its `sourceMappingURL` comment. */
  sourceMap?: boolean;
  /** `--tape-budget`: bytes the snapshots of a loop marked `@checkpoint` may take; see CompileOptions.tapeBudget. */
  tapeBudget?: number;
}

/** `tsgrad types`: the parameter names that type `grad(f)` exactly (plugin/declarations.ts). */
export interface TypesCommand {
  kind: 'types';
  /** Files, directories and globs, as typed: the modules that call `grad(f)`. */
  inputs: string[];
  check: boolean;
}


export interface TraceCommand {
  kind: 'trace';
  file: string;
  fn: string;
  /** `--at x1=1.5,x2=0.5`: the arguments, by parameter name, as typed (read by cli/trace.ts). */
  at: string[];
  /** `--wrt x1`: the input whose tangent column is shown (default: the first one). */
  wrt?: string;
  format: 'table' | 'markdown' | 'json';
  ascii: boolean;
}

export interface CheckCommand {
  kind: 'check';
  inputs: string[];
  points: number;
  seed: number;
  tol: number;
  /** `--timeout`: milliseconds each function's check may take before it is stopped and reported. */
  timeout: number;
}

export type Command = { kind: 'help'; command?: 'compile' | 'types' | 'trace' | 'check' } | { kind: 'version' } | CompileCommand | TypesCommand | TraceCommand | CheckCommand;

const options = {
  'out-dir': { type: 'string' },
  dump: { type: 'string' },
  wrt: { type: 'string', multiple: true },
  'tape-budget': { type: 'string' },
  check: { type: 'boolean' },
  'source-map': { type: 'boolean' },
  watch: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  at: { type: 'string', multiple: true },
  format: { type: 'string' },
  ascii: { type: 'boolean' },
  points: { type: 'string' },
  seed: { type: 'string' },
  tol: { type: 'string' },
  timeout: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const dumpPhases: readonly DumpPhase[] = ['ir', 'reverse'];

/** Reads the command line; throws a CliError (exit 2) for anything malformed. */
export function parseCommand(argv: string[]): Command {
  const { values, positionals } = parse(argv);
  if (values.help) {
    // `tsgrad check --help`: that command's help alone; `tsgrad --help`: everything.
    const topic = positionals[0];
    return topic === 'compile' || topic === 'types' || topic === 'trace' || topic === 'check' ? { kind: 'help', command: topic } : { kind: 'help' };
  }
  if (values.version) return { kind: 'version' };

  const [command, ...inputs] = positionals;
  if (command === undefined) throw usage('missing command');
  if (command !== 'compile' && command !== 'types' && command !== 'trace' && command !== 'check') throw usage(`unknown command '${command}'`);
  const foreign = (Object.keys(values) as (keyof typeof values)[]).filter((o) => !commandOptions[command].includes(o) && o !== 'help' && o !== 'version');
  if (foreign.length > 0) throw usage(`--${foreign[0]} is not an option of tsgrad ${command}`);
  if (command === 'trace') return traceCommand(inputs, values);
  if (inputs.length === 0) throw usage('no input files');
  if (command === 'types') {
    const other = (['out-dir', 'dump', 'wrt', 'watch', 'quiet'] as const).find((o) => values[o] !== undefined);
    if (other) throw usage(`--${other} is an option of tsgrad compile, not of tsgrad types`);
    return { kind: 'types', inputs, check: values.check ?? false };
  }
  if (command === 'check') {
    return { kind: 'check', inputs, points: integer('points', values.points, 5, 1), seed: integer('seed', values.seed, 1, 0), tol: positive('tol', values.tol, 1e-6),
      timeout: integer('timeout', values.timeout, 10_000, 1) };
  }

  const dump = values.dump;
  if (dump !== undefined && !isDumpPhase(dump)) {
    throw usage(`--dump takes 'ir' or 'reverse', not '${dump}'`);
  }
  // Each of these decides what happens to the outputs; two at once would be ambiguous.
  const modes = (['dump', 'check', 'watch'] as const).filter((mode) => values[mode]);
  if (modes.length > 1) throw usage(`--${modes.join(' and --')} cannot be combined`);
  const wrt = values.wrt === undefined ? undefined : parseWrt(values.wrt);
  const budget = values['tape-budget'];
  const tapeBudget = budget === undefined ? undefined : parseTapeBudget(budget);
  if (budget !== undefined && tapeBudget === undefined) {
    throw usage(`--tape-budget takes a size such as 64MiB, 512KiB or 1GB (or bytes), not '${budget}'`);
  }
  return { kind: 'compile', inputs, outDir: values['out-dir'], dump, check: values.check ?? false, watch: values.watch ?? false, quiet: values.quiet ?? false,
    ...(wrt ? { wrt } : {}), ...(tapeBudget ? { tapeBudget } : {}), ...(values['source-map'] ? { sourceMap: true } : {}) };
}

/** Which options each command takes. */
const commandOptions: Record<'compile' | 'types' | 'trace' | 'check', readonly string[]> = {
  compile: ['out-dir', 'dump', 'wrt', 'check', 'watch', 'quiet', 'tape-budget', 'source-map'],
  // (compile's options are refused by types itself, in its own words)
  types: ['check', 'out-dir', 'dump', 'wrt', 'watch', 'quiet'],
  trace: ['at', 'wrt', 'format', 'ascii'],
  check: ['points', 'seed', 'tol', 'timeout'],
};

type Values = ReturnType<typeof parse>['values'];

function traceCommand(positionals: string[], values: Values): TraceCommand {
  const [file, fn, ...rest] = positionals;
  if (file === undefined) throw usage('tsgrad trace takes a file and a function name');
  if (fn === undefined) throw usage(`tsgrad trace ${file}: which function? (tsgrad trace <file> <function> --at x=1)`);
  if (rest.length > 0) throw usage(`tsgrad trace takes one file and one function, not also '${rest[0]}'`);
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'markdown' && format !== 'json') throw usage(`--format takes 'table', 'markdown' or 'json', not '${format}'`);
  if ((values.wrt?.length ?? 0) > 1) throw usage('tsgrad trace takes one --wrt: the input of the tangent column');
  const wrt = values.wrt?.[0];
  if (wrt !== undefined && !/^[A-Za-z_$][\w$]*(\[\d+\])?$/.test(wrt)) throw usage(`--wrt takes a parameter's name, or an array element (w[2]), not '${wrt}'`);
  return { kind: 'trace', file, fn, at: values.at ?? [], ...(wrt === undefined ? {} : { wrt }), format, ascii: values.ascii ?? false };
}

function integer(name: string, text: string | undefined, fallback: number, min: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || n < min) throw usage(`--${name} takes a whole number${min > 0 ? ` of at least ${min}` : ''}, not '${text}'`);
  return n;
}

function positive(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || n <= 0) throw usage(`--${name} takes a positive number (1e-6), not '${text}'`);
  return n;
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
