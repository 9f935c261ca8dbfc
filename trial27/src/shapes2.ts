// More everyday shapes: reduce/map, nested arrays, while loops, recursion, nested functions, spreads.

const enum Kind { Abs, Square }
const EPS = Number.EPSILON * 16;

export function sumSquaresReduce(xs: number[], w: number): number {
  return xs.reduce((acc, v) => acc + w * v * v, 0);
}

export function mappedMean(xs: number[], a: number): number {
  const ys = xs.map((v) => Math.tanh(a * v));
  let s = 0;
  for (const y of ys) s += y;
  return s / ys.length;
}

export function frobenius(M: number[][], scale = 1): number {
  let s = 0;
  for (const row of M) for (const v of row) s += v * v;
  return Math.sqrt(s) * scale;
}

export function rampArray(x: number, n: number): number {
  const r = Array.from({ length: n }, (_, i) => x * (i + 1));
  return r[n - 1] + Math.max(...r);
}

/** Newton square root with a tolerance loop. */
export function newtonSqrt(a: number): number {
  let x = a > 1 ? a : 1;
  let dx = Infinity;
  let guard = 0;
  while (Math.abs(dx) > 1e-14 * x && guard++ < 60) {
    const nx = 0.5 * (x + a / x);
    dx = nx - x;
    x = nx;
  }
  return x;
}

/**
 * @domain n int [0, 9]
 */
export function powRec(x: number, n: number): number {
  if (n === 0) return 1;
  const half = powRec(x, Math.floor(n / 2));
  return n % 2 === 0 ? half * half : half * half * x;
}

export function nestedHelper(x: Float64Array, k: number): number {
  function bump(t: number): number {
    return Math.exp(-k * t * t);
  }
  let s = 0;
  for (let i = 0; i < x.length; i++) s += bump(x[i]) * x[i];
  return s;
}

export function spreadMax(x: Float64Array, lo: number): number {
  return Math.max(lo, ...x) + Math.min(...x.subarray(1, 3));
}

export function labelledSearch(grid: Float64Array, n: number, target: number): number {
  let found = 0;
  outer: for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const v = grid[i * n + j];
      if (v > target) {
        found = v * (i + 1) + j;
        break outer;
      }
    }
  }
  return found * found;
}

export function kindLoss(x: Float64Array, kind: Kind): number {
  let s = 0;
  for (const v of x) s += kind === Kind.Abs ? Math.abs(v) : v * v;
  return s;
}

export function float32Dot(a: Float32Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

export function unionSum(x: number[] | Float64Array, c: number): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += Math.sin(c * x[i]);
  return s;
}

export function scratchFillSet(x: Float64Array, a: number, rounds: number): number {
  const buf = new Float64Array(x.length);
  const tmp = new Float64Array(x.length);
  buf.set(x);
  for (let r = 0; r < rounds; r++) {
    tmp.fill(0);
    for (let i = 0; i < x.length; i++) for (const j of [i - 1, i + 1]) if (j >= 0 && j < x.length) tmp[j] += a * buf[i];
    buf.set(tmp);
  }
  let s = 0;
  for (const v of buf) s += v;
  return s;
}

export function guardedLog(x: number, y: number): number {
  const r = x / (y + EPS);
  if (!Number.isFinite(r) || Number.isNaN(r)) return 0;
  return Math.log(Math.abs(r) + 1);
}

export function doWhileDecay(x0: number, rate: number): number {
  let x = x0, n = 0;
  do {
    x *= Math.exp(-rate);
    n++;
  } while (x > 0.1 && n < 50);
  return x + n;
}

export function tupleParam(p: [number, number], q: readonly [number, number]): number {
  const [a, b] = p;
  return Math.hypot(a - q[0], b - q[1]);
}

export function optsScale(x: Float64Array, opts: { scale: number; bias?: number }): number {
  let s = 0;
  for (const v of x) s += v * opts.scale + (opts.bias ?? 0);
  return s * s;
}

export function ternaryChain(x: number): number {
  return x < -1 ? -x - 0.5 : x < 1 ? 0.5 * x * x : x - 0.5;
}

export function matrixPower(A: Float64Array, k: number): number {
  const n = Math.round(Math.sqrt(A.length));
  let P = new Float64Array(n * n);
  for (let i = 0; i < n; i++) P[i * n + i] = 1;
  let Q = new Float64Array(n * n);
  for (let t = 0; t < k; t++) {
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let m = 0; m < n; m++) s += P[i * n + m] * A[m * n + j];
        Q[i * n + j] = s;
      }
    [P, Q] = [Q, P];
  }
  let tr = 0;
  for (let i = 0; i < n; i++) tr += P[i * n + i];
  return tr;
}
