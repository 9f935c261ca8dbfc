/**
 * tsgrad's compiler: source module → generated gradient module.
 *
 *   parse/lower (frontend) → trace (ir) → activity (analyze) → adjoint IR (reverse) → text (emit)
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { CompileOptions, CompileResult } from './api.js';
import { DiagnosticError, type Diagnostic } from './diagnostics.js';
import { type ModuleTrace, calleeModules, loadProgram, lowerModule } from './frontend/index.js';
import { inPackage, packagePath, registrationHint } from './frontend/packages.js';
import { Inliner, callsIn } from './ir/inline.js';
import { reservedCallees, runtimeHelpers } from './ir/names.js';
import type { Call, Func, Stmt } from './ir/types.js';
import type { CallMode } from './reverse/plan.js';
import { type CallGraphNode, chooseCallModes } from './reverse/split.js';
import { checkpointedLoops } from './reverse/checkpoint.js';
import { printFunc } from './ir/print.js';
import { analyze } from './analyze/index.js';
import { reverseFunction, type AdjointFunction } from './reverse/index.js';
import { tangentFunctions } from './forward/index.js';
import { type CalledName, NoHvp } from './second/index.js';
import { secondOrder } from './second/program.js';
import { statements } from './ir/walk.js';
import { inOutVjpName, splitForwardName, splitReverseName } from './ir/names.js';
import { emitModule, emitModuleWithMap, printBody } from './emit/module.js';

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
 * functions they call (their generated modules provide the callees' vjps).
 *
 * Diagnostics are per function: a function that cannot be differentiated, and the functions
 * that call it (what is left of the call once callees are inlined), get no vjp, and every other
 * function of the module is still emitted. An input owes each exported function its gradient,
 * and says why one has none; a module compiled only for its callers provides what they need.
 */
export { parseTapeBudget } from './budget.js';

