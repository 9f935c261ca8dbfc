// Language probes: the forms I reach for in numeric TypeScript.

class Stats {
  constructor(public n: number, public mean: number, public m2: number) {}
  push(x: number): void {
    this.n += 1;
    const d = x - this.mean;
    this.mean += d / this.n;
    this.m2 += d * (x - this.mean);
  }
  get variance(): number {
    return this.n > 1 ? this.m2 / (this.n - 1) : 0;
  }
}

/** Welford's running variance through a class with a mutating method and a getter. */
export function welfordVar(xs: Float64Array): number {
  const s = new Stats(0, 0, 0);
  for (const x of xs) s.push(x);
  return s.variance;
}

/** A closure factory made inside: scale-and-shift, applied through map and reduce. */
export function closureAffine(xs: number[], a: number, b: number): number {
  const affine = (v: number) => a * v + b;
  const ys = xs.map((v) => affine(v));
  return ys.reduce((s, v) => s + Math.sin(v), 0);
}

/** Optional parameter with ?? and an early return. */
export function optionalScale(x: number, scale?: number, offset?: number): number {
  const s = scale ?? 2;
  if (x < -10) return 0;
  return s * Math.expm1(x / 4) + (offset ?? 0.5);
}

/** Labelled loops: stop scanning rows when a sentinel is hit. */
export function labelledScan(M: Float64Array, rows: number, cols: number, limit: number): number {
  let acc = 0;
  outer: for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const v = M[i * cols + j];
      if (v > limit) continue outer;
      if (v < -limit) break outer;
      acc += v * v * (i + 1);
    }
  }
  return acc;
}

/** Every kind of Math function in one expression chain. */
export function mathZoo(x: number, y: number): number {
  const a = Math.sinh(x) + Math.cosh(y) - Math.tanh(x * y);
  const b = Math.asinh(x) + Math.acosh(1 + y * y) + Math.atanh(x / (1 + Math.abs(x)));
  const c = Math.asin(x / (2 + Math.abs(x))) + Math.acos(y / (2 + Math.abs(y))) + Math.atan(x - y);
  const d = Math.cbrt(2 + y * y) + Math.log2(1 + x * x) + Math.log10(2 + y * y) + Math.log1p(x * x);
  const e = Math.hypot(x, y, 1) + Math.exp(-x * x) + Math.pow(1.5 + Math.sin(x), y) + Math.tan(0.3 * x);
  const f = Math.trunc(x) + Math.sign(y) + Math.round(x) + Math.floor(y) + Math.ceil(x) + Math.fround(0.1);
  return a * b + c * d + e - f + Math.max(x, y, 0.5) * Math.min(x, y, -0.5) + Math.abs(x - y) + Math.atan2(y, x + 3);
}

/** Ternaries and a switch over a computed integer. */
export function piecewise(x: number, k: number): number {
  const bucket = Math.floor(x) % 3;
  let r: number;
  switch (bucket) {
    case 0:
      r = x * x;
      break;
    case 1:
    case -1:
      r = Math.sin(x) * k;
      break;
    default:
      r = k > 0 ? Math.sqrt(k * x * x + 1) : -x;
  }
  return r;
}

/** Destructuring of a number[] and spreads into Math.max and a new array. */
export function spreadAndDestructure(v: number[], w: Float64Array): number {
  const [first, second] = v;
  const rest = v.slice(2);
  const all = [...v, ...w];
  const m = Math.max(...all);
  let s = first * second;
  for (const r of rest) s += r / m;
  return s;
}

/** subarray windows: local sums over sliding windows, and the max of each. */
export function windowed(x: Float64Array, win: number): number {
  let total = 0;
  for (let i = 0; i + win <= x.length; i++) {
    const w = x.subarray(i, i + win);
    let s = 0;
    for (const v of w) s += v;
    total += Math.max(...w) * s;
  }
  return total;
}

/** A while loop with a data-dependent trip count (Newton for cube root). */
export function cubeRootNewton(a: number): number {
  let x = a > 1 ? a / 3 : 1;
  let it = 0;
  while (it < 50) {
    const nx = x - (x * x * x - a) / (3 * x * x);
    if (Math.abs(nx - x) < 1e-15 * Math.abs(x)) {
      x = nx;
      break;
    }
    x = nx;
    it++;
  }
  return x;
}

