/**
 * The evaluation trace: a typed Wengert list with structured control flow.
 *
 * Every expression of the source is lowered to equations `out = prim(args)` over atoms
 * (A-normal form). Temporaries are assigned once per execution of their block; source
 * variables that are reassigned stay mutable and every overwrite is an explicit `assign`
 * (or `store`, for an array element).
 */
import type { Prim } from '../rules/prims.js';
import type { Names } from './names.js';

/**
 * `int[]`: an integer typed array (Int32Array, Uint8Array, …): its elements are integers, never
 * active. `str`: a string (a unit's name, a mode): passed through, compared, never active.
 */
export type Type = 'f64' | 'int' | 'bool' | 'f64[]' | 'int[]' | 'str';

/** An array of floats, or an integer typed array. */
export const isArrayType = (t: Type): boolean => t === 'f64[]' || t === 'int[]';

export interface Var {
  /** Unique within its function; also the name the generated code uses. */
  readonly name: string;
  readonly type: Type;
  /** `param`: a parameter; `local`: a source variable; `temp`: made by lowering. */
  readonly kind: 'param' | 'local' | 'temp';
  /** Assigned more than once (or inside a loop and read across iterations). */
  readonly mutable: boolean;
  /**
   * A number that may be `undefined` when the function runs: a property of an options object
   * as a call gave it (helper-options.ts), before its default. `x === undefined` of it is
   * tested when the function runs, never folded (of any other number it is false).
   */
  readonly undefinable?: true;
  /**
   * A local standing for one element of a small array the source declares and never writes
   * (`c_0` of `const c = [1, -2, 0.5]`, frontend/small-arrays.ts): a name lowering made, not the
   * source's (ir/copies.ts propagateConstants).
   */
  readonly element?: true;
}

export type Atom =
  | { readonly kind: 'var'; readonly v: Var }
  /** A number, boolean or string constant; `named`: the constant the source named (`Math.PI`, `undefined`). */
  | { readonly kind: 'const'; readonly value: number | boolean | string; readonly named?: NamedConstant };

/** The properties of `T` that are numbers (`PI` of Math). */
type NumberKeys<T> = { [K in keyof T]: T[K] extends number ? K : never }[keyof T];

/**
 * A constant the language names, as the source spelled it: a property of Math or Number
 * (`Math.PI`, `Number.EPSILON`), or a global of its own (`NaN`, `Infinity`; `undefined`, whose
 * atom's value is a stand-in: an absent argument's NaN, an absent binding's false).
 */
export type NamedConstant =
  | { readonly object: 'Math'; readonly name: NumberKeys<Math> }
  | { readonly object: 'Number'; readonly name: NumberKeys<NumberConstructor> }
  | { readonly object?: undefined; readonly name: 'NaN' | 'Infinity' | 'undefined' };

/** How a named constant is spelled (`Math.PI`), for dumps and keys. */
export const constantText = (c: NamedConstant): string => (c.object === undefined ? c.name : `${c.object}.${c.name}`);

/** The value of a named constant. */
export function constantValue(c: NamedConstant): number | undefined {
  switch (c.object) {
    case 'Math': return Math[c.name];
    case 'Number': return Number[c.name];
    default: return c.name === 'NaN' ? NaN : c.name === 'Infinity' ? Infinity : undefined;
  }
}

/** Whether an atom is the source's `undefined` (an absent argument or binding). */
export const isUndefinedAtom = (a: Atom): a is Atom & { kind: 'const' } => a.kind === 'const' && a.named?.name === 'undefined';

/** Where a statement came from: 1-based position and the source statement's text. */
export interface Loc {
  readonly line: number;
  readonly column: number;
  readonly text: string;
  /** Of a statement inlined from another function: that function's name (for `// grad of` comments). */
  readonly fn?: string;
  /**
   * Of a statement inlined from a helper that returns an object, one of whose numbers `fn`
   * names (`step.a`): the helper's name as the source writes it (`step`), for diagnostics.
   */
  readonly helper?: string;
  /** Of a statement inlined from another module: that module's file (for source maps). */
  readonly file?: string;
}

/** `out = prim(args)`: one primitive operation. */
export interface Eq {
  readonly kind: 'eq';
  readonly out: Var;
  readonly prim: Prim;
  readonly args: readonly Atom[];
  readonly loc: Loc;
  /**
   * The value another primitive of the same arguments computes, on every path through this
   * one's block, that this one's partials read instead of computing it (`c = cos x` for
   * `s = sin x`, whose partial is c: ir/common.ts).
   */
  readonly sibling?: Var;
}

