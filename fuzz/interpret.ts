/**
 * The reference: an interpreter of the fuzzer's AST with dual numbers (forward mode, one tangent
 * direction per scalar input entry, all carried at once). It also records a trace of every
 * discrete decision (comparisons, min/max choices, floor values, integer conversions), so that a
 * finite difference can be trusted only where that trace does not change.
 */
import type { Arg, ArrKind, Expr, Fn, Input, Module, OrderClass, Param, Stmt } from './ast.js';

/** The runtime kernels' primal values, taken from the runtime itself (the primal calls them). */
export interface Kernels {
  sum(a: Float64Array): number;
  dot(a: Float64Array, b: Float64Array): number;
  logsumexp(a: Float64Array): number;
  sigmoid(x: number): number;
  softmax(a: Float64Array, out: Float64Array): void;
}

type Tan = Float64Array | null;

/**
 * A partial times a tangent, where a zero factor makes the term zero, not ∞ · 0 = NaN: an
 * infinite sentinel's partial along a direction it does not move in, exp(−∞)'s zero partial
 * times an infinite tangent (the sentinels feature; tsgrad's f_jvp guards those terms).
 */
const times = (partial: number, tangent: number): number => {
  const p = partial * tangent;
  return p !== p && (partial === 0 || tangent === 0) ? 0 : p;
};
interface Dual { v: number; d: Tan }
interface Arr { kind: ArrKind; vals: number[] | Float64Array | Float32Array | Int32Array | Uint8Array; tans: { t: Tan[] }; off: number }
/**
 * An object of numbers (the `objects` feature): its properties, shared by every name bound to it.
 * An instance of a classOrder class also has its class (`oc`, the one it was made with: its
 * getters, setters and methods are looked up from there to its bases, as JavaScript does) and
 * module; a property it does not have yet reads as undefined does in arithmetic, NaN.
 */
interface Obj { props: Map<string, Dual>; oc?: OrderClass; m?: Module }
/** An array of rows (the `nestedArrays` feature): each row a window of one array of numbers, whose tangents they share. */
interface Rows { rows: Arr[]; tans: { t: Tan[] } }
type Val = Dual | boolean | Arr | Obj | Rows;

/** The program thrown an error (a `throw` statement of the program). */
export class ProgramThrow extends Error {
  constructor(readonly ctor: string, msg: string) { super(msg); }
}
/** The generated program is not what the generator meant (out of range index, too many steps). */
export class InvalidProgram extends Error {}

type Completion = undefined | { k: 'break' | 'continue'; label?: string } | { k: 'return'; v?: Val };

const isArr = (v: Val): v is Arr => typeof v === 'object' && 'vals' in v;
const isDual = (v: Val): v is Dual => typeof v === 'object' && 'v' in v;
const isObj = (v: Val): v is Obj => typeof v === 'object' && 'props' in v;
const isRows = (v: Val): v is Rows => typeof v === 'object' && 'rows' in v;

export interface Result { value: number; grad: number[]; trace: number[] }

/** Differentiable parameters and their flattened entries (the order of `grad`). */
export function gradEntries(f: Fn): { param: number; len: number }[] {
  const out: { param: number; len: number }[] = [];
  f.params.forEach((p, i) => {
    if (p.ty === 'num') out.push({ param: i, len: 1 });
    else if (p.ty !== 'i32' && p.ty !== 'u8' && p.ty !== 'flag' && p.ty !== 'obj') out.push({ param: i, len: p.len! });
  });
  return out;
}

export function copyInput(x: Input): Input {
  if (typeof x === 'number') return x;
  if (Array.isArray(x)) return x.slice();
  return x.slice() as Float64Array | Float32Array;
}

export class Interpreter {
  private steps = 0;
  private trace: number[] = [];
  private P = 0;
  private readonly byName = new Map<string, Module>();
  /** Module-level scratch buffers (`const S = new Float64Array(n)`), kept between calls as JavaScript keeps them. */
  private readonly scratch = new Map<string, Arr>();

  constructor(modules: Module[], private readonly kernels: Kernels) {
    for (const m of modules) this.byName.set(m.name, m);
  }

  /**
   * Runs `fn` of `module` at `inputs`; with `tangents`, derivatives along every input entry.
   * Throws ProgramThrow when the program throws.
   */
  run(module: string, fn: string, inputs: Input[], tangents: boolean, direction?: number[]): Result {
    const m = this.byName.get(module)!;
    const f = m.fns.find((g) => g.name === fn)!;
    const entries = gradEntries(f);
    const P = direction ? 1 : tangents ? entries.reduce((s, e) => s + e.len, 0) : 0;
    this.P = P;
    this.steps = 0;
    this.trace = [];
    // (what a scratch buffer holds from an earlier call is a constant of this one: no tangent)
    for (const a of this.scratch.values()) a.tans.t.fill(null);
    const args: Val[] = inputs.map((x, i) => this.wrapInput(copyInput(x), f.params[i]!));
    let k = 0;
    if (P) {
      for (const e of entries) {
        const a = args[e.param]!;
        for (let j = 0; j < e.len; j++, k++) {
          const t = new Float64Array(P);
          if (direction) t[0] = direction[k]!;
          else t[k] = 1;
          if (isArr(a) || isRows(a)) a.tans.t[j] = t;
          else (a as Dual).d = t;
        }
      }
    }
    const r = this.call(m, f, args);
    if (!isDual(r)) throw new InvalidProgram('function did not return a number');
    const grad = new Array<number>(P).fill(0);
    if (r.d) for (let i = 0; i < P; i++) grad[i] = r.d[i]!;
    return { value: r.v, grad, trace: this.trace };
  }

