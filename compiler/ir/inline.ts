/**
 * Inlining: a call to a function whose body tsgrad differentiates is replaced by that body
 * (its own calls inlined first), so that the caller's sweeps handle it like its own code.
 *
 * A call is otherwise reversed in joint mode: the callee's vjp reruns its forward sweep from
 * the state before the call (which the caller saves whole for it) and then its reverse. Inside
 * the caller, the body costs no rerun and no whole-array saves: the caller's tape analysis
 * keeps exactly what the callee's reverse reads (GMM's gradient went from 4.6x to under 3x
 * its primal). The same operations run in the same order, so values are unchanged.
 *
 * Not inlined, and still called: recursive calls (a function already being inlined), callees
 * tagged `@noinline` in their doc comment, callees longer than `maxStatements` once their own
 * calls are inlined, callees that rebind a parameter array, and callees whose remaining calls
 * the caller's module cannot name (a function of another module that it does not export, or
 * one whose name the caller's module also declares).
 */
import { resolve } from 'node:path';
import { type Atom, type Block, type Call, type Callee, type Func, type Stmt, type Table, type Type, type Var, type Window, isArrayType, isUndefinedAtom } from './types.js';
import { mapBlock, mapStmt, statements as statementsOf } from './walk.js';
import { dropUnreadFlagCopies, propagateKnownFlags } from './known-flags.js';
import { inlinedLabel, reservedCallees, runtimeHelpers, sourceName } from './names.js';
import { inPackage } from '../frontend/packages.js';
import type { Prim } from '../rules/prims.js';
import { rules } from '../rules/table.js';

/** Callees at most this many statements long (after their own inlining) are inlined. */
const maxStatements = 400;

export type FuncLookup = (file: string, name: string) => Func | undefined;

export class Inliner {
  private readonly done = new Map<Func, Func>();
  /** The functions being inlined into, innermost last: a call to one of them is recursive. */
  private readonly stack = new Set<Func>();
  /**
   * Per module, the file each name it calls refers to: a call left in an inlined body is
   * named by the caller's module, where no two functions of the module may use one name for
   * two different callees (one `import { h }` serves them all).
   */
  private readonly names = new Map<string, Map<string, string>>();
  /** Per module, the names of its own functions (the generated module declares their vjps). */
  private readonly declared = new Map<string, ReadonlySet<string>>();

  constructor(private readonly lookup: FuncLookup) {}

  /**
   * Registers the calls of a module's functions before any of them is inlined into (each name
   * for the first file it is called from), and the names of the module's own functions.
   */
  declare(moduleFile: string, funcs: readonly Func[], declared: ReadonlySet<string>): void {
    const file = resolve(moduleFile);
    this.declared.set(file, declared);
    const named = this.namesIn(file);
    for (const f of funcs) for (const c of callsIn(f.body)) if (!named.has(c.callee.name)) named.set(c.callee.name, resolve(c.callee.file));
  }

  private namesIn(file: string): Map<string, string> {
    let named = this.names.get(file);
    if (!named) this.names.set(file, named = new Map());
    return named;
  }

