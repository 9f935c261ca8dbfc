/**
 * The fuzzer's own program representation: small modules of functions over numbers and arrays.
 * It is printed to TypeScript (print.ts) and interpreted with dual numbers (interpret.ts); it
 * shares nothing with the compiler's IR.
 */

/** Array types a parameter or local may have. */
export type ArrKind = 'f64' | 'list' | 'f32' | 'i32' | 'u8' | 'union' | 'arraylike';

export type BinOp =
  | '+' | '-' | '*' | '/' | '%' | '**'
  | '<' | '<=' | '>' | '>=' | '===' | '!=='
  | '&&' | '||' | '??'
  | '&' | '|' | '^' | '<<' | '>>' | '>>>';

export type Expr =
  | { k: 'lit'; v: number }
  | { k: 'ref'; name: string }
  | { k: 'elem'; arr: string; idx: Expr }
  | { k: 'len'; arr: string }
  | { k: 'un'; op: '-' | '!' | '~'; e: Expr }
  | { k: 'bin'; op: BinOp; l: Expr; r: Expr }
  /** `Math.fn(...)`, or `fn(...)` when `bare` (a name destructured from Math). */
  | { k: 'math'; fn: string; args: Expr[]; bare?: boolean }
  | { k: 'cond'; c: Expr; t: Expr; f: Expr }
  /** A call of a user function (of this module or imported), or of a runtime kernel. */
  | { k: 'call'; fn: string; args: Arg[] }
  /** `typeof e === 'number'` and `Number.isInteger/isNaN/isFinite(e)`. */
  | { k: 'test'; fn: 'typeof' | 'isInteger' | 'isNaN' | 'isFinite'; e: Expr }
  /** `true` (a `while (true)` loop's condition, a flag passed to a helper) and `false` (a flag). */
  | { k: 'true' }
  | { k: 'false' }
  /** `undefined` passed for an optional flag parameter of a helper. */
  | { k: 'undefined' }
  /** `...a` or `...a.subarray(from, to)`: an argument of Math.min/max only. */
  | { k: 'spread'; arr: string; window?: [number, number] }
  /**
   * `{ a: e, b: e }`: an object of numbers (the `objects` feature), as a helper returns it or a
   * local starts. Its properties are read as refs named `o.a` (printed as written).
   */
  | { k: 'obj'; fields: { name: string; e: Expr }[] }
  /**
   * `new Pt(e, e)`: an instance of a class of the module (the `classes` feature), its fields in
   * order; of a classOrder class, its constructor's arguments (`self`: printed `new this(…)`, in
   * a static method of that class).
   */
  | { k: 'new'; cls: string; args: Expr[]; self?: boolean }
  /** `Co0.of(a, b)`: a static method of a classOrder class, called on the class that declares it. */
  | { k: 'scall'; cls: string; method: string; args: Expr[] }
  /** `v.m2(…)`: a method of the class of the object variable `obj`, called on it. */
  | { k: 'mcall'; obj: string; method: string; args: Arg[] }
  /** `(s = e)`: an assignment inside an expression, its value e (the `assignInExpr` feature). */
  | { k: 'set'; name: string; e: Expr }
  /** `ms[row][idx]` and `ms[row].length` of an array of rows (the `nestedArrays` feature). */
  | { k: 'relem'; arr: string; row: Expr; idx: Expr }
  | { k: 'rlen'; arr: string; row: Expr };

/**
 * An argument: an expression, an array variable, a window `a.subarray(from, to)`, or a
 * temporary array made where it is passed (`h([x, y])`, `h(new Float64Array(3))`).
 */
export type Arg = Expr | { k: 'arr'; name: string; window?: [number, number] } | { k: 'tmp'; kind: ArrKind; init: ArrInit }
  /** An object of numbers passed on whole (`step(s, p)`): the same object, as JavaScript passes it. */
  | { k: 'objref'; name: string };