/** A local function declaration (hoisted) and a default parameter reading another. */
export function hoisted(x: number, p = 2, q = p + 1): number {
  return norm(x) + norm(x * q);
  function norm(v: number): number {
    return Math.abs(v) ** p;
  }
}

/** Array.from with a callback building a typed array, and forEach accumulating. */
export function fromAndForEach(n: number, t: number): number {
  const xs = Float64Array.from({ length: n }, (_, k) => Math.cos(t * k));
  let acc = 0;
  xs.forEach((v, i) => {
    acc += v * (i % 2 === 0 ? 1 : -1);
  });
  return acc;
}

/** reduce without an initial value, reduceRight, and .length on a map's result. */
export function reducers(xs: number[]): number {
  const prod = xs.reduce((p, v) => p * v);
  const alt = xs.reduceRight((s, v) => v - s, 0);
  return prod + alt * xs.map((v) => v * 2).length;
}

/** x ** n with a negative base and an integer exponent parameter */
export function powNeg(x: number, n: number): number {
  return x ** n + Math.pow(x, n - 1);
}

/** in-place insertion sort of a local copy, then a weighted sum of order statistics */
export function sortedWeights(x: Float64Array, wts: Float64Array): number {
  const a = Float64Array.from(x);
  for (let i = 1; i < a.length; i++) {
    const v = a[i];
    let j = i - 1;
    while (j >= 0 && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
  let s = 0;
  for (let i = 0; i < a.length; i++) s += wts[i] * a[i] * a[i];
  return s;
}

/** a helper with early returns inside loops, called in a loop */
function firstAbove(xs: Float64Array, t: number): number {
  for (let i = 0; i < xs.length; i++) {
    if (xs[i] > t) return xs[i] * t;
  }
  return t * t;
}
export function earlyHelper(xs: Float64Array, ts: Float64Array): number {
  let s = 0;
  for (let k = 0; k < ts.length; k++) s += firstAbove(xs, ts[k]);
  return s;
}

/** a value-class method with an early return and a getter reading state changed by a method */
class Acc {
  constructor(public s: number, public c: number) {}
  add(v: number): void {
    const y = v - this.c;
    const t = this.s + y;
    this.c = t - this.s - y;
    this.s = t;
  }
  clip(m: number): number {
    if (this.s > m) return m + Math.log(1 + this.s - m);
    return this.s;
  }
  get total(): number {
    return this.s - this.c;
  }
}
export function kahan(xs: Float64Array, m: number): number {
  const a = new Acc(0, 0);
  for (const v of xs) a.add(v * v);
  return a.clip(m) + a.total;
}

/** aliasing: a subarray window of a local written, parent read */
export function windowAlias(x: Float64Array): number {
  const a = Float64Array.from(x);
  const tail = a.subarray(1);
  for (let i = 0; i < tail.length; i++) tail[i] = tail[i] * a[i];
  return a.reduce((s, v) => s + v, 0);
}

/** closure over an array changed after the closure is made */
export function closureArr(x: Float64Array, t: number): number {
  const a = Float64Array.from(x);
  const f = (i: number) => a[i] * t;
  let s = f(0);
  a[0] = a[1] * a[2];
  s += f(0);
  for (let i = 0; i < a.length; i++) { a[i] += t; s += f(i); }
  return s;
}

/** copyWithin and set with an offset on a local */
export function setOffset(x: Float64Array, y: Float64Array): number {
  const a = new Float64Array(x.length + y.length);
  a.set(x);
  a.set(y, x.length);
  a.set(a.subarray(0, 2), 3);
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (i + 1) * a[i] * a[i];
  return s;
}

/** in-place normalisation returning the norm (a writer that also returns) */
export function normalizeInPlace(x: Float64Array): number {
  let s = 0;
  for (const [, v] of x.entries()) s += v * v;
  const nrm = Math.sqrt(s);
  for (let i = 0; i < x.length; i++) x[i] /= nrm;
  return nrm;
}

/** switch (true) and nested ternaries with && */
export function switchTrue(x: number, y: number): number {
  switch (true) {
    case x > 1 && y > 1:
      return x * y;
    case x > 0:
      return x > 0.5 ? (y > 0 ? Math.exp(x - y) : Math.log(x)) : x * x * y;
    default:
      return -x + y;
  }
}
