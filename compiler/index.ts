/**
 * tsgrad's compiler: source module → generated gradient module.
 *
 *   parse/lower (frontend) → trace (ir) → activity (analyze) → adjoint IR (reverse) → text (emit)
 */
import { dirname, relative, resolve } from 'node:path';
import type { CompileOptions, CompileResult } from './api.js';
import { DiagnosticError, type Diagnostic } from './diagnostics.js';
import { type ModuleTrace, calleeModules, loadProgram, lowerModule } from './frontend/index.js';
import { inPackage, packagePath, registrationHint } from './frontend/packages.js';
import { Inliner, callsIn } from './ir/inline.js';
import { reservedCallees, runtimeHelpers } from './ir/names.js';
import type { Call, Func } from './ir/types.js';
import { statements } from './ir/walk.js';
import { printFunc } from './ir/print.js';
import { analyze } from './analyze/index.js';
import { reverseFunction, type AdjointFunction } from './reverse/index.js';
import { emitModule, printBody } from './emit/module.js';

export type { CompileOptions, CompileResult, DumpPhase } from './api.js';
export { GENERATED_HEADER } from './api.js';
export type { Diagnostic, Code } from './diagnostics.js';

export interface CompileFilesOptions extends CompileOptions {
  /** Where the generated module of a source file goes (its relative imports follow). */
  outputPath?: (sourceFile: string) => string;
}

export type FileResult = CompileResult & { outputFile: string };

/** Default location of the generated module: `<dir>/<name>.grad.ts` beside the source. */
export function defaultOutputPath(sourceFile: string): string {
  return sourceFile.replace(/\.(m|c)?tsx?$/, '') + '.grad.ts';
}

/**
 * Compiles several source modules sharing one TypeScript program, and the modules whose
 * functions they call (their generated modules provide the callees' vjps), in that order.
 */
export function compileFiles(files: string[], options: CompileFilesOptions = {}): FileResult[] {
  const program = loadProgram(files);
  const outputPath = options.outputPath ?? defaultOutputPath;
  // Lower every module first: a module's callers say which of its functions must have a vjp.
  const queue = [...files];
  const seen = new Set(files.map((f) => resolve(f)));
  // Modules compiled for their callers only (not among `files`) get vjps for what the callers
  // need: another of their functions that tsgrad cannot differentiate is no error here.
  const inputs = new Set(seen);
  const lowered: { file: string; trace?: ModuleTrace; error?: unknown }[] = [];
  // Of a package, only the functions called are lowered, to be inlined into their callers
  // (nothing is written into node_modules), as more of them are found to be called.
  const packaged = new Map<string, { names: Set<string>; trace?: ModuleTrace }>();
  const follow = (trace: ModuleTrace) => {
    for (const [dep, names] of calleeModules(trace.funcs)) {
      if (inPackage(dep)) {
        const known = packaged.get(resolve(dep)) ?? { names: new Set<string>() };
        packaged.set(resolve(dep), known);
        if ([...names].some((n) => !known.names.has(n))) {
          for (const n of names) known.names.add(n);
          queue.push(dep);
        }
      } else if (!seen.has(resolve(dep))) {
        seen.add(resolve(dep));
        queue.push(dep);
      }
    }
  };
  while (queue.length > 0) {
    const file = queue.shift()!;
    const pkg = inputs.has(resolve(file)) ? undefined : packaged.get(resolve(file));
    try {
      const trace = lowerModule(program, file, inputs.has(resolve(file)), pkg?.names);
      if (pkg) pkg.trace = trace;
      else lowered.push({ file, trace });
      follow(trace);
    } catch (error) {
      if (!pkg) lowered.push({ file, error });
    }
  }
  for (const [file, { trace }] of packaged) if (trace) lowered.push({ file, trace });
  // why a package's function could not be differentiated, for the diagnostic at its call
  const packageFailure = (file: string, name: string) => packaged.get(resolve(file))?.trace?.failures.get(name);
  const { needs, requested } = moduleNeeds(lowered, inputs);
  const funcs = new Map<string, Func>();
  for (const { trace } of lowered) for (const f of trace?.funcs ?? []) funcs.set(`${resolve(trace!.file)}\0${f.name}`, f);
  const lookup = (file: string, name: string) => funcs.get(`${resolve(file)}\0${name}`);
  const inliner = new Inliner(lookup);
  for (const { trace } of lowered) if (trace) inliner.declare(trace.file, trace.funcs, trace.names);
  return lowered.filter(({ file }) => inputs.has(resolve(file)) || !inPackage(file)).map(({ file, trace, error }) => {
    const outputFile = outputPath(file);
    if (trace) trace = { ...trace, funcs: trace.funcs.map((f) => inliner.inline(f, trace!.file)) };
    const input = inputs.has(resolve(file));
    // an input owes its exported functions' vjps, and others what other modules call; a module
    // compiled for its callers only, what they (and what they need there) call
    const needed = (input ? requested : needs).get(resolve(file)) ?? new Set<string>();
    const withNeeds = trace && {
      ...trace,
      diagnostics: [...trace.diagnostics, ...[...needed].flatMap((n) => trace.failures.get(n) ?? [])],
    };
    // (another module's function is there for sure when that module needs it)
    const provided = (f: string, n: string) => inputs.has(resolve(f)) || !!needs.get(resolve(f))?.has(n);
    return { ...compileModule(file, outputFile, withNeeds, error, options, outputPath, input ? undefined : { needed, provided }, packageFailure), outputFile };
  });
}