  /** `fn` of module `file`, with every call it can inline replaced by the callee's body. */
  inline(fn: Func, moduleFile: string): Func {
    const file = resolve(moduleFile);
    const cached = this.done.get(fn);
    if (cached) return cached;
    this.stack.add(fn);
    const vars = [...fn.vars];
    const distinct = [...(fn.distinct ?? [])];
    const tables = [...(fn.tables ?? [])];
    const named = this.namesIn(file);
    for (const c of callsIn(fn.body)) if (!named.has(c.callee.name)) named.set(c.callee.name, resolve(c.callee.file));
    // the caller's own variables, and the generated code's, hide module-level names inside it
    const taken = new Set([...fn.vars.map((v) => v.name), ...reservedCallees]);
    // (bottom-up: the calls in an `if`'s or a loop's blocks are inlined as the walk reaches them, in program order)
    const body = mapBlock(fn.body, (s): Stmt | Stmt[] => {
      if (s.kind !== 'call') return s;
      const callee = s.callee.vjp === 'generated' ? this.lookup(s.callee.file, s.callee.name) : undefined;
      if (!callee || this.stack.has(callee) || !callee.inlinable) return s;
      const rebound = callee.params.find((p) => isArrayType(p.v.type) && p.v.mutable);
      if (rebound) return kept(s, `it assigns its array parameter '${rebound.key}' another array, and tsgrad inlines a helper whose array parameters name the arrays it is given`);
      const body = this.inline(callee, s.callee.file);
      // a window passed for a parameter the callee binds to another array variable (`const src =
      // c ? ps : qs`): that variable would hold the whole array, its offset lost (fuzz 12042403
      // #2097). Where the callee writes into neither the window nor another argument of the
      // same array, the window's elements are copied into a new array passed instead, which
      // reads as the window does (fuzz 12063308 #399: `ob0(b3.subarray(0, 3), …, b3)` of a
      // helper returning an object, refused as not inlinable); else the call stays a call
      const bound = (s.windows ?? []).map((w, i) => !!w && bindsParam(body.body, callee.params[i]!.v));
      const copied = bound.map((b, i) => b && !s.writes.some((k) => sameArray(s.args[k], s.args[i])) && s.args[i]!.kind === 'var' && atomType(s.args[i]!) === 'f64[]');
      const written = bound.findIndex((b, i) => b && !copied[i]);
      if (written >= 0) return kept(s, `it binds its parameter '${callee.params[written]!.key}', given a window (subarray), to another array variable and writes into that array, which tsgrad cannot follow through the window`);
      // one array passed for two parameters the callee's trace assumes are different
      const same = body.distinct?.find(([i, j]) => !copied[i] && !copied[j] && sameArray(s.args[i], s.args[j]));
      if (same) return kept(s, `one array is passed for its parameters '${callee.params[same[0]]!.key}' and '${callee.params[same[1]]!.key}', and its code reuses an element of one read before writing the other, which assumes two different arrays`);
      // (a package's function is always inlined: its derivative has no other place to go; so
      // is a helper taking an object of numbers, whose numbers only its body can gather again)
      if (size(body.body) > maxStatements && !inPackage(s.callee.file) && s.callee.inlineOnly === undefined && !s.callee.params.some((p) => p.of !== undefined)) {
        return kept(s, `it is longer than tsgrad inlines (${maxStatements} statements, its own calls inlined)`);
      }
      // a recursive callee stays a call (inlining it would unroll one level of the recursion)
      if (callsIn(body.body).some((c) => { const g = this.lookup(c.callee.file, c.callee.name); return g === callee || (g && this.stack.has(g)); })) return s;
      const calls = rehomed(body.body, resolve(s.callee.file), file, this.lookup);
      if (!calls) return kept(s, 'a function it calls cannot be named from this module (not exported from its own)');
      const inner = callsIn(body.body).map((c) => calls.get(c) ?? c.callee);
      const unnamed = inner.find((c) => !this.nameable(c, file, named, taken));
      if (unnamed) return kept(s, `it calls '${sourceName(unnamed.name)}', which this module cannot name there (the name, or its _vjp, is taken by another function or variable here)`);
      for (const c of inner) named.set(c.name, resolve(c.file));
      // what the inlined body assumes of two parameters, it now assumes of fn's
      for (const [i, j] of body.distinct ?? []) {
        const [a, b] = [paramIndex(fn, s.args[i]), paramIndex(fn, s.args[j])];
        if (a >= 0 && b >= 0 && !copied[i] && !copied[j]) distinct.push([a, b]);
      }
      if (!copied.some((c) => c)) return inlineCall(fn, vars, tables, s, body, calls, resolve(s.callee.file));
      const pre: Stmt[] = [];
      const call = windowCopies(fn, vars, s, copied, pre);
      return [...pre, ...inlineCall(fn, vars, tables, call, body, calls, resolve(s.callee.file))];
    });
    this.stack.delete(fn);
    const out = body !== fn.body ? { ...fn, body, vars, distinct, ...(tables.length > 0 ? { tables } : {}) } : fn;
    this.done.set(fn, out);
    return out;
  }