export function compileFiles(files: string[], options: CompileFilesOptions = {}): FileResult[] {
  const program = loadProgram(files, options.readFile);
  const outputPath = options.outputPath ?? defaultOutputPath;
  const modules = lowerAll(program, files);
  const inliner = new Inliner((file, name) => modules.get(resolve(file))?.lowered.get(name));
  for (const m of modules.values()) if (m.trace) inliner.declare(m.trace.file, m.trace.funcs, m.trace.names);
  for (const m of modules.values()) {
    if (!m.trace) continue;
    for (const f of m.trace.funcs) m.funcs.set(f.name, inliner.inline(f, m.trace.file));
  }
  const problems = findProblems(modules);
  const wrtProblems = options.wrt ? restrictToWrt(modules, options.wrt, problems) : [];
  // Reversing a function can still fail (an internal error): it is then a problem of its own,
  // and what it blocks is worked out again.
  const adjoints = new Map<string, AdjointFunction>();
  // callees whose vjp could not be cut in two for split mode (reverse/split.ts): called joint
  const jointOnly = new Set<string>();
  let plan: Plan;
  for (;;) {
    plan = planEmission(modules, problems);
    const modes = callModes(modules, plan.emitted, jointOnly);
    const cut = new Set([...modes.values()].flatMap((byCall) => [...byCall].flatMap(([s, mode]) =>
      (mode.split && s.kind === 'call' ? [key(s.callee.file, s.callee.name)] : []))));
    let failed = false;
    for (const k of plan.emitted) {
      if (adjoints.has(k)) continue;
      const m = modules.get(fileOf(k))!;
      const fn = m.funcs.get(nameOf(k))!;
      try {
        adjoints.set(k, reverseFunction(fn, analyzed(m, fn).active, { tapeBudget: options.tapeBudget ?? 0, callModes: modes.get(k), splitForms: cut.has(k) }));
      } catch (e) {
        problems.set(k, [asDiagnostic(e, m.file)]);
        failed = true;
      }
    }
    if (failed) continue;
    const uncut = [...cut].filter((k) => adjoints.has(k) && !adjoints.get(k)!.split);
    if (uncut.length === 0) break;
    for (const k of uncut) jointOnly.add(k);
    adjoints.clear();
  }
  // g_fwd and g_rev only where a caller calls them
  const calledSplit = new Set([...adjoints].flatMap(([k, a]) => a.splitCallees.map((n) => key(fileOf(k), n))));
  for (const [k, a] of adjoints) if (a.split && !calledSplit.has(k)) adjoints.set(k, { ...a, split: undefined });
  const reports = report(modules, problems, plan);
  // Forward mode for every function that gets a vjp; one that gets no jvp is told in a note, never an error.
  const forward = tangentFunctions([...plan.emitted].map((k) => {
    const m = modules.get(fileOf(k))!;
    const fn = m.funcs.get(nameOf(k))!;
    return { key: k, file: m.file, fn, active: analyzed(m, fn).active };
  }), key);
  for (const [k, d] of forward.refused) {
    const r = reports.get(fileOf(k));
    if (!r || !modules.get(fileOf(k))!.input) continue;
    r.notes.push(d);
    r.notes.sort((a, b) => a.line - b.line || a.column - b.column);
  }
  // Second order for every exported function that returns a number, with the forms of its callees
  // it calls (second/program.ts); one that gets none is told in a note.
  const second = secondOrder([...plan.emitted].map((k) => {
    const f = adjoints.get(k)!;
    const fn = modules.get(fileOf(k))!.funcs.get(nameOf(k))!;
    return { key: k, adjoint: f, hvp: f.exported && f.returnsNumber, written: new Set(fn.writes.map((v) => v.name)), restored: fn.pureOutputs.map((v) => v.name), calls: calledNames(fn, fileOf(k), adjoints) };
  }), (k) => forward.built.has(k));
  for (const [k, e] of second.refused) {
    const m = modules.get(fileOf(k))!;
    const fn = m.funcs.get(nameOf(k))!;
    const r = reports.get(fileOf(k));
    if (!r || !m.input) continue;
    const internal = !(e instanceof NoHvp);
    r.notes.push({
      code: 'TSG2005', severity: 'info', file: m.file, line: fn.loc.line, column: fn.loc.column, length: 0,
      message: `'${fn.name}' gets no hvp (second order): ${internal ? `internal error: ${e instanceof Error ? e.message : String(e)}` : e.why}; its gradient is unaffected`,
      hint: internal ? 'this is a bug in tsgrad; please report it with the input (differences of f_grad along v give the Hessian-vector product meanwhile)' : e.hint,
    });
    r.notes.sort((a, b) => a.line - b.line || a.column - b.column);
  }
  for (const d of wrtProblems) reports.get(resolve(d.file))?.[d.severity === 'info' ? 'notes' : 'diagnostics'].push(d);
  // (a package's module is read for its functions, inlined into their callers: nothing is written into node_modules)
  return [...modules.values()].filter((m) => !m.package).map((m) => {
    const outputFile = outputPath(m.file);
    const { diagnostics, notes, failed } = reports.get(m.key)!;
    const emitted = m.trace ? m.trace.funcs.filter((f) => plan.emitted.has(key(m.file, f.name))).map((f) => adjoints.get(key(m.file, f.name))!) : [];
    const dump = options.dump === 'ir' ? [...m.funcs.values()].map(printFunc).join('\n\n')
      : options.dump === 'reverse' ? emitted.map(printAdjoint).join('\n\n') : undefined;
    const result: FileResult = { sourceFile: m.file, outputFile, diagnostics, notes, failed, ...(dump === undefined ? {} : { dump }) };
    if (emitted.length === 0) {
      if (m.input && diagnostics.length === 0) {
        notes.push({ code: 'TSG1010', severity: 'info', file: m.file, line: 1, column: 1, length: 0,
          message: 'nothing to differentiate here: no exported function returns a number or writes into an array parameter, so no file is written' });
      }
      return result;
    }
    try {
      const spec = {
        sourceFile: resolve(m.file),
        sourceName: relativeSource(outputFile, m.file),
        sourceSpecifier: sourceSpecifier(outputFile, m.file),
        specifierOf: (target: string, generated: boolean) => sourceSpecifier(outputFile, generated ? outputPath(target) : target),
        runtimeModule: options.runtimeModule ?? 'tsgrad/runtime',
        functions: emitted,
        tangents: new Map(emitted.flatMap((f) => { const j = forward.built.get(key(m.file, f.name)); return j ? [[f.name, j] as const] : []; })),
        hvps: new Map(emitted.flatMap((f) => { const h = second.hvps.get(key(m.file, f.name)); return h ? [[f.name, h] as const] : []; })),
        secondForms: new Map(emitted.flatMap((f) => { const h = second.forms.get(key(m.file, f.name)); return h ? [[f.name, h] as const] : []; })),
        jacobians: new Map(emitted.flatMap((f) => { const w = writtenOutputs(m.funcs.get(f.name)); return w.length > 0 ? [[f.name, w] as const] : []; })),
      };
      if (!options.sourceMap) return { ...result, code: emitModule(spec) };
      const { code, map } = emitModuleWithMap(spec);
      map.sourcesContent = map.sources.map((f) => program.getSourceFile(f)?.text ?? null);
      return { ...result, code, map };
    } catch (e) {
      return { ...result, diagnostics: [...diagnostics, asDiagnostic(e, m.file)] };
    }
  });
}

