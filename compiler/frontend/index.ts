/**
 * Parse and lower: TypeScript's compiler API loads the source modules with the type checker, and each
 * exported function that returns `number` is lowered to a trace. A function that uses what
 * tsgrad does not support yields a diagnostic instead.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from './typescript.cjs';
import type { Func, Projection } from '../ir/types.js';
import { DiagnosticError, type Diagnostic } from '../diagnostics.js';
import { FunctionLowering } from './statements/function.js';
import { classifyType, isOptionalCallback, nullableNumber, skipParens } from './facts.js';
import { statements } from '../ir/walk.js';
import { sourceName } from '../ir/names.js';
import { intoForm, isIntoName, resultIsPlainArray } from './array-results.js';
import { objectOfNumbers } from './object-numbers.js';
import { implementationResolver, inPackage } from './packages.js';
import { classFieldSemantics } from './value-classes.js';
import { type Captured, type FunctionNode, type FunctionValue, factoryProblem, functionOfDeclaration } from './values.js';

export interface ModuleTrace {
  readonly file: string;
  readonly funcs: readonly Func[];
  readonly diagnostics: readonly Diagnostic[];
  /** Why a function could not be lowered (by name), whether or not anything requires it. */
  readonly failures: ReadonlyMap<string, Diagnostic>;
  /** The exported functions tsgrad differentiates: those returning a number (the contract) and `void` ones. */
  /**
   * Each exported function: `required` when it has a derivative of the contract, so that what
   * keeps it from one is an error (it returns a number, or it is `void` and stores into an
   * element of an array parameter: README, "The generated API"); `optional` when it
   * is lowered only for its callers.
   */
  /** `objectParam`: optional, as one taking an object of numbers (no gradient key for it) is. */
  readonly exports: ReadonlyMap<string, 'required' | 'optional' | 'objectParam'>;
  /** Exported functions that get no gradient, and why (informational). */
  readonly notes: readonly Diagnostic[];
  /** The exported function each note is about, by name. */
  readonly noteSubjects: ReadonlyMap<Diagnostic, string>;
  /** Per function of the module, the functions of the module it calls (by name). */
  readonly calls: ReadonlyMap<string, ReadonlySet<string>>;
  /** The names of the module's own functions. */
  readonly names: ReadonlySet<string>;
}

/**
 * A TypeScript program over `files` and what they import, with the compiler options of the
 * nearest tsconfig.json (strict defaults without one), but no ambient `@types` packages:
 * numeric code needs none, and `@types/node` alone was most of a compile's time.
 */
/** TypeScript's library files, parsed, for programs made with an editor's texts (see loadProgram). */
const libFiles = new Map<string, ts.SourceFile>();