  /**
   * Whether a call left in an inlined body can name its callee in the caller `fn` of module
   * `file`: by a name the module already uses for that same function, or by a new one that
   * neither fn nor a function of the module uses (for the callee and its `_vjp`).
   */
  private nameable(c: Callee, file: string, named: ReadonlyMap<string, string>, taken: ReadonlySet<string>): boolean {
    const target = resolve(c.file);
    // (tsgrad/runtime's own `sum`, which the generated code imports anyway: no other function
    // hides behind its name; a helper returning an object that calls it could not be inlined,
    // and was refused: fuzz seed 12 #290, `return { a: s.a + 0.25 * sum(ps), … }`)
    if (c.specifier === 'tsgrad/runtime' && runtimeHelpers.has(c.name)) return !taken.has(`${c.name}_vjp`) && (named.get(c.name) ?? target) === target;
    if (taken.has(c.name) || taken.has(`${c.name}_vjp`)) return false;
    const known = named.get(c.name);
    if (known !== undefined) return known === target;
    if (target === file) return true;
    const declared = this.declared.get(file);
    return !declared?.has(c.name) && !declared?.has(`${c.name}_vjp`);
  }
}

function atomType(a: Atom): Type {
  if (a.kind === 'const' && typeof a.value === 'string') return 'str';
  return a.kind === 'var' ? a.v.type : typeof a.value === 'number' && Number.isInteger(a.value) && a.named === undefined ? 'int' : 'f64';
}

function paramIndex(fn: Func, a: Atom | undefined): number {
  return a?.kind === 'var' ? fn.params.findIndex((p) => p.v === a.v) : -1;
}

/** Whether `block` assigns the array parameter `p` to another variable (`src = p`). */
/**
 * `s` with each window `copied` marks passed as a new array of its elements (`w_j[j] =
 * x[offset + j]`, the statements into `pre`): the copy's adjoint flows back into `x`'s
 * through the loads, as a window's read does.
 */
function windowCopies(fn: Func, vars: Var[], s: Call, copied: readonly boolean[], pre: Stmt[]): Call {
  const loc = s.loc;
  const args = s.args.map((a, i) => {
    const w = s.windows?.[i];
    if (!copied[i] || !w || a.kind !== 'var') return a;
    const target = fn.names.variable(`${a.v.name}_window`, 'f64[]', 'local', false, true);
    const j = fn.names.variable('j', 'int', 'local', false, true);
    vars.push(target, j);
    pre.push({ kind: 'alloc', target, ctor: 'Float64Array', length: w.length, loc });
    const body: Stmt[] = [];
    let at: Atom = { kind: 'var', v: j };
    if (!(w.offset.kind === 'const' && w.offset.value === 0)) {
      const sum = fn.names.variable('t', atomType(w.offset) === 'int' ? 'int' : 'f64', 'temp', false, true);
      vars.push(sum);
      body.push({ kind: 'eq', out: sum, prim: 'add', args: [at, w.offset], loc });
      at = { kind: 'var', v: sum };
    }
    const value = fn.names.variable('t', 'f64', 'temp', false, true);
    vars.push(value);
    body.push({ kind: 'eq', out: value, prim: 'load', args: [a, at], loc });
    body.push({ kind: 'store', array: target, index: { kind: 'var', v: j }, value: { kind: 'var', v: value }, loc });
    pre.push({ kind: 'for', index: j, from: { kind: 'const', value: 0 }, to: w.length, step: 1, inclusive: false, body, loc });
    return { kind: 'var' as const, v: target };
  });
  return { ...s, args, windows: s.windows!.map((w, i) => (copied[i] ? undefined : w)) };
}