/** `target = value`: an overwrite of a mutable variable (`decl` on its first assignment). */
export interface Assign {
  readonly kind: 'assign';
  readonly target: Var;
  readonly value: Atom;
  readonly decl: boolean;
  readonly loc: Loc;
}

/** `array[index] = value`. */
export interface Store {
  readonly kind: 'store';
  readonly array: Var;
  readonly index: Atom;
  readonly value: Atom;
  readonly loc: Loc;
}

/** Typed arrays of floats: read and written as numbers (a Float32Array stores `Math.fround(v)`). */
export const floatArrayCtors = ['Float64Array', 'Float32Array'] as const;
/** Typed arrays of integers: they truncate or wrap what is stored, so their elements are inactive data. */
export const intArrayCtors = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array'] as const;
export type TypedArrayCtor = (typeof floatArrayCtors)[number] | (typeof intArrayCtors)[number];
/** What a new array is made with: `Array`, or a typed array's constructor. */
export type ArrayCtor = 'Array' | TypedArrayCtor;
const floatArrayCtorSet: ReadonlySet<string> = new Set<string>(floatArrayCtors);
const intArrayCtorSet: ReadonlySet<string> = new Set<string>(intArrayCtors);
/** Whether `name` is a typed array of floats' constructor. */
export const isFloatArrayCtor = (name: string): name is (typeof floatArrayCtors)[number] => floatArrayCtorSet.has(name);
/** Whether `name` is a typed array of integers' constructor. */
export const isIntArrayCtor = (name: string): name is (typeof intArrayCtors)[number] => intArrayCtorSet.has(name);
/** Whether `name` is a typed array's constructor. */
export const isTypedArrayCtor = (name: string): name is TypedArrayCtor => isFloatArrayCtor(name) || isIntArrayCtor(name);
/** Whether `name` makes an array: `Array` or a typed array's constructor. */
export const isArrayCtor = (name: string): name is ArrayCtor => name === 'Array' || isTypedArrayCtor(name);

/**
 * A new local array: `new Float64Array(length)` (zeros, or any typed array), `new Array(length).fill(fill)`,
 * `[]`, or a literal `[elements…]` (`new Float64Array([elements…])` for a typed array).
 */
export interface Alloc {
  readonly kind: 'alloc';
  readonly target: Var;
  /** `Array`, or the typed array's constructor (`Float64Array`, `Float32Array`, `Int32Array`, …). */
  readonly ctor: ArrayCtor;
  readonly length: Atom;
  readonly fill?: Atom;
  readonly elements?: readonly Atom[];
  /**
   * A module-level scratch buffer's local array (frontend/statements/module-scratch.ts): the
   * source allocates it once, so the generated code takes a fresh zeroed one from the runtime's
   * pool (`f64Zeros`), not a `new Float64Array` of its own at each call.
   */
  readonly scratch?: true;
  readonly loc: Loc;
}

/** `array.fill(value)`: overwrites every element. */
export interface Fill {
  readonly kind: 'fill';
  readonly array: Var;
  readonly value: Atom;
  readonly loc: Loc;
}

/** `array.push(value)`: a new last element. */
export interface Push {
  readonly kind: 'push';
  readonly array: Var;
  readonly value: Atom;
  readonly loc: Loc;
}

/** Elements `offset` … `offset + length − 1` of an array. */
export interface Window {
  readonly offset: Atom;
  readonly length: Atom;
}

