/**
 * tsgrad's compiler: source modules → generated derivative modules, as a pipeline of phases,
 * each a folder, each handing the next a named type:
 *
 *   link (frontend lowering, inlining, problems)     → LinkedProgram
 *   reverse (emission plan, call modes, adjoint IR)  → ReversedProgram
 *   link/plan.ts report (what each module says)      → Report per module
 *   forward (tangent IR), second (hvp IR)            → TangentFunction, HvpFunction by function
 *   emit (IR → TypeScript text, source maps)         → FileResult per module
 */
import { resolve } from 'node:path';
import type { CompileFilesOptions, FileResult } from './api.js';
import type { Diagnostic } from './diagnostics.js';
import { loadProgram } from './frontend/index.js';
import type { Call, Func } from './ir/types.js';
import { type LinkedProgram, type Report, analyzed, fileOf, key, link, linkForInterpreter, nameOf, report } from './link/index.js';
import { type ReversedProgram, reverseProgram } from './reverse/program.js';
import { forwardVjpBody, singleActiveInput } from './forward/vjp.js';
import { importsOf } from './reverse/index.js';
import { tangentFunctions } from './forward/index.js';
import { secondOrderProgram } from './second/program.js';
import { emitProgram } from './emit/program.js';

export type { CompileOptions, CompileResult, DumpPhase, CompileFilesOptions, FileResult } from './api.js';
export { GENERATED_HEADER, defaultOutputPath } from './api.js';
export type { Diagnostic, Code } from './diagnostics.js';
export { parseTapeBudget } from './budget.js';

/**
 * Compiles several source modules sharing one TypeScript program, and the modules whose
 * functions they call (their generated modules provide the callees' vjps).
 *
 * Diagnostics are per function: a function that cannot be differentiated, and the functions
 * that call it (what is left of the call once callees are inlined), get no vjp, and every other
 * function of the module is still emitted. An input owes each exported function its gradient,
 * and says why one has none; a module compiled only for its callers provides what they need.
 */
export function compileFiles(files: string[], options: CompileFilesOptions = {}): FileResult[] {
  const program = loadProgram(files, options.readFile);
  const linked = link(program, files, options.wrt);
  const reversed = reverseProgram(linked, options);
  const reports = report(linked.modules, reversed.problems, reversed.plan);
  // Forward mode for every function that gets a vjp; one that gets no jvp is told in a note, never an error.
  const forward = tangentFunctions([...reversed.plan.emitted].map((k) => {
    const m = linked.modules.get(fileOf(k))!;
    const fn = m.funcs.get(nameOf(k))!;
    return { key: k, file: m.file, fn, active: analyzed(m, fn).active };
  }), key);
  addNotes(linked, reports, forward.refused);
  // A function of one active number gets its vjp in forward mode (forward/vjp.ts)
  const withForwardVjps = forwardVjps(linked, reversed);
  // Second order for every exported function that returns a number, with the forms of its
  // callees it calls (second/program.ts); one that gets none is told in a note.
  const second = secondOrderProgram(linked, withForwardVjps, (k) => forward.built.has(k));
  addNotes(linked, reports, second.notes);
  for (const d of linked.wrtReports) reports.get(resolve(d.file))?.[d.severity === 'info' ? 'notes' : 'diagnostics'].push(d);
  return emitProgram(program, linked, { reversed: withForwardVjps, tangents: forward.built, hvps: second.hvps, secondForms: second.forms }, reports, options);
}

/** The reversed program with the vjp of each function of one active number in forward mode (forward/vjp.ts). */
function forwardVjps(linked: LinkedProgram, reversed: ReversedProgram): ReversedProgram {
  const adjoints = new Map(reversed.adjoints);
  for (const [k, a] of reversed.adjoints) {
    const m = linked.modules.get(fileOf(k))!;
    const fn = m.funcs.get(nameOf(k))!;
    const { active } = analyzed(m, fn);
    const keysOf = (s: Call) => reversed.adjoints.get(key(s.callee.file, s.callee.name))?.gradParams.map((p) => p.key);
    const input = singleActiveInput(fn, active, (s) => keysOf(s) !== undefined);
    if (!input) continue;
    const body = forwardVjpBody(fn, active, input, m.file, keysOf);
    // (f_hvp differentiates the same body: its gradient is f_grad's, bit for bit; the split forms,
    // f_fwd and f_rev, stay reverse mode)
    adjoints.set(k, { ...a, body, tangentBody: body, forwardInput: fn.params.find((p) => p.v === input)!.key, imports: importsOf(fn, [...body, ...a.primal ?? [], ...a.split ? [...a.split.forward, ...a.split.reverse] : []]) });
  }
  return { ...reversed, adjoints };
}

/** Notes of a phase (by function key) into the reports of the input modules they concern. */
function addNotes(linked: LinkedProgram, reports: ReadonlyMap<string, Report>, notes: ReadonlyMap<string, Diagnostic>): void {
  for (const [k, d] of notes) {
    const r = reports.get(fileOf(k));
    if (!r || !linked.modules.get(fileOf(k))!.input) continue;
    r.notes.push(d);
    r.notes.sort((a, b) => a.line - b.line || a.column - b.column);
  }
}

/** Compiles one source module. */
export function compile(file: string, options: CompileFilesOptions = {}): FileResult {
  return compileFiles([file], options)[0]!;
}

/** The traces of a program's functions, callees inlined: what `tsgrad trace` and `tsgrad check` interpret. */
export interface ProgramTraces {
  /** A function by its module and name (undefined when it has none: no body, or it failed to lower). */
  readonly func: (file: string, name: string) => Func | undefined;
  /** Why a function of a module could not be lowered, by name. */
  readonly failure: (file: string, name: string) => Diagnostic | undefined;
}

/** Lowers `files` (and the modules they call) and inlines callees, as compileFiles does before analysis. */
export function traceFiles(files: string[]): ProgramTraces {
  const modules = linkForInterpreter(loadProgram(files), files);
  return {
    func: (file, name) => modules.get(resolve(file))?.funcs.get(name),
    failure: (file, name) => modules.get(resolve(file))?.trace?.failures.get(name) ?? modules.get(resolve(file))?.error,
  };
}
