/**
 * All naming of generated code in one place: source variables keep their names, adjoints
 * are `x_b`, temporaries are counters `t1, t2…`, and no name collides with another, with a
 * name the generated code uses itself, or with anything the source function mentions.
 * Deterministic: the same input gives the same names.
 */

import type { Call, Projection, Type, Var } from './types.js';
import {
  type Callee, type DerivedVar, type FnForm, type LocalRole, type LocalVar, type TExpr, type TRole, type TStmt, type TVar, anyOwnExpr, local, mapExpr, mapStmt, mapStmts, someExpr, tvar,
} from './target.js';

/** What generated code imports from the runtime for itself. */
export const runtimeHelpers: ReadonlySet<string> = new Set(['tape', 'sum', 'sink', 'adjointOf', 'restore', 'saveArray', 'saveSegment', 'restoreSegment',
  'f64HighWord', 'f64LowWord', 'f64WithHighWord', 'f64WithLowWord', 'f64FromWords', 'f64WithHighWordScale', 'f64Ldexp', 'f64CopySign', 'sortPermutation', 'f64Zeros', 'listZeros',
  'revolve', 'tripCount', 'tapeTangents', 'snapshotTangents', 'denseHessian', 'rowStarts', 'flatRows', 'addRows', 'rowsOf', 'listRows', 'flatKey']);

/** Names in every generated vjp that would hide a called function of that name. */
export const reservedCallees: ReadonlySet<string> = new Set([...runtimeHelpers, 'adj', 'seed', 'stack', 'top']);

/** Names the generated functions use for themselves (the runtime's imports and the tape's locals included). */
export const generatedNames = [...reservedCallees, 'grad', 'value', 'Math', 'Number', 'Infinity', 'NaN'];

export class Names {
  private readonly allocated = new Set<string>(generatedNames);
  private temps = 0;

  /**
   * `mentioned`: identifiers of the source, which derived names (`x_b`, `t3`, `x_1`) avoid;
   * `sep`: what comes between a name's base and its number (second/'s names: `c1`, `x_d2`).
   */
  constructor(private readonly mentioned: ReadonlySet<string> = new Set(), private readonly sep = '_') {}

