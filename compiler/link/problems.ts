/**
 * Why a function cannot be differentiated, found before any derivative is built: it failed to
 * lower, its analysis found a problem, or a call left in it after inlining names a function
 * the generated code cannot call.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { inPackage, packagePath, registrationHint } from '../frontend/packages.js';
import { isNullablePart } from '../frontend/facts.js';
import { mutationOfKey } from '../frontend/object-mutation.js';
import { callsIn, notInlinedWhy } from '../ir/inline.js';
import { isOptionsCopyName, reservedCallees, runtimeHelpers, sourceName } from '../ir/names.js';
import type { Call, Func } from '../ir/types.js';
import { type Module, analyzed, key, relativeSource } from './modules.js';

/**
 * Why each function that cannot be differentiated cannot (by key): it failed to lower, its
 * analysis found a problem, or a call left in it names a function the generated code cannot
 * import. Functions are analysed only once they are needed (a module compiled for its callers
 * may have functions nobody needs).
 */
export function findProblems(modules: ReadonlyMap<string, Module>): Map<string, Diagnostic[]> {
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
      for (const d of grownCalls(m.file, fn)) add(key(m.file, fn.name), d);
      for (const d of objectCallsAcross(m.file, fn, modules)) add(key(m.file, fn.name), d);
    }
    for (const { fn, diagnostic } of nameClashes(m.file, funcs)) add(key(m.file, fn.name), diagnostic);
  }
  return problems;
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
    .map((c): Diagnostic => ({ code: 'TSG2002', file, ...c.at, hint: c.callee.inlineOnly!.hint,
      message: c.callee.inlineOnly!.why ? `${c.callee.inlineOnly!.message}: ${notInlinedWhy.get(c) ?? 'it is recursive'}` : c.callee.inlineOnly!.message }));
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

/**
 * Calls left after inlining to a function that returns one number of an object, or takes a
 * string (recursive, or tagged @noinline), or to a package's function that returns a boolean.
 * (An object of numbers or of options, its strings aside, is passed one property at a time to
 * a call left as a call as to an inlined one: the callee's parameters and adj keys are the
 * properties', `opts_eps`.)
 * (A package's test of an array is called as it is; a test of the project that is not inlined is
 * called as it is too: its result has no derivative, and the generated module calls the
 * function, or its private copy, in the forward sweep: link/plan.ts's `primals`.)
 */
function predicateCalls(file: string, fn: Func, modules: ReadonlyMap<string, Module>): Diagnostic[] {
  // (a helper that failed to lower says why itself)
  const failure = (c: Call) => (c.callee.projection === undefined ? undefined : modules.get(resolve(c.callee.file))?.trace?.failures.get(c.callee.name));
  // (a call of a function that may return undefined is two calls, one per part of its result: one word)
  const seen = new Set<string>();
  const once = (c: Call) => !isNullablePart(c.callee.projection?.key) || !seen.has(`${c.at.line}:${c.at.column}`) && !!seen.add(`${c.at.line}:${c.at.column}`);
  // (one the generated code cannot name is reported by notInlined; a helper taking a string
  // that failed to lower says why itself, and its callers that they call it: TSG2003)
  const failed = (c: Call) => c.callee.projection === undefined && !!modules.get(resolve(c.callee.file))?.trace?.failures.has(c.callee.name);
  // (a helper of another module that failed to lower: its error is its module's, and the call here is named too, TSG2003)
  const across = (c: Call) => { const own = failure(c); return own && resolve(c.callee.file) !== resolve(file) ? [failedCallee(file, fn, c, own)] : []; };
  return callsIn(fn.body).filter((c) => !failed(c) && ((c.callee.returnsBoolean && c.callee.vjp !== 'none' && !calledAsItIs(c) && (c.callee.inlineOnly === undefined || inPackage(c.callee.file))) || c.callee.projection !== undefined || c.callee.params.some((p) => p.string)) && once(c)).flatMap((c) => [failure(c) ?? ({
    code: 'TSG2002' as const, file, ...c.at,
    message: c.callee.projection === undefined && c.callee.params.some((p) => p.string)
      ? `'${sourceName(c.callee.name)}' takes a string${optionString(c)}, and tsgrad passes strings only to functions it inlines, which it cannot here`
      : c.callee.projection !== undefined && isNullablePart(c.callee.projection.key)
      ? `'${c.callee.projection.of}' may return undefined or null, and tsgrad reads such a result only by inlining the function, which it cannot here`
      : c.callee.projection !== undefined && mutationOfKey(c.callee.projection.key)
      ? `'${c.callee.projection.of}' changes its object parameter '${mutationOfKey(c.callee.projection.key)!.param}' in place, and tsgrad gives the caller the new numbers only by inlining it, which it cannot here`
      : c.callee.projection !== undefined
      ? `'${sourceName(c.callee.projection.of)}'${resolve(c.callee.file) !== resolve(file) && !inPackage(c.callee.file) ? ` of ${relativeSource(file, c.callee.file)}` : ''} returns an object, and tsgrad reads its numbers only by inlining it, which it cannot here${notInlinedWhy.has(c) ? `: ${notInlinedWhy.get(c)}` : ''}`
      : `'${c.callee.name}' returns a boolean, and tsgrad can only inline such a function, which it cannot here${notInlinedWhy.has(c) ? `: ${notInlinedWhy.get(c)}` : ''}`,
    // (why it was not inlined, where the inliner said: inline.ts notInlinedWhy; else recursion or @noinline)
    hint: notInlinedWhy.has(c) ? notInlinedHint(c) : 'remove its @noinline tag, and do not let it call itself',
  }), ...across(c)]);
}

