// Recursion written as arrows held in consts, over tuples and new arrays.

type V2 = readonly [number, number];
type M2 = readonly [number, number, number, number];

/** de Casteljau by recursion on the control polygon: a new, shorter polygon each level (x, y interleaved). */
const casteljau = (pts: Float64Array, t: number): V2 => {
  if (pts.length === 2) return [pts[0], pts[1]];
  const next = Float64Array.from({ length: pts.length - 2 }, (_, i) => (1 - t) * pts[i] + t * pts[i + 2]);
  return casteljau(next, t);
};
/** Squared distance of Bézier points to samples. */
export function bezierFit(ctrl: Float64Array, ts: Float64Array, samples: Float64Array): number {
  let e = 0;
  ts.forEach((t, k) => {
    const [x, y] = casteljau(ctrl, t);
    e += (x - samples[2 * k]) ** 2 + (y - samples[2 * k + 1]) ** 2;
  });
  return e;
}

const mul2 = (a: M2, b: M2): M2 => [a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3], a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3]];
/** A 2x2 matrix power by squaring, recursive, over readonly tuples. */
const matPow = (m: M2, n: number): M2 => {
  if (n === 0) return [1, 0, 0, 1];
  const half = matPow(m, Math.floor(n / 2));
  const sq = mul2(half, half);
  return n % 2 === 0 ? sq : mul2(sq, m);
};
/** Trace of a damped rotation matrix raised to a power. */
export function matrixPowerTrace(th: number, r: number, n: number): number {
  const c = r * Math.cos(th), s = r * Math.sin(th);
  const p = matPow([c, -s, s, c], n);
  return p[0] + p[3] + 0.1 * p[1];
}

/** Chebyshev T_n and U_n by mutual recursion of two arrows. */
const chebT = (n: number, x: number): number => (n === 0 ? 1 : n === 1 ? x : x * chebT(n - 1, x) - (1 - x * x) * chebU(n - 2, x));
const chebU = (n: number, x: number): number => (n === 0 ? 1 : n === 1 ? 2 * x : 2 * x * chebU(n - 1, x) - chebU(n - 2, x));
/** A Chebyshev series by the mutual recursion. */
export function chebSeries(c: Float64Array, x: number): number {
  return c.reduce((s, ck, k) => s + ck * chebT(k, x), 0);
}

/** A tail recursion carrying a tuple state: a leaky integrator over a signal. */
const integrate = (xs: Float64Array, i: number, state: V2, k: number): V2 =>
  // (first written `? state :`: TSG2002 "its paths return arrays of different lengths", README finding 15)
  i === xs.length ? [state[0], state[1]] : integrate(xs, i + 1, [state[0] * k + xs[i], state[1] + state[0] * xs[i]], k);
export function leakyIntegrator(xs: Float64Array, k: number): number {
  const [a, b] = integrate(xs, 0, [0, 0], k);
  return a * a + b;
}

/** A sum over an implicit binary tree (heap order) with an early exit on small weights. */
const treeSum = (w: Float64Array, node: number, scale: number): number => {
  if (node >= w.length) return 0;
  const v = w[node] * scale;
  if (Math.abs(v) < 1e-3) return v;
  return v + treeSum(w, 2 * node + 1, scale * 0.5) + treeSum(w, 2 * node + 2, scale * 0.5);
};
export function heapTreeSum(w: Float64Array, s: number): number {
  return treeSum(w, 0, s);
}