  /**
   * `base` itself if no other variable has it, else `base_1`, `base_2`… For a source
   * variable, `base` is its own name; a derived name also avoids every source identifier.
   */
  fresh(spelled: string, derived = false): string {
    // (a value class's private field '#x' names the local 'p_$x', as nested-objects.ts flatName keys it)
    const base = spelled.replace(/#/g, '$');
    const clash = (n: string) => this.allocated.has(n) || ((derived || n !== base) && this.mentioned.has(n));
    let n = base;
    for (let i = 1; clash(n); i++) n = `${base}${this.sep}${i}`;
    this.allocated.add(n);
    return n;
  }

  /**
   * A variable of the trace (Var), named `base` as `fresh` names it: a source variable's own name
   * where it is free; `derived`, one lowering makes, also clear of every source identifier.
   */
  variable(base: string, type: Type, kind: Var['kind'], mutable: boolean, derived = false, more: Pick<Var, 'undefinable' | 'element'> = {}): Var {
    return { name: this.fresh(base, derived), type, kind, mutable, ...more };
  }

  /** A variable of the trace (Var) that takes the name of `v`, of its type, where `v` leaves the function: no other variable has the name after. */
  successor(v: Var, kind: Var['kind'], mutable: boolean): Var {
    return { name: v.name, type: v.type, kind, mutable };
  }

  /** A temporary of the trace (Var), named as `nextTemp` names it: assigned once, where lowering needs a value of its own. */
  temp(type: Type): Var {
    return { name: this.nextTemp(), type, kind: 'temp', mutable: false };
  }

  /** A variable of the derivative code's own (LocalRole), named `base` as `fresh` names a derived name. */
  local(base: string, role: LocalRole): LocalVar {
    return local(this.fresh(base, true), role);
  }

  /** A variable of the derivative code about the primal variable `of` (TRole), named `base` as `fresh` names a derived name. */
  derived(base: string, role: TRole, type: Type, of: Var): DerivedVar {
    return tvar(this.fresh(base, true), role, type, of);
  }

  /** The next temporary: `t1`, `t2`… */
  nextTemp(): string {
    let n: string;
    do n = `t${++this.temps}`; while (this.allocated.has(n) || this.mentioned.has(n));
    this.allocated.add(n);
    return n;
  }

  /** A copy that continues from the same state (the reverse phase starts from the trace's names). */
  clone(): Names {
    const c = new Names(this.mentioned, this.sep);
    for (const n of this.allocated) c.allocated.add(n);
    c.temps = this.temps;
    for (const [v, named] of this.named) c.named.set(v, named);
    return c;
  }

  private readonly named = new Map<LocalVar, LocalVar>();

  /**
   * The variable made without a name (`unnamed`), named: `fresh(base)` the first time it is asked
   * for, the same variable after (a copy of these names, for split mode's halves, too).
   */
  nameOf(v: LocalVar & { base: string }): LocalVar {
    let n = this.named.get(v);
    if (!n) this.named.set(v, n = { name: this.fresh(v.base, true), role: v.role });
    return n;
  }
}

/**
 * The naming step: `code` with each variable made without a name (target.ts `unnamed`) replaced,
 * wherever it is declared, read or updated, by that variable named (`names.nameOf`), in the order
 * the code is written. `code` itself where it has none.
 */
export function nameLocals(code: readonly TStmt[], names: Names): readonly TStmt[] {
  const unnamed = (v: TVar | undefined): v is LocalVar & { base: string } => v !== undefined && 'base' in v && v.base !== undefined;
  const expr = (e: TExpr): TExpr => mapExpr(e, (x) => ((x.k === 'name' || x.k === 'update') && unnamed(x.v) ? { ...x, ...named(x.v) } : x));
  const named = (v: LocalVar & { base: string }) => { const n = names.nameOf(v); return { name: n.name, v: n }; };
  const stmt = (s: TStmt): TStmt => {
    if (s.k === 'decl') {
      const init = s.init && expr(s.init);
      const d = init === s.init ? s : { ...s, init: init! };
      return unnamed(s.v) ? { ...d, ...named(s.v) } : d;
    }
    if (s.k === 'for') return { ...s, init: stmt(s.init), test: expr(s.test), update: expr(s.update) };
    return mapStmt(s, expr, (b) => b as TStmt[]);
  };
  // (only statements that hold one are rebuilt)
  return mapStmts(code, (s) => (ownHas(s) ? stmt(s) : s));
  function ownHas(s: TStmt): boolean {
    if (s.k === 'decl' && unnamed(s.v)) return true;
    if (s.k === 'for' && ownHas(s.init)) return true;
    return anyOwnExpr(s, (e) => someExpr(e, (x) => (x.k === 'name' || x.k === 'update') && unnamed(x.v)));
  }
}

/**
 * The private copy of an exported function that takes an options object, as the module's other
 * functions call it: the options one property at a time, as a helper takes them
 * (frontend/calls.ts). No source function can be named so by accident.
 */
export const optionsCopyName = (fn: string): string => `${fn}$options`;
export const isOptionsCopyName = (fn: string): boolean => fn.endsWith('$options');
/** The function of the source a callee is, for diagnostics: `colebrook` of `colebrook$options`. */
// (the trace of a property a helper changes, `stepInPlace.s:v` (object-mutation.ts), as the source writes it: `stepInPlace.s.v`)
// (and of a private copy's, `kick$options.s:v`, a helper of another module changing its object: `kick.s.v`)
export const sourceName = (fn: string): string => (isOptionsCopyName(fn) ? fn.slice(0, -'$options'.length) : fn.replace('$options.', '.').replace(':', '.'));

/**
 * The vjp of an exported function that returns a number and writes array parameters, as the
 * reverse sweeps of its callers call it: it takes in adj the adjoints of those arrays as the
 * function leaves them (the contract's `f_vjp` takes none: what f leaves in them is not its
 * result) and turns them into theirs as it found them, seed times the gradient added.
 */
export const inOutVjpName = (fn: string): string => `${fn}_vjpInOut`;

/** The form of its callee's vjp a caller's reverse sweep calls for `s`. */
export function vjpForm(s: Call): 'vjp' | 'vjpInOut' {
  const { callee } = s;
  return callee.vjp === 'generated' && callee.exported && callee.returnsNumber && s.writes.length > 0 ? 'vjpInOut' : 'vjp';
}

/** The vjp a caller's reverse sweep calls for `s`, by name (notes). */
export const vjpCalled = (s: Call): string => formName(s.callee.name, vjpForm(s));

/**
 * The two halves of a function's vjp that a call in split mode calls (reverse/split.ts): `g_fwd`
 * runs g and records on the tape what its reverse needs; `g_rev` pops it and adds the adjoints.
 */
export const splitForwardName = (fn: string): string => `${fn}_fwd`;
export const splitReverseName = (fn: string): string => `${fn}_rev`;

/** The name of the trace of one number a function returns (`sunCoords.ra`): its key among the module's functions, never read back (Projection). */
export const projectedName = (p: Projection): string => `${p.of}.${p.key}`;

/**
 * How a `// grad of (…)` comment names the inlined function a statement of its body comes from:
 * its name, and for the trace of one number of what it returns (a Projection, always inlined)
 * the user's expression for that number rather than the trace's name: `sub3(…).x` (was
 * `sub3.x`), `crossing(…)` of a function returning `number | undefined` (was `crossing.$value`
 * and `crossing.$absent`), `stepBall(…) on b.v` for a property of an object parameter it
 * changes in place (object-mutation.ts's key `b:v`).
 */
export function inlinedLabel(callee: { readonly name: string; readonly projection?: Projection }): string {
  const p = callee.projection;
  if (!p) return sourceName(callee.name);
  const call = `${sourceName(p.of)}(…)`;
  if (p.key.startsWith('$')) return call;
  const at = p.key.indexOf(':');
  return at > 0 ? `${call} on ${p.key.slice(0, at)}.${p.key.slice(at + 1)}` : `${call}.${p.key}`;
}

/** The tangent of a variable in forward mode: `x` → `x_d` (Tapenade's convention, beside `x_b`). */
export const tangentName = (v: string): string => `${v}_d`;

/** The adjoint of a variable: `x` → `x_b` (Tapenade's convention). */
export const adjointName = (v: string): string => `${v}_b`;

/** A function of tsgrad/runtime is marked so in its callees (`fnCallee`): its forms are the runtime's (second/ kernels). */
export const runtimeFn = (c: { readonly specifier?: string | undefined }): { runtime?: true } => (c.specifier === 'tsgrad/runtime' ? { runtime: true } : {});

/** The name of a function's form (`g`, `g_vjp`, `g_vjpInOut`, `g_fwd`, `g_rev`, `g_jvp`), and of its tangent with `d` (`g_vjp_d`). */
/** The name the generated module imports its source's default export under, to call it (`default` is no identifier). */
export const sourceDefault = 'sourceDefault';

export function formName(fn: string, form: FnForm, d = false): string {
  // (a module's default export, called as it is: imported as the default under this name)
  const base = form === 'primal' ? (fn === 'default' ? sourceDefault : fn) : form === 'vjp' ? `${fn}_vjp` : form === 'vjpInOut' ? inOutVjpName(fn)
    : form === 'fwd' ? splitForwardName(fn) : form === 'rev' ? splitReverseName(fn) : `${fn}_jvp`;
  return d ? `${base}_d` : base;
}

/**
 * How a callee is spelled, called as a function (`Math.exp`, `g_vjp_d`, `sum`); a method or a
 * schedule's operation is called on its first argument, and spelled `.name` here.
 */
export function calleeText(c: Callee): string {
  switch (c.k) {
    case 'math': return `Math.${c.fn}`;
    case 'method': return `.${c.name}`;
    case 'schedule': return `.${c.op}`;
    case 'console': return `console.${c.method}`;
    case 'global': return `${c.object}.${c.fn}`;
    case 'helper': return c.fn;
    case 'fn': return formName(c.name, c.form, c.d === true);
  }
}

/** The name a call needs in scope (`Math` for Math.exp, `g_vjp`, `sum`), none for a method's (its receiver is an argument). */
export function calleeScopeName(c: Callee): string | undefined {
  switch (c.k) {
    case 'method': case 'schedule': return undefined;
    case 'math': return 'Math';
    case 'console': return 'console';
    case 'global': return c.object;
    default: return calleeText(c);
  }
}