/** What to change where the inliner said why it left a call of a helper that must be inlined. */
function notInlinedHint(c: Call): string {
  const why = notInlinedWhy.get(c)!;
  const name = sourceName(c.callee.projection?.of ?? c.callee.name);
  if (why.startsWith('it assigns its array parameter')) return `in '${name}', copy the parameter into a local array and rebind that (let a = Float64Array.from(${why.split("'")[1]})), or return numbers instead of an object`;
  if (why.startsWith('it binds its parameter')) return `pass a copy instead of the window (Float64Array.from(x.subarray(a, b))), or write into the array by its parameter's name in '${name}'`;
  if (why.startsWith('one array is passed')) return `pass a copy for one of them (Float64Array.from(…))`;
  if (why.startsWith('it is longer')) return `let '${name}' write its numbers into an array parameter (function ${name}(…, out: Float64Array): void), which tsgrad differentiates as a call, without inlining it`;
  return `export from its module the functions '${name}' calls, under names this module does not use`;
}

/** ` (the property 'mode' of its options object 'opts')`, of a call passing a string in an options object. */
function optionString(c: Call): string {
  const p = c.callee.params.find((q) => q.string && q.of !== undefined);
  return p ? ` (the property '${p.key.slice(p.of!.length + 1)}' of its options object '${p.of}')` : '';
}

/**
 * A call of a test of the project (a function returning a boolean, whose body tsgrad reads)
 * left after inlining: the generated code calls it as it is (its copy, when its module does not
 * export it). A package's function must be inlined (nothing is written into node_modules), and
 * one the generated code cannot name is reported by notInlined.
 */
export function calledAsItIs(c: Call): boolean {
  return c.callee.returnsBoolean === true && c.callee.vjp === 'generated' && c.callee.projection === undefined &&
    c.callee.inlineOnly === undefined && !inPackage(c.callee.file) && !c.callee.params.some((p) => p.string || p.of !== undefined);
}

/**
 * TSG2003 at a call of a helper that failed to lower (its own error, reported at the helper,
 * says why): the caller is named, not dropped behind the helper's error (trial28: `f` calling
 * a `minmax` refused with TSG1002 got no gradient and no diagnostic of its own).
 */
