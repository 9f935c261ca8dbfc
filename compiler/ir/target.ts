/**
 * The adjoint IR: the generated function, as a small structured imperative language that
 * the reverse phase builds and the emit phase prints. Expressions are trees over names and
 * numbers; statements are the handful of forms the generated code needs.
 */
import type { ArrayCtor, Atom, ErrorConstructor, Loc, NamedConstant, Param, Type, TypedArrayCtor, Var } from './types.js';
import { mayBeAbsentArray } from './types.js';

/**
 * What a variable of the derivative code is: a primal variable itself (`x`, read or restored by
 * the sweeps), the adjoint of one (`x_b`, reverse mode), its tangent (`x_d`, forward mode), the
 * old value of one a top-level overwrite keeps in a const (`x_old`, reverse/record.ts; `x_last`,
 * popped where an integer counter's flag rides on it, reverse/backward.ts), what one held while
 * a rotation of bindings is undone (`x_held`, reverse/backward.ts unpermute), the
 * flag of an integer counter (`i_int`, reverse/counters.ts), the reciprocal of a quotient's
 * divisor that the reverse sweep's partials share (`t9_r = 1 / t8`, `of` the quotient,
 * reverse/reciprocals.ts), the adj a forward-mode vjp's call of g fills for its value `of`
 * (`const t_adj = {…}; const t = g_vjp(…, t_adj)`, forward/sweep.ts; second/statements.ts
 * finds it so).
 */
export type TRole = 'primal' | 'adjoint' | 'tangent' | 'old' | 'flag' | 'reciprocal' | 'callAdj' | 'held';

/**
 * A variable of the derivative code: a primal variable (one per Var, `primal`), or one a builder
 * makes (reverse/adjoints.ts, forward/sweep.ts). Passes that look for it compare it by identity
 * (a `name` expression's `v`, a declaration's `v`), not by its name. `of`: the primal variable
 * it is or derives from. A derived one's name is given out when it is made (ir/names.ts, clear
 * of every other name of the function) and printed as it is; a primal one's is the Var's.
 */
export type TVar = DerivedVar | OwnVar | LocalVar;

/** A variable of the derivative code about a primal variable (`of`): it, or one derived from it (of `of`'s type; a `callAdj`, an object of g's adjoints, too). */
export interface DerivedVar {
  readonly name: string;
  readonly role: TRole;
  readonly type: Type;
  readonly of: Var;
}

/**
 * A variable of the generated function that derives from no primal one, one of each per
 * function and always so named (ir/names.ts reserves the names): the vjp's parameters `adj` (the
 * object of the parameters' adjoints, by key) and `seed` (the adjoint of the result); the tape's
 * locals `stack` (its buffer) and `top` (its first free slot, reverse/stack.ts).
 */
export interface OwnVar {
  readonly name: 'adj' | 'seed' | 'stack' | 'top';
  readonly role: 'adj' | 'seed' | 'stack' | 'top';
  readonly type?: undefined;
  readonly of?: undefined;
}

/**
 * What a variable the derivative code makes for its own bookkeeping is, one that derives from no
 * primal variable:
 * - `int`: an integer of the sweeps' own, never active: a loop counter (`k`, `j`, `i`, `iters`:
 *   reverse/backward.ts, record.ts, checkpoint.ts), the trip a loop ended at (`x_at`, record.ts),
 *   a @checkpoint schedule's turn and a row's offset (`action`, `from`, `to`, `at`:
 *   checkpoint.ts), the path two nested decisions took, popped once (`t_path`, decisions.ts),
 *   the tape as a call found it, given back when an exception leaves it (`entryTop`,
 *   `entryRefs`, stack.ts);
 * - `caught`: the exception a catch holds while it gives the tape back, thrown again (`error`, stack.ts);
 * - `schedule`: a @checkpoint loop's schedule (`checkpoints = revolve()`, checkpoint.ts);
 * - `row`: the row of a snapshot of that schedule, which holds the loop's state (`row`);
 * - `siteAdj`: the adjoints at a call site: the object of them the callee's vjp adds into
 *   (`g_adj`), what the caller's adj held in a field it lends the call (`adj_x`), a Float64Array
 *   copy of a growing array's adjoint (`x_b_f64`: reverse/backward.ts);
 * - `acc`: an adjoint summed in a local (`x_b_acc` while a loop runs, reverse/promote.ts; the sum
 *   of an array's adjoints that `a.fill(v)` gives v, `a_sum`, backward.ts);
 * - `result`: the function's value kept before the reverse sweep changes what it was read from
 *   (`result`: reverse/assemble.ts, index.ts);
 * - `dual`: second order's tangent of a variable of the code it differentiates again (`x_d`,
 *   `x_b_d`, `adj_d`: second/state.ts), and the direction f_hvp takes them along (`v`, a vjp
 *   form's `tangent`: second/index.ts; f_jvp's parameter `tangent`: forward/index.ts);
 * - `kept`: a value second order keeps: a call's value that its partials read (`c`,
 *   second/tangents.ts), the value and tangent a callee's g_jvp returns (`t_jvp`, `t_fd`:
 *   second/calls.ts; `t_jvp`: forward/sweep.ts), a copy of an array f only writes, put back on return (`x_kept`, second/index.ts);
 * - `saved`: the value a variable had before a fused loop's iteration assigned it, which the
 *   iteration's reverse puts back (`w_saved`: reverse/fusion.ts), in place of a slot of the tape.
 */