/**
 * The keys of the array parameters an exported function writes, its outputs besides its value:
 * such a function gets an `f_jacobian` (emit/module.ts). One that writes none gets none: its
 * Jacobian is its gradient, a single row, which `f_grad` gives.
 */
function writtenOutputs(fn: Func | undefined): string[] {
  if (!fn?.exported) return [];
  return fn.params.filter((p) => p.differentiable && p.v.type === 'f64[]' && fn.writes.includes(p.v)).map((p) => p.key);
}

/**
 * The functions of the program that `fn`'s generated code calls, by the names it calls them:
 * generated callees' forms (`g`, `g_vjp`, `g_vjpInOut`, `g_fwd`, `g_rev`; fn's own included,
 * which its contract's f_vjp and its recursion call), and registered derivatives.
 */
function calledNames(fn: Func, file: string, adjoints: ReadonlyMap<string, AdjointFunction>): Map<string, CalledName> {
  const out = new Map<string, CalledName>();
  const generated = (file: string, name: string, params: readonly { key: string; string?: true }[], writes: readonly number[], specifier: string | undefined) => {
    const k = key(file, name);
    if (!adjoints.has(k)) return;
    const from = specifier ? { specifier, file, generated: true } : undefined;
    const forms = [['primal', name], ['vjp', `${name}_vjp`], ['vjpInOut', inOutVjpName(name)], ['fwd', splitForwardName(name)], ['rev', splitReverseName(name)]] as const;
    for (const [form, called] of forms) {
      const prev = out.get(called);
      const all = prev?.kind === 'generated' ? [...new Set([...prev.writes, ...writes])].sort((a, b) => a - b) : writes;
      out.set(called, { kind: 'generated', key: k, callee: name, form, params, writes: all, ...(from ? { from } : {}) });
    }
  };
  generated(file, fn.name, fn.params.map((p) => ({ key: p.key, ...(p.v.type === 'str' ? { string: true as const } : {}) })),
    fn.writes.map((v) => fn.params.findIndex((p) => p.v === v)).filter((i) => i >= 0), undefined);
  for (const s of statements(fn.body)) {
    if (s.kind !== 'call' || s.callee.specifier === 'tsgrad/runtime') continue;
    const c = s.callee;
    if (c.vjp === 'generated' && !c.vjpRuntime) generated(c.file, c.name, c.params.map((p) => ({ key: p.key, ...(p.string ? { string: true as const } : {}) })), s.writes, c.specifier);
    else if (c.vjp === 'custom' || c.vjpRuntime) for (const n of [c.name, `${c.name}_vjp`]) out.set(n, { kind: 'registered', callee: c.name });
  }
  return out;
}

/** One module of the compile: its trace, and its functions once inlined. */
interface Module {
  readonly file: string;
  readonly key: string;
  /** Among the files to compile (it owes every exported function its gradient). */
  readonly input: boolean;
  /** A module of an npm package (not an input): only the functions called there are lowered, to be inlined. */
  readonly package?: boolean;
  readonly trace?: ModuleTrace;
  /** Why the whole module could not be read (an internal error). */
  readonly error?: Diagnostic;
  /** The lowered functions by name, before inlining (what the inliner inlines). */
  readonly lowered: Map<string, Func>;
  /** The same, with callees inlined. */
  readonly funcs: Map<string, Func>;
  readonly facts: Map<Func, Facts>;
}

type Facts = ReturnType<typeof analyze>;

/** A function of the program: `<absolute file>\0<name>`. */
const key = (file: string, name: string) => `${resolve(file)}\0${name}`;
const fileOf = (k: string) => k.slice(0, k.indexOf('\0'));
const nameOf = (k: string) => k.slice(k.indexOf('\0') + 1);

/** Lowers the inputs and, in turn, every module whose functions they call. */
function lowerAll(program: ReturnType<typeof loadProgram>, files: readonly string[]): Map<string, Module> {
  const modules = new Map<string, Module>();
  const inputs = new Set(files.map((f) => resolve(f)));
  const queue = [...files];
  const seen = new Set(inputs);
  // Of a package, only the functions called are lowered (again, as more of them are found to be called)
  const called = new Map<string, Set<string>>();
  while (queue.length > 0) {
    const file = queue.shift()!;
    const input = inputs.has(resolve(file));
    const only = input ? undefined : called.get(resolve(file));
    const base = { file, key: resolve(file), input, ...(only ? { package: true } : {}), funcs: new Map<string, Func>(), facts: new Map<Func, Facts>() };
    try {
      const trace = lowerModule(program, file, base.input, only);
      modules.set(base.key, { ...base, trace, lowered: new Map(trace.funcs.map((f) => [f.name, f])) });
      for (const [dep, names] of calleeModules(trace.funcs)) {
        if (inPackage(dep) && !inputs.has(resolve(dep))) {
          const known = called.get(resolve(dep)) ?? new Set<string>();
          called.set(resolve(dep), known);
          if ([...names].some((n) => !known.has(n))) {
            for (const n of names) known.add(n);
            queue.push(dep);
          }
        } else if (!seen.has(resolve(dep))) {
          seen.add(resolve(dep));
          queue.push(dep);
        }
      }
    } catch (e) {
      modules.set(base.key, { ...base, error: asDiagnostic(e, file), lowered: new Map() });
    }
  }
  return modules;
}