  private wrapInput(x: Input, p: Param): Val {
    if (typeof x === 'number') return { v: x, d: null };
    const ty = p.ty;
    if (ty === 'rows') {
      // (its numbers row after row: row i a window at the sum of the lengths before it)
      const flat = Float64Array.from(x);
      const tans = { t: new Array<Tan>(flat.length).fill(null) };
      let at = 0;
      return { tans, rows: p.rows!.lens.map((n) => { const row: Arr = { kind: 'f64', vals: flat.subarray(at, at + n), tans, off: at }; at += n; return row; }) };
    }
    const kind = (ty === 'num' ? 'f64' : ty) as ArrKind;
    return { kind, vals: x, tans: { t: new Array<Tan>(x.length).fill(null) }, off: 0 };
  }

  // --- dual arithmetic -------------------------------------------------------------------------

  private lin(a: Tan, ca: number, b: Tan, cb: number): Tan {
    if (!a && !b) return null;
    const d = new Float64Array(this.P);
    if (a) for (let i = 0; i < this.P; i++) d[i] = times(ca, a[i]!);
    if (b) for (let i = 0; i < this.P; i++) d[i] = d[i]! + times(cb, b[i]!);
    return d;
  }

  private dual(v: Val): Dual {
    if (isDual(v)) return v;
    if (typeof v === 'boolean') return { v: v ? 1 : 0, d: null };
    throw new InvalidProgram('array used as a number');
  }

  private note(x: number | boolean): void {
    this.trace.push(typeof x === 'boolean' ? (x ? 1 : 0) : x);
  }

  private truthy(v: Val): boolean {
    const t = typeof v === 'boolean' ? v : isDual(v) ? (v.v !== 0 && !Number.isNaN(v.v)) : true;
    this.note(t);
    return t;
  }

  private tick(): void {
    if (++this.steps > 200000) throw new InvalidProgram('too many steps');
  }

  // --- calls -----------------------------------------------------------------------------------

  private resolve(from: Module, name: string): { m: Module; f?: Fn; c?: number | number[] } {
    const f = from.fns.find((g) => g.name === name);
    if (f) return { m: from, f };
    const c = from.consts.find((g) => g.name === name);
    if (c) return { m: from, c: c.v };
    for (const imp of from.imports) {
      if (imp.names.includes(name)) return this.resolve(this.byName.get(imp.from)!, name);
    }
    throw new InvalidProgram(`unknown name ${name}`);
  }

  private call(m: Module, f: Fn, args: Val[]): Val {
    this.tick();
    if (f.registered) {
      const x = this.dual(args[0]!);
      const y = this.dual(args[1]!);
      const c = f.registered.c;
      return { v: c * (x.v * x.v) + Math.sin(y.v), d: this.lin(x.d, 2 * c * x.v, y.d, Math.cos(y.v)) };
    }
    const env = new Map<string, Val>();
    if (f.factory) env.set(f.factory.param, { v: f.factory.value, d: null });
    f.params.forEach((p, i) => {
      const a = args[i];
      if (p.ty === 'flag') env.set(p.name, a === undefined ? p.flagDefault ?? false : a);
      else if (p.ty === 'obj') {
        if (a === undefined || !isObj(a)) throw new InvalidProgram(`${p.name} is not an object`);
        env.set(p.name, a);
      }
      // (a default expression is evaluated at the call, in the callee's scope: `this` is its receiver)
      else if (a === undefined && p.dfltExpr) env.set(p.name, { ...this.dual(this.expr(m, env, p.dfltExpr)) });
      else if (a === undefined) env.set(p.name, { v: p.dflt!, d: null });
      else env.set(p.name, isArr(a) || isRows(a) ? a : { ...this.dual(a) });
    });
    const c = this.block(m, env, f.body);
    if (c?.k === 'return') {
      if (f.ret === 'obj' && !(c.v && isObj(c.v))) throw new InvalidProgram(`${f.name} did not return an object`);
      return c.v ?? { v: NaN, d: null };
    }
    if (f.ret === 'void') return { v: NaN, d: null };
    throw new InvalidProgram(`${f.name} ends without returning`);
  }

  // --- statements ------------------------------------------------------------------------------

  private block(m: Module, env: Map<string, Val>, body: Stmt[]): Completion {
    for (const s of body) {
      const c = this.stmt(m, env, s);
      if (c) return c;
    }
    return undefined;
  }

  private arr(m: Module, env: Map<string, Val>, name: string): Arr {
    const v = env.get(name) ?? this.moduleArray(m, name);
    if (!v || !isArr(v)) throw new InvalidProgram(`${name} is not an array`);
    return v;
  }

  private rowsOf(env: Map<string, Val>, name: string): Rows {
    const v = env.get(name);
    if (!v || !isRows(v)) throw new InvalidProgram(`${name} is not an array of rows`);
    return v;
  }