export type LocalRole = 'int' | 'schedule' | 'row' | 'siteAdj' | 'acc' | 'result' | 'dual' | 'kept' | 'saved' | 'caught';

/**
 * A variable of the derivative code that derives from no primal one (LocalRole). Its name is
 * given out when it is made (ir/names.ts), or, made by `unnamed` with a `base`, by the naming step
 * (ir/names.ts nameLocals) once the code is built; until then `name` is a placeholder no other
 * variable has, which no printed code holds.
 */
export interface LocalVar {
  readonly name: string;
  readonly role: LocalRole;
  readonly base?: string;
  readonly type?: undefined;
  readonly of?: undefined;
}

/** A LocalVar made without a name (`unnamed`), until the naming step names it. */
export type UnnamedVar = LocalVar & { readonly base: string };

/** The vjp's parameter `adj`, the parameters' adjoints (f_hvp's local of that name too). */
export const ADJ: OwnVar = { name: 'adj', role: 'adj' };
/** The vjp's parameter `seed`, the result's adjoint (f_hvp's local, 1). */
export const SEED: OwnVar = { name: 'seed', role: 'seed' };
/** The tape's buffer in a local (reverse/stack.ts). */
export const STACK: OwnVar = { name: 'stack', role: 'stack' };
/** The tape's first free slot in a local (reverse/stack.ts). */
export const TOP: OwnVar = { name: 'top', role: 'top' };

export type TExpr =
  | { readonly k: 'num'; readonly value: number }
  | { readonly k: 'bool'; readonly value: boolean }
  /** A string literal (an error's message). */
  | { readonly k: 'str'; readonly value: string }
  /** A variable: by its name, and `v` where a builder made it (TVar). */
  | { readonly k: 'name'; readonly name: string; readonly v?: TVar }
  /** A constant the language names (`Math.PI`, `NaN`). */
  | { readonly k: 'constant'; readonly constant: NamedConstant }
  | { readonly k: 'bin'; readonly op: BinOp; readonly l: TExpr; readonly r: TExpr }
  | { readonly k: 'un'; readonly op: '-' | '!' | '+' | '~' | 'typeof'; readonly e: TExpr }
  /** A call: what it calls is structured (Callee), its text emit/'s alone. A method's receiver is its first argument. */
  | { readonly k: 'call'; readonly callee: Callee; readonly args: readonly TExpr[] }
  /** An operation of the runtime's tape (`tape.push(x)`, `tape.pop()` …): what the sweeps save and restore. */
  | { readonly k: 'tape'; readonly op: TapeOp; readonly args: readonly TExpr[] }
  /** A call to a helper of the runtime that the passes recognise (`f64Zeros(n)`, `sink(n)` …). */
  | { readonly k: 'runtime'; readonly fn: RuntimeFn; readonly args: readonly TExpr[] }
  | { readonly k: 'index'; readonly array: TExpr; readonly index: TExpr }
  | { readonly k: 'member'; readonly object: TExpr; readonly prop: string; readonly optional?: true }
  | { readonly k: 'cond'; readonly test: TExpr; readonly then: TExpr; readonly else: TExpr }
  /** `new Float64Array(n)`, `new Array(n)`, `new RangeError(message)`. */
  | { readonly k: 'new'; readonly ctor: NewCtor; readonly args: readonly TExpr[] }
  | { readonly k: 'array'; readonly elements: readonly TExpr[] }
  | { readonly k: 'object'; readonly fields: readonly (readonly [string, TExpr])[] }
  /** `i++`, `i--`, `i += 2`, `i -= 2` (loop updates); `--i` with `prefix` (the tape's pop). `v` as a `name`'s. */
  | { readonly k: 'update'; readonly name: string; readonly v?: TVar; readonly op: '+=' | '-='; readonly by: number; readonly prefix?: boolean };

/** What generated code constructs: arrays (`Array` and the typed arrays), and the errors a function throws. */
export type NewCtor = ArrayCtor | ErrorConstructor;

/**
 * The tape's operations, as the runtime's `Tape` names its methods; `slice` is a view of the
 * values from one slot to another (`tape.values.subarray(from, to)`); `values`, `top` and
 * `refCount` are its fields, the buffer, its first free slot and the reference stack's depth (no
 * arguments; `top` and `refCount` are assigned too). Printed in emit/.
 */
export type TapeOp =
  | 'push' | 'pop' | 'pushInt' | 'popInt' | 'pushBool' | 'popBool' | 'pushArray' | 'popArray'
  | 'pushRef' | 'popRef' | 'reserve' | 'slice' | 'values' | 'top' | 'refCount';

/** The operations that take values off the tape. */
export const popOps: ReadonlySet<TapeOp> = new Set<TapeOp>(['pop', 'popInt', 'popBool', 'popArray', 'popRef']);

/**
 * The runtime's helpers that passes recognise, by the name the runtime exports them under:
 * zeroed arrays (`f64Zeros`), adjoints nobody reads (`sink`), adjoints that follow an array
 * object (`adjointOf`), an array restored from the tape (`restore`), a segment of one saved and
 * restored whole (`saveSegment`, `restoreSegment`: reverse/segments.ts), the tangent tape of f_hvp
 * (`tapeTangents`), a checkpointed loop's schedule (`revolve`, `tripCount`).
 */
export type RuntimeFn = 'f64Zeros' | 'listZeros' | 'sink' | 'adjointOf' | 'restore' | 'saveArray' | 'saveSegment' | 'restoreSegment' | 'tapeTangents' | 'snapshotTangents' | 'revolve' | 'tripCount';