/**
 * `--wrt`: the exported functions of the inputs named by `wrt` (see CompileOptions.wrt) keep
 * as differentiable only the parameters asked for, so that activity analysis leaves the others
 * inactive. A name that matches no parameter is an error (TSG3005). A function whose derivative
 * another derivative calls (recursion, a call kept out of line) keeps every parameter, which
 * its callers need, and a note says so (TSG3006).
 */
function restrictToWrt(modules: Map<string, Module>, wrt: readonly string[], problems: Map<string, Diagnostic[]>): Diagnostic[] {
  const plain = new Set(wrt.filter((w) => !w.includes(':')).map((w) => w.trim()).filter((w) => w !== ''));
  const byFunction = new Map<string, Set<string>>();
  for (const w of wrt) {
    const at = w.indexOf(':');
    if (at < 0) continue;
    const f = w.slice(0, at).trim();
    const names = byFunction.get(f) ?? new Set<string>();
    for (const n of w.slice(at + 1).split(',')) if (n.trim() !== '') names.add(n.trim());
    byFunction.set(f, names);
  }
  const calledOutOfLine = new Set<string>();
  for (const m of modules.values()) {
    for (const fn of m.funcs.values()) {
      for (const c of callsIn(fn.body)) if (c.callee.vjp === 'generated') calledOutOfLine.add(key(c.callee.file, c.callee.name));
    }
  }
  const usedPlain = new Set<string>();
  const usedFunction = new Set<string>();
  const unmatched: Diagnostic[] = [];
  const fail = (m: Module, fn: Func | undefined, code: 'TSG3005' | 'TSG3006', message: string, hint: string) => {
    const d: Diagnostic = { code, message, hint, file: m.file, line: fn?.loc.line ?? 1, column: fn?.loc.column ?? 1, length: 0 };
    if (!fn) { unmatched.push(d); return; }
    const k = key(m.file, fn.name);
    problems.set(k, [...(problems.get(k) ?? []), d]);
  };
  for (const m of modules.values()) {
    if (!m.input || !m.trace) continue;
    for (const [name, fn] of m.funcs) {
      if (!fn.exported) continue;
      const own = byFunction.get(name);
      const asked = own ?? new Set(fn.params.filter((p) => plain.has(p.key)).map((p) => p.key));
      if (asked.size === 0) continue;
      if (own) usedFunction.add(name);
      for (const p of fn.params) if (plain.has(p.key)) usedPlain.add(p.key);
      const unknown = [...asked].filter((n) => !fn.params.some((p) => p.key === n && p.differentiable));
      if (unknown.length > 0) {
        fail(m, fn, 'TSG3005', `--wrt ${name}:${unknown.join(',')}: ${name} has no parameter ${unknown.map((n) => `'${n}'`).join(' or ')} of type number or array of numbers`,
          `its differentiable parameters are ${fn.params.filter((p) => p.differentiable).map((p) => p.key).join(', ') || 'none'}`);
        continue;
      }
      if (calledOutOfLine.has(key(m.file, name))) {
        unmatched.push({ code: 'TSG3006', severity: 'info', file: m.file, line: fn.loc.line, column: fn.loc.column, length: 0,
          message: `--wrt does not restrict ${name}: the derivatives of its callers (or its own, when it recurses) call ${name}_vjp and need every parameter's adjoint, so ${name}_grad keeps them all`,
          hint: `differentiate a wrapper that calls ${name} with --wrt on the wrapper` });
        continue;
      }
      m.funcs.set(name, { ...fn, params: fn.params.map((p) => (asked.has(p.key) || !p.differentiable ? p : { ...p, differentiable: false })) });
    }
  }
  const first = [...modules.values()].find((m) => m.input);
  for (const n of plain) {
    if (!usedPlain.has(n) && first) fail(first, undefined, 'TSG3005', `--wrt ${n}: no exported function of the inputs has a parameter '${n}'`, 'check the spelling, or name the function: --wrt f:w,b');
  }
  for (const f of byFunction.keys()) {
    if (!usedFunction.has(f) && first) fail(first, undefined, 'TSG3005', `--wrt ${f}:…: the inputs export no function '${f}' to differentiate`, 'name an exported function that returns a number');
  }
  return unmatched;
}