/**
 * Of a call the inliner left as a call for a reason other than recursion or `@noinline` (which
 * the diagnostics name themselves): why, in the user's words (link/problems.ts says it where the
 * call had to be inlined: a helper returning an object).
 */
export const notInlinedWhy = new WeakMap<Call, string>();

function kept(s: Call, why: string): Call {
  notInlinedWhy.set(s, why);
  return s;
}

function bindsParam(block: Block, p: Var): boolean {
  return isArrayType(p.type) && [...statementsOf(block)].some((s) => s.kind === 'assign' && s.value.kind === 'var' && s.value.v === p);
}

function sameArray(a: Atom | undefined, b: Atom | undefined): boolean {
  return a?.kind === 'var' && b?.kind === 'var' && a.v === b.v;
}

export function callsIn(block: Block): Call[] {
  return [...statementsOf(block)].filter((s): s is Call => s.kind === 'call');
}

function size(block: Block): number {
  let n = 0;
  for (const _ of statementsOf(block)) n++;
  return n;
}

/**
 * The callees of the calls left in an inlined body of module `from`, as the caller's module
 * `to` names them; undefined when one of them cannot be named there.
 */
function rehomed(block: Block, from: string, to: string, lookup: FuncLookup): Map<Call, Callee> | undefined {
  const out = new Map<Call, Callee>();
  for (const s of callsIn(block)) {
    const c = s.callee;
    if (from === to || (c.specifier !== undefined && !c.specifier.startsWith('.'))) continue; // same module, or a package
    if (resolve(c.file) === to) {
      // a function of the caller's own module, reached through the other one
      if (c.vjp === 'generated' && !lookup(to, c.name)) return undefined;
      const { specifier: _specifier, ...own } = c;
      out.set(s, own);
      continue;
    }
    // a function of a third module (or of the callee's): imported by the caller's module
    // from its file, which must export it under a name the caller's module does not use
    if (!c.exported || /\.d\.[cm]?ts$/.test(c.file) || lookup(to, c.name)) return undefined;
    out.set(s, { ...c, specifier: c.specifier ?? './' });
  }
  return out;
}