/** The static functions of global objects that generated code calls (`Number.isNaN`, `Float64Array.from`), by object. */
export interface GlobalFns {
  readonly Number: 'isNaN' | 'isFinite' | 'isInteger' | 'isSafeInteger';
  readonly Float64Array: 'from';
}
export type GlobalFn = { [O in keyof GlobalFns]: { readonly object: O; readonly fn: GlobalFns[O] } }[keyof GlobalFns];

/** A function of `Math` that generated code calls (`Math.exp`, `Math.floor` …). */
export type MathFn = { [K in keyof Math]: Math[K] extends (...args: never[]) => number ? K : never }[keyof Math];

/**
 * The runtime's plain functions that generated code calls by name (imported from tsgrad/runtime
 * when used): `sum` of an array, the bit operations of floats, and the permutation a sort applies (rules/table.ts).
 */
export type RuntimeHelper = 'sum' | 'f64HighWord' | 'f64LowWord' | 'f64WithHighWord' | 'f64WithLowWord' | 'f64FromWords'
  | 'f64WithHighWordScale' | 'f64Ldexp' | 'f64CopySign' | 'sortPermutation';

/**
 * The forms of a function that generated code calls (ir/names.ts spells them): the function
 * itself (`primal`), its vjp, the vjp of its callers' reverse sweeps that takes the written
 * arrays' adjoints in and out (`vjpInOut`), split mode's halves (`fwd`, `rev`), its jvp.
 */
export type FnForm = 'primal' | 'vjp' | 'vjpInOut' | 'fwd' | 'rev' | 'jvp';

/** The operations of a @checkpoint loop's schedule (runtime's `revolve()`), called on it. */
export type ScheduleOp = 'start' | 'next' | 'snapshot' | 'offset' | 'release';

/**
 * What a call calls. Passes read this, never the text: emit/ alone spells it
 * (`Math.exp`, `a.fill`, `g_vjp_d` …).
 * - `math`: `Math.fn`.
 * - `method`: a method of the call's first argument (an array's `fill`, `push`, `set`, `subarray` …).
 * - `schedule`: an operation of the checkpoint schedule that is the call's first argument.
 * - `console`: `console.log` and its siblings (a log line kept in the forward sweep).
 * - `global`: a static function of a global object (`Number.isNaN`, `Float64Array.from`).
 * - `helper`: a function of the runtime (RuntimeHelper).
 * - `fn`: a function of the program, or of a module it imports (`runtime`: of tsgrad/runtime), in
 *   one of its forms; `d`: the form's own tangent (second order: `g_vjp_d`, forward over reverse).
 */
export type Callee =
  | { readonly k: 'math'; readonly fn: MathFn }
  | { readonly k: 'method'; readonly name: string }
  | { readonly k: 'schedule'; readonly op: ScheduleOp }
  | { readonly k: 'console'; readonly method: string }
  | ({ readonly k: 'global' } & GlobalFn)
  | { readonly k: 'helper'; readonly fn: RuntimeHelper }
  | { readonly k: 'fn'; readonly name: string; readonly form: FnForm; readonly d?: true; readonly runtime?: true };

export type BinOp =
  | '+' | '-' | '*' | '/' | '%' | '**'
  | '<' | '<=' | '>' | '>=' | '===' | '!==' | '&&' | '||' | '??'
  | '&' | '|' | '^' | '<<' | '>>' | '>>>';

/**
 * The TypeScript type a declaration is written with, where tsc would not infer the one meant: a
 * number, a boolean, a string, a plain array of numbers, a typed array, an array variable that
 * may hold either (`Float64Array | number[]`), or the object of adjoints a vjp takes (`adj`:
 * each key a number or a Float64Array; none, `Record<string, never>`). Printed in emit/.
 */
export type DeclType =
  | 'number' | 'boolean' | 'string' | 'number[]' | TypedArrayCtor | 'Float64Array | number[]'
  | { readonly adj: readonly (readonly [key: string, type: 'number' | 'Float64Array'])[] };

/** `loc`: the source statement a statement comes from (forward sweep) or differentiates (reverse), for source maps. */
export type TStmt = ({ readonly loc?: Loc }) & (
  /** `v`: the variable, where a builder made it (TVar). */
  | { readonly k: 'decl'; readonly kind: 'const' | 'let'; readonly name: string; readonly v?: TVar; readonly type?: DeclType; readonly init?: TExpr }
  | { readonly k: 'assign'; readonly target: TExpr; readonly op: '=' | '+=' | '-='; readonly value: TExpr }
  | { readonly k: 'expr'; readonly e: TExpr }
  /** `brief`: printed on one line without braces (one simple statement, no else). */
  | { readonly k: 'if'; readonly test: TExpr; readonly then: readonly TStmt[]; readonly else: readonly TStmt[]; readonly brief?: boolean }
  | {
      readonly k: 'for';
      readonly init: TStmt;
      readonly test: TExpr;
      readonly update: TExpr;
      readonly body: readonly TStmt[];
      /**
       * A counted loop of a forward sweep: at least its number of iterations, computed before it
       * (reverse/stack.ts reserves the tape for all of them there, not in every iteration).
       */
      readonly trips?: TExpr;
    }
  /** `trips`: as a `for`'s, at least how many times the body runs (ir/types.ts While's `most`). */
  | { readonly k: 'while'; readonly test: TExpr; readonly body: readonly TStmt[]; readonly trips?: TExpr }
  /** `for (;;) { … }`, left by `break`. */
  | { readonly k: 'loop'; readonly body: readonly TStmt[]; readonly trips?: TExpr }
  /**
   * `{ … }`: a scope of its own (one iteration of an unrolled loop). `iteration`: the reverse of
   * one iteration of a checkpointed loop, whose adjoint additions reverse/promote.ts may sum
   * over the schedule's `loop` around it.
   */
  | { readonly k: 'block'; readonly body: readonly TStmt[]; readonly iteration?: true }
  | { readonly k: 'break' }
  | { readonly k: 'return'; readonly e: TExpr }
  | { readonly k: 'throw'; readonly e: TExpr }
  /** `try { body } catch (param) { handler }`: `param` a variable of the handler's. */
  | { readonly k: 'try'; readonly body: readonly TStmt[]; readonly param: LocalVar; readonly handler: readonly TStmt[] }
  /**
   * A `// text` line before the next statement; `gradOf`: the `// grad of: …` line that heads the
   * reverse of a source statement (reverse/backward.ts), dropped where it heads no code (ir/unread.ts).
   */
  | { readonly k: 'comment'; readonly text: string; readonly gradOf?: true });