function analyzed(m: Module, fn: Func): Facts {
  let facts = m.facts.get(fn);
  if (!facts) m.facts.set(fn, facts = analyze(fn, m.file));
  return facts;
}

/**
 * Why each function that cannot be differentiated cannot (by key): it failed to lower, its
 * analysis found a problem, or a call left in it names a function the generated code cannot
 * import. Functions are analysed only once they are needed (a module compiled for its callers
 * may have functions nobody needs).
 */
function findProblems(modules: ReadonlyMap<string, Module>): Map<string, Diagnostic[]> {
  const problems = new Map<string, Diagnostic[]>();
  const add = (k: string, d: Diagnostic) => { const list = problems.get(k); if (list) list.push(d); else problems.set(k, [d]); };
  for (const m of modules.values()) {
    if (!m.trace) continue;
    for (const [name, d] of m.trace.failures) add(key(m.file, name), d);
    const funcs = [...m.funcs.values()];
    for (const fn of funcs) {
      if (m.package) continue; // (only inlined into its callers)
      for (const d of notInlined(m.file, fn, modules)) add(key(m.file, fn.name), d);
      for (const d of analyzed(m, fn).diagnostics) add(key(m.file, fn.name), d);
      for (const d of reservedNames(m.file, fn)) add(key(m.file, fn.name), d);
      for (const d of predicateCalls(m.file, fn, modules)) add(key(m.file, fn.name), d);
      for (const d of arrayCalls(m.file, fn, modules)) add(key(m.file, fn.name), d);
    }
    for (const { fn, diagnostic } of nameClashes(m.file, funcs)) add(key(m.file, fn.name), diagnostic);
  }
  return problems;
}

/** What is emitted, and for each function that is not, the call that blocks it. */
interface Plan {
  readonly emitted: ReadonlySet<string>;
  /** A function whose call (left after inlining) reaches a function that cannot be differentiated. */
  readonly blocked: ReadonlyMap<string, { call: Call; callee: string }>;
}

function planEmission(modules: ReadonlyMap<string, Module>, problems: ReadonlyMap<string, Diagnostic[]>): Plan {
  const exists = (k: string) => modules.get(fileOf(k))?.funcs.has(nameOf(k)) ?? false;
  const blocked = new Map<string, { call: Call; callee: string }>();
  for (let grew = true; grew;) {
    grew = false;
    for (const m of modules.values()) {
      for (const fn of m.funcs.values()) {
        const k = key(m.file, fn.name);
        if (problems.has(k) || blocked.has(k)) continue;
        for (const call of callsIn(fn.body)) {
          if (call.callee.vjp !== 'generated') continue;
          const callee = key(call.callee.file, call.callee.name);
          if (problems.has(callee) || blocked.has(callee) || !exists(callee)) {
            blocked.set(k, { call, callee });
            grew = true;
            break;
          }
        }
      }
    }
  }
  // (a predicate has no vjp: it is inlined into its callers)
  const ok = (k: string) => exists(k) && !problems.has(k) && !blocked.has(k) && !modules.get(fileOf(k))!.package &&
    !modules.get(fileOf(k))!.funcs.get(nameOf(k))!.returnsBoolean && !modules.get(fileOf(k))!.funcs.get(nameOf(k))!.returnsArray &&
    modules.get(fileOf(k))!.funcs.get(nameOf(k))!.projection === undefined;
  // every exported function of an input, then what the emitted functions still call
  const emitted = new Set<string>();
  const work: string[] = [];
  const emit = (k: string) => { if (!emitted.has(k) && ok(k)) { emitted.add(k); work.push(k); } };
  for (const m of modules.values()) if (m.input) for (const fn of m.funcs.values()) if (fn.exported) emit(key(m.file, fn.name));
  while (work.length > 0) {
    const k = work.pop()!;
    for (const call of callsIn(modules.get(fileOf(k))!.funcs.get(nameOf(k))!.body)) {
      if (call.callee.vjp === 'generated') emit(key(call.callee.file, call.callee.name));
    }
  }
  return { emitted, blocked };
}

interface Report {
  diagnostics: Diagnostic[];
  notes: Diagnostic[];
  failed: Record<string, Diagnostic[]>;
}

/**
 * What each module reports: for every exported function of an input that gets no gradient,
 * why (its own problems, or the call that blocks it and, in the module where it lies, the
 * problem behind that call); notes for exported functions that are not differentiated.
 */