  private row(env: Map<string, Val>, name: string, i: number): Arr {
    const rows = this.rowsOf(env, name);
    if (!Number.isInteger(i) || i < 0 || i >= rows.rows.length) throw new InvalidProgram(`row ${i} out of range`);
    return rows.rows[i]!;
  }

  /** A new number[] row of these numbers. */
  private listRow(vals: Dual[]): Arr {
    const a: Arr = { kind: 'list', vals: new Array<number>(vals.length).fill(0), tans: { t: new Array<Tan>(vals.length).fill(null) }, off: 0 };
    vals.forEach((v, i) => this.store(a, i, v));
    return a;
  }

  private moduleArray(m: Module, name: string): Arr | undefined {
    const r = this.resolve(m, name);
    if (!Array.isArray(r.c)) return undefined;
    if (r.m.consts.find((c) => c.name === name)?.scratch) {
      const key = `${r.m.name}.${name}`;
      let a = this.scratch.get(key);
      if (!a) {
        a = { kind: 'f64', vals: new Float64Array(r.c.length), tans: { t: new Array<Tan>(r.c.length).fill(null) }, off: 0 };
        this.scratch.set(key, a);
      }
      return a;
    }
    return { kind: 'list', vals: r.c.slice(), tans: { t: new Array<Tan>(r.c.length).fill(null) }, off: 0 };
  }

  private index(a: Arr, i: number): number {
    if (!Number.isInteger(i) || i < 0 || i >= a.vals.length) throw new InvalidProgram(`index ${i} out of range`);
    return i;
  }

  private load(a: Arr, i: number): Dual {
    this.index(a, i);
    return { v: a.vals[i]!, d: a.tans.t[a.off + i] ?? null };
  }

  private store(a: Arr, i: number, x: Dual): void {
    this.index(a, i);
    a.vals[i] = x.v;
    if (a.kind === 'i32' || a.kind === 'u8') {
      this.note(a.vals[i]!);
      a.tans.t[a.off + i] = null;
    } else {
      a.tans.t[a.off + i] = x.d;
    }
  }