/**
 * The statements, each that has no source location of its own given `loc` (not nested ones:
 * they have theirs). In place: passes find statements by identity (a checkpointed loop).
 */
export const located = (stmts: readonly TStmt[], loc: Loc): TStmt[] => stmts.map((s) => {
  if (!s.loc) (s as { loc?: Loc }).loc = loc;
  return s;
});

export const num = (value: number): TExpr => ({ k: 'num', value });
export const str = (value: string): TExpr => ({ k: 'str', value });
export const name = (n: string): TExpr => ({ k: 'name', name: n });
/** A variable of the derivative code: `name` (given out by the caller), what it is (`role`), its type, the primal variable it is about. */
export const tvar = (n: string, role: TRole, type: Type, of: Var): DerivedVar => ({ name: n, role, type, of });
/** A variable the derivative code makes for itself (LocalVar), named `n` (given out by the caller). */
export const local = (n: string, role: LocalRole): LocalVar => ({ name: n, role });
let unnamedCount = 0;
/** A variable the derivative code makes for itself (LocalVar), to be named after `base` by the naming step (ir/names.ts nameLocals). */
export const unnamed = (base: string, role: LocalRole): UnnamedVar => ({ name: `${base}#${++unnamedCount}`, role, base });
/** A builder's variable (TVar), read or assigned. */
export const ref = (v: TVar): TExpr => ({ k: 'name', name: v.name, v });
const primals = new WeakMap<Var, DerivedVar>();
/** The primal variable `v` as a variable of the derivative code: the same TVar for the same Var. */
export function primal(v: Var): DerivedVar {
  let t = primals.get(v);
  if (t === undefined) primals.set(v, t = { name: v.name, role: 'primal', type: v.type, of: v });
  return t;
}
/** The primal variable `v`, read or assigned (by identity, as `ref` of `primal(v)`). */
export const use = (v: Var): TExpr => ref(primal(v));
/** Whether `e` is the variable `v`. */
export const isRef = (e: TExpr | undefined, v: TVar): boolean => e?.k === 'name' && e.v === v;
/** Whether `e` is one of the variables `vs` (by identity: a name some other variable has is not). */
export const isRefIn = (e: TExpr | undefined, vs: ReadonlySet<TVar>): boolean => e?.k === 'name' && e.v !== undefined && vs.has(e.v);
/** `let v = init` (`const` with kind), declaring a builder's variable. */
export const declare = (kind: 'const' | 'let', v: TVar, init?: TExpr, type?: DeclType): TStmt =>
  ({ k: 'decl', kind, name: v.name, v, ...(type === undefined ? {} : { type }), ...(init === undefined ? {} : { init }) });
/**
 * A key of an expression, equal for two expressions that are written the same of the same
 * variables (a TVar by a number of its own: two of one name are two; a name that is no TVar by
 * its name alone), for tables of expressions.
 */
export const exprKey = (e: TExpr): string => JSON.stringify(e, (k, x: unknown) => (k === 'v' && x !== undefined ? varId(x as TVar) : x));

/** A number for each variable, the same for the same one (exprKey; zeroed.ts's element keys): two of one name are two. */
const varIds = new WeakMap<TVar, number>();
let lastVarId = 0;
export function varId(v: TVar): number {
  let id = varIds.get(v);
  if (id === undefined) varIds.set(v, id = ++lastVarId);
  return id;
}
export const call = (callee: Callee, ...args: TExpr[]): TExpr => ({ k: 'call', callee, args });
/** `Math.fn(…args)`. */
export const mathCall = (fn: MathFn, ...args: TExpr[]): TExpr => call({ k: 'math', fn }, ...args);
/** `receiver.method(…args)`. */
export const methodCall = (method: string, receiver: TExpr, ...args: TExpr[]): TExpr => call({ k: 'method', name: method }, receiver, ...args);
/** `object.fn(…args)`, a static function of a global object (`Number.isNaN`). */
export const globalCall = <O extends keyof GlobalFns>(object: O, fn: GlobalFns[O], ...args: TExpr[]): TExpr => call({ k: 'global', object, fn } as Callee, ...args);
/** A function of the runtime. */
export const helperCall = (fn: RuntimeHelper, ...args: TExpr[]): TExpr => call({ k: 'helper', fn }, ...args);
/** A function of the program (or that it imports) in one of its forms. */
export const fnCallee = (n: string, form: FnForm = 'primal', more: { d?: true; runtime?: true } = {}): Callee => ({ k: 'fn', name: n, form, ...more });
/** `schedule.op(…args)`, an operation of a @checkpoint loop's schedule. */
export const scheduleCall = (op: ScheduleOp, schedule: TExpr, ...args: TExpr[]): TExpr => call({ k: 'schedule', op }, schedule, ...args);
/** The methods of arrays that write the array they are called on. */
const writingMethods: ReadonlySet<string> = new Set(['fill', 'push', 'pop', 'set']);
/** Whether a call of `c` writes its first argument, the receiver: an array's writing method, or a schedule's operation. */
export const writesReceiver = (c: Callee): boolean => c.k === 'schedule' || (c.k === 'method' && writingMethods.has(c.name));
/** Whether `e` calls a method (one of `names`) of its first argument. */
export const isMethod = (e: TExpr | undefined, ...names: string[]): e is TExpr & { k: 'call'; callee: { k: 'method' } } =>
  e?.k === 'call' && e.callee.k === 'method' && (names.length === 0 || names.includes(e.callee.name));