/** A function the trace calls, and where its value and derivative come from. */
export interface Callee {
  readonly name: string;
  /** Absolute path of the module that defines it. */
  readonly file: string;
  /** Importable from its module (else tsgrad emits a private copy beside its vjp). */
  readonly exported: boolean;
  /**
   * Where `<name>_vjp` lives: `generated` (tsgrad differentiates the body), or `custom` (the
   * user, or tsgrad/runtime, wrote it next to the function: a registered derivative).
   */
  readonly vjp: 'generated' | 'custom' | 'none';
  /** The module specifier it was imported by, when it is not the caller's own module. */
  readonly specifier?: string;
  /**
   * The parameters' keys in the callee's `adj`, which are arrays, which strings (no adjoint, passed only to a callee
   * that is inlined) and which booleans (no adjoint, no key in its adj); `of`: one number of an object parameter of a
   * helper (`p: { k: number; c: number }`) or of its options object, passed one number per property (inlined, or
   * to a call left as a call, whose parameters are the properties'). `grown`: an array the callee grows
   * (`out.push(v)`), which tsgrad differentiates only where the callee is inlined.
   * `unused`: a number the callee's result (and what it writes) does not depend on, through
   * arithmetic: a depth, an index (link/constant-params.ts); its adjoint is zero. `noRevKey`:
   * no key in the adj of the callee's split `g_rev` (reverse/split.ts splitAdjParams): unused,
   * constant (Param.constant), or not differentiated (an integer array, `--wrt`).
   * `elementsUnread`: an array whose elements neither the callee nor its generated reverse
   * reads (link/unread-arrays.ts): a call writing it needs no save of it for the callee.
   */
  readonly params: readonly { readonly key: string; readonly array: boolean; readonly string?: true; readonly boolean?: true; readonly of?: string; readonly unused?: true; readonly noRevKey?: true; readonly elementsUnread?: true; readonly grown?: true }[];
  readonly returnsNumber: boolean;
  /** A predicate (`isOdd(n)`, a package's `isnan`): returns a boolean; always inlined, it has no vjp. */
  readonly returnsBoolean?: true;
  /**
   * One number of the object a helper returns (`sunCoords(d).ra`): the call computes that
   * property (its name is `sunCoords.ra`, projectedName); always inlined, it has no vjp.
   */
  readonly projection?: Projection;
  /** Returns a new array (`numbers(vals)`): always inlined, the caller's local array; it has no vjp. */
  readonly returnsArray?: true;
  /** Its body (or that of a function it calls) has a `throw` statement. */
  readonly mayThrow?: true;
  /** Imported as its module's default export (`import g from 'm'`, or `export =`). */
  readonly importDefault?: boolean;
  /** Of a registered derivative declared elsewhere than beside the function (for a package's function): its file. */
  readonly vjpFile?: string;
  /**
   * The generated code cannot name it (exported only as `default` or under another name, or
   * named like a function of the calling module): it must be inlined, as a package's function
   * is; a call left after inlining is reported with this message.
   */
  readonly inlineOnly?: { readonly message: string; readonly hint: string; /** the message is followed by why the inliner kept the call (else: recursive) */ readonly why?: true };
  /** Its derivative is tsgrad/runtime's `<name>_vjp` (an elementary function of a package). */
  readonly vjpRuntime?: boolean;
}

/**
 * `out = callee(args)` (or a call for its effect): the forward sweep calls the function, the
 * reverse sweep calls its `_vjp`. `writes`: indices of array arguments the callee writes.
 */
export interface Call {
  readonly kind: 'call';
  readonly callee: Callee;
  readonly args: readonly Atom[];
  readonly out?: Var;
  readonly writes: readonly number[];
  /** Of `writes`, those the callee never reads: only their new contents matter to it. */
  readonly pure: readonly number[];
  /**
   * Per argument, a window (`x.subarray(a, b)`): the argument is the whole array `x`, and the
   * callee gets its elements offset … offset + length − 1. (Inlining reads and writes `x`
   * itself at shifted indices; a call passes `x.subarray(offset, offset + length)`.)
   */
  readonly windows?: readonly (Window | undefined)[];
  readonly loc: Loc;
  /** The call expression's own position (for a diagnostic found after lowering). */
  readonly at: { readonly line: number; readonly column: number; readonly length: number };
  /**
   * Of a call inlined from another function: where it is in the source, and the function called
   * here whose body (inlined) brought it: `at` is the position of that call.
   */
  readonly origin?: { readonly file: string; readonly line: number; readonly column: number; readonly via: string };
}

export interface If {
  readonly kind: 'if';
  readonly cond: Atom;
  readonly then: Block;
  readonly else: Block;
  readonly loc: Loc;
}

/**
 * `for (let index = from; index < to; index += step) body` (or `<=`, or a negative step
 * with `>`/`>=`), with bounds evaluated once before the loop and an index the body never
 * assigns: reversed by counting back, no tape.
 */
export interface For {
  readonly kind: 'for';
  readonly index: Var;
  readonly from: Atom;
  readonly to: Atom;
  readonly step: number;
  readonly inclusive: boolean;
  readonly body: Block;
  readonly loc: Loc;
  /**
   * `@checkpoint` before the loop: differentiated by binomial checkpointing (reverse/checkpoint.ts),
   * with the directive's number of snapshots, if it gives one.
   */
  readonly checkpoint?: { readonly snapshots?: number };
}