  private stmt(m: Module, env: Map<string, Val>, s: Stmt): Completion {
    this.tick();
    switch (s.k) {
      case 'decl':
        env.set(s.name, s.init ? this.copyVal(this.expr(m, env, s.init)) : { v: NaN, d: null });
        return;
      case 'assign': {
        // (`s += e`: s is read before e runs, which may assign it)
        const l = s.op === '=' ? undefined : { ...this.dual(this.scalar(env, s.name)) };
        const r = this.dual(this.expr(m, env, s.e));
        this.setScalar(env, s.name, l === undefined ? { ...r } : this.binary(s.op[0] as '+' | '-' | '*', l, r));
        return;
      }
      case 'incr': {
        const l = this.dual(this.scalar(env, s.name));
        this.setScalar(env, s.name, { v: s.op === '++' ? l.v + 1 : l.v - 1, d: l.d });
        return;
      }
      case 'objdecl': case 'objset': {
        const o = this.expr(m, env, s.init);
        if (!isObj(o)) throw new InvalidProgram(`${s.name} is not bound to an object`);
        if (s.k === 'objdecl' && s.names) s.fields.forEach((f, i) => env.set(s.names![i]!, { ...this.prop(o, f) }));
        else env.set(s.name, o);
        return;
      }
      case 'arrdecl': {
        env.set(s.name, this.newArray(m, env, s.kind, s.init));
        return;
      }
      case 'store': {
        const a = this.arr(m, env, s.arr);
        const i = this.dual(this.expr(m, env, s.idx)).v;
        // JavaScript reads a[i] before it evaluates the right side (which may write a[i] through a callee)
        const old = s.op === '=' ? undefined : this.load(a, i);
        const r = this.dual(this.expr(m, env, s.e));
        const x = old === undefined ? r : this.binary(s.op[0] as '+' | '-' | '*', old, r);
        this.store(a, i, x);
        return;
      }
      case 'push': {
        const a = this.arr(m, env, s.arr);
        const r = this.dual(this.expr(m, env, s.e));
        (a.vals as number[]).push(r.v);
        a.tans.t.push(r.d);
        return;
      }
      case 'fillstmt': {
        const a = this.arr(m, env, s.arr);
        const x = s.e ? this.dual(this.expr(m, env, s.e)) : { v: s.v, d: null };
        for (let i = 0; i < a.vals.length; i++) this.store(a, i, x);
        return;
      }
      case 'rebind': {
        // (an array of rows rebound, `P = next`: P names next's rows from then on, as in JavaScript)
        const v = env.get(s.from);
        env.set(s.name, v && isRows(v) ? v : this.arr(m, env, s.from));
        return;
      }
      case 'rowsdecl': {
        // (each row an array of its own, as JavaScript makes them: a row named, passed to a
        // helper or looped over is that array, and a write through it is seen by m[i][j])
        const r = s.rows;
        const rows: Arr[] = r.k === 'rlit' ? r.rows.map((row) => this.listRow(row.map((e) => this.dual(this.expr(m, env, e)))))
          : r.k === 'rempty' ? []
          : Array.from({ length: r.count }, () => r.f64 ? { kind: 'f64' as ArrKind, vals: new Float64Array(r.width), tans: { t: new Array<Tan>(r.width).fill(null) }, off: 0 }
            : this.listRow(new Array<Dual>(r.width).fill({ v: r.v, d: null })));
        env.set(s.name, { rows, tans: { t: [] } });
        return;
      }
      case 'rowpush': {
        const rows = this.rowsOf(env, s.arr);
        const row = s.row;
        rows.rows.push(this.listRow(row.k === 'relems' ? row.elems.map((e) => this.dual(this.expr(m, env, e))) : new Array<Dual>(row.width).fill({ v: row.v, d: null })));
        return;
      }
      case 'rstore': {
        // (JavaScript's order: the row, the index, the old element for op=, then the right side)
        const a = this.row(env, s.arr, this.dual(this.expr(m, env, s.row)).v);
        const i = this.dual(this.expr(m, env, s.idx)).v;
        const old = s.op === '=' ? undefined : this.load(a, i);
        const r = this.dual(this.expr(m, env, s.e));
        this.store(a, i, old === undefined ? r : this.binary(s.op[0] as '+' | '-' | '*', old, r));
        return;
      }
      case 'rincr': {
        const a = this.row(env, s.arr, this.dual(this.expr(m, env, s.row)).v);
        const i = this.dual(this.expr(m, env, s.idx)).v;
        const old = this.load(a, i);
        this.store(a, i, { v: old.v + 1, d: old.d });
        return;
      }
      case 'destruct': {
        if (s.from === 'Math') return; // names resolved as Math members by the printer's `bare` calls
        const a = this.arr(m, env, s.from);
        s.names.forEach((n, i) => env.set(n, { ...this.load(a, i) }));
        return;
      }
      case 'if':
        if (this.truthy(this.expr(m, env, s.c))) return this.block(m, env, s.then);
        return s.else ? this.block(m, env, s.else) : undefined;
      case 'for': {
        env.set(s.v, { v: s.from, d: null });
        for (;;) {
          const i = this.dual(env.get(s.v)!).v;
          const bound = this.dual(this.expr(m, env, s.to)).v;
          const go = s.step > 0 ? i < bound : i >= bound;
          this.note(go);
          if (!go) return;
          const c = this.block(m, env, s.body);
          const r = this.loopExit(c, s.label);
          if (r !== 'next') return r;
          env.set(s.v, { v: this.dual(env.get(s.v)!).v + s.step, d: null });
          this.tick();
        }
      }
      case 'forof': {
        const rows = env.get(s.arr);
        if (rows && isRows(rows)) {
          // (each row bound to the loop's name, a window of the rows' numbers)
          for (let i = 0; i < rows.rows.length; i++) {
            env.set(s.v, rows.rows[i]!);
            if (s.entries) env.set(s.entries, { v: i, d: null });
            const r = this.loopExit(this.block(m, env, s.body), s.label);
            if (r !== 'next') return r;
            this.tick();
          }
          return;
        }
        const a = this.arr(m, env, s.arr);
        for (let i = 0; i < a.vals.length; i++) {
          env.set(s.v, this.load(a, i));
          if (s.entries) env.set(s.entries, { v: i, d: null });
          const r = this.loopExit(this.block(m, env, s.body), s.label);
          if (r !== 'next') return r;
          this.tick();
        }
        return;
      }
      case 'while':
        while (this.truthy(this.expr(m, env, s.c))) {
          const r = this.loopExit(this.block(m, env, s.body), s.label);
          if (r !== 'next') return r;
          this.tick();
        }
        return;
      case 'dowhile':
        do {
          const r = this.loopExit(this.block(m, env, s.body), s.label);
          if (r !== 'next') return r;
          this.tick();
        } while (this.truthy(this.expr(m, env, s.c)));
        return;
      case 'switch': {
        const v = this.dual(this.expr(m, env, s.e)).v;
        let at = s.cases.findIndex((c) => c.v !== null && c.v === v);
        if (at < 0) at = s.cases.findIndex((c) => c.v === null);
        this.note(at);
        if (at < 0) return;
        for (let j = at; j < s.cases.length; j++) {
          const c = this.block(m, env, s.cases[j]!.body);
          if (c?.k === 'break' && c.label === undefined) return;
          if (c) return c;
        }
        return;
      }
      case 'break': case 'continue': return { k: s.k, label: s.label };
      case 'return': return { k: 'return', v: s.e ? this.copyVal(this.expr(m, env, s.e)) : undefined };
      case 'throw': throw new ProgramThrow(s.ctor, s.msg);
      case 'callstmt': {
        this.callExpr(m, env, s.fn, s.args);
        return;
      }
    }
  }

  /** What a loop does with its body's completion: 'next' iteration, or leave with a completion. */
  private loopExit(c: Completion, label: string | undefined): Completion | 'next' {
    if (!c) return 'next';
    if (c.k === 'return') return c;
    if (c.label !== undefined && c.label !== label) return c;
    return c.k === 'continue' ? 'next' : undefined;
  }

  private copyVal(v: Val): Val {
    return isDual(v) ? { ...v } : v;
  }

