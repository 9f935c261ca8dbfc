import { existsSync } from 'node:fs';
import path from 'node:path';
import { traceFiles } from '../compiler/index.js';
import { calleesOf, type Evaluation, interpret, InterpretError, reverseSweep, ThrownError } from '../compiler/interpret/interpret.js';
import { isNode } from '../compiler/interpret/values.js';
import type { Func } from '../compiler/ir/types.js';
import type { TraceCommand } from './args.js';
import { CliError } from './errors.js';
import { formatDiagnostic, shouldUseColour } from './format.js';
import type { CliIO } from './io.js';
import { loadExternals } from './load.js';
import { displayPath } from './paths.js';
import { renderJson, renderMarkdown, renderTable, type Written } from './trace-table.js';

/**
 * `tsgrad trace <file> <function> --at x1=1.5,x2=0.5 [--wrt x1]`: interprets the function's
 * trace at that point and prints the textbook table (values, tangents along --wrt, adjoints
 * from the reverse sweep). Exit 0; 1 when the function cannot be lowered, traced, or throws;
 * 2 for usage errors.
 */
export async function traceCommand(command: TraceCommand, io: CliIO): Promise<number> {
  const file = path.resolve(io.cwd, command.file);
  if (!existsSync(file)) throw new CliError(`file not found: ${command.file}`);
  const program = traceFiles([file]);
  const fn = program.func(file, command.fn);
  if (!fn) {
    const why = program.failure(file, command.fn);
    if (!why) throw new CliError(`${command.file} has no function '${command.fn}' that tsgrad can read`);
    io.stderr(formatDiagnostic(why, { cwd: io.cwd, colour: shouldUseColour(io.env, io.isTTY) }));
    return 1;
  }
  const at = readArguments(fn, command.at);
  const wrt = command.wrt ?? firstInput(fn, at);
  const seed = wrt === undefined ? undefined : seedOf(fn, wrt, at);
  const resolveFunc = (c: { file: string; name: string }) => program.func(c.file, c.name);
  const callees = calleesOf(fn, resolveFunc);
  const external = callees.some((c) => c.vjp !== 'generated') ? await loadExternals(callees, io.distDir) : () => undefined;
  let evaluation;
  let written: Written[];
  try {
    evaluation = interpret(fn, fn.params.map((p) => at.get(p.key)), { ...(seed ? { seed } : {}), func: resolveFunc, external });
    written = writtenElements(evaluation);
  } catch (error) {
    if (error instanceof ThrownError) {
      io.stderr(`tsgrad: ${command.fn} throws at this point: ${error.message}\n`);
      return 1;
    }
    if (error instanceof InterpretError) {
      io.stderr(`tsgrad: cannot trace ${command.fn} in ${displayPath(file, io.cwd)}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  reverseSweep(evaluation);
  const view = { fn: command.fn, at: fn.params.filter((p) => at.has(p.key)).map((p) => ({ key: p.key, value: at.get(p.key) })),
    ...(wrt === undefined ? {} : { wrt }), evaluation, written, ascii: command.ascii };
  io.stdout(command.format === 'json' ? renderJson(view) : command.format === 'markdown' ? renderMarkdown(view) : renderTable(view));
  return 0;
}

/**
 * The elements of the array parameters a run wrote, as it left them, in parameter and element
 * order: those that hold another value than their input (v₋ₖ) at the end. A local array's are
 * not outputs.
 */
function writtenElements(evaluation: Evaluation): Written[] {
  const inputOf = new Map(evaluation.inputs.flatMap((x) => (x.element === undefined ? [] : [[`${x.key}[${x.element}]`, x] as const])));
  const written: Written[] = [];
  for (const [key, array] of evaluation.arrays) {
    for (let index = 0; index < array.length; index++) {
      const input = inputOf.get(`${key}[${index}]`);
      const now = array.get(index);
      if (!input || !isNode(now) || now === input.node) continue;
      written.push({ name: `${key}[${index}]`, key, element: index, node: now });
    }
  }
  return written;
}

/** `x1=1.5,x2=0.5`, `w=[1,2,3]`, `flag=true`, `unit="km"` (repeatable): the arguments by parameter name. */
export function readArguments(fn: Func, at: readonly string[]): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const text of at) {
    for (const part of splitTopLevel(text)) {
      const eq = part.indexOf('=');
      const key = part.slice(0, eq).trim();
      if (eq < 0 || key === '') throw usage(`--at takes name=value pairs separated by commas (x1=1.5,x2=0.5 or w=[1,2,3]), not '${part}'`);
      const param = fn.params.find((p) => p.key === key);
      if (!param) throw usage(`--at ${key}: ${fn.name} has no parameter '${key}' (its parameters: ${fn.params.map((p) => p.key).join(', ') || 'none'})`);
      out.set(key, readValue(part.slice(eq + 1).trim(), param, key));
    }
  }
  const missing = fn.params.filter((p) => !out.has(p.key) && !p.defaulted);
  if (missing.length > 0) throw usage(`--at gives no value for ${missing.map((p) => `'${p.key}'`).join(', ')} (${fn.name}(${fn.params.map((p) => p.key).join(', ')}))`);
  return out;
}

function readValue(text: string, param: Func['params'][number], key: string): unknown {
  const type = param.v.type;
  if (type === 'f64[]' || type === 'int[]') {
    const m = /^\[(.*)\]$/.exec(text);
    const items = m ? (m[1]!.trim() === '' ? [] : m[1]!.split(',').map((x) => Number(x.trim()))) : undefined;
    if (!items || items.some((x) => Number.isNaN(x) && !/nan/i.test(text))) throw usage(`--at ${key}: ${key} is an array: write ${key}=[1,2,3], not '${text}'`);
    return param.tsType === 'number[]' ? items : Float64Array.from(items);
  }
  if (type === 'bool') {
    if (text !== 'true' && text !== 'false') throw usage(`--at ${key}: ${key} is a boolean: write true or false, not '${text}'`);
    return text === 'true';
  }
  if (type === 'str') return /^".*"$|^'.*'$/.test(text) ? text.slice(1, -1) : text;
  if (text === 'undefined' && param.defaulted) return undefined;
  const n = Number(text);
  if (text === '' || (Number.isNaN(n) && text !== 'NaN')) throw usage(`--at ${key}: ${key} is a number, not '${text}'`);
  return n;
}

/** Splits at commas outside brackets: `x=1,w=[1,2]` is two. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '[') depth++;
    if (text[i] === ']') depth--;
    if (text[i] === ',' && depth === 0) { parts.push(text.slice(start, i)); start = i + 1; }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** The tangent column's default: the first differentiable parameter (an array's first element). */
function firstInput(fn: Func, at: Map<string, unknown>): string | undefined {
  const p = fn.params.find((q) => q.differentiable && at.get(q.key) !== undefined);
  if (!p) return undefined;
  return p.v.type === 'f64[]' ? ((at.get(p.key) as ArrayLike<number>).length > 0 ? `${p.key}[0]` : undefined) : p.key;
}

function seedOf(fn: Func, wrt: string, at: Map<string, unknown>): (key: string, element: number | undefined) => number {
  const m = /^([^[]+)(?:\[(\d+)\])?$/.exec(wrt)!;
  const key = m[1]!;
  const element = m[2] === undefined ? undefined : Number(m[2]);
  const p = fn.params.find((q) => q.key === key);
  if (!p || !p.differentiable) {
    throw usage(`--wrt ${wrt}: ${fn.name} has no differentiable parameter '${key}' (${fn.params.filter((q) => q.differentiable).map((q) => q.key).join(', ') || 'none'})`);
  }
  const isArray = p.v.type === 'f64[]';
  if (isArray && element === undefined) throw usage(`--wrt ${wrt}: ${key} is an array: name one element, ${key}[0]`);
  if (!isArray && element !== undefined) throw usage(`--wrt ${wrt}: ${key} is a number, not an array`);
  const length = isArray ? (at.get(key) as ArrayLike<number> | undefined)?.length ?? 0 : 0;
  if (isArray && element! >= length) throw usage(`--wrt ${wrt}: ${key} has ${length} elements`);
  return (k, e) => (k === key && e === element ? 1 : 0);
}

function usage(message: string): CliError {
  return new CliError(message, { showUsage: true });
}