export type ArrInit =
  | { k: 'zeros'; len: number }                       // new Float64Array(n), new Int32Array(n), ...
  | { k: 'fill'; len: number; v: number }             // new Array(n).fill(v)
  | { k: 'literal'; elems: Expr[] }                   // [a, b] or new Float64Array([a, b])
  | { k: 'empty' }                                    // [] (then push)
  | { k: 'window'; arr: string; from: number; to: number } // a.subarray(from, to)
  /** A copy: a.slice(), a.slice(from, to), Float64Array.from(a), new Float64Array(a), Array.from(a). */
  | { k: 'copy'; arr: string; how: 'slice' | 'from' | 'new' | 'arrayFrom'; from?: number; to?: number }
  /**
   * A sorted copy (the sorting feature): `a.slice().sort(cmp)`, `[...a].sort(cmp)`,
   * `Array.from(a).sort(cmp)`, `Float64Array.from(a).sort(cmp)` and `.sort()` (order 0, a typed
   * array's default sort), `a.toSorted(cmp)`; `inPlace`: the copy declared, then sorted as a
   * statement (`const s = a.slice(); s.sort(cmp);`). `order`: 1 for `(a, b) => a - b`, -1 for
   * `(a, b) => b - a`; `block`: the comparator's body a block `{ return a - b; }`.
   */
  | { k: 'sorted'; arr: string; how: 'slice' | 'spread' | 'arrayFrom' | 'from' | 'toSorted'; order: 1 | -1 | 0; block?: boolean; inPlace?: boolean }
  /** `c ? a : b` over two array variables (the array itself, not a copy). */
  | { k: 'cond'; c: Expr; a: string; b: string }
  /** What a helper returning an array returns (`const d = mk(xs, p)`). */
  | { k: 'call'; fn: string; args: Arg[] }
  /** A row of an array of rows, named (`const r = ms[0]`, or its last, `ms[ms.length - 1]`): the nestedArrays feature. */
  | { k: 'row'; arr: string; last: boolean; at?: Expr };

/**
 * How a local array of rows starts (the localRows feature): rows written out, of any lengths
 * (`[[a, b], [c]]`, typed `: number[][]` or inferred), `Array.from({ length: count }, () => new
 * Array(width).fill(v))` (or `new Float64Array(width)`, zeros), or `[]` that rows are pushed onto.
 */
export type RowsInit =
  | { k: 'rlit'; rows: Expr[][]; typed: boolean }
  | { k: 'rfrom'; count: number; width: number; v: number; f64?: boolean }
  | { k: 'rempty' };

/** A row pushed onto a local array of rows: written out (`[a, b]`) or `new Array(width).fill(v)`. */
export type RowMake = { k: 'relems'; elems: Expr[] } | { k: 'rfill'; width: number; v: number };

export type Stmt =
  | { k: 'decl'; kw: 'let' | 'const' | 'var'; name: string; init?: Expr; bool?: boolean; number?: boolean }
  /** (`setter`: a private field of an instance, `v.x op= e` printed `v.setX(v.x op (e))`, the privateFields feature; without it, a class with accessors is written `v.x op= e` through its setter) */
  | { k: 'assign'; name: string; op: '=' | '+=' | '-=' | '*='; e: Expr; setter?: boolean }
  | { k: 'incr'; name: string; op: '++' | '--' }
  | { k: 'arrdecl'; kw: 'let' | 'const'; name: string; kind: ArrKind; init: ArrInit }
  | { k: 'store'; arr: string; idx: Expr; op: '=' | '+=' | '-=' | '*='; e: Expr }
  | { k: 'push'; arr: string; e: Expr }
  /** `a.fill(v)`, or `a.fill(e)` with `e` (the moduleScratch feature's `S.fill(e)`, e evaluated once). */
  | { k: 'fillstmt'; arr: string; v: number; e?: Expr }
  /** A local array of rows (the localRows feature), a row pushed onto it, `m[row][idx] op= e`, `m[row][idx]++`. */
  | { k: 'rowsdecl'; kw: 'let' | 'const'; name: string; rows: RowsInit }
  | { k: 'rowpush'; arr: string; row: RowMake }
  | { k: 'rstore'; arr: string; row: Expr; idx: Expr; op: '=' | '+=' | '-=' | '*='; e: Expr }
  | { k: 'rincr'; arr: string; row: Expr; idx: Expr }
  /** (`from` an array of rows too, the localRows feature's `P = next`) */
  | { k: 'rebind'; name: string; from: string }
  | { k: 'destruct'; names: string[]; from: string } // const [a, b] = arr; from 'Math': const { sin } = Math
  | { k: 'if'; c: Expr; then: Stmt[]; else?: Stmt[] }
  /** `ckpt`: preceded by a `@checkpoint` doc comment (binomial checkpointing). */
  | { k: 'for'; label?: string; v: string; from: number; to: Expr; step: number; body: Stmt[]; ckpt?: boolean }
  /**
   * `entries`: `for (const [i, v] of a.entries())`, `i` the index. `each`: printed as
   * `a.forEach((v, i) => { … })`, which means the same loop (its body never jumps out of it).
   */
  | { k: 'forof'; label?: string; v: string; arr: string; body: Stmt[]; entries?: string; each?: boolean }
  | { k: 'while'; label?: string; c: Expr; body: Stmt[] }
  | { k: 'dowhile'; label?: string; c: Expr; body: Stmt[] }
  | { k: 'switch'; e: Expr; cases: { v: number | null; body: Stmt[] }[] }
  | { k: 'break' | 'continue'; label?: string }
  | { k: 'return'; e?: Expr }
  | { k: 'throw'; ctor: 'Error' | 'RangeError'; msg: string }
  | { k: 'callstmt'; fn: string; args: Arg[] }
  /**
   * An object of numbers (the `objects` feature): `const o = mk(…)`, `let s: { a: number; b: number }
   * = { a: …, b: … }`, or with `names`, `const { a: d0, b: d1 } = mk(…)` (the properties, in
   * `fields` order, bound to numbers).
   */
  | { k: 'objdecl'; kw: 'let' | 'const'; name: string; fields: string[]; init: Expr; names?: string[]; cls?: string }
  /** `s = step(s, p)`: a `let` object variable bound to another object. */
  | { k: 'objset'; name: string; init: Expr };