/** The callee's statements with its variables renamed into the caller and its parameters bound to the arguments. */
function inlineCall(fn: Func, vars: Var[], tables: Table[], call: Call, callee: Func, callees: ReadonlyMap<Call, Callee>, calleeFile: string): Stmt[] {
  const map = new Map<Var, Atom>();
  const created = new Set<Var>();
  // (of `polar.r`, the number `r` of the object `polar` returns: named after `polar`)
  // (a private copy's variables are named after the function it copies: `x_colebrook`, not `x_colebrook$options`)
  const tag = sourceName(callee.projection?.of ?? callee.name);
  const fresh = (v: Var): Var => {
    const copy = fn.names.variable(`${v.name}_${tag}`, v.type, v.kind === 'param' ? 'local' : v.kind, v.mutable, true, v.undefinable ? { undefinable: true } : {});
    vars.push(copy);
    created.add(copy);
    return copy;
  };
  const prologue: Stmt[] = [];
  // parameters that get a window onto an array (`g(x.subarray(a, b))`): the body reads and
  // writes that array at indices shifted by the window's offset
  const windows = new Map<Var, Window>();
  callee.params.forEach((p, i) => {
    const arg = call.args[i]!;
    const w = call.windows?.[i];
    if (w) windows.set(p.v, w);
    if (p.v.mutable) {
      // a parameter the callee reassigns becomes a local initialised with the argument
      const local = fresh(p.v);
      map.set(p.v, { kind: 'var', v: local });
      prologue.push({ kind: 'assign', target: local, value: arg, decl: true, loc: call.loc });
    } else {
      map.set(p.v, arg);
    }
  });
  // a table the caller already declares with the same values (the callee inlined twice) is that one
  for (const t of callee.tables ?? []) {
    const same = tables.find((u) => u.ctor === t.ctor && u.values.length === t.values.length && u.values.every((x, i) => Object.is(x, t.values[i])));
    if (same && !map.has(t.v)) map.set(t.v, { kind: 'var', v: same.v });
  }
  const atom = (a: Atom): Atom => (a.kind === 'var' ? map.get(a.v) ?? rename(a.v) : a);
  const rename = (v: Var): Atom => {
    const a: Atom = { kind: 'var', v: fresh(v) };
    map.set(v, a);
    return a;
  };
  const v = (x: Var): Var => {
    const a = map.get(x) ?? rename(x);
    if (a.kind !== 'var') throw new Error(`inlining: '${x.name}' is bound to a constant but written`);
    return a.v;
  };
  /** A new temporary of the caller (for a shifted index). */
  const temp = (base: string, type: Type): Var => {
    const t = fn.names.variable(`${base}_${tag}`, type, 'temp', false, true);
    vars.push(t);
    created.add(t);
    return t;
  };
  /**
   * `index + offset` (before `s`, into `pre`): an index of a window as an index of its array.
   * Within a block, one sum per index and offset that do not change (so that `w[i] += e`
   * stays an increment of one element).
   */
  let sums: { offset: Atom; index: Atom; sum: Atom }[] = [];
  const shift = (offset: Atom, index: Atom, pre: Stmt[], s: Stmt): Atom => {
    if (offset.kind === 'const' && offset.value === 0) return index;
    const fixed = (a: Atom) => a.kind === 'const' || !a.v.mutable;
    const cached = fixed(offset) && fixed(index);
    // (the same variables, by identity, or the same constants)
    const same = (a: Atom, b: Atom) => (a.kind === 'var' ? b.kind === 'var' && a.v === b.v : b.kind === 'const' && a.value === b.value);
    const known = cached ? sums.find((k) => same(k.offset, offset) && same(k.index, index)) : undefined;
    if (known) return known.sum;
    const type = atomType(index) === 'int' && atomType(offset) === 'int' ? 'int' : 'f64';
    const out = temp('t', type);
    pre.push({ kind: 'eq', out, prim: 'add', args: [index, offset], loc: s.loc });
    if (cached) sums.push({ offset, index, sum: { kind: 'var', v: out } });
    return { kind: 'var', v: out };
  };
  const windowOf = (a: Atom): Window | undefined => (a.kind === 'var' ? windows.get(a.v) : undefined);
  // (each statement keeps its source text, and says which function it is from)
  const copy = (block: Block): Stmt[] => {
    const outer = sums;
    sums = [];
    const out = block.flatMap((s) => copyOne(s).map((c) => ({ ...c, loc: { ...s.loc, fn: s.loc.fn ?? inlinedLabel(callee), ...(s.loc.fn === undefined && callee.projection ? { helper: sourceName(callee.projection.of) } : {}), file: s.loc.file ?? calleeFile } })));
    sums = outer;
    return out;
  };
  const copyOne = (s: Stmt): Stmt[] => {
    const pre: Stmt[] = [];
    switch (s.kind) {
      case 'eq': {
        const w = windowOf(s.args[0]!);
        if (w && s.prim === 'load') {
          const index = shift(w.offset, atom(s.args[1]!), pre, s);
          return [...pre, { ...s, out: v(s.out), args: [atom(s.args[0]!), index] }];
        }
        if (w && s.prim === 'length') return [{ ...s, prim: 'copy', out: v(s.out), args: [w.length] }];
        // (a sort's keys start at the window's offset too)
        if (w && s.prim === 'argsort') {
          const offset = shift(w.offset, atom(s.args[1]!), pre, s);
          return [...pre, { ...s, out: v(s.out), args: [atom(s.args[0]!), offset, ...s.args.slice(2).map(atom)] }];
        }
        break;
      }
      case 'store': {
        const w = windowOf({ kind: 'var', v: s.array });
        if (!w) break;
        const index = shift(w.offset, atom(s.index), pre, s);
        return [...pre, { ...s, array: v(s.array), index, value: atom(s.value) }];
      }
      case 'fill': {
        const w = windowOf({ kind: 'var', v: s.array });
        if (w) {
          // the window's elements, one by one
          const j = fn.names.variable(`j_${tag}`, 'int', 'local', false, true);
          vars.push(j);
          const body: Stmt[] = [];
          const index = shift(w.offset, { kind: 'var', v: j }, body, s);
          body.push({ kind: 'store', array: v(s.array), index, value: atom(s.value), loc: s.loc });
          return [{ kind: 'for', index: j, from: { kind: 'const', value: 0 }, to: w.length, step: 1, inclusive: false, body, loc: s.loc }];
        }
        break;
      }
      // a diagnostic about the call points at the caller's call (a position in its module)
      // and names where the call really is
      case 'call': {
        // a window passed on: onto the same array, offsets added
        const inner = s.args.map((a, i): Window | undefined => {
          const outer = windowOf(a);
          const own = s.windows?.[i];
          const mapped = own && { offset: atom(own.offset), length: atom(own.length) };
          if (!outer) return mapped;
          return mapped ? { offset: shift(outer.offset, mapped.offset, pre, s), length: mapped.length } : outer;
        });
        return [...pre, {
          ...s, callee: callees.get(s) ?? s.callee, args: s.args.map(atom), ...(s.out ? { out: v(s.out) } : {}),
          ...(inner.some((w) => w) ? { windows: inner } : {}),
          at: call.at, origin: { ...(s.origin ?? { file: calleeFile, line: s.at.line, column: s.at.column }), via: callee.name },
        }];
      }
    }
    // (every other statement, and the blocks in it: its variables renamed, parameters bound)
    return [mapStmt(s, { atom, bound: v, block: copy })];
  };
  // The flags of early exits (`return` inside a loop or a switch), which the callee's own code
  // declares false at its start, are cleared at each call: in a loop, the previous call's
  // flag would otherwise still be set. (TypeScript's definite assignment covers the numbers.)
  const declaredFirst = new Set(callee.body.flatMap((s) => (s.kind === 'assign' && s.decl ? [s.target] : [])));
  const assigned = new Set([...statementsOf(callee.body)].flatMap((s) => (s.kind === 'assign' ? [s.target] : [])));
  for (const x of callee.vars) {
    if (!x.mutable || x.type !== 'bool' || x.kind === 'param' || declaredFirst.has(x) || !assigned.has(x)) continue;
    prologue.push({ kind: 'assign', target: v(x), value: { kind: 'const', value: false }, decl: true, loc: call.loc });
  }
  const body = copy(callee.body);
  // the callee's constant tables, renamed like its variables, are the caller's to declare
  for (const t of callee.tables ?? []) {
    const a = map.get(t.v);
    if (a?.kind === 'var' && !tables.some((u) => u.v === a.v)) tables.push({ ...t, v: a.v });
  }
  const result: Stmt[] = call.out && callee.result
    ? [{ kind: 'eq', out: call.out, prim: 'copy', args: [atom(callee.result)], loc: call.loc }]
    : [];
  // (a boolean parameter of the caller that is never undefined: declared `on: boolean`, not optional nor with a default)
  const flags = new Set(fn.params.filter((p) => p.v.type === 'bool' && !p.defaulted).map((p) => p.v));
  let folded = foldConstants([...prologue, ...body, ...result], created, flags);
  // (then the flags it assigns a value known where they are read, `twice = false`, until a
  // branch decided by one (`if (strict == null) strict = v > 0`) reveals no more)
  let rounds = 0;
  for (let known = propagateKnownFlags(folded, created); known && rounds < 4; known = propagateKnownFlags(folded, created), rounds++) {
    folded = foldConstants(known, created, flags);
  }
  return rounds > 0 ? [...dropUnreadFlagCopies(folded, created)] : folded;
}

