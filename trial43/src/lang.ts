// Language probes: each function a numeric computation written with one feature in question.

/** A value holder with getters and setters; the setter clamps. */
class Gain {
  private _db = 0;
  get db(): number {
    return this._db;
  }
  set db(v: number) {
    this._db = Math.min(v, 24);
  }
  get linear(): number {
    return 10 ** (this._db / 20);
  }
}
export function gainSetter(db: number, x: number): number {
  const g = new Gain();
  g.db = db;
  return g.linear * x;
}

/** A class with a static helper called like a library function. */
class Vec {
  static len(x: number, y: number): number {
    return Math.sqrt(x * x + y * y);
  }
}
export function staticHelper(x: number, y: number): number {
  return Vec.len(x, y) * Vec.len(y, 1);
}

let calls = 3;
/** Reads a module-level let that nothing assigns (a constant by the README). */
export function moduleLetRead(x: number): number {
  return x * calls + Math.sin(x);
}

let counter = 0;
function bumpCounter(): void {
  counter++;
}
/** Reads a module-level let that another function writes (mutable state: refused?). */
export function moduleLetWritten(x: number): number {
  return x * (counter + 1);
}

/** An arrow assigned to a const and exported. */
export const arrowExport = (x: number, y: number): number => x * Math.exp(-y * y);

/** A closure capturing a parameter, called in a loop. */
export function closureCapture(w: Float64Array, scale: number): number {
  const act = (v: number) => Math.tanh(scale * v);
  let s = 0;
  for (let i = 0; i < w.length; i++) s += act(w[i]) * act(w[i]);
  return s;
}

interface Opt {
  lo?: number;
  hi?: number;
}
/** Optional chaining and ?? on an options object of numbers (a helper, not exported). */
function bounded(x: number, o?: Opt): number {
  return Math.min(Math.max(x, o?.lo ?? -1), o?.hi ?? 1);
}
export function optionalChain(x: number, y: number): number {
  return bounded(x * y, { lo: -0.5 }) + bounded(y) ;
}

/** switch with fall-through: each case adds its term and the ones below it. */
export function switchFallthrough(x: number, order: number): number {
  let s = 0;
  switch (order) {
    case 3:
      s += (x * x * x) / 6;
    case 2:
      s += (x * x) / 2;
    case 1:
      s += x;
    default:
      s += 1;
  }
  return s;
}

const WEIGHTS = { a: 0.5, b: 1.5, c: -0.25 };
/** for…in over a constant object. */
export function forInWeights(x: number): number {
  let s = 0;
  for (const k in WEIGHTS) s += WEIGHTS[k as keyof typeof WEIGHTS] * Math.cos(x * s + 1);
  return s;
}

/** Math.max(...xs) spread over a typed array (softmax stabiliser). */
export function spreadMax(xs: Float64Array): number {
  const m = Math.max(...xs);
  let s = 0;
  for (const v of xs) s += Math.exp(v - m);
  return m + Math.log(s);
}

/** Array.from({ length: n }, (_, i) => …) built from the parameter. */
export function arrayFromLength(x: number, n: number): number {
  const pows = Array.from({ length: n }, (_, i) => x ** i / (i + 1));
  let s = 0;
  for (const p of pows) s += p;
  return s;
}

/** reduce with the index argument. */
export function reduceIndex(w: Float64Array): number {
  return w.reduce((acc, v, i) => acc + v * v * (i + 1), 0);
}

/** A number[][] matrix parameter (nested arrays). */
export function nestedMatrix(m: number[][], x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < m.length; i++) for (let j = 0; j < m[i].length; j++) s += m[i][j] * x[i] * x[j];
  return s;
}

function polar(x: number, y: number): [number, number] {
  return [Math.hypot(x, y), Math.atan2(y, x)];
}
/** A tuple returned from a helper and destructured. */
export function tupleReturn(x: number, y: number): number {
  const [r, th] = polar(x, y);
  return r * Math.cos(2 * th);
}

/** readonly number[] parameter. */
export function readonlyParam(xs: readonly number[], k: number): number {
  let s = 0;
  for (const v of xs) s += Math.log1p(k * v * v);
  return s;
}

/** Float32Array input. */
export function float32Input(xs: Float32Array, b: number): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += Math.sin(xs[i] + b) * xs[i];
  return s;
}

/** Math.clz32 and Math.trunc as piecewise-constant helpers in a smooth expression. */
export function clzTrunc(x: number, n: number): number {
  const bits = 32 - Math.clz32(n);
  return x * bits + Math.trunc(x) * x;
}

/** Math.sign at 0 (and elsewhere) times a smooth function. */
export function signAtZero(x: number, y: number): number {
  return Math.sign(x) * y * y + x * Math.sign(y);
}

const HALF = Number.parseFloat('0.5');
/** Number.parseFloat of a constant string at module level. */
export function parseFloatConst(x: number): number {
  return HALF * x * x;
}

/** String switch keys select a loss. */
export function stringSwitch(r: number, kind: 'l1' | 'l2' | 'huber'): number {
  switch (kind) {
    case 'l1':
      return Math.abs(r);
    case 'l2':
      return r * r;
    case 'huber':
      return Math.abs(r) < 1 ? 0.5 * r * r : Math.abs(r) - 0.5;
  }
}

/** A labelled block left with break. */
export function labelledBlock(x: number, y: number): number {
  let out = x;
  check: {
    if (y < 0) break check;
    out = x * y;
    if (out > 10) break check;
    out += Math.sqrt(y);
  }
  return out;
}

/** A class used as a value holder with a setter that is also a getter pair on a computed property. */
class Account {
  balance: number;
  constructor(b: number) {
    this.balance = b;
  }
  static grow(a: Account, r: number): Account {
    return new Account(a.balance * (1 + r));
  }
}
export function staticFactory(b: number, r: number, years: number): number {
  let a = new Account(b);
  for (let y = 0; y < years; y++) a = Account.grow(a, r);
  return a.balance;
}

/** Spread max over a number[] plus Math.min with a spread in the middle. */
export function spreadMinMixed(xs: number[], a: number): number {
  return Math.max(...xs) - Math.min(a, ...xs, 2 * a);
}