/** `for (;;) { pre; if (!cond) break; body }`: any loop; its trip count is recorded. */
export interface While {
  readonly kind: 'while';
  readonly pre: Block;
  readonly cond: Atom;
  readonly body: Block;
  /**
   * At most this many iterations pass the test (a `for (let n = 1; n <= ITMAX; n++)` that a
   * `break` may leave early: its header bounds it, frontend/statements/loops.ts headerBound),
   * so that the forward sweep reserves the tape once before it (reverse/stack.ts).
   */
  readonly most?: number;
  readonly loc: Loc;
}

/** The error constructors a differentiated function may throw (JavaScript's own). */
export const errorConstructors = ['Error', 'RangeError', 'TypeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError'] as const;
export type ErrorConstructor = (typeof errorConstructors)[number];

/**
 * `throw new RangeError(message)`, or `throw message`: leaves the function and its callers (the
 * vjp throws it where the function would; nothing after it runs, its reverse is empty).
 */
export interface Throw {
  readonly kind: 'throw';
  /** The error constructor; undefined for a thrown string. */
  readonly error?: ErrorConstructor;
  /** The message: text, and numbers or booleans, concatenated; undefined for `new Error()`. */
  readonly message?: readonly (string | Atom)[];
  readonly loc: Loc;
}

/**
 * `console.log(a, b)` (or `warn`, `error`, `info`, `debug`) as a statement: kept in the forward
 * sweep as written, runs when the function would, and no derivative depends on it.
 */
export interface Log {
  readonly kind: 'log';
  readonly method: string;
  /** Each argument: a value, or text and values concatenated (`\`s = ${s}\``, as a throw's message). */
  readonly args: readonly (readonly (string | Atom)[])[];
  readonly loc: Loc;
}

export type Stmt = Eq | Assign | Store | Alloc | Fill | Push | Call | If | For | While | Throw | Log;
export type Block = readonly Stmt[];

export interface Param {
  readonly v: Var;
  /** The parameter's name in the source: its key in `adj` and `grad`. */
  readonly key: string;
  /**
   * The parameter's declared type, as far as tsgrad cares: `Float64Array` stands for every
   * array of floats that is not a plain `number[]` (Float32Array, ArrayLike<number>, unions);
   * `intArray` for an integer typed array (read as inactive data: no key in `grad`).
   */
  readonly tsType: 'number' | 'Float64Array' | 'number[]' | 'intArray' | 'other';
  /** Gets a key in `grad`: numbers and arrays of numbers. */
  readonly differentiable: boolean;
  /**
   * Of a function its module does not export, a number every call passes a value that does not
   * depend on the differentiated inputs (an index, a depth: link/constant-params.ts): activity
   * analysis leaves it unvaried. It keeps its key in `adj`, which nothing adds into.
   */
  readonly constant?: true;
  /**
   * A number the function's result (and what it writes) does not depend on through arithmetic
   * (link/constant-params.ts; its callers' Callee.params say `unused`): its adjoint is zero.
   * Like a constant one, it has no key in the adj of the split `f_rev` (reverse/split.ts).
   */
  readonly unused?: true;
  /**
   * An array whose elements the function never reads, nor any callee it passes it to
   * (link/unread-arrays.ts; its callers' Callee.params say `elementsUnread`): its reverse
   * sweep reads none of them, so its split `f_fwd` records none of them (reverse/split.ts).
   */
  readonly elementsUnread?: true;
  /** The type annotation as written, reused in the generated signature. */
  readonly typeText: string;
  /**
   * Declared with a default value (`k = 2`): still positional; passed `undefined` (or left
   * out where it is last), it takes that value, which the function's trace computes first.
   */
  readonly defaulted?: boolean;
  /** Of an enum's parameter, numeric or string, or a union of string literals: the values it takes (its members'). */
  readonly values?: readonly (number | string)[];
  /**
   * An options object (`options: { units?: Units } = {}`): passed through whole, its type
   * written out in `typeText`; the function reads its properties (`field`), constants of the call.
   */
  readonly options?: true;
  /**
   * An array of rows of numbers (`A: number[][]`, `Float64Array[]`): this parameter is their
   * elements copied into one flat array, row after row, and `starts` the parameter that says
   * where each row starts (an Int32Array of rows + 1 offsets, the last the total). The function
   * is differentiated over the flat array; its exported forms (emit/rows.ts) take the rows and
   * copy them (frontend/row-arrays.ts).
   */
  readonly rows?: RowsParam;
  /** The row starts of the array of rows whose flat parameter's key this is (see `rows`). */
  readonly startsOf?: string;
}