/**
 * Constant arguments make some of the inlined temporaries constants (`n - 1` with n = 25):
 * they are computed here, in the same double arithmetic, and their uses get the number.
 * (Left as `const t = 25 === 0`, TypeScript would also reject the comparison of two literals.)
 * A temporary that only copies a variable that is never reassigned (`t1_id = x`) is replaced
 * by it. Only the variables the inlining created go (temporaries and the callee's `const`s:
 * `const big = !(k < 1)` is `true`), since only their uses are all here.
 */
function foldConstants(block: Block, created: ReadonlySet<Var>, flags: ReadonlySet<Var>, known = new Map<Var, Atom>()): Stmt[] {
  const atom = (a: Atom): Atom => (a.kind === 'var' ? known.get(a.v) ?? a : a);
  // (an array another name for which is replaced by that name: writes through it too, not only
  // its reads; `const d = mk(xs, p); d[0] -= …` inlined wrote into an undeclared `d_h`, found by
  // the fuzzer, fuzz24)
  const array = (v: Var): Var => { const a = known.get(v); return a?.kind === 'var' ? a.v : v; };
  const out: Stmt[] = [];
  for (const s of block) {
    switch (s.kind) {
      case 'eq': {
        const args = s.args.map(atom);
        const local = created.has(s.out) && !s.out.mutable;
        const value = local ? fold(s.prim, args, flags) : undefined;
        const copied = args[0];
        if (value !== undefined) known.set(s.out, { kind: 'const', value });
        else if (local && s.prim === 'copy' && copied?.kind === 'var' && !copied.v.mutable && copied.v.type === s.out.type) known.set(s.out, copied);
        else out.push({ ...s, args });
        break;
      }
      case 'assign': {
        const value = atom(s.value);
        // a parameter bound to the variable it is assigned from: `x = x` changes nothing
        if (!s.decl && value.kind === 'var' && value.v === s.target) break;
        out.push({ ...s, value });
        break;
      }
      default: {
        // a branch decided at compile time: only the one taken remains
        const cond = s.kind === 'if' ? atom(s.cond) : undefined;
        if (s.kind === 'if' && cond?.kind === 'const') out.push(...foldConstants(cond.value ? s.then : s.else, created, flags, known));
        // (the arrays it writes through another name for them, too; the variables the others bind are never folded away)
        else out.push(mapStmt(s, { atom, bound: array, block: (b) => foldConstants(b, created, flags, known) }));
      }
    }
  }
  return out;
}

