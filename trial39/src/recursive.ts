// Recursive routines: adaptive Simpson, de Casteljau, pairwise reductions.

function integrand(x: number, a: number, b: number): number {
  return Math.exp(-a * x * x) * Math.cos(b * x);
}

function simpsonRec(a: number, b: number, fa: number, fm: number, fb: number, whole: number, eps: number, depth: number, pa: number, pb: number): number {
  const m = 0.5 * (a + b);
  const lm = 0.5 * (a + m), rm = 0.5 * (m + b);
  const flm = integrand(lm, pa, pb), frm = integrand(rm, pa, pb);
  const left = ((m - a) / 6) * (fa + 4 * flm + fm);
  const right = ((b - m) / 6) * (fm + 4 * frm + fb);
  const delta = left + right - whole;
  if (depth <= 0 || Math.abs(delta) <= 15 * eps) return left + right + delta / 15;
  return simpsonRec(a, m, fa, flm, fm, left, eps / 2, depth - 1, pa, pb) + simpsonRec(m, b, fm, frm, fb, right, eps / 2, depth - 1, pa, pb);
}

/** ∫_lo^hi exp(-a x²) cos(b x) dx by adaptive Simpson (derivatives wrt a, b and the limits). */
export function adaptiveIntegral(a: number, b: number, lo: number, hi: number, eps = 1e-8): number {
  const fa = integrand(lo, a, b), fb = integrand(hi, a, b), fm = integrand(0.5 * (lo + hi), a, b);
  const whole = ((hi - lo) / 6) * (fa + 4 * fm + fb);
  return simpsonRec(lo, hi, fa, fm, fb, whole, eps, 20, a, b);
}

/** de Casteljau evaluation of a 1-D Bezier by recursion on the degree; pts are control values. */
function casteljau(pts: Float64Array, t: number): number {
  if (pts.length === 1) return pts[0];
  const next = new Float64Array(pts.length - 1);
  for (let i = 0; i < next.length; i++) next[i] = (1 - t) * pts[i] + t * pts[i + 1];
  return casteljau(next, t);
}

/** Squared distance of a 2-D Bezier curve point at t to (px, py). */
export function bezierDist(cx: Float64Array, cy: Float64Array, t: number, px: number, py: number): number {
  return (casteljau(cx, t) - px) ** 2 + (casteljau(cy, t) - py) ** 2;
}

/** Arc length of a 2-D Bezier by n chords. */
export function bezierLength(cx: Float64Array, cy: Float64Array, n: number): number {
  let len = 0;
  let x0 = casteljau(cx, 0), y0 = casteljau(cy, 0);
  for (let i = 1; i <= n; i++) {
    const t = i / n;
    const x1 = casteljau(cx, t), y1 = casteljau(cy, t);
    len += Math.hypot(x1 - x0, y1 - y0);
    x0 = x1;
    y0 = y1;
  }
  return len;
}

/** Pairwise (binary-tree) sum of squares over windows of the array. */
function treeSumSq(a: Float64Array): number {
  if (a.length <= 2) {
    let s = 0;
    for (const v of a) s += v * v;
    return s;
  }
  const h = a.length >> 1;
  return treeSumSq(a.subarray(0, h)) + treeSumSq(a.subarray(h));
}

export function pairwiseNorm(x: Float64Array): number {
  return Math.sqrt(treeSumSq(x));
}

/** Tree reduction of a log-sum-exp: lse of halves combined. */
function treeLse(a: Float64Array, lo: number, hi: number): number {
  if (hi - lo === 1) return a[lo];
  const mid = (lo + hi) >> 1;
  const l = treeLse(a, lo, mid), r = treeLse(a, mid, hi);
  const m = Math.max(l, r);
  return m + Math.log(Math.exp(l - m) + Math.exp(r - m));
}

export function treeLogSumExp(a: Float64Array): number {
  return treeLse(a, 0, a.length);
}

/** Horner by recursion: p(x) = c0 + x (c1 + x (…)). */
function hornerRec(c: number[], i: number, x: number): number {
  return i === c.length - 1 ? c[i] : c[i] + x * hornerRec(c, i + 1, x);
}

export function polyRoot1(c: number[], x: number): number {
  // one Newton step from x on p, with p' by differentiating the coefficients
  const tail = c.slice(1);
  const dc = tail.map((v, i) => v * (i + 1));
  return x - hornerRec(c, 0, x) / hornerRec(dc, 0, x);
}

/** recursion writing into its array argument then reading it (in-place prefix sums, recursive) */
function prefixRec(a: Float64Array, i: number): void {
  if (i >= a.length) return;
  a[i] = a[i] * 0.5 + a[i - 1];
  prefixRec(a, i + 1);
}
export function recPrefix(x: Float64Array): number {
  const a = Float64Array.from(x);
  prefixRec(a, 1);
  let s = 0;
  for (const v of a) s += v * v;
  return s;
}