export interface Param {
  name: string;
  /**
   * 'num', an array kind, 'flag': a boolean of a helper (`on?: boolean`, `on = false`), tested in
   * conditions, or 'obj': an object of numbers with `fields` (`s: { a: number; b: number }`).
   */
  ty: 'num' | ArrKind | 'flag' | 'obj' | 'rows';
  /**
   * 'rows': an array of rows of numbers (the `nestedArrays` feature), of these lengths and this
   * declared type; its inputs are its numbers row after row, `len` of them (check.ts cuts them into rows).
   */
  rows?: { lens: number[]; type: 'number[][]' | 'Float64Array[]' | 'readonly number[][]' };
  fields?: string[];
  /** 'obj': an instance of this class of the module (`o: Pt`), not a plain object. */
  cls?: string;
  /** Arrays: the length the inputs have. */
  len?: number;
  /** Numbers used as counts: inputs are small integers. */
  int?: boolean;
  /** A default value (`k = 2`). */
  dflt?: number;
  /** A default expression of a classOrder method's number parameter (`scale: number = this.k`), evaluated at the call in the method's own scope. */
  dfltExpr?: Expr;
  /** A flag's default (`on = true`); a flag without one is optional (`on?: boolean`). */
  flagDefault?: boolean;
  /** An index a recursion advances (`i` of `r(xs, i + 1)`): callers pass 0 or 1. */
  index?: boolean;
}

/** A function whose derivative the program registers (`g_vjp` beside `g`): value c·x² + sin(y). */
export interface Registered { c: number }

export interface Fn {
  name: string;
  params: Param[];
  /** 'arr': returns a new array of `retArr`'s kind and length (a helper its callers inline). */
  ret: 'num' | 'void' | 'bool' | 'arr' | 'obj';
  retArr?: { kind: 'f64' | 'list'; len: number };
  /** 'obj': the properties of the object of numbers it returns (a helper of the `objects` feature). */
  retFields?: string[];
  /** 'obj': an instance of this class (a method returning `new Pt(…)`). */
  retCls?: string;
  /** Printed as `const name = (…): T => { … };` (an arrow function held in a module constant). */
  arrow?: boolean;
  /**
   * Made by a factory called with a constant (the `factories` feature): `const name = (function
   * (fa: number) { return function name(…) { … }; })(0.75)` (d3-ease's IIFEs), or a maker function
   * returning an arrow, `const name = make_name(0.75)`. The body reads `param` as that constant.
   */
  factory?: { param: string; value: number; form: 'iife' | 'maker' };
  body: Stmt[];
  exported: boolean;
  /** Body not interpreted: a registered derivative (printed from a template). */
  registered?: Registered;
  /** Features this function uses (for the summary table and the profiles). */
  features: string[];
  /**
   * The diagnostic tsgrad must refuse this function with (the classOrder feature's field read
   * before its constructor assigns it, which JavaScript reads as undefined): compiled, it fails.
   */
  refuse?: string;
  /** The form a refused-by-design function has (the moduleScratch feature's: 'read first', 'partial fill'…), for the failure's text. */
  refuseWhy?: string;
}