/** What the generated signatures say of an array of rows (Param.rows). */
export interface RowsParam {
  /** The parameter's type as declared (`readonly number[][]`). */
  readonly typeText: string;
  /** Its gradient's rows: `number[]` where every row is a `number[]`, else `Float64Array`. */
  readonly rowType: 'number[]' | 'Float64Array';
  /** The parameter holding the row starts. */
  readonly starts: Var;
}

/**
 * An array parameter that may be left out: optional (`w?: Float64Array`, `w: number[] |
 * undefined`) or with a default (`w = new Float64Array(n)`). Its argument may be undefined
 * (its length is then 0: its `grad` entry is an empty array); the function reads a local bound
 * to it (frontend/statements/optional-arrays.ts).
 */
export function mayBeAbsentArray(p: Param): boolean {
  return p.defaulted === true && p.v.type === 'f64[]';
}

/** An array parameter's length as generated code reads it (of one that may be left out, 0 where it is). */
export function paramLengthText(p: Param): string {
  return mayBeAbsentArray(p) ? `${p.v.name} === undefined ? 0 : ${p.v.name}.length` : `${p.v.name}.length`;
}

/**
 * A module-level constant table of numbers (`const C = [1, 2.5]`, `new Float64Array([…])`),
 * read by the function as the array `v`: the generated module declares a copy of it.
 */
export interface Table {
  readonly v: Var;
  /** `Object`: a constant object of numbers (`const factors = { km: 6371, … }`), looked up by a string. */
  readonly ctor: 'Float64Array' | 'Array' | 'Object';
  readonly values: readonly number[];
  /** Of an object: its keys, one per value. */
  readonly keys?: readonly string[];
}

/**
 * One number of what a function returns, which a trace of its own computes: the function's own
 * name (`of`) and the property (`key`: `ra` of `sunCoords(d).ra`; facts.ts's `$absent` or
 * `$value` of a function returning `number | undefined`). The trace's name joins them
 * (names.ts's projectedName): a name, which no pass reads back; passes read these fields.
 */
export interface Projection {
  readonly of: string;
  readonly key: string;
}

/** One function's trace: parameters, body, and the atom it returns (undefined for `void`). */
export interface Func {
  readonly name: string;
  readonly params: readonly Param[];
  readonly body: Block;
  readonly result: Atom | undefined;
  /** Every variable of the function, params first. */
  readonly vars: readonly Var[];
  /** The names given out so far; the reverse phase continues from them. */
  readonly names: Names;
  /** Exported (callable by other modules, and the contract's `f_grad` when it returns a number). */
  readonly exported: boolean;
  /** Its callers may inline it (not tagged `@noinline` in its doc comment). */
  readonly inlinable: boolean;
  readonly returnsNumber: boolean;
  /**
   * Of a function returning `number | undefined` or `number | null`: the flag set on the paths
   * that return that value (where `result` holds a constant), and which value it is.
   */
  readonly absent?: { readonly flag: Var; readonly value: 'undefined' | 'null' };
  /** The constant tables it reads (module-level arrays of numbers). */
  readonly tables?: readonly Table[];
  /** A predicate: its result is a boolean (inlined into its callers; no vjp of its own). */
  readonly returnsBoolean?: true;
  /**
   * Of a helper that returns an object of numbers: the property this trace computes (the
   * function is named `helper.property`, projectedName; inlined into its callers, no vjp of its own).
   */
  readonly projection?: Projection;
  /** Its result is an array (inlined into its callers, where it is a local array; no vjp of its own). */
  readonly returnsArray?: true;
  /** Parameters (arrays) the function writes into. */
  readonly writes: readonly Var[];
  /**
   * Pairs of array parameters (indices) that the trace assumes are different arrays: a load of
   * one reused across a write to the other. A call passing one array for both is not inlined.
   */
  readonly distinct?: readonly (readonly [number, number])[];
  /** Of those, the ones it never reads: its vjp need not hand them back as it found them. */
  readonly pureOutputs: readonly Var[];
  readonly loc: Loc;
}