/**
 * The exported functions, and the module's own unexported ones they still call once callees
 * are inlined (a helper inlined everywhere needs no vjp of its own).
 */
function reachable(funcs: readonly Func[], file: string): Func[] {
  const byName = new Map(funcs.map((f) => [f.name, f]));
  const keep = new Set(funcs.filter((f) => f.exported));
  const queue = [...keep];
  while (queue.length > 0) {
    for (const s of statements(queue.pop()!.body)) {
      if (s.kind !== 'call' || resolve(s.callee.file) !== resolve(file)) continue;
      const g = byName.get(s.callee.name);
      if (g && !keep.has(g)) { keep.add(g); queue.push(g); }
    }
  }
  return funcs.filter((f) => keep.has(f));
}

/**
 * Calls left after inlining that reach two different functions of one name (`A.h(x)` and
 * `h(x)` of two modules): the generated module, which imports each callee and its vjp under
 * their own names, cannot import both.
 */
function nameClashes(file: string, funcs: readonly Func[]): Diagnostic[] {
  const first = new Map<string, string>();
  const out: Diagnostic[] = [];
  for (const f of funcs) {
    for (const c of callsIn(f.body)) {
      const target = resolve(c.callee.file);
      const other = first.get(c.callee.name);
      if (other === undefined) first.set(c.callee.name, target);
      else if (other !== target) {
        out.push({
          code: 'TSG2002', file, ...c.at,
          message: `'${c.callee.name}' here is the function of ${relativeSource(file, c.callee.file)}, and this module also calls the '${c.callee.name}' of ${relativeSource(file, other)}`,
          hint: `rename one of them: the generated code imports '${c.callee.name}' and '${c.callee.name}_vjp' under their own names`,
        });
      }
    }
  }
  return out;
}

/**
 * What each module must differentiate (`needs`): every function of an input; of any other
 * module, what the needed functions of other modules call there, and what those call in turn,
 * until nothing is added. `requested`: the part of it that other modules call.
 */