export const tape = (op: TapeOp, ...args: TExpr[]): TExpr => ({ k: 'tape', op, args });
export const runtime = (fn: RuntimeFn, ...args: TExpr[]): TExpr => ({ k: 'runtime', fn, args });
/** Whether `e` is the tape operation `op` (one of `ops`). */
export const isTape = (e: TExpr | undefined, ...ops: TapeOp[]): e is TExpr & { k: 'tape' } => e?.k === 'tape' && (ops.length === 0 || ops.includes(e.op));
/** Whether `e` is a call to the runtime's helper `fn` (one of `fns`). */
export const isRuntime = (e: TExpr | undefined, ...fns: RuntimeFn[]): e is TExpr & { k: 'runtime' } => e?.k === 'runtime' && (fns.length === 0 || fns.includes(e.fn));
/** A constant the language names (`Math.LN2`). */
export const constant = (c: NamedConstant): TExpr => ({ k: 'constant', constant: c });
/** An IR atom as an expression: a variable's name, a constant's value (or the constant the source named, `Math.PI`). */
export const atomExpr = (a: Atom): TExpr =>
  a.kind === 'var' ? use(a.v)
  : typeof a.value === 'boolean' ? { k: 'bool', value: a.value }
  : typeof a.value === 'string' ? str(a.value)
  : a.named !== undefined ? constant(a.named) : num(a.value);

export const index = (array: TExpr, i: TExpr): TExpr => ({ k: 'index', array, index: i });
export const member = (object: TExpr, prop: string): TExpr => ({ k: 'member', object, prop });
/** `object?.prop`: undefined when the object is (an options object left out). */
export const optionalMember = (object: TExpr, prop: string): TExpr => ({ k: 'member', object, prop, optional: true });
export const cond = (test: TExpr, then: TExpr, els: TExpr): TExpr => ({ k: 'cond', test, then, else: els });
/** `n += by` (`n -= by`) of a variable: by its name, or a builder's variable (TVar), by identity. */
export const update = (n: string | TVar, op: '+=' | '-=', by: number, prefix = false): TExpr =>
  ({ k: 'update', ...(typeof n === 'string' ? { name: n } : { name: n.name, v: n }), op, by, ...(prefix ? { prefix } : {}) });
export const not = (e: TExpr): TExpr => ({ k: 'un', op: '!', e });

/** An array parameter's length: `w.length`, or of one that may be left out (`w?: Float64Array`), `w_arg === undefined ? 0 : w_arg.length`. */
export function paramLength(p: Param): TExpr {
  const length = member(use(p.v), 'length');
  return mayBeAbsentArray(p) ? cond(bin('===', use(p.v), name('undefined')), num(0), length) : length;
}

const isNum = (e: TExpr, v?: number): e is { k: 'num'; value: number } =>
  e.k === 'num' && (v === undefined || Object.is(e.value, v));

/** `false`, or the source's `undefined` (an optional flag left out): falsy operands of `&&` and `||`. */
const isFalsy = (e: TExpr): boolean => (e.k === 'bool' && !e.value) || (e.k === 'constant' && e.constant.name === 'undefined');

/** Binary operation with the algebraic simplifications that keep generated code readable. */
export function bin(op: BinOp, l: TExpr, r: TExpr): TExpr {
  // (of booleans: `undefined || c` is c, which tsc --strict also asks for: TS2873 "always falsy")
  if (op === '||' && isFalsy(l)) return r;
  if (op === '||' && isFalsy(r)) return l;
  if (op === '&&' && (isFalsy(l) || isFalsy(r))) return { k: 'bool', value: false };
  if (isNum(l) && isNum(r) && (op === '+' || op === '-' || op === '*')) {
    const v = op === '+' ? l.value + r.value : op === '-' ? l.value - r.value : l.value * r.value;
    return num(v);
  }
  if (op === '*') {
    if (r.k === 'un' && r.op === '-') return neg(bin('*', l, r.e));
    if (l.k === 'un' && l.op === '-') return neg(bin('*', l.e, r));
    if (isNum(l, 1)) return r;
    if (isNum(r, 1)) return l;
    // x * (1 / y) is x / y
    if (r.k === 'bin' && r.op === '/' && isNum(r.l, 1)) return bin('/', l, r.r);
    if (isNum(l, -1)) return neg(r);
    if (isNum(r, -1)) return neg(l);
  }
  if (op === '/' && isNum(r, 1)) return l;
  if (op === '+' && isNum(r, 0)) return l;
  if (op === '-' && isNum(r, 0)) return l;
  return { k: 'bin', op, l, r };
}