  private newArray(m: Module, env: Map<string, Val>, kind: ArrKind, init: import('./ast.js').ArrInit): Arr {
    const make = (n: number): Arr['vals'] => {
      switch (kind) {
        case 'list': return new Array<number>(n).fill(0);
        case 'f32': return new Float32Array(n);
        case 'i32': return new Int32Array(n);
        case 'u8': return new Uint8Array(n);
        default: return new Float64Array(n);
      }
    };
    switch (init.k) {
      case 'zeros': return { kind, vals: make(init.len), tans: { t: new Array<Tan>(init.len).fill(null) }, off: 0 };
      case 'fill': return { kind, vals: new Array<number>(init.len).fill(init.v), tans: { t: new Array<Tan>(init.len).fill(null) }, off: 0 };
      case 'empty': return { kind, vals: [], tans: { t: [] }, off: 0 };
      case 'literal': {
        const a: Arr = { kind, vals: make(init.elems.length), tans: { t: new Array<Tan>(init.elems.length).fill(null) }, off: 0 };
        init.elems.forEach((e, i) => this.store(a, i, this.dual(this.expr(m, env, e))));
        return a;
      }
      case 'row': {
        const rows = this.rowsOf(env, init.arr);
        if (init.at) return this.row(env, init.arr, this.dual(this.expr(m, env, init.at)).v);
        return rows.rows[init.last ? rows.rows.length - 1 : 0]!;
      }
      case 'window': {
        const a = this.arr(m, env, init.arr);
        if (Array.isArray(a.vals)) throw new InvalidProgram('subarray of a number[]');
        if (init.from < 0 || init.to > a.vals.length || init.from > init.to) throw new InvalidProgram('window out of range');
        return { kind: a.kind, vals: a.vals.subarray(init.from, init.to), tans: a.tans, off: a.off + init.from };
      }
      case 'copy': {
        const a = this.arr(m, env, init.arr);
        const from = init.from ?? 0;
        const to = init.to ?? a.vals.length;
        if (from < 0 || to > a.vals.length || from > to) throw new InvalidProgram('slice out of range');
        const list = init.how === 'arrayFrom' || (init.how === 'slice' && Array.isArray(a.vals));
        const c: Arr = { kind: list ? 'list' : 'f64', vals: list ? new Array<number>(to - from).fill(0) : new Float64Array(to - from), tans: { t: new Array<Tan>(to - from).fill(null) }, off: 0 };
        for (let i = from; i < to; i++) this.store(c, i - from, this.load(a, i));
        return c;
      }
      case 'sorted': {
        // (the order JavaScript's sort gives, ties kept in place: its sorts are stable, and the
        // comparators subtract, so NaN and ±0 compare equal to anything; a typed array's default
        // sort puts -0 before 0. Each place's source index is a decision of the trace)
        const a = this.arr(m, env, init.arr);
        const xs = Array.from({ length: a.vals.length }, (_, i) => this.load(a, i));
        const key = (x: number, y: number): number => {
          if (init.order !== 0) return init.order * (x - y) || 0;
          if (x !== x || y !== y) return x !== x ? (y !== y ? 0 : 1) : -1;
          return x < y ? -1 : x > y ? 1 : Object.is(x, -0) && Object.is(y, 0) ? -1 : Object.is(x, 0) && Object.is(y, -0) ? 1 : 0;
        };
        const order = xs.map((_, i) => i).sort((i, j) => key(xs[i]!.v, xs[j]!.v) || i - j);
        const list = init.how === 'spread' || init.how === 'arrayFrom' || ((init.how === 'slice' || init.how === 'toSorted') && Array.isArray(a.vals));
        const n = xs.length;
        const c: Arr = { kind: list ? 'list' : 'f64', vals: list ? new Array<number>(n).fill(0) : new Float64Array(n), tans: { t: new Array<Tan>(n).fill(null) }, off: 0 };
        order.forEach((i, k) => { this.note(i); this.store(c, k, xs[i]!); });
        return c;
      }
      case 'cond': return this.truthy(this.expr(m, env, init.c)) ? this.arr(m, env, init.a) : this.arr(m, env, init.b);
      case 'call': {
        const r = this.callExpr(m, env, init.fn, init.args);
        if (!isArr(r)) throw new InvalidProgram(`${init.fn} did not return an array`);
        return r;
      }
    }
  }

  // --- expressions -----------------------------------------------------------------------------

  private binary(op: string, a: Dual, b: Dual): Dual {
    switch (op) {
      case '+': return { v: a.v + b.v, d: this.lin(a.d, 1, b.d, 1) };
      case '-': return { v: a.v - b.v, d: this.lin(a.d, 1, b.d, -1) };
      case '*': return { v: a.v * b.v, d: this.lin(a.d, b.v, b.d, a.v) };
      case '/': return { v: a.v / b.v, d: this.lin(a.d, 1 / b.v, b.d, -(a.v / b.v) / b.v) };
      case '%': {
        const q = Math.trunc(a.v / b.v);
        this.note(q);
        return { v: a.v % b.v, d: this.lin(a.d, 1, b.d, -q) };
      }
      case '**': return this.pow(a, b, a.v ** b.v);
    }
    throw new InvalidProgram(`binary ${op}`);
  }

  private pow(a: Dual, b: Dual, v: number): Dual {
    const da = b.v === 0 ? 0 : b.v * a.v ** (b.v - 1);
    const db = a.v > 0 ? v * Math.log(a.v) : 0;
    return { v, d: this.lin(a.d, da, b.d, db) };
  }