function moduleNeeds(lowered: readonly { file: string; trace?: ModuleTrace }[], inputs: ReadonlySet<string>):
  { needs: Map<string, Set<string>>; requested: Map<string, Set<string>> } {
  const traces = new Map(lowered.flatMap(({ file, trace }) => (trace ? [[resolve(file), trace] as const] : [])));
  const needs = new Map<string, Set<string>>();
  const requested = new Map<string, Set<string>>();
  const work: [string, string][] = [];
  const add = (map: Map<string, Set<string>>, file: string, name: string): boolean => {
    let set = map.get(file);
    if (!set) map.set(file, set = new Set());
    if (set.has(name)) return false;
    set.add(name);
    return true;
  };
  const need = (file: string, name: string) => { if (add(needs, file, name)) work.push([file, name]); };
  for (const file of inputs) {
    const trace = traces.get(file);
    for (const n of [...(trace?.funcs ?? []).map((f) => f.name), ...(trace?.failures.keys() ?? [])]) need(file, n);
  }
  while (work.length > 0) {
    const [file, name] = work.pop()!;
    const trace = traces.get(file)!;
    for (const c of trace.calls.get(name) ?? []) need(file, c);
    const fn = trace.funcs.find((f) => f.name === name);
    for (const [dep, names] of fn ? calleeModules([fn]) : []) {
      for (const n of names) { add(requested, resolve(dep), n); need(resolve(dep), n); }
    }
  }
  return { needs, requested };
}

/**
 * Calls left after inlining to a function of a package that tsgrad reads: its derivative
 * would need a generated module in node_modules (a recursive function, or one that calls a
 * function its package does not export).
 */
function notInlined(file: string, funcs: readonly Func[], failure: (file: string, name: string) => Diagnostic | undefined): Diagnostic[] {
  return funcs.flatMap((f) => callsIn(f.body).filter((c) => c.callee.vjp === 'generated' && inPackage(c.callee.file)))
    .map((c) => {
      const why = failure(c.callee.file, c.callee.name);
      const where = c.origin ? ` (called at ${packagePath(c.origin.file)}:${c.origin.line}:${c.origin.column})` : '';
      const outer = c.origin?.via ?? c.callee.name;
      return {
        code: why?.code ?? 'TSG2002', file, ...c.at,
        message: why
          ? `'${c.callee.name}' of ${packagePath(c.callee.file)}${where} cannot be differentiated: ${why.message} (at ${packagePath(why.file)}:${why.line}:${why.column})`
          : `'${c.callee.name}' of ${packagePath(c.callee.file)}${where} cannot be inlined here: tsgrad differentiates a package's functions only by inlining them (not a recursive one)`,
        hint: c.origin
          ? `register the derivative of '${outer}' in your module: export a function ${outer}_vjp(...params, adj, seed) beside your import of '${outer}' (it adds seed · ∂${outer}/∂param into adj.param and returns ${outer}'s value)`
          : registrationHint(c.callee.name, c.callee.params.map((p) => p.key), packagePath(c.callee.file)),
      };
    });
}

/** Calls left after inlining to a function named like one of the generated code's own names. */
function reservedNames(file: string, funcs: readonly Func[]): Diagnostic[] {
  return funcs.flatMap((f) => callsIn(f.body).filter((c) => reservedCallees.has(c.callee.name) && c.callee.specifier !== 'tsgrad/runtime'))
    .map((c) => ({
      code: 'TSG2002' as const, file, ...c.at,
      message: `the function '${c.callee.name}' has a name the generated code uses for its own`,
      hint: `rename the function (or let it be inlined): generated vjps have parameters 'adj' and 'seed', keep the tape in 'stack' and 'top', and import ${[...runtimeHelpers].map((n) => `'${n}'`).join(', ')} from tsgrad/runtime`,
    }));
}

/** Compiles one source module. */
export function compile(file: string, options: CompileFilesOptions = {}): FileResult {
  return compileFiles([file], options)[0]!;
}

/**
 * Compiles one source module: its functions once inlined, without the private ones nothing
 * calls any more. `needs`: for a module compiled for its callers only, what they need; another
 * function that cannot be differentiated is left out, unreported.
 */