export function neg(e: TExpr): TExpr {
  if (e.k === 'num') return num(-e.value);
  if (e.k === 'un' && e.op === '-') return e.e;
  return { k: 'un', op: '-', e };
}

export const add = (l: TExpr, r: TExpr) => bin('+', l, r);
export const sub = (l: TExpr, r: TExpr) => bin('-', l, r);
export const mul = (l: TExpr, r: TExpr) => bin('*', l, r);
export const div = (l: TExpr, r: TExpr) => bin('/', l, r);

/** `e` with each direct subexpression replaced by `f` of it: the one rebuild the rewrites share. */
export function mapChildren(e: TExpr, f: (x: TExpr) => TExpr): TExpr {
  switch (e.k) {
    case 'bin': return { ...e, l: f(e.l), r: f(e.r) };
    case 'un': return { ...e, e: f(e.e) };
    case 'call': case 'tape': case 'runtime': case 'new': return { ...e, args: e.args.map(f) };
    case 'index': return { ...e, array: f(e.array), index: f(e.index) };
    case 'member': return { ...e, object: f(e.object) };
    case 'cond': return { ...e, test: f(e.test), then: f(e.then), else: f(e.else) };
    case 'array': return { ...e, elements: e.elements.map(f) };
    case 'object': return { ...e, fields: e.fields.map(([k, v]) => [k, f(v)] as const) };
    default: return e;
  }
}

/**
 * `f` of each direct subexpression of `e` in order, until one returns true (then true): the one
 * read of an expression's shape the analyses share (it allocates nothing: they run often).
 */
export function anyChild(e: TExpr, f: (x: TExpr) => boolean): boolean {
  switch (e.k) {
    case 'bin': return f(e.l) || f(e.r);
    case 'un': return f(e.e);
    case 'call': case 'tape': case 'runtime': case 'new': return e.args.some(f);
    case 'index': return f(e.array) || f(e.index);
    case 'member': return f(e.object);
    case 'cond': return f(e.test) || f(e.then) || f(e.else);
    case 'array': return e.elements.some(f);
    case 'object': return e.fields.some(([, v]) => f(v));
    default: return false;
  }
}

/** Whether `e` or one of its subexpressions satisfies `p`. */
export function someExpr(e: TExpr, p: (x: TExpr) => boolean): boolean {
  const go = (x: TExpr): boolean => p(x) || anyChild(x, go);
  return go(e);
}

/** `visit` of `e` and of each of its subexpressions, outer ones first. */
export function eachExpr(e: TExpr, visit: (x: TExpr) => void): void {
  const go = (x: TExpr): boolean => { visit(x); return anyChild(x, go); };
  go(e);
}

/** `f` of each expression a statement holds itself (not those of nested statements), until one returns true. */
export function anyOwnExpr(s: TStmt, f: (e: TExpr) => boolean): boolean {
  switch (s.k) {
    case 'decl': return s.init !== undefined && f(s.init);
    case 'assign': return f(s.target) || f(s.value);
    case 'expr': case 'return': case 'throw': return f(s.e);
    case 'if': case 'while': return f(s.test);
    case 'for': return f(s.test) || f(s.update);
    default: return false;
  }
}

/** `visit` of each expression a statement holds itself (not those of nested statements), in order. */
export function eachOwnExpr(s: TStmt, visit: (e: TExpr) => void): void {
  anyOwnExpr(s, (e) => { visit(e); return false; });
}

/** The expressions a statement holds itself, those of nested statements aside (a `for`'s init is one). */
export function ownExprs(s: TStmt): TExpr[] {
  const out: TExpr[] = [];
  anyOwnExpr(s, (e) => { out.push(e); return false; });
  return out;
}

/** `f` of each statement list nested in a statement (a `for`'s init as a list of one), until one returns true. */
export function anyNested(s: TStmt, f: (body: readonly TStmt[]) => boolean): boolean {
  switch (s.k) {
    case 'if': return f(s.then) || f(s.else);
    case 'for': return f([s.init]) || f(s.body);
    case 'while': case 'loop': case 'block': return f(s.body);
    case 'try': return f(s.body) || f(s.handler);
    default: return false;
  }
}

/** Whether a statement, or one nested in it, holds an expression satisfying `p` (at any depth). */
export function stmtHas(s: TStmt, p: (x: TExpr) => boolean): boolean {
  const inExpr = (x: TExpr): boolean => p(x) || anyChild(x, inExpr);
  const inStmt = (t: TStmt): boolean => anyOwnExpr(t, inExpr) || anyNested(t, inStmts);
  const inStmts = (list: readonly TStmt[]): boolean => list.some(inStmt);
  return inStmt(s);
}

/** `visit` of every expression and subexpression in `code`, nested statements included. */
export function eachExprIn(code: readonly TStmt[], visit: (x: TExpr) => void): void {
  const inExpr = (x: TExpr): boolean => { visit(x); return anyChild(x, inExpr); };
  const inStmts = (list: readonly TStmt[]): boolean => {
    for (const s of list) { anyOwnExpr(s, inExpr); anyNested(s, inStmts); }
    return false;
  };
  inStmts(code);
}

/**
 * Which nested statements a walk skips: `enter` false for a statement whose nested lists it
 * leaves out (a `break` inside a loop belongs to that loop; a `try` that only a later pass
 * makes), `inits` false to leave out a `for`'s init.
 */