function failedCallee(file: string, fn: Func, c: Call, own: Diagnostic): Diagnostic {
  const name = sourceName(c.callee.projection?.of ?? c.callee.name);
  return {
    code: 'TSG2003', file, ...c.at,
    message: `'${fn.name}' gets no gradient: it calls '${name}', which tsgrad cannot differentiate (${own.code} at ${relativeSource(file, own.file)}:${own.line}:${own.column}: ${own.message})`,
    hint: `fix '${name}' (see its own error), or keep '${fn.name}' from calling it`,
  };
}

/** Calls left after inlining to a function that returns an array (recursive, tagged @noinline, or long). */
function arrayCalls(file: string, fn: Func, modules: ReadonlyMap<string, Module>): Diagnostic[] {
  return callsIn(fn.body).filter((c) => c.callee.returnsArray).flatMap((c): Diagnostic[] => {
    const why = modules.get(resolve(c.callee.file))?.trace?.failures.get(c.callee.name);
    // (the helper's own error, which nothing else reports when it is not exported, then the call's)
    return why ? [why, failedCallee(file, fn, c, why)] : [{
      code: 'TSG2002' as const, file, ...c.at,
      message: `'${c.callee.name}' returns an array, and tsgrad can only inline such a function, which it cannot here (it is recursive, tagged @noinline, or longer than tsgrad inlines)`,
      hint: 'remove its @noinline tag and do not let it call itself, or pass the array to fill as a parameter (function f(…, out: Float64Array): void)',
    }];
  });
}

/**
 * Calls left after inlining (the callee recurses, or is tagged @noinline) to a helper that
 * grows an array argument (`out.push(v)`): tsgrad differentiates a helper's `push` once the
 * helper is inlined into the function that declares the array, where the push is that
 * function's own; a vjp called in joint mode would rerun the pushes on the grown array.
 */
function grownCalls(file: string, fn: Func): Diagnostic[] {
  return callsIn(fn.body).flatMap((c): Diagnostic[] => {
    const i = c.callee.params.findIndex((p) => p.grown);
    if (i < 0 || c.callee.vjp !== 'generated') return [];
    const name = sourceName(c.callee.name);
    const param = c.callee.params[i]!.key;
    const arg = c.args[i];
    return [{
      code: 'TSG1008', file, ...c.at,
      message: `'${name}' grows its array parameter '${param}'${arg?.kind === 'var' && arg.v.name !== param ? ` (here '${arg.v.name}')` : ''} with push, and tsgrad differentiates that only where it inlines '${name}', which it cannot here (it is recursive or tagged @noinline)`,
      hint: `pass an array of the final length and the index to write at, returning the next one: function ${name}(…, ${param}: Float64Array, k: number): number { …; ${param}[k] = v; return k + 1; }`,
    }];
  });
}

/**
 * Calls left after inlining (the callee recurses, or is tagged @noinline) to another module's
 * helper taking an object of numbers, through the private copy its module lowered for this one
 * (`add$options`, one number per property: calls.ts's `across`): that copy is its module's own,
 * which its generated module does not export. (One returning an object: predicateCalls.)
 */
function objectCallsAcross(file: string, fn: Func, modules: ReadonlyMap<string, Module>): Diagnostic[] {
  return callsIn(fn.body).filter((c) => c.callee.vjp === 'generated' && c.callee.projection === undefined && resolve(c.callee.file) !== resolve(file) &&
    !inPackage(c.callee.file) && (isOptionsCopyName(c.callee.name) || c.callee.params.some((p) => p.of !== undefined)) &&
    !modules.get(resolve(c.callee.file))?.trace?.failures.has(c.callee.name))
    .map((c) => {
      const name = sourceName(c.callee.name);
      const objects = [...new Set(c.callee.params.flatMap((p) => (p.of !== undefined ? [`'${p.of}'`] : [])))];
      return {
        code: 'TSG2002' as const, file, ...c.at,
        message: `'${name}' of ${relativeSource(file, c.callee.file)} takes an object of numbers (${objects.join(', ')}), and tsgrad passes one to a function of another module only by inlining that function, which it cannot here (it is recursive or tagged @noinline)`,
        hint: `remove its @noinline tag and do not let it call itself, or pass the numbers to '${name}' as parameters of their own`,
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