function compileModule(file: string, outputFile: string, trace: ModuleTrace | undefined, error: unknown,
  options: CompileOptions, outputPath: (source: string) => string, needs?: Needs,
  packageFailure: (file: string, name: string) => Diagnostic | undefined = () => undefined): CompileResult {
  try {
    if (!trace) throw error;
    const adjoints: AdjointFunction[] = [];
    const diagnostics: Diagnostic[] = [...trace.diagnostics];
    const facts = new Map(trace.funcs.map((fn) => [fn, analyze(fn, file)] as const));
    const left = needs ? leftOut(trace, facts, needs, file) : new Set<string>();
    const kept = reachable(trace.funcs.filter((fn) => !left.has(fn.name)), file);
    diagnostics.push(...nameClashes(file, kept), ...reservedNames(file, kept), ...notInlined(file, kept, packageFailure));
    for (const fn of kept) {
      const { diagnostics: found, active } = facts.get(fn)!;
      diagnostics.push(...found);
      if (found.length === 0) adjoints.push(reverseFunction(fn, active));
    }
    const dump = options.dump === 'ir' ? kept.map(printFunc).join('\n\n')
      : options.dump === 'reverse' ? adjoints.map(printAdjoint).join('\n\n') : undefined;
    const result: CompileResult = { sourceFile: file, diagnostics, ...(dump === undefined ? {} : { dump }) };
    if (diagnostics.length > 0) return result;
    const code = emitModule({
      sourceName: relativeSource(outputFile, file),
      sourceSpecifier: sourceSpecifier(outputFile, file),
      specifierOf: (target, generated) => sourceSpecifier(outputFile, generated ? outputPath(target) : target),
      runtimeModule: options.runtimeModule ?? 'tsgrad/runtime',
      functions: adjoints,
    });
    return { ...result, code };
  } catch (e) {
    if (e instanceof DiagnosticError) return { sourceFile: file, diagnostics: [e.diagnostic] };
    const message = e instanceof Error ? e.message : String(e);
    return {
      sourceFile: file,
      diagnostics: [{ code: 'TSG9001', message: `internal error: ${message}`, file, line: 1, column: 1, length: 0,
        hint: 'this is a bug in tsgrad; please report it with the input' }],
    };
  }
}

/** Of a module compiled for its callers only: what they need, and which functions of other modules exist. */
interface Needs {
  readonly needed: ReadonlySet<string>;
  readonly provided: (file: string, name: string) => boolean;
}

/**
 * Of a module compiled for its callers only, the functions no caller needs that cannot be
 * differentiated (failed lowering or activity analysis), and those that call them or call a
 * function of another module that is not sure to be there.
 */
function leftOut(trace: ModuleTrace, facts: ReadonlyMap<Func, { diagnostics: readonly Diagnostic[] }>,
  { needed, provided }: Needs, file: string): Set<string> {
  const out = new Set([...trace.failures.keys()].filter((n) => !needed.has(n)));
  for (const [fn, f] of facts) if (f.diagnostics.length > 0 && !needed.has(fn.name)) out.add(fn.name);
  const here = resolve(file);
  const missing = (c: Call) => (resolve(c.callee.file) === here ? out.has(c.callee.name)
    : c.callee.vjp === 'generated' && !provided(c.callee.file, c.callee.name));
  for (let grew = true; grew;) {
    grew = false;
    for (const fn of trace.funcs) {
      if (out.has(fn.name) || needed.has(fn.name)) continue;
      if (callsIn(fn.body).some(missing)) { out.add(fn.name); grew = true; }
    }
  }
  return out;
}

/** `./loss.js`: how the generated file imports its source module. */
function sourceSpecifier(from: string, to: string): string {
  const rel = relativeSource(from, to).replace(/\.(m|c)?tsx?$/, '.js');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/** The source as seen from the generated file (`loss.ts`, `../src/loss.ts`): machine-independent. */
function relativeSource(from: string, to: string): string {
  return relative(dirname(from), to).replace(/\\/g, '/');
}


/** The adjoint IR of a function, printed as the statements it becomes. */
function printAdjoint(f: AdjointFunction): string {
  return `vjp ${f.name}(${f.params.map((p) => p.v.name).join(', ')}, adj, seed) {\n${printBody(f.body)}\n}`;
}