function report(modules: ReadonlyMap<string, Module>, problems: ReadonlyMap<string, Diagnostic[]>, plan: Plan): Map<string, Report> {
  const reports = new Map<string, Report>();
  for (const m of modules.values()) reports.set(m.key, { diagnostics: m.error ? [m.error] : [], notes: [...m.trace?.notes ?? []], failed: {} });
  const reported = new Set<Diagnostic>();
  const put = (file: string, d: Diagnostic) => {
    if (reported.has(d)) return;
    reported.add(d);
    reports.get(resolve(file))!.diagnostics.push(d);
  };
  /** The problems behind a function's missing vjp, following blocking calls to their end. */
  const causes = (k: string): { chain: Diagnostic[]; roots: [string, Diagnostic[]] } => {
    const chain: Diagnostic[] = [];
    const seen = new Set<string>();
    for (let at = k; ; ) {
      const own = problems.get(at);
      if (own) return { chain, roots: [at, own] };
      const b = plan.blocked.get(at);
      if (!b || seen.has(at)) return { chain, roots: [at, []] };
      seen.add(at);
      chain.push(blocking(at, b.call, b.callee, problems, plan, modules));
      at = b.callee;
    }
  };
  for (const m of modules.values()) {
    if (!m.input || !m.trace) continue;
    const r = reports.get(m.key)!;
    for (const [name, returns] of m.trace.exports) {
      const k = key(m.file, name);
      if (plan.emitted.has(k)) continue;
      if (!problems.has(k) && !plan.blocked.has(k)) continue; // nothing to differentiate (a note says so)
      const { chain, roots: [rootKey, roots] } = causes(k);
      const why = [...chain.slice(0, 1), ...roots];
      r.failed[name] = why;
      if (returns === 'number') {
        if (chain[0]) put(m.file, chain[0]);
        for (const d of roots) put(fileOf(rootKey), d);
      } else {
        const first = why[0];
        if (first) r.notes.push({ ...first, code: 'TSG1010', severity: 'info', message: `'${name}' gets no vjp (it returns nothing, so only callers would use it): ${first.message}` });
      }
    }
  }
  for (const r of reports.values()) {
    const order = (a: Diagnostic, b: Diagnostic) => (a.file === b.file ? a.line - b.line || a.column - b.column : a.file < b.file ? -1 : 1);
    r.diagnostics.sort(order);
    r.notes.sort(order);
  }
  return reports;
}

/** TSG2003 at the call that keeps `caller` from a vjp. */
function blocking(caller: string, call: Call, callee: string, problems: ReadonlyMap<string, Diagnostic[]>, plan: Plan,
  modules: ReadonlyMap<string, Module>): Diagnostic {
  const file = fileOf(caller);
  const name = nameOf(callee);
  const where = fileOf(callee) === file ? '' : ` of ${relativeSource(file, fileOf(callee))}`;
  const own = problems.get(callee)?.[0];
  const why = own ? `${own.code} at ${relativeSource(file, own.file)}:${own.line}:${own.column}: ${own.message}`
    : plan.blocked.has(callee) ? `it calls '${nameOf(plan.blocked.get(callee)!.callee)}', which cannot be differentiated either`
      : modules.get(fileOf(callee))?.error ? `its module could not be read` : 'it has no body tsgrad can read';
  return {
    code: 'TSG2003', file, ...call.at,
    message: `'${nameOf(caller)}' gets no gradient: it calls '${name}'${where}, which tsgrad cannot differentiate (${why})`,
    hint: `fix '${name}' (see its own error), register a derivative for it (export '${name}_vjp' beside it), or keep '${nameOf(caller)}' from calling it`,
  };
}

/** A diagnostic from what a phase threw: its own, or an internal error. */
function asDiagnostic(e: unknown, file: string): Diagnostic {
  // (a phase after lowering may not know the file: the function's)
  if (e instanceof DiagnosticError) return e.diagnostic.file ? e.diagnostic : { ...e.diagnostic, file };
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'TSG9001', message: `internal error: ${message}`, file, line: 1, column: 1, length: 0,
    hint: 'this is a bug in tsgrad; please report it with the input' };
}

/**
 * Calls left after inlining that reach two different functions of one name (`A.h(x)` and
 * `h(x)` of two modules): the generated module, which imports each callee and its vjp under
 * their own names, cannot import both. Each is a problem of the function it is in.
 */
function nameClashes(file: string, funcs: readonly Func[]): { fn: Func; diagnostic: Diagnostic }[] {
  const first = new Map<string, string>();
  const out: { fn: Func; diagnostic: Diagnostic }[] = [];
  for (const fn of funcs) {
    for (const c of callsIn(fn.body)) {
      const target = resolve(c.callee.file);
      const other = first.get(c.callee.name);
      if (other === undefined) first.set(c.callee.name, target);
      else if (other !== target) {
        out.push({ fn, diagnostic: {
          code: 'TSG2002', file, ...c.at,
          message: `'${c.callee.name}' here is the function of ${relativeSource(file, c.callee.file)}, and this module also calls the '${c.callee.name}' of ${relativeSource(file, other)}`,
          hint: `rename one of them: the generated code imports '${c.callee.name}' and '${c.callee.name}_vjp' under their own names`,
        } });
      }
    }
  }
  return out;
}