  private expr(m: Module, env: Map<string, Val>, e: Expr): Val {
    switch (e.k) {
      case 'lit': return { v: e.v, d: null };
      case 'ref': {
        if (e.name.includes('.')) return this.scalar(env, e.name);
        const v = env.get(e.name);
        if (v !== undefined) return v;
        const r = this.resolve(m, e.name);
        if (typeof r.c === 'number') return { v: r.c, d: null };
        const a = this.moduleArray(m, e.name);
        if (a) return a;
        throw new InvalidProgram(`unbound ${e.name}`);
      }
      case 'elem': {
        const a = this.arr(m, env, e.arr);
        return this.load(a, this.dual(this.expr(m, env, e.idx)).v);
      }
      case 'len': {
        const rows = env.get(e.arr);
        return { v: rows && isRows(rows) ? rows.rows.length : this.arr(m, env, e.arr).vals.length, d: null };
      }
      case 'relem': return this.load(this.row(env, e.arr, this.dual(this.expr(m, env, e.row)).v), this.dual(this.expr(m, env, e.idx)).v);
      case 'rlen': return { v: this.row(env, e.arr, this.dual(this.expr(m, env, e.row)).v).vals.length, d: null };
      case 'un': {
        const x = this.expr(m, env, e.e);
        if (e.op === '!') return !this.truthy(x);
        const d = this.dual(x);
        if (e.op === '-') return { v: -d.v, d: this.lin(d.d, -1, null, 0) };
        const r = ~d.v;
        this.note(r);
        return { v: r, d: null };
      }
      case 'bin': return this.bin(m, env, e.op, e.l, e.r);
      case 'set': {
        const x = this.dual(this.expr(m, env, e.e));
        this.setScalar(env, e.name, { ...x });
        return x;
      }
      case 'math': return this.math(e.fn, e.args.flatMap((a) => {
        if (a.k !== 'spread') return [this.dual(this.expr(m, env, a))];
        const arr = this.arr(m, env, a.arr);
        const [from, to] = a.window ?? [0, arr.vals.length];
        return Array.from({ length: to - from }, (_, i) => this.load(arr, from + i));
      }));
      case 'cond': return this.truthy(this.expr(m, env, e.c)) ? this.expr(m, env, e.t) : this.expr(m, env, e.f);
      case 'call': return this.callExpr(m, env, e.fn, e.args);
      case 'test': {
        const x = this.dual(this.expr(m, env, e.e)).v;
        const r = e.fn === 'typeof' ? typeof x === 'number' : Number[e.fn](x);
        this.note(r);
        return r;
      }
      case 'true': return true;
      case 'false': return false;
      // (only as a helper's argument, where it reads as left out)
      case 'undefined': return undefined as unknown as Val;
      case 'spread': throw new InvalidProgram('spread outside Math.min/max');
      case 'obj': return { props: new Map(e.fields.map((f) => [f.name, { ...this.dual(this.expr(m, env, f.e)) }])) };
      case 'new': {
        const oc = m.orderClasses?.find((x) => x.name === e.cls);
        if (oc) {
          if (oc.params.length !== e.args.length) throw new InvalidProgram(`new ${e.cls}`);
          const args = e.args.map((a) => ({ ...this.dual(this.expr(m, env, a)) }));
          const o: Obj = { props: new Map(), oc, m };
          this.construct(m, oc, args, o);
          return o;
        }
        const c = m.classes?.find((x) => x.name === e.cls);
        if (!c || c.fields.length !== e.args.length) throw new InvalidProgram(`new ${e.cls}`);
        return { props: new Map(c.fields.map((x, i) => [x, { ...this.dual(this.expr(m, env, e.args[i]!)) }])) };
      }
      case 'scall': {
        const c = m.orderClasses?.find((x) => x.name === e.cls);
        const f = c?.statics.find((x) => x.name === e.method);
        if (!f) throw new InvalidProgram(`no static ${e.cls}.${e.method}`);
        return this.call(m, f, e.args.map((a) => this.expr(m, env, a)));
      }
      case 'mcall': {
        const o = env.get(e.obj);
        if (!o || !isObj(o)) throw new InvalidProgram(`${e.obj} is not an object`);
        const f = o.oc ? this.member(m, o.oc, (c) => c.methods.find((x) => x.name === e.method)) : m.classes?.flatMap((c) => c.methods).find((x) => x.name === e.method);
        if (!f) throw new InvalidProgram(`no method ${e.method}`);
        return this.call(m, f, [o, ...e.args.map((a) => this.argVal(m, env, a))]);
      }
    }
  }

  /** A number variable, or `o.a`: a property of an object of numbers. */
  private scalar(env: Map<string, Val>, name: string): Val {
    const dot = name.indexOf('.');
    if (dot < 0) return env.get(name)!;
    const o = env.get(name.slice(0, dot));
    if (!o || !isObj(o)) throw new InvalidProgram(`${name.slice(0, dot)} is not an object`);
    return this.prop(o, name.slice(dot + 1));
  }