export function loadProgram(files: readonly string[], readFile?: (file: string) => string | undefined): ts.Program {
  const config = findTsconfig(files[0] ? dirname(resolve(files[0])) : process.cwd());
  // (without a tsconfig, the ES2023 library only (Node 20 has all of it): the DOM's declarations, which a target's
  // default library includes, took a third of a compile)
  let options: ts.CompilerOptions = {
    strict: true, target: ts.ScriptTarget.ES2022, lib: ['lib.es2023.d.ts'],
    module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
  };
  if (config) {
    const host: ts.ParseConfigFileHost = {
      ...ts.sys,
      // only the options are used: no listing of the project's files
      readDirectory: () => [],
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(`${config}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
      },
    };
    const parsed = ts.getParsedCommandLineOfConfigFile(config, undefined, host);
    if (parsed) options = parsed.options;
  }
  // npm packages are followed into their JavaScript (see packages.ts), typed by its JSDoc
  const all = { ...options, types: [], noEmit: true, allowJs: true, checkJs: false, maxNodeModuleJsDepth: 64 };
  const host = ts.createCompilerHost(all);
  if (readFile) {
    // (the host's getSourceFile reads through host.readFile)
    const fromDisk = host.readFile.bind(host);
    host.readFile = (file) => readFile(resolve(file)) ?? fromDisk(file);
    // An editor compiles again at every change: TypeScript's own library files, which do not
    // change, are parsed (and bound) once, and shared by the programs as a language service's
    // document registry shares them.
    const parse = host.getSourceFile.bind(host);
    const libDir = dirname(ts.getDefaultLibFilePath(all));
    host.getSourceFile = (file, version, ...rest) => {
      if (dirname(resolve(file)) !== resolve(libDir)) return parse(file, version, ...rest);
      const key = `${resolve(file)}\0${typeof version === 'object' ? `${version.languageVersion}:${version.impliedNodeFormat}:${version.jsDocParsingMode}` : version}`;
      let sf = libFiles.get(key);
      if (!sf) {
        sf = parse(file, version, ...rest);
        if (sf) libFiles.set(key, sf);
      }
      return sf;
    };
  }
  // JSDoc parsed in JavaScript only (its types; TypeScript's own is not read: `@noinline` is
  // read from the comment)
  host.jsDocParsingMode = ts.JSDocParsingMode.ParseForTypeInfo;
  host.resolveModuleNameLiterals = implementationResolver(host, all);
  return ts.createProgram(files.map((f) => resolve(f)), all, host);
}

function findTsconfig(dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    const candidate = join(d, 'tsconfig.json');
    if (existsSync(candidate)) return candidate;
    if (dirname(d) === d) return undefined;
  }
}

/**
 * Lowers every exported function of `file` that returns a number (the contract's `f_grad`),
 * every exported `void` function tsgrad can differentiate (for callers in other modules), and
 * every function of the module those call. `contract`: false for a module compiled only for
 * its callers, whose exported functions are then lowered where possible but not required.
 */
export function lowerModule(program: ts.Program, file: string, contract = true, only?: ReadonlyMap<string, Projection | undefined>,
  requested?: ReadonlyMap<string, Projection | undefined>): ModuleTrace {
  const sf = program.getSourceFile(resolve(file));
  if (!sf) throw new Error(`${file} is not part of the program`);
  const checker = program.getTypeChecker();
  classFieldSemantics(program);
  const funcs: Func[] = [];
  const diagnostics: Diagnostic[] = [];
  // (functions by name: one declaration may be two functions, made by a factory for two
  // variables, and `function g…; export default g` is 'default' to other modules and 'g' to
  // the functions of its own; of a helper returning an object, each property read of it is `f.ra`)
  const done = new Set<string>();
  // (the project's other modules: one calling an exported helper taking an object makes it a helper, objectHelper)
  const importers = program.getSourceFiles().filter((f) => f !== sf && !f.isDeclarationFile && !inPackage(f.fileName));
  const exported = exportedFunctions(sf, checker, importers);
  // (of a package's module, the functions its callers call: see packages.ts)
  const queue: { name: string; node: FunctionNode; captured?: ReadonlyMap<ts.Symbol, Captured>; exported: boolean; required: boolean; projection?: Projection }[] = only
    ? namedFunctions(sf, only, checker).map((f) => ({ ...f, required: false, exported: f.projection === undefined }))
    : exported.map((f) => ({ ...f, required: contract && f.required, exported: true }));
  // (what functions of other modules of the project call that is not a function of this one as
  // it is: the private copy of a helper taking an object of numbers, `add$options`, or the trace of
  // one property of the object a helper returns, `add.x`; lowered as for this module's own
  // callers, to be inlined into theirs: calls.ts's `across`)
  for (const [name, projection] of requested ?? []) {
    if (queue.some((q) => q.name === name)) continue;
    const [found] = namedFunctions(sf, new Map([[sourceName(projection?.of ?? name), undefined]]), checker);
    if (found) queue.push({ name, node: found.node, exported: false, required: false, ...(projection === undefined ? {} : { projection }) });
  }
  const subjects = new Map<Diagnostic, string>();
  const notes = only ? [] : skippedExports(sf, checker, file, subjects);
  const failed = new Map<string, Diagnostic>();
  const calls = new Map<string, Set<string>>();
  let current = '';
  const needs = ({ node, name, captured, projection }: FunctionValue) => {
    let called = calls.get(current);
    if (!called) calls.set(current, called = new Set());
    called.add(name);
    const queued = queue.find((q) => q.name === name);
    // (without the contract, what is required is decided by the callers: see `calls`)
    if (queued && contract) queued.required = true;
    const failure = failed.get(name);
    if (contract && failure && !diagnostics.includes(failure)) diagnostics.push(failure);
    if (done.has(name) || queued) return;
    queue.push({ name, node, ...(captured ? { captured } : {}), exported: false, required: contract, ...(projection === undefined ? {} : { projection }) });
  };
  const failures = new Map<string, Diagnostic>();
  while (queue.length > 0) {
    const { name, node, captured, exported, required, projection } = queue.shift()!;
    if (done.has(name)) continue;
    done.add(name);
    current = name;
    try {
      const lowered = new FunctionLowering(node, name, sf, file, checker, exported, needs, () => readBeforeAssigned(program, node.getSourceFile()), captured, projection).lower();
      // (a helper returning an array that cannot be inlined, as its callers call it: array-results.ts)
      const fn = isIntoName(name) ? intoForm(lowered, resultIsPlainArray(checker, node)) : lowered;
      // a void function that writes no array has no outputs: nothing to differentiate
      // (a predicate is inlined into its callers; so is a check that only throws, and a helper
      // without effects that a function of the module calls)
      const throws = [...statements(fn.body)].some((s) => s.kind === 'throw' || (s.kind === 'call' && s.callee.mayThrow));
      if (fn.returnsNumber || fn.returnsBoolean || fn.returnsArray || fn.writes.length > 0 || throws || !exported) funcs.push(fn);
      else if (exported) notes.push(note(node, sf, file, `'${name}' returns nothing and writes into no array parameter: there is nothing to differentiate`));
      for (const d of notes) if (!subjects.has(d)) subjects.set(d, name);
      // (the callbacks it was lowered without)
      const left = node.parameters.filter((p) => isOptionalCallback(p, checker)).map((p) => `'${p.name.getText(sf)}'`);
      if (exported && !only && left.length > 0) {
        notes.push(note(node, sf, file, `the gradient of '${name}' is for calls without ${left.join(' and ')}: there ${left.length > 1 ? 'they are' : 'it is'} undefined, and the code that calls ${left.length > 1 ? 'them' : 'it'} is left out`,
          `to differentiate through a callback, write a function that calls it with the values it needs and differentiate that`));
        subjects.set(notes[notes.length - 1]!, name);
      }
    } catch (e) {
      if (!(e instanceof DiagnosticError)) throw e;
      failures.set(name, e.diagnostic);
      if (required) diagnostics.push(e.diagnostic);
      else failed.set(name, e.diagnostic);

    }
  }
  const exports = new Map(exported.map((f) => [f.name, f.required ? 'required' as const : objectHelper(f.node, sf, checker, importers) ? 'objectParam' as const : 'optional' as const]));
  return { file, funcs, diagnostics, failures, exports, notes, noteSubjects: subjects, calls, names: topLevelNames(sf) };
}

/**
 * Whether `node` takes an object of numbers (required, no default) and another function of its
 * module calls it: a helper its callers pass the object to, exported too. So is one a module of
 * `importers` calls (`add(a, b)`, `V.add(a, b)` of a vec.ts: calls.ts's `across`).
 */
function objectHelper(node: FunctionNode, sf: ts.SourceFile, checker: ts.TypeChecker, importers: readonly ts.SourceFile[] = []): boolean {
  if (!node.parameters.some((q) => objectOfNumbers(checker, q) !== undefined)) return false;
  const target = ts.isFunctionDeclaration(node) && node.name ? node.name : ts.isVariableDeclaration(node.parent) ? node.parent.name : undefined;
  const symbol = target && checker.getSymbolAtLocation(target);
  if (!symbol) return false;
  const visit = (n: ts.Node): boolean => {
    if (n === node) return false;
    if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && checker.getSymbolAtLocation(n.expression) === symbol) return true;
    return ts.forEachChild(n, visit) ?? false;
  };
  const called = (n: ts.Node): boolean => {
    if (ts.isCallExpression(n) && (ts.isIdentifier(n.expression) || ts.isPropertyAccessExpression(n.expression))) {
      const s = checker.getSymbolAtLocation(n.expression);
      if (s && (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s) === symbol) return true;
    }
    return ts.forEachChild(n, called) ?? false;
  };
  return visit(sf) || importers.some((f) => called(f));
}

/** An informational diagnostic about an exported function, at its name. */
function note(node: ts.Node, sf: ts.SourceFile, file: string, message: string, hint?: string): Diagnostic {
  const named = (ts.isFunctionDeclaration(node) && node.name) || (ts.isVariableDeclaration(node.parent) ? node.parent.name : node);
  const start = named.getStart(sf);
  const { line, character } = sf.getLineAndCharacterOfPosition(start);
  return { code: 'TSG1010', severity: 'info', message, file, line: line + 1, column: character + 1, length: named.getEnd() - start, ...(hint ? { hint } : {}) };
}

/**
 * Exported functions of the module that tsgrad does not differentiate because of what they
 * return or are (async, generators), each as a note that says so.
 */
function skippedExports(sf: ts.SourceFile, checker: ts.TypeChecker, file: string, subjects: Map<Diagnostic, string>): Diagnostic[] {
  const moduleSymbol = checker.getSymbolAtLocation(sf);
  if (!moduleSymbol) return [];
  const out: { at: number; note: Diagnostic }[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const s = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const name = exported.getName();
    const node = functionOf(checker, s.valueDeclaration, sf, name)?.node;
    const held = node ? undefined : heldFunctionNote(checker, s.valueDeclaration, sf, file, name);
    if (held) out.push({ at: s.valueDeclaration!.getStart(sf), note: held });
    if (held) subjects.set(held, name);
    if (!node) continue;
    const signature = checker.getSignatureFromDeclaration(node);
    if (!signature) continue;
    const returns = checker.getReturnTypeOfSignature(signature);
    let message: string | undefined;
    let hint: string | undefined;
    if (node.asteriskToken) message = `'${name}' is a generator: tsgrad differentiates functions that return a number`;
    else if (node.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)) message = `'${name}' is async: tsgrad differentiates functions that return a number`;
    else if (!(returns.flags & (ts.TypeFlags.NumberLike | ts.TypeFlags.Void)) && !nullableNumber(returns)) {
      message = `'${name}' returns ${checker.typeToString(returns)}, not a number: it gets no gradient`;
      if (['Float64Array', 'number[]'].includes(classifyType(returns, checker))) {
        message += ' of its own (a function that calls it, here or in another module, has it inlined)';
        hint = 'to differentiate one of its elements, export a function that returns it';
      } else if (returns.flags & ts.TypeFlags.Object) {
        hint = 'tsgrad differentiates functions that return a number (a loss, an energy) or write their results into array parameters; to differentiate one output, export a function that returns it';
      }
    }
    if (message) {
      const d = note(ts.isFunctionDeclaration(node) ? node : s.valueDeclaration!, sf, file, message, hint);
      subjects.set(d, name);
      out.push({ at: node.getStart(sf), note: d });
    }
  }
  return out.sort((a, b) => a.at - b.at).map((o) => o.note);
}

/**
 * The function a declaration of this file declares (`function f`, `const f = (…) => …`), or a
 * variable holds (an alias, an IIFE's or a factory's result: values.ts), when its body is in
 * this file.
 */
function functionOf(checker: ts.TypeChecker, decl: ts.Declaration | undefined, sf: ts.SourceFile, name: string): FunctionValue | undefined {
  if (!decl || decl.getSourceFile() !== sf) return undefined;
  const found = functionOfDeclaration(checker, decl, name);
  return found && found.node.getSourceFile() === sf ? found : undefined;
}

/**
 * An exported variable that holds a function tsgrad does not differentiate as this module's
 * (exported functions are named with the reason: never silence): an alias of another module's
 * function, or a value tsgrad cannot follow.
 */
function heldFunctionNote(checker: ts.TypeChecker, decl: ts.Declaration | undefined, sf: ts.SourceFile, file: string, name: string): Diagnostic | undefined {
  if (!decl || decl.getSourceFile() !== sf || !ts.isVariableDeclaration(decl) || functionOf(checker, decl, sf, name)) return undefined;
  if (checker.getTypeAtLocation(decl).getCallSignatures().length === 0) return undefined;
  const found = functionOfDeclaration(checker, decl, name);
  if (found && !found.captured) {
    const where = found.node.getSourceFile().fileName.replace(/.*[\\/]/, '');
    return note(decl, sf, file, `'${name}' is an alias of '${found.name}' of ${where}: its gradient is that module's ('${found.name}_grad' in ${where.replace(/\.[cm]?[jt]sx?$/, '')}.grad), and calls to '${name}' here are differentiated through it`);
  }
  const factory = ts.isIdentifier(decl.name) ? factoryProblem(checker, decl.name) : undefined;
  if (factory) return note(decl, sf, file, `'${name}' holds a function made by a factory tsgrad cannot follow, so it gets no gradient: ${factory.problem}`, factory.hint);
  return note(decl, sf, file, `'${name}' holds a function that tsgrad cannot follow to its body, so it gets no gradient`,
    'declare it with `function`, `const f = (…) => …`, as an alias of such a function, or as the function an IIFE returns (`var f = (function () { …; return function f(x) {…}; })()`)');
}

/**
 * The module's functions of those names: top-level declarations, or what the module exports
 * under the name (`exports.f = …`, `module.exports = function …` as 'default': values.ts).
 */
function namedFunctions(sf: ts.SourceFile, names: ReadonlyMap<string, Projection | undefined>, checker: ts.TypeChecker): { name: string; node: FunctionNode; projection?: Projection }[] {
  const out: { name: string; node: FunctionNode; projection?: Projection }[] = [];
  // (`f.ra`: the number `ra` of the object the function `f` returns)
  for (const [name, projection] of names) {
    const st = projection === undefined ? undefined : sf.statements.find((s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && s.name?.text === projection.of && s.body !== undefined);
    if (st) out.push({ name, node: st, projection: projection! });
  }
  for (const st of sf.statements) {
    if (ts.isFunctionDeclaration(st) && st.name && st.body && names.has(st.name.text)) out.push({ name: st.name.text, node: st });
    // (`export default function sum`: its callers know it as 'default')
    else if (ts.isFunctionDeclaration(st) && st.body && names.has('default') && st.modifiers?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) {
      out.push({ name: 'default', node: st });
    }
  }
  const moduleSymbol = checker.getSymbolAtLocation(sf);
  const exported = moduleSymbol ? [...checker.getExportsOfModule(moduleSymbol), ...(moduleSymbol.exports?.get(ts.InternalSymbolName.ExportEquals) ? [moduleSymbol.exports.get(ts.InternalSymbolName.ExportEquals)!] : [])] : [];
  for (const e of exported) {
    const s = e.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(e) : e;
    const found = functionOfDeclaration(checker, s.valueDeclaration ?? s.declarations?.[0], e.getName());
    // (called by the name it is exported under, `default` for `export =`, or by its own)
    const exportName = e.getName() === ts.InternalSymbolName.ExportEquals ? 'default' : e.getName();
    const name = names.has(exportName) ? exportName : found?.name;
    if (found && name !== undefined && found.node.body && found.node.getSourceFile() === sf && names.has(name) && !out.some((o) => o.name === name)) out.push({ ...found, name });
  }
  return out.sort((a, b) => a.node.getStart() - b.node.getStart());
}

const unassignedReads = new WeakMap<ts.SourceFile, readonly ts.Diagnostic[]>();

/**
 * tsc's "Variable 'x' is used before being assigned" (TS2454) in `sf`: a variable declared
 * without a value (`let t;`, a `var`), read where a path leaves it unassigned.
 */
function readBeforeAssigned(program: ts.Program, sf: ts.SourceFile): readonly ts.Diagnostic[] {
  let found = unassignedReads.get(sf);
  if (!found) unassignedReads.set(sf, found = program.getSemanticDiagnostics(sf).filter((d) => d.code === 2454));
  return found;
}

/** The module's functions, by name (declarations, and consts of arrow functions). */
function topLevelNames(sf: ts.SourceFile): Set<string> {
  const out = new Set<string>();
  for (const st of sf.statements) {
    if (ts.isFunctionDeclaration(st) && st.name) out.add(st.name.text);
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        const init = d.initializer && skipParens(d.initializer);
        if (ts.isIdentifier(d.name) && init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) out.add(d.name.text);
      }
    }
  }
  return out;
}

/**
 * The modules of imported callees that tsgrad differentiates (compiled beside this one), with
 * the functions each must provide a vjp for.
 */
export function calleeModules(funcs: readonly Func[]): Map<string, Map<string, Projection | undefined>> {
  const out = new Map<string, Map<string, Projection | undefined>>();
  for (const f of funcs) {
    for (const s of statements(f.body)) {
      if (s.kind !== 'call' || s.callee.vjp !== 'generated' || !s.callee.specifier) continue;
      const names = out.get(s.callee.file) ?? new Map<string, Projection | undefined>();
      names.set(s.callee.name, s.callee.projection);
      out.set(s.callee.file, names);
    }
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * Exported function declarations and `const f = (…) => …` returning `number` or `void` and
 * storing into an array parameter (`required`: an error in one is reported), other `void`
 * ones (differentiated when possible, for callers) or
 * `boolean` (inlined into callers in other modules), minus
 * those with a registered derivative (`f_vjp` exported beside `f`) and those derivatives.
 */
export function exportedFunctions(sf: ts.SourceFile, checker: ts.TypeChecker, importers: readonly ts.SourceFile[] = []):
  { name: string; node: FunctionNode; captured?: ReadonlyMap<ts.Symbol, Captured>; required: boolean; at: number }[] {
  const moduleSymbol = checker.getSymbolAtLocation(sf);
  if (!moduleSymbol) return [];
  const out: { name: string; node: FunctionNode; captured?: ReadonlyMap<ts.Symbol, Captured>; required: boolean; at: number }[] = [];
  const names = new Set(checker.getExportsOfModule(moduleSymbol).map((e) => e.getName()));
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const n = exported.getName();
    if (names.has(`${n}_vjp`) || (n.endsWith('_vjp') && names.has(n.slice(0, -4)))) continue;
    // a derivative registered here for a function imported from a package
    if (n.endsWith('_vjp') && checker.getSymbolsInScope(sf, ts.SymbolFlags.Alias).some((s) => s.getName() === n.slice(0, -4))) continue;
    const s = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    // (`export default g` of a g with a registered derivative: g_vjp is beside g, not `default_vjp`)
    if (s !== exported && names.has(`${s.getName()}_vjp`)) continue;
    const found = functionOf(checker, s.valueDeclaration, sf, n);
    if (!found) continue;
    const { node, captured } = found;
    const signature = checker.getSignatureFromDeclaration(node);
    if (!signature) continue;
    const type = checker.getReturnTypeOfSignature(signature);
    // (`number | undefined`, `number | null`: a number where it returns one)
    const returns = nullableNumber(type) ? ts.TypeFlags.Number : type.flags;
    // (a predicate is lowered too, to be inlined into its callers in other modules, and so is
    // a helper returning a new array)
    const returnsArray = ['Float64Array', 'number[]'].includes(classifyType(type, checker));
    if (!(returns & (ts.TypeFlags.NumberLike | ts.TypeFlags.Void | ts.TypeFlags.BooleanLike)) && !returnsArray) continue;
    if (node.asteriskToken || node.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)) continue;
    // (one taking an object of numbers, `energy(s: State, k)`, that other functions of the
    // module call, is lowered for them, which pass the object; its own gradient is not required:
    // the contract gives gradient keys to numbers and arrays, and where it reads the object it
    // gets none, with a note. Called by none, it is refused as before.)
    const required = ((returns & ts.TypeFlags.NumberLike) !== 0 || ((returns & ts.TypeFlags.Void) !== 0 && storesIntoArrayParameter(node, checker))) &&
      !objectHelper(node, sf, checker, importers);
    out.push({ name: n, node, ...(captured ? { captured } : {}), required, at: s.valueDeclaration!.getStart() });
  }
  return out.sort((a, b) => a.at - b.at);
}

const elementUpdates = new Set([ts.SyntaxKind.PlusPlusToken, ts.SyntaxKind.MinusMinusToken]);
const arrayWriters = new Set(['fill', 'set', 'copyWithin']);

/**
 * Whether a function's body stores into an element of one of its float-array parameters
 * (`out[i] = …`, `out[i] += …`, `out[i]++`, `out.fill(…)`, `out.set(…)`), as it reads: such a
 * `void` function gets `f_vjp`, `f_jvp` and `f_jacobian`, so what keeps it from them is an
 * error, not a note. (A write through a helper or another name is not seen here: such a
 * function's problems stay notes.)
 */
function storesIntoArrayParameter(node: FunctionNode, checker: ts.TypeChecker): boolean {
  const params = new Set(node.parameters
    .filter((p) => ['Float64Array', 'number[]'].includes(classifyType(checker.getTypeAtLocation(p), checker)))
    .map((p) => checker.getSymbolAtLocation(p.name)));
  params.delete(undefined);
  if (params.size === 0 || !node.body) return false;
  const isParam = (e: ts.Expression) => ts.isIdentifier(e) && params.has(checker.getSymbolAtLocation(e));
  const isElement = (e: ts.Expression) => {
    const inner = skipParens(e);
    return ts.isElementAccessExpression(inner) && isParam(skipParens(inner.expression));
  };
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isBinaryExpression(n) && n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && n.operatorToken.kind <= ts.SyntaxKind.LastAssignment && isElement(n.left)) found = true;
    else if ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) && elementUpdates.has(n.operator) && isElement(n.operand)) found = true;
    else if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && arrayWriters.has(n.expression.name.text) && isParam(skipParens(n.expression.expression))) found = true;
    else ts.forEachChild(n, visit);
  };
  visit(node.body);
  return found;
}