/**
 * Calls left after inlining to a function of a package that tsgrad reads: its derivative
 * would need a generated module in node_modules (it could not be differentiated, or it is
 * recursive). The diagnostic says why, where in the package, and how to register a derivative.
 */
function notInlined(file: string, fn: Func, modules: ReadonlyMap<string, Module>): Diagnostic[] {
  // a function of the project the generated code cannot name (exported as `default` only, …)
  const unnamed = callsIn(fn.body).filter((c) => c.callee.vjp === 'generated' && c.callee.inlineOnly !== undefined && !inPackage(c.callee.file)
    && !modules.get(resolve(c.callee.file))?.trace?.failures.has(c.callee.name))
    .map((c): Diagnostic => ({ code: 'TSG2002', file, ...c.at, message: c.callee.inlineOnly!.message, hint: c.callee.inlineOnly!.hint }));
  return [...unnamed, ...notInlinedFromPackages(file, fn, modules)];
}

function notInlinedFromPackages(file: string, fn: Func, modules: ReadonlyMap<string, Module>): Diagnostic[] {
  return callsIn(fn.body).filter((c) => c.callee.vjp === 'generated' && inPackage(c.callee.file) && !inPackage(file))
    .map((c) => {
      // a package's default export is 'default' there: the hint names it as this module imports it
      const local = c.callee.name === 'default' && !c.origin ? calleeTextAt(file, c.at) : undefined;
      const why = modules.get(resolve(c.callee.file))?.trace?.failures.get(c.callee.name);
      const where = c.origin ? ` (called at ${packagePath(c.origin.file)}:${c.origin.line}:${c.origin.column})` : '';
      const outer = c.origin?.via ?? c.callee.name;
      return {
        code: why?.code ?? 'TSG2002', file, ...c.at,
        message: why
          ? `'${local ?? c.callee.name}' of ${packagePath(c.callee.file)}${where} cannot be differentiated: ${why.message} (at ${packagePath(why.file)}:${why.line}:${why.column})`
          : `'${local ?? c.callee.name}' of ${packagePath(c.callee.file)}${where} cannot be inlined here: tsgrad differentiates a package's functions only by inlining them (not a recursive one)`,
        hint: c.origin
          ? `register the derivative of '${outer}' in your module: export a function ${outer}_vjp(...params, adj, seed) beside your import of '${outer}' (it adds seed · ∂${outer}/∂param into adj.param and returns ${outer}'s value)`
          : registrationHint(local ?? c.callee.name, c.callee.params.map((p) => p.key), packagePath(c.callee.file), c.callee.params.map((p) => p.array)),
      };
    });
}

/** The name a call at `at` in `file` is written with (`sum` of `sum(xs)`). */
function calleeTextAt(file: string, at: { line: number; column: number }): string | undefined {
  try {
    const line = readFileSync(file, 'utf8').split(/\r?\n/)[at.line - 1] ?? '';
    return /^[A-Za-z_$][\w$]*/.exec(line.slice(at.column - 1))?.[0];
  } catch {
    return undefined;
  }
}

/** Calls left after inlining to a function that returns a boolean or one number of an object, or takes a string (recursive, or tagged @noinline; a package's test of an array is called as it is). */
function predicateCalls(file: string, fn: Func, modules: ReadonlyMap<string, Module>): Diagnostic[] {
  // (a helper that failed to lower says why itself)
  const failure = (c: Call) => (c.callee.projection === undefined ? undefined : modules.get(resolve(c.callee.file))?.trace?.failures.get(c.callee.name));
  // (a call of a function that may return undefined is two calls, one per part of its result: one word)
  const seen = new Set<string>();
  const once = (c: Call) => !c.callee.projection?.startsWith('$') || !seen.has(`${c.at.line}:${c.at.column}`) && !!seen.add(`${c.at.line}:${c.at.column}`);
  return callsIn(fn.body).filter((c) => ((c.callee.returnsBoolean && c.callee.vjp !== 'none') || c.callee.projection !== undefined || c.callee.params.some((p) => p.string)) && once(c)).map((c) => failure(c) ?? ({
    code: 'TSG2002' as const, file, ...c.at,
    message: !c.callee.returnsBoolean && c.callee.projection === undefined
      ? `'${c.callee.name}' takes a string, and tsgrad passes strings only to functions it inlines, which it cannot here`
      : c.callee.projection !== undefined && c.callee.projection.startsWith('$')
      ? `'${c.callee.name.slice(0, -c.callee.projection.length - 1)}' may return undefined or null, and tsgrad reads such a result only by inlining the function, which it cannot here`
      : c.callee.projection !== undefined
      ? `'${c.callee.name.slice(0, -c.callee.projection.length - 1)}' returns an object, and tsgrad reads its numbers only by inlining it, which it cannot here`
      : `'${c.callee.name}' returns a boolean, and tsgrad can only inline such a function, which it cannot here`,
    hint: 'remove its @noinline tag, and do not let it call itself',
  }));
}