  private setScalar(env: Map<string, Val>, name: string, x: Dual): void {
    const dot = name.indexOf('.');
    if (dot < 0) {
      env.set(name, x);
      return;
    }
    const o = env.get(name.slice(0, dot));
    if (!o || !isObj(o)) throw new InvalidProgram(`${name.slice(0, dot)} is not an object`);
    const field = name.slice(dot + 1);
    // (a classOrder instance's setter: called with v the number written)
    const set = o.oc && this.member(o.m!, o.oc, (c) => c.setters.find((g) => g.name === field));
    if (set) {
      this.block(o.m!, new Map<string, Val>([['this', o], ['v', { ...x }]]), set.body);
      return;
    }
    if (!o.oc) this.prop(o, field);
    o.props.set(field, x);
  }

  private prop(o: Obj, field: string): Dual {
    // (a classOrder instance's getter, run on it)
    const get = o.oc && this.member(o.m!, o.oc, (c) => c.getters.find((g) => g.name === field));
    if (get) return { ...this.dual(this.expr(o.m!, new Map<string, Val>([['this', o]]), get.e)) };
    const x = o.props.get(field);
    if (!x && o.oc) return { v: NaN, d: null };
    if (!x) throw new InvalidProgram(`no property ${field}`);
    return x;
  }

  /** What `pick` finds in classOrder class `c` or, failing that, in its bases (JavaScript's lookup). */
  private member<T>(m: Module, c: OrderClass, pick: (c: OrderClass) => T | undefined): T | undefined {
    for (let k: OrderClass | undefined = c; k; k = k.base ? m.orderClasses?.find((x) => x.name === k!.base) : undefined) {
      const hit = pick(k);
      if (hit) return hit;
    }
    return undefined;
  }

  /**
   * Runs classOrder class `c`'s constructor on `o` as the fuzz harness's configuration does
   * (target ES2022, class fields as ES2022 defines them): `super(…)` first, its arguments read
   * from the parameters; then the field initialisers in order, each reading `this` as built so
   * far (a field not yet defined or assigned reads as undefined: NaN); then the parameter
   * properties; then the body's `this.f = e` in order.
   */
  private construct(m: Module, c: OrderClass, args: Dual[], o: Obj): void {
    this.tick();
    const env = new Map<string, Val>();
    c.params.forEach((p, i) => env.set(p.name, { ...args[i]! }));
    if (c.base) {
      const b = m.orderClasses?.find((x) => x.name === c.base);
      if (!b || !c.superArgs) throw new InvalidProgram(`no base ${c.base}`);
      this.construct(m, b, c.superArgs.map((e) => ({ ...this.dual(this.expr(m, env, e)) })), o);
    }
    const self = new Map<string, Val>([['this', o]]);
    for (const p of c.params) if (p.prop) o.props.set(p.name, { v: NaN, d: null });
    for (const f of c.fields) o.props.set(f.name, f.init ? { ...this.dual(this.expr(m, self, f.init)) } : { v: NaN, d: null });
    c.params.forEach((p, i) => { if (p.prop) o.props.set(p.name, { ...args[i]! }); });
    env.set('this', o);
    for (const b of c.body) o.props.set(b.name, { ...this.dual(this.expr(m, env, b.e)) });
  }

  private bin(m: Module, env: Map<string, Val>, op: string, l: Expr, r: Expr): Val {
    if (op === '&&' || op === '||' || op === '??') {
      const a = this.expr(m, env, l);
      if (op === '??') return a; // numbers are never nullish
      const t = this.truthy(a);
      if (op === '&&') return t ? this.expr(m, env, r) : a;
      return t ? a : this.expr(m, env, r);
    }
    const a = this.expr(m, env, l);
    const b = this.expr(m, env, r);
    switch (op) {
      case '<': case '<=': case '>': case '>=': case '===': case '!==': {
        const x = this.dual(a).v;
        const y = this.dual(b).v;
        const res = op === '<' ? x < y : op === '<=' ? x <= y : op === '>' ? x > y : op === '>=' ? x >= y : op === '===' ? x === y : x !== y;
        this.note(res);
        return res;
      }
      case '&': case '|': case '^': case '<<': case '>>': case '>>>': {
        const x = this.dual(a).v;
        const y = this.dual(b).v;
        const res = op === '&' ? x & y : op === '|' ? x | y : op === '^' ? x ^ y : op === '<<' ? x << y : op === '>>' ? x >> y : x >>> y;
        this.note(res);
        return { v: res, d: null };
      }
    }
    return this.binary(op, this.dual(a), this.dual(b));
  }

