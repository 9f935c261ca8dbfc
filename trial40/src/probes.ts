// Language probes, each a small numeric function written the way I would write it anyway.

/** A value class with TypeScript `private` fields and a static factory. */
class Complex {
  constructor(private re: number, private im: number) {}
  static polar(r: number, t: number): Complex {
    return new Complex(r * Math.cos(t), r * Math.sin(t));
  }
  mul(o: Complex): Complex {
    return new Complex(this.re * o.re - this.im * o.im, this.re * o.im + this.im * o.re);
  }
  add(o: Complex): Complex {
    return new Complex(this.re + o.re, this.im + o.im);
  }
  get abs2(): number {
    return this.re * this.re + this.im * this.im;
  }
}

/** |sum_k c_k z^k|² for z = r e^{it}: a polynomial on the complex plane through the class. */
export function complexPoly(r: number, t: number, c: Float64Array): number {
  const z = Complex.polar(r, t);
  let acc = new Complex(0, 0);
  let zk = new Complex(1, 0);
  for (let k = 0; k < c.length; k++) {
    acc = acc.add(zk.mul(new Complex(c[k], 0)));
    zk = zk.mul(z);
  }
  return acc.abs2;
}

/** The same class idea with ECMAScript #private fields (I expect a refusal with a reason). */
class Accum {
  #sum = 0;
  #n = 0;
  push(v: number): void {
    this.#sum += v;
    this.#n += 1;
  }
  get mean(): number {
    return this.#sum / this.#n;
  }
}

export function privateMean(xs: Float64Array): number {
  const a = new Accum();
  for (const x of xs) a.push(x * x);
  return a.mean;
}

/** A closure returned from a factory, parameterised by a differentiated value. */
function makeSoftplus(beta: number) {
  return (x: number) => Math.log1p(Math.exp(beta * x)) / beta;
}

export function softplusSum(xs: number[], beta: number): number {
  const sp = makeSoftplus(beta);
  let s = 0;
  for (const x of xs) s += sp(x);
  return s;
}

/** for…of over entries(), with destructuring of [index, value]. */
export function weightedPositions(w: Float64Array, decay: number): number {
  let s = 0;
  for (const [i, v] of w.entries()) s += v * Math.exp(-decay * i);
  return s;
}

/** Destructuring with defaults from a tuple returned by a helper. */
function stats(xs: Float64Array): [number, number] {
  let m = 0;
  for (const x of xs) m += x;
  m /= xs.length;
  let v = 0;
  for (const x of xs) v += (x - m) ** 2;
  return [m, v / xs.length];
}

export function zscoreOf(xs: Float64Array, y: number): number {
  const [mean, variance = 1] = stats(xs);
  return (y - mean) / Math.sqrt(variance + 1e-9);
}

/** Optional chaining and ??= on an optional weights array. */
export function maybeWeighted(xs: Float64Array, w?: Float64Array, bias?: number): number {
  bias ??= 0.5;
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += (w?.[i] ?? 1) * Math.sin(xs[i] + bias);
  return s;
}

/** Labelled loops: a tolerance-bounded search over a grid with continue outer / break outer. */
export function labelledSearch(g: Float64Array, n: number, thresh: number): number {
  let acc = 0;
  outer: for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const v = g[i * n + j];
      if (v < -thresh) continue outer;
      if (v > 3 * thresh) break outer;
      acc += v * v * (i + 1);
    }
  }
  return acc;
}

/** switch over an integer mode, with a shared block and a default. */
export function activation(x: number, mode: number, alpha = 0.1): number {
  switch (mode) {
    case 0:
      return Math.tanh(x);
    case 1:
    case 2:
      return x > 0 ? x : alpha * Math.expm1(x);
    case 3: {
      const s = 1 / (1 + Math.exp(-x));
      return x * s;
    }
    default:
      return Math.asinh(x);
  }
}

/** Nested ternaries: a piecewise cubic smooth step with clamping on both sides. */
export function smoothstepNested(x: number, lo: number, hi: number): number {
  const t = (x - lo) / (hi - lo);
  return t <= 0 ? 0 : t >= 1 ? 1 : t < 0.5 ? 4 * t * t * t : 1 - 4 * (1 - t) ** 3;
}

/** Math of every kind in one smooth expression. */
export function mathZoo(x: number, y: number): number {
  const a = Math.sin(x) * Math.cos(y) + Math.tan(0.3 * x) + Math.asin(0.4 * y) + Math.acos(0.3 * x) + Math.atan(x * y);
  const b = Math.sinh(0.5 * y) + Math.cosh(0.2 * x) + Math.tanh(x - y) + Math.asinh(x) + Math.acosh(2 + y * y) + Math.atanh(0.5 * y);
  const c = Math.exp(0.1 * x) + Math.expm1(0.2 * y) + Math.log(2 + x * x) + Math.log1p(y * y) + Math.log2(3 + x) + Math.log10(3 + y);
  const d = Math.sqrt(4 + x * y) + Math.cbrt(2 + x) + Math.hypot(x, y, 1) + Math.atan2(y, 2 + x) + Math.pow(1.5 + 0.1 * x, y);
  return a + b + c + d + Math.abs(x - 5) + Math.max(x, y, -3) + Math.min(x, y, 3) + Math.fround(0.25) * x;
}

/** Typed arrays and number[]: subarray windows and a spread into Math.max. */
export function windowPeaks(sig: Float64Array, width: number, temps: number[]): number {
  let s = 0;
  for (let i = 0; i + width <= sig.length; i += width) {
    const win = sig.subarray(i, i + width);
    s += Math.max(...win) * temps[(i / width) % temps.length];
  }
  return s;
}

/** reduce and map chains with Array.from({ length }). */
export function chebyshevSum(c: number[], x: number): number {
  const T = Array.from({ length: c.length }, (_, k) => Math.cos(k * Math.acos(x)));
  return T.map((t, k) => c[k] * t).reduce((a, b) => a + b, 0);
}

/** Early return inside a loop: the first crossing of a threshold, linearly interpolated. */
export function firstCrossing(ys: Float64Array, level: number): number {
  for (let i = 1; i < ys.length; i++) {
    if (ys[i - 1] < level && ys[i] >= level) {
      return i - 1 + (level - ys[i - 1]) / (ys[i] - ys[i - 1]);
    }
  }
  return ys.length;
}

/** Object destructuring with defaults of an options object of a helper. */
function huberish(r: number, { delta = 1, scale = 1 }: { delta?: number; scale?: number } = {}): number {
  const a = Math.abs(r);
  return scale * (a <= delta ? 0.5 * r * r : delta * (a - 0.5 * delta));
}

export function robustSum(rs: Float64Array, delta: number): number {
  let s = 0;
  for (const r of rs) s += huberish(r, { delta }) + huberish(r);
  return s;
}