/** Calls left after inlining to a function that returns an array (recursive, tagged @noinline, or long). */
function arrayCalls(file: string, fn: Func, modules: ReadonlyMap<string, Module>): Diagnostic[] {
  return callsIn(fn.body).filter((c) => c.callee.returnsArray).map((c) => {
    const why = modules.get(resolve(c.callee.file))?.trace?.failures.get(c.callee.name);
    return why ?? {
      code: 'TSG2002' as const, file, ...c.at,
      message: `'${c.callee.name}' returns an array, and tsgrad can only inline such a function, which it cannot here (it is recursive, tagged @noinline, or longer than tsgrad inlines)`,
      hint: 'remove its @noinline tag and do not let it call itself, or pass the array to fill as a parameter (function f(…, out: Float64Array): void)',
    };
  });
}

/** Calls left after inlining to a function named like one of the generated code's own names. */
function reservedNames(file: string, fn: Func): Diagnostic[] {
  return callsIn(fn.body).filter((c) => reservedCallees.has(c.callee.name) && c.callee.specifier !== 'tsgrad/runtime')
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

/** `./loss.js`: how the generated file imports its source module. */
function sourceSpecifier(from: string, to: string): string {
  const rel = relativeSource(from, to).replace(/\.(m|c)?tsx?$/, '.js');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/** The source as seen from the generated file (`loss.ts`, `../src/loss.ts`): machine-independent. */
function relativeSource(from: string, to: string): string {
  return relative(dirname(from), to).replace(/\\/g, '/');
}


/** The adjoint IR of a function, printed as the statements it becomes (and its split forms, when callers call them). */
function printAdjoint(f: AdjointFunction): string {
  const params = f.params.map((p) => p.v.name).join(', ');
  return [
    `vjp ${f.name}(${params}, adj, seed) {\n${printBody(f.body)}\n}`,
    ...(f.split ? [`fwd ${f.name}(${params}) {\n${printBody(f.split.forward)}\n}`, `rev ${f.name}(${params}, adj, seed) {\n${printBody(f.split.reverse)}\n}`] : []),
  ].join('\n\n');
}

/**
 * The mode of each call of a generated vjp in the functions to emit (reverse/split.ts): split
 * in a loop or into a recursion, where the callee is of the same module, may not throw, has no
 * `@checkpoint` loop, and its vjp could be cut in two (not in `jointOnly`).
 */
function callModes(modules: ReadonlyMap<string, Module>, emitted: ReadonlySet<string>, jointOnly: ReadonlySet<string>): Map<string, Map<Stmt, CallMode>> {
  const nodes: CallGraphNode[] = [...emitted].map((k) => {
    const m = modules.get(fileOf(k))!;
    const calleeKey = (s: Call) => {
      const ck = key(s.callee.file, s.callee.name);
      return s.callee.vjp === 'generated' && emitted.has(ck) ? ck : undefined;
    };
    const unsplittable = (s: Call) => {
      const ck = key(s.callee.file, s.callee.name);
      const g = s.callee.name;
      const callee = modules.get(fileOf(ck))?.funcs.get(g);
      return s.callee.specifier || fileOf(ck) !== fileOf(k) || !callee ? `${g} is of another module`
        : s.callee.mayThrow ? `${g} may throw`
        : checkpointedLoops(callee).length > 0 ? `${g} has a @checkpoint loop`
        : jointOnly.has(ck) ? `${g}'s forward sweep cannot record all its reverse needs` : undefined;
    };
    return { key: k, fn: m.funcs.get(nameOf(k))!, calleeKey, unsplittable };
  });
  return chooseCallModes(nodes);
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
  const modules = lowerAll(loadProgram(files), files);
  const inliner = new Inliner((file, name) => modules.get(resolve(file))?.lowered.get(name));
  for (const m of modules.values()) if (m.trace) inliner.declare(m.trace.file, m.trace.funcs, m.trace.names);
  for (const m of modules.values()) {
    if (!m.trace) continue;
    for (const f of m.trace.funcs) m.funcs.set(f.name, inliner.inline(f, m.trace.file));
  }
  return {
    func: (file, name) => modules.get(resolve(file))?.funcs.get(name),
    failure: (file, name) => modules.get(resolve(file))?.trace?.failures.get(name) ?? modules.get(resolve(file))?.error,
  };
}