export interface StmtWalk {
  readonly enter?: (s: TStmt) => boolean;
  readonly inits?: boolean;
}

/**
 * `visit` of each statement of `code` and of every statement nested in it, in the order they
 * first run: a statement before the lists nested in it, a `for`'s init before the loop (whose
 * test and update run after it); but those `walk` skips.
 */
export function eachStmt(code: readonly TStmt[], visit: (s: TStmt) => void, walk?: StmtWalk): void {
  someStmt(code, (s) => { visit(s); return false; }, walk);
}

/** How many statements `code` holds, nested ones (and comments) included: the size the rewrites that copy code weigh. */
export function statementCount(code: readonly TStmt[]): number {
  let n = 0;
  eachStmt(code, () => { n++; });
  return n;
}

/** Whether a statement of `code`, or one nested in it that `walk` does not skip, satisfies `p` (in eachStmt's order, stopping at the first). */
export function someStmt(code: readonly TStmt[], p: (s: TStmt) => boolean, walk?: StmtWalk): boolean {
  const inits = walk?.inits ?? true;
  const enter = walk?.enter;
  const inStmts = (list: readonly TStmt[]): boolean => {
    for (const s of list) {
      const into = enter === undefined || enter(s);
      if (s.k === 'for') {
        if ((into && inits && inStmts([s.init])) || p(s) || (into && inStmts(s.body))) return true;
        continue;
      }
      if (p(s) || (into && anyNested(s, inStmts))) return true;
    }
    return false;
  };
  return inStmts(code);
}

/** `s` with each statement list nested in it replaced by `f` of it, in order (a `for`'s init is left as it is). */
export function mapNested(s: TStmt, f: (body: readonly TStmt[]) => TStmt[]): TStmt {
  switch (s.k) {
    case 'if': return { ...s, then: f(s.then), else: f(s.else) };
    case 'for': case 'while': case 'loop': case 'block': return { ...s, body: f(s.body) };
    case 'try': return { ...s, body: f(s.body), handler: f(s.handler) };
    default: return s;
  }
}

/**
 * `s` with the expressions it holds itself replaced by `expr` of them and its nested statement
 * lists by `block` of them, in the order they are written (a `for`'s init, a statement, by
 * mapStmt of it).
 */
export function mapStmt(s: TStmt, expr: (e: TExpr) => TExpr, block: (body: readonly TStmt[]) => TStmt[]): TStmt {
  switch (s.k) {
    case 'decl': return s.init ? { ...s, init: expr(s.init) } : s;
    case 'assign': return { ...s, target: expr(s.target), value: expr(s.value) };
    case 'expr': return { ...s, e: expr(s.e) };
    case 'if': return { ...s, test: expr(s.test), then: block(s.then), else: block(s.else) };
    case 'for': return { ...s, init: mapStmt(s.init, expr, block), test: expr(s.test), update: expr(s.update), body: block(s.body) };
    case 'while': return { ...s, test: expr(s.test), body: block(s.body) };
    case 'return': case 'throw': return { ...s, e: expr(s.e) };
    default: return mapNested(s, block);
  }
}

/**
 * `e` rebuilt bottom-up: `f` of each subexpression, given it with its own subexpressions already
 * mapped, outer ones last. `e` itself (no node copied) where `f` changes nothing.
 */
export function mapExpr(e: TExpr, f: (x: TExpr) => TExpr): TExpr {
  const go = (x: TExpr): TExpr => {
    let changed = false;
    const rebuilt = mapChildren(x, (c) => { const m = go(c); if (m !== c) changed = true; return m; });
    return f(changed ? rebuilt : x);
  };
  return go(e);
}

/**
 * `code` with each statement, nested ones included, replaced by `f` of it (a statement, or a
 * list spliced in its place), top-down: `f` gets each statement as it is, then the statements
 * nested in what it returns are mapped likewise (a `for`'s init is left as it is, as by
 * mapNested). `code` itself, and each statement the same object, where `f` changes nothing;
 * `moved`, if given, gets each statement that a single new one replaces (by `f`, or because
 * something nested in it changed): passes that find statements by identity follow them there.
 */
export function mapStmts(code: readonly TStmt[], f: (s: TStmt) => TStmt | readonly TStmt[], moved?: Map<TStmt, TStmt>): readonly TStmt[] {
  let out: TStmt[] | undefined;
  code.forEach((s, i) => {
    const r = f(s);
    const list: readonly TStmt[] = Array.isArray(r) ? r : [r as TStmt];
    const mapped = list.map((t) => {
      let changed = false;
      const rebuilt = mapNested(t, (b) => { const m = mapStmts(b, f, moved); if (m !== b) changed = true; return m as TStmt[]; });
      return changed ? rebuilt : t;
    });
    if (moved && mapped.length === 1 && mapped[0] !== s) moved.set(s, mapped[0]!);
    if (!out && (mapped.length !== 1 || mapped[0] !== s)) out = code.slice(0, i);
    out?.push(...mapped);
  });
  return out ?? code;
}

/**
 * `code` with every expression of every statement, nested ones included, rebuilt by `f` as
 * mapExpr does (a `for`'s init and update too), and each name a statement binds (a
 * declaration's, a `catch`'s) by `bound`. `code` itself where nothing changes.
 */