  private math(fn: string, a: Dual[]): Dual {
    const x = a[0]!;
    const M = Math as unknown as Record<string, (...xs: number[]) => number>;
    const v = M[fn]!(...a.map((d) => d.v));
    const one = (dv: number): Dual => ({ v, d: this.lin(x.d, dv, null, 0) });
    switch (fn) {
      case 'sin': return one(Math.cos(x.v));
      case 'cos': return one(-Math.sin(x.v));
      case 'tan': return one(1 + v * v);
      case 'asin': return one(1 / Math.sqrt(1 - x.v * x.v));
      case 'acos': return one(-1 / Math.sqrt(1 - x.v * x.v));
      case 'atan': return one(1 / (1 + x.v * x.v));
      case 'sinh': return one(Math.cosh(x.v));
      case 'cosh': return one(Math.sinh(x.v));
      case 'tanh': return one(1 - v * v);
      case 'asinh': return one(1 / Math.sqrt(x.v * x.v + 1));
      case 'acosh': return one(1 / Math.sqrt(x.v * x.v - 1));
      case 'atanh': return one(1 / (1 - x.v * x.v));
      case 'exp': return one(v);
      case 'expm1': return one(v + 1);
      case 'log': return one(1 / x.v);
      case 'log1p': return one(1 / (1 + x.v));
      case 'log2': return one(1 / (x.v * Math.LN2));
      case 'log10': return one(1 / (x.v * Math.LN10));
      case 'sqrt': return one(1 / (2 * v));
      case 'cbrt': return one(1 / (3 * v * v));
      case 'fround': return one(1);
      case 'abs': this.note(Math.sign(x.v)); return one(x.v < 0 ? -1 : x.v > 0 ? 1 : 0);
      case 'sign': case 'floor': case 'ceil': case 'round': case 'trunc': this.note(v); return { v, d: null };
      case 'pow': return this.pow(x, a[1]!, v);
      case 'atan2': {
        const [y, z] = [a[0]!, a[1]!];
        const r2 = y.v * y.v + z.v * z.v;
        return { v, d: this.lin(y.d, z.v / r2, z.d, -y.v / r2) };
      }
      case 'hypot': {
        let d: Tan = null;
        if (v !== 0) for (const t of a) d = this.lin(d, 1, t.d, t.v / v);
        return { v, d };
      }
      case 'min': case 'max': {
        let at = 0;
        for (let i = 1; i < a.length; i++) {
          if (fn === 'min' ? a[i]!.v < a[at]!.v : a[i]!.v > a[at]!.v) at = i;
        }
        this.note(at);
        return { v, d: a[at]!.d };
      }
    }
    throw new InvalidProgram(`Math.${fn}`);
  }

  private argVal(m: Module, env: Map<string, Val>, a: Arg): Val {
    if (a.k === 'tmp') return this.newArray(m, env, a.kind, a.init);
    if (a.k === 'objref') {
      const o = env.get(a.name);
      if (!o || !isObj(o)) throw new InvalidProgram(`${a.name} is not an object`);
      return o;
    }
    if (a.k !== 'arr') return this.expr(m, env, a);
    const arr = this.arr(m, env, a.name);
    if (!a.window) return arr;
    return this.newArray(m, env, arr.kind, { k: 'window', arr: a.name, from: a.window[0], to: a.window[1] });
  }

  private callExpr(m: Module, env: Map<string, Val>, name: string, args: Arg[]): Val {
    const vals = args.map((a) => this.argVal(m, env, a));
    switch (name) {
      case 'sum': case 'dot': case 'logsumexp': case 'sigmoid': case 'softmax':
        if (!m.fns.some((f) => f.name === name)) return this.kernel(name, vals);
    }
    const r = this.resolve(m, name);
    if (!r.f) throw new InvalidProgram(`${name} is not a function`);
    return this.call(r.m, r.f, vals);
  }

  private f64(a: Val): Float64Array {
    if (!isArr(a) || !(a.vals instanceof Float64Array)) throw new InvalidProgram('kernel argument');
    return a.vals;
  }

  private tan(a: Arr, i: number): Tan {
    return a.tans.t[a.off + i] ?? null;
  }

  private kernel(name: string, vals: Val[]): Val {
    const K = this.kernels;
    switch (name) {
      case 'sum': {
        const a = vals[0] as Arr;
        let d: Tan = null;
        for (let i = 0; i < a.vals.length; i++) d = this.lin(d, 1, this.tan(a, i), 1);
        return { v: K.sum(this.f64(a)), d };
      }
      case 'dot': {
        const [a, b] = vals as [Arr, Arr];
        let d: Tan = null;
        for (let i = 0; i < a.vals.length; i++) {
          d = this.lin(d, 1, this.tan(a, i), b.vals[i]!);
          d = this.lin(d, 1, this.tan(b, i), a.vals[i]!);
        }
        return { v: K.dot(this.f64(a), this.f64(b)), d };
      }
      case 'logsumexp': {
        const a = vals[0] as Arr;
        const v = K.logsumexp(this.f64(a));
        let d: Tan = null;
        for (let i = 0; i < a.vals.length; i++) d = this.lin(d, 1, this.tan(a, i), Math.exp(a.vals[i]! - v));
        return { v, d };
      }
      case 'sigmoid': {
        const x = this.dual(vals[0]!);
        const v = K.sigmoid(x.v);
        return { v, d: this.lin(x.d, v * (1 - v), null, 0) };
      }
      case 'softmax': {
        const [a, out] = vals as [Arr, Arr];
        K.softmax(this.f64(a), this.f64(out));
        let mean: Tan = null;
        for (let i = 0; i < a.vals.length; i++) mean = this.lin(mean, 1, this.tan(a, i), out.vals[i]!);
        for (let i = 0; i < a.vals.length; i++) {
          out.tans.t[out.off + i] = this.lin(this.tan(a, i), out.vals[i]!, mean, -out.vals[i]!);
        }
        return { v: NaN, d: null };
      }
    }
    throw new InvalidProgram(name);
  }
}