/**
 * How a module imports names: `import { a, b } from` (named, the default), `import * as ns from`
 * (namespace: the names are used as `ns.a`), `import a from` (default: one name, the function
 * the other module exports as its default), or `export { a, b } from` (a re-export).
 */
export type ImportStyle = 'named' | 'namespace' | 'default' | 'reexport';

/**
 * A class of numbers (the `classes` feature): public fields, a constructor taking them in order
 * (as parameter properties, `constructor(public x: number, …)`, or assigned in its body), and
 * methods. A method is a Fn whose first parameter is `this` (ty 'obj', cls the class), not printed:
 * its body reads `this.x`.
 */
export interface ClassDef {
  name: string;
  fields: string[];
  paramProps: boolean;
  /** Fields declared `#x`, each read outside the class through a getter `get x()` (the `privateFields` feature). */
  priv?: boolean;
  /** Of a class with priv: a setter `set x(v)` beside each getter, in place of the method `setX(v)` (the `setters` feature). */
  accessors?: boolean;
  /** Printed as a base class `${name}B` (fields, constructor, first method) and `${name} extends ${name}B` (the other methods): the `inheritance` feature. */
  split?: boolean;
  methods: Fn[];
}

/**
 * A class of the classOrder feature, whose construction order matters: under the fuzz harness's
 * configuration (target ES2022, useDefineForClassFields not set: class fields as ES2022 defines
 * them) `new C(…)` runs `super(…)` (its arguments read the parameters), then C's field
 * initialisers in order (each reads `this` as built so far), then C's parameter properties, then
 * its body's `this.f = e` in order (reading the parameters and `this`).
 */
export interface OrderClass {
  name: string;
  /** The classOrder class it extends (printed before it). */
  base?: string;
  superArgs?: Expr[];
  /** Constructor parameters; `prop`: a parameter property (`readonly w: number`). */
  params: { name: string; prop?: boolean }[];
  /** Fields in order: with an initialiser (`readonly k = e`) or declared only (`readonly area: number;`); `mutable`: not readonly. */
  fields: { name: string; init?: Expr; mutable?: boolean }[];
  body: { name: string; e: Expr }[];
  /** `get g(): number { return e; }` (e reads `this`). */
  getters: { name: string; e: Expr }[];
  /** `set g(v: number) { … }` (its statements read `v` and `this`). */
  setters: { name: string; body: Stmt[] }[];
  /** Methods (first parameter `this`, not printed) and static methods (none). */
  methods: Fn[];
  statics: Fn[];
}

export interface Module {
  name: string;
  /** Classes of the classOrder feature (not exported), printed after `classes`. */
  orderClasses?: OrderClass[];
  /** Classes of the module (not exported: its functions use them). */
  classes?: ClassDef[];
  /** `scratch`: a module-level buffer `const S = new Float64Array(n)` its functions write and read. */
  consts: { name: string; v: number | number[]; exported: boolean; scratch?: boolean }[];
  imports: { from: string; names: string[]; style?: ImportStyle }[];
  /** The function the module also exports as `export default`. */
  defaultExport?: string;
  /** Runtime kernels imported from tsgrad/runtime. */
  kernels: string[];
  fns: Fn[];
}

/** The module that defines `name` as seen from `m`, following imports and re-exports. */
export function definer(modules: Module[], m: Module, name: string): Module | undefined {
  if (m.fns.some((f) => f.name === name) || m.consts.some((c) => c.name === name)) return m;
  const imp = m.imports.find((i) => i.names.includes(name));
  const from = imp && modules.find((x) => x.name === imp.from);
  return from && from !== m ? definer(modules, from, name) : undefined;
}

/** A tested function: an exported function returning a number, and the inputs to check it at. */
export interface Target {
  index: number;
  module: string;
  fn: string;
  inputs: Input[][];
}

export type Input = number | number[] | Float64Array | Float32Array;

/** A group of modules compiled together. */
export interface Group {
  modules: Module[];
  targets: Target[];
}