export function mapExprsIn(code: readonly TStmt[], f: (x: TExpr) => TExpr, bound?: (n: string) => string): readonly TStmt[] {
  const own = (s: TStmt): TStmt => {
    let changed = false;
    const expr = (e: TExpr) => { const m = mapExpr(e, f); if (m !== e) changed = true; return m; };
    const rename = (n: string) => { const m = bound ? bound(n) : n; if (m !== n) changed = true; return m; };
    const t = mapStmt(s, expr, (b) => b as TStmt[]);
    const named: TStmt = t.k === 'decl' ? { ...t, name: rename(t.name) }
      : t.k === 'try' ? { ...t, param: { ...t.param, name: rename(t.param.name) } }
      : t.k === 'for' && t.init.k === 'decl' ? { ...t, init: { ...t.init, name: rename(t.init.name) } }
      : t;
    return changed ? named : s;
  };
  return mapStmts(code, own);
}

/** Names an expression reads (for the analysis of what the reverse sweep needs). */
export function namesIn(e: TExpr, into: Set<string> = new Set()): Set<string> {
  // (a switch of its own, not `children`: the planning of the tape calls it most)
  switch (e.k) {
    case 'name': case 'update': into.add(e.name); break;
    case 'bin': namesIn(e.l, into); namesIn(e.r, into); break;
    case 'un': namesIn(e.e, into); break;
    case 'call': case 'tape': case 'runtime': case 'new': for (const a of e.args) namesIn(a, into); break;
    case 'index': namesIn(e.array, into); namesIn(e.index, into); break;
    case 'member': namesIn(e.object, into); break;
    case 'cond': namesIn(e.test, into); namesIn(e.then, into); namesIn(e.else, into); break;
    case 'array': for (const a of e.elements) namesIn(a, into); break;
    case 'object': for (const [, v] of e.fields) namesIn(v, into); break;
  }
  return into;
}

/**
 * The variables (TVar) an expression reads, updates included, into `into`; undefined where it
 * reads a name that is no TVar (a call site's adj object, a loop's counter), which no question
 * asked by identity can be answered about.
 */
export function varsIn(e: TExpr, into: Set<TVar> = new Set()): Set<TVar> | undefined {
  let typed = true;
  eachExpr(e, (x) => {
    if (x.k !== 'name' && x.k !== 'update') return;
    if (x.v) into.add(x.v);
    else typed = false;
  });
  return typed ? into : undefined;
}

/** Whether every variable `code` declares, reads or assigns is a TVar: a pass may then key its tables by variable. */
export function namesTyped(code: readonly TStmt[]): boolean {
  let typed = true;
  eachExprIn(code, (x) => { if ((x.k === 'name' || x.k === 'update') && !x.v) typed = false; });
  eachStmt(code, (s) => { if (s.k === 'decl' && !s.v) typed = false; });
  return typed;
}

/**
 * Whether every variable `code` declares, reads or assigns is a TVar, and no two of them have
 * one name: questions a pass asks of the variables then answer for the code as printed
 * (reverse/jam.ts, split.ts), and it may key its tables by variable.
 */
export function oneVarPerName(code: readonly TStmt[]): boolean {
  // (a table by name: it checks that names and variables go one to one)
  const byName = new Map<string, TVar>();
  let one = true;
  const see = (n: string, v: TVar | undefined) => {
    if (!v || (byName.get(n) ?? v) !== v) one = false;
    else byName.set(n, v);
  };
  eachExprIn(code, (x) => { if (x.k === 'name' || x.k === 'update') see(x.name, x.v); });
  eachStmt(code, (s) => { if (s.k === 'decl') see(s.name, s.v); });
  return one;
}

/** The primal variables an expression reads (by identity: `use`, `atomExpr`), into `into`. */
export function primalsIn(e: TExpr, into: Set<Var> = new Set()): Set<Var> {
  eachExpr(e, (x) => { if (x.k === 'name' && x.v?.role === 'primal') into.add(x.v.of); });
  return into;
}

/** Whether `e` reads the primal variable `v` (by identity). */
export const readsPrimal = (e: TExpr, v: Var): boolean => someExpr(e, (x) => x.k === 'name' && x.v?.role === 'primal' && x.v.of === v);

/**
 * `code` with element loads declared `: number`: every load (`'all'`), or those of arrays that
 * an enclosing loop also stores into. In a loop that stores back into the element it loaded
 * (`const t = y[i]; …; y[i] = t + …`), with nothing taped in between, tsc infers the load's
 * type from the store's, and so from itself (TS7022).
 */
export function typedElementLoads(code: readonly TStmt[], loads: ReadonlySet<string> | 'all' = new Set()): TStmt[] {
  return code.map((t): TStmt => {
    switch (t.k) {
      case 'decl': {
        const array = t.init?.k === 'index' && t.init.array.k === 'name' ? t.init.array.name : undefined;
        const typed = t.kind === 'const' && !t.type && t.init?.k === 'index' && (loads === 'all' || (array !== undefined && loads.has(array)));
        return typed ? { ...t, type: 'number' } : t;
      }
      // (a loop adds the arrays it stores into; a try, which only stack.ts makes after both callers, has none)
      case 'for': case 'while': case 'loop':
        return mapNested(t, (body) => typedElementLoads(body, loads === 'all' ? loads : new Set([...loads, ...storedArrays(body)])));
      default: return mapNested(t, (body) => typedElementLoads(body, loads));
    }
  });
}

/** The arrays `code` stores into by element (`a[i] = …`), at any depth. */
function storedArrays(code: readonly TStmt[], into: Set<string> = new Set()): Set<string> {
  eachStmt(code, (t) => { if (t.k === 'assign' && t.target.k === 'index' && t.target.array.k === 'name') into.add(t.target.array.name); });
  return into;
}