/** The value of a primitive over constants, for those JavaScript computes exactly (the rows marked `exact`: arithmetic, logic). */
function fold(prim: Prim, args: readonly Atom[], flags: ReadonlySet<Var>): number | boolean | undefined {
  // `k === undefined` of a parameter with a default: an argument is always given (a number)
  const missing = isUndefinedAtom;
  // (but a string or a flag may be left out all the way down: `units?: Units` passed on, a
  // parameter `strict?: boolean` given undefined and reassigned, `if (strict == null) strict = …`;
  // a flag is known to be one when it is the caller's `on: boolean`; and a number that holds a number that holds a property of an options object as given, `opts.tol` passed on: undefinable)
  const mayBeUndefined = (a: Atom) => a.kind === 'var' && (a.v.undefinable === true || a.v.type === 'str' || (a.v.type === 'bool' && !flags.has(a.v)));
  if ((prim === 'eq' || prim === 'ne') && args.some(missing) && !args.some(mayBeUndefined)) return args.every(missing) === (prim === 'eq');
  // (`!strict`, `if (kind)` of one left out: undefined is false)
  if ((prim === 'not' || prim === 'truthy') && args.length === 1 && missing(args[0]!)) return prim === 'not';
  if (!args.every((a) => a.kind === 'const' && a.named === undefined)) return undefined;
  const rule = rules[prim];
  if (!rule.exact || !rule.value) return undefined;
  return rule.value(...args.map((x) => (x as { value: number }).value));
}
