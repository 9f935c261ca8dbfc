// Recursion and helpers calling helpers, each with a loop twin where one is natural.

// ---------- 1. Felsenstein pruning over a tree in flat arrays (two-state symmetric model) ----------
// node i: left[i], right[i] children (-1 for a leaf); tip[i] the observed state at a leaf.

function transition(t: number, rate: number): [number, number] {
  const e = Math.exp(-2 * rate * t);
  return [0.5 + 0.5 * e, 0.5 - 0.5 * e]; // same, different
}

function pruneNode(i: number, left: Int32Array, right: Int32Array, tip: Int32Array, bl: Float64Array, rate: number): [number, number] {
  if (left[i] < 0) return tip[i] === 0 ? [1, 0] : [0, 1];
  const [l0, l1] = pruneNode(left[i], left, right, tip, bl, rate);
  const [r0, r1] = pruneNode(right[i], left, right, tip, bl, rate);
  const [ls, ld] = transition(bl[left[i]], rate);
  const [rs, rd] = transition(bl[right[i]], rate);
  return [(ls * l0 + ld * l1) * (rs * r0 + rd * r1), (ld * l0 + ls * l1) * (rd * r0 + rs * r1)];
}

export function felsensteinLogLik(bl: Float64Array, rate: number, left: Int32Array, right: Int32Array, tip: Int32Array): number {
  const [p0, p1] = pruneNode(0, left, right, tip, bl, rate);
  return Math.log(0.5 * p0 + 0.5 * p1);
}

/** The loop twin: children have larger indices than parents, so a backward sweep is a post-order. */
export function felsensteinLogLikLoop(bl: Float64Array, rate: number, left: Int32Array, right: Int32Array, tip: Int32Array): number {
  const n = left.length;
  const L0 = new Float64Array(n);
  const L1 = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    if (left[i] < 0) {
      L0[i] = tip[i] === 0 ? 1 : 0;
      L1[i] = 1 - L0[i];
      continue;
    }
    const a = left[i];
    const b = right[i];
    const [ls, ld] = transition(bl[a], rate);
    const [rs, rd] = transition(bl[b], rate);
    L0[i] = (ls * L0[a] + ld * L1[a]) * (rs * L0[b] + rd * L1[b]);
    L1[i] = (ld * L0[a] + ls * L1[a]) * (rd * L0[b] + rs * L1[b]);
  }
  return Math.log(0.5 * L0[0] + 0.5 * L1[0]);
}

// ---------- 2. Smoothed minimax over a full binary game tree in heap layout (mutual recursion) ----------
function softMaxNode(i: number, leaves: Float64Array, temp: number): number {
  const n = leaves.length; // leaves occupy heap slots n-1 .. 2n-2
  if (i >= n - 1) return leaves[i - (n - 1)];
  const a = softMinNode(2 * i + 1, leaves, temp);
  const b = softMinNode(2 * i + 2, leaves, temp);
  const m = Math.max(a, b);
  return m + temp * Math.log(Math.exp((a - m) / temp) + Math.exp((b - m) / temp));
}
function softMinNode(i: number, leaves: Float64Array, temp: number): number {
  const n = leaves.length;
  if (i >= n - 1) return leaves[i - (n - 1)];
  const a = softMaxNode(2 * i + 1, leaves, temp);
  const b = softMaxNode(2 * i + 2, leaves, temp);
  const m = Math.min(a, b);
  return m - temp * Math.log(Math.exp(-(a - m) / temp) + Math.exp(-(b - m) / temp));
}
export function softMinimax(leaves: Float64Array, temp = 0.2): number {
  return softMaxNode(0, leaves, temp);
}
export function softMinimaxLoop(leaves: Float64Array, temp = 0.2): number {
  const n = leaves.length;
  const v = new Float64Array(2 * n - 1);
  for (let k = 0; k < n; k++) v[n - 1 + k] = leaves[k];
  for (let i = n - 2; i >= 0; i--) {
    const depth = Math.floor(Math.log2(i + 1));
    const a = v[2 * i + 1];
    const b = v[2 * i + 2];
    if (depth % 2 === 0) {
      const m = Math.max(a, b);
      v[i] = m + temp * Math.log(Math.exp((a - m) / temp) + Math.exp((b - m) / temp));
    } else {
      const m = Math.min(a, b);
      v[i] = m - temp * Math.log(Math.exp(-(a - m) / temp) + Math.exp(-(b - m) / temp));
    }
  }
  return v[0];
}

// ---------- 3. Chebyshev polynomials by index doubling (memo-free) ----------
function chebT(n: number, x: number): number {
  if (n === 0) return 1;
  if (n === 1) return x;
  const m = n >> 1;
  if (n % 2 === 0) {
    const t = chebT(m, x);
    return 2 * t * t - 1;
  }
  return 2 * chebT(m, x) * chebT(m + 1, x) - x;
}
/** A Chebyshev series on [a, b]. */
export function chebSeries(coef: Float64Array, x: number, a = -1, b = 1): number {
  const u = (2 * x - a - b) / (b - a);
  let s = 0;
  for (let k = 0; k < coef.length; k++) s += coef[k] * chebT(k, u);
  return s;
}
export function chebSeriesLoop(coef: Float64Array, x: number, a = -1, b = 1): number {
  const u = (2 * x - a - b) / (b - a);
  let t0 = 1;
  let t1 = u;
  let s = coef[0];
  if (coef.length > 1) s += coef[1] * u;
  for (let k = 2; k < coef.length; k++) {
    [t0, t1] = [t1, 2 * u * t1 - t0];
    s += coef[k] * t1;
  }
  return s;
}

// ---------- 4. Leslie matrix population projection by recursive squaring ----------
function matmul3(A: readonly number[], B: readonly number[]): number[] {
  const C = new Array<number>(9).fill(0);
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) for (let k = 0; k < 3; k++) C[i * 3 + j] += A[i * 3 + k] * B[k * 3 + j];
  return C;
}
function matpow3(M: readonly number[], n: number): number[] {
  if (n === 1) return M.slice();
  const half = matpow3(M, n >> 1);
  const sq = matmul3(half, half);
  return n % 2 === 0 ? sq : matmul3(sq, M);
}
function leslie(f: Float64Array, s: Float64Array): number[] {
  return [f[0], f[1], f[2], s[0], 0, 0, 0, s[1], 0];
}
/** log of total population after `years` from a start vector. */
export function lesliePopulation(fec: Float64Array, surv: Float64Array, n0: Float64Array, years: number): number {
  const P = matpow3(leslie(fec, surv), years);
  let total = 0;
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) total += P[i * 3 + j] * n0[j];
  return Math.log(total);
}
export function lesliePopulationLoop(fec: Float64Array, surv: Float64Array, n0: Float64Array, years: number): number {
  let x = [n0[0], n0[1], n0[2]];
  for (let y = 0; y < years; y++) {
    x = [fec[0] * x[0] + fec[1] * x[1] + fec[2] * x[2], surv[0] * x[0], surv[1] * x[1]];
  }
  return Math.log(x[0] + x[1] + x[2]);
}

// ---------- 5. exp by scaling and squaring (recursive), used in a growth model ----------
function expRec(x: number): number {
  if (Math.abs(x) < 1e-3) return 1 + x * (1 + x * (0.5 + x * (1 / 6 + x / 24)));
  const h = expRec(x / 2);
  return h * h;
}
export function logisticGrowth(r: number, K: number, n0: number, t: number): number {
  const e = expRec(r * t);
  return (K * n0 * e) / (K + n0 * (e - 1));
}

// ---------- 6. Arithmetic-geometric mean: ellipse perimeter (recursive and loop) ----------
function agm(a: number, b: number, sumTerm: number, pow2: number): [number, number] {
  if (Math.abs(a - b) <= 1e-15 * a) return [a, sumTerm];
  const c = 0.5 * (a - b);
  return agm(0.5 * (a + b), Math.sqrt(a * b), sumTerm + pow2 * c * c, pow2 * 2);
}
export function ellipsePerimeter(a: number, b: number): number {
  // C = 2 pi (a^2 - sum_n 2^(n-1) c_n^2) / M(a, b), c_0^2 = a^2 - b^2
  const [m, s] = agm(a, b, 0.5 * (a * a - b * b), 1);
  return (2 * Math.PI * (a * a - s)) / m;
}
export function ellipsePerimeterLoop(a: number, b: number): number {
  let x = a;
  let y = b;
  let s = 0.5 * (a * a - b * b);
  let p = 1;
  while (Math.abs(x - y) > 1e-15 * x) {
    const c = 0.5 * (x - y);
    s += p * c * c;
    p *= 2;
    [x, y] = [0.5 * (x + y), Math.sqrt(x * y)];
  }
  return (2 * Math.PI * (a * a - s)) / x;
}

// ---------- 7. Koch-like fractal antenna length with a smooth generator angle ----------
function kochLength(x0: number, y0: number, x1: number, y1: number, angle: number, depth: number): number {
  if (depth === 0) return Math.hypot(x1 - x0, y1 - y0);
  const dx = (x1 - x0) / 3;
  const dy = (y1 - y0) / 3;
  const ax = x0 + dx;
  const ay = y0 + dy;
  const bx = x0 + 2 * dx;
  const by = y0 + 2 * dy;
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const px = ax + c * dx - s * dy;
  const py = ay + s * dx + c * dy;
  return (
    kochLength(x0, y0, ax, ay, angle, depth - 1) +
    kochLength(ax, ay, px, py, angle, depth - 1) +
    kochLength(px, py, bx, by, angle, depth - 1) +
    kochLength(bx, by, x1, y1, angle, depth - 1)
  );
}
export function kochAntennaLength(span: number, angle: number, depth = 3): number {
  return kochLength(0, 0, span, 0, angle, depth);
}

// ---------- 8. Continuant: determinant of a tridiagonal spring-chain matrix (memo-free, 2 branches) ----------
function continuant(k: number, diag: Float64Array, off: Float64Array, lambda: number): number {
  if (k < 0) return 1;
  if (k === 0) return diag[0] - lambda;
  return (diag[k] - lambda) * continuant(k - 1, diag, off, lambda) - off[k - 1] * off[k - 1] * continuant(k - 2, diag, off, lambda);
}
/** Characteristic polynomial of a spring chain at lambda (sign indicates the eigenvalue count parity). */
export function chainCharPoly(diag: Float64Array, off: Float64Array, lambda: number): number {
  return continuant(diag.length - 1, diag, off, lambda);
}
export function chainCharPolyLoop(diag: Float64Array, off: Float64Array, lambda: number): number {
  let fPrev = 1;
  let f = diag[0] - lambda;
  for (let k = 1; k < diag.length; k++) {
    const next = (diag[k] - lambda) * f - off[k - 1] * off[k - 1] * fPrev;
    fPrev = f;
    f = next;
  }
  return f;
}

// ---------- 9. A smoothing-spline fit: loss -> predict -> segment -> basis ----------
function hermiteBasis(t: number): [number, number, number, number] {
  const t2 = t * t;
  const t3 = t2 * t;
  return [2 * t3 - 3 * t2 + 1, t3 - 2 * t2 + t, -2 * t3 + 3 * t2, t3 - t2];
}
function segmentOf(x: number, knots: Float64Array): number {
  let lo = 0;
  let hi = knots.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (knots[mid] <= x) lo = mid;
    else hi = mid;
  }
  return lo;
}
function slopeAt(i: number, knots: Float64Array, vals: Float64Array): number {
  if (i === 0) return (vals[1] - vals[0]) / (knots[1] - knots[0]);
  if (i === knots.length - 1) return (vals[i] - vals[i - 1]) / (knots[i] - knots[i - 1]);
  return (vals[i + 1] - vals[i - 1]) / (knots[i + 1] - knots[i - 1]);
}
function predict(x: number, knots: Float64Array, vals: Float64Array): number {
  const i = segmentOf(x, knots);
  const h = knots[i + 1] - knots[i];
  const [h00, h10, h01, h11] = hermiteBasis((x - knots[i]) / h);
  return h00 * vals[i] + h10 * h * slopeAt(i, knots, vals) + h01 * vals[i + 1] + h11 * h * slopeAt(i + 1, knots, vals);
}
function roughness(vals: Float64Array): number {
  let r = 0;
  for (let i = 1; i + 1 < vals.length; i++) r += (vals[i + 1] - 2 * vals[i] + vals[i - 1]) ** 2;
  return r;
}
export function splineFitLoss(vals: Float64Array, knots: Float64Array, xs: Float64Array, ys: Float64Array, lambda = 0.1): number {
  let sse = 0;
  for (let k = 0; k < xs.length; k++) sse += (predict(xs[k], knots, vals) - ys[k]) ** 2;
  return sse + lambda * roughness(vals);
}

// ---------- 10. Yoshida composition: a 2k-th order symplectic integrator built recursively (Morse oscillator) ----------
function morseForce(q: number, D: number, a: number): number {
  const e = Math.exp(-a * q);
  return -2 * D * a * (e - e * e);
}
function leapfrog(q: number, p: number, h: number, D: number, a: number): [number, number] {
  const pHalf = p + 0.5 * h * morseForce(q, D, a);
  const qn = q + h * pHalf;
  return [qn, pHalf + 0.5 * h * morseForce(qn, D, a)];
}
function yoshidaStep(q: number, p: number, h: number, order: number, D: number, a: number): [number, number] {
  if (order <= 2) return leapfrog(q, p, h, D, a);
  const k = order - 2;
  const w1 = 1 / (2 - 2 ** (1 / (k + 1)));
  const w0 = 1 - 2 * w1;
  let [q1, p1] = yoshidaStep(q, p, w1 * h, order - 2, D, a);
  [q1, p1] = yoshidaStep(q1, p1, w0 * h, order - 2, D, a);
  return yoshidaStep(q1, p1, w1 * h, order - 2, D, a);
}
/** Energy drift after `steps` of a 4th-order Yoshida integrator (a molecule's bond). */
export function morseEnergyDrift(q0: number, p0: number, D: number, a: number, h = 0.05, steps = 40): number {
  const energy = (q: number, p: number) => 0.5 * p * p + D * (1 - Math.exp(-a * q)) ** 2;
  let q = q0;
  let p = p0;
  for (let s = 0; s < steps; s++) [q, p] = yoshidaStep(q, p, h, 4, D, a);
  return energy(q, p) - energy(q0, p0) + q;
}
export function morseEnergyDriftLoop(q0: number, p0: number, D: number, a: number, h = 0.05, steps = 40): number {
  const energy = (q: number, p: number) => 0.5 * p * p + D * (1 - Math.exp(-a * q)) ** 2;
  const w1 = 1 / (2 - 2 ** (1 / 3));
  const w0 = 1 - 2 * w1;
  const ws = [w1, w0, w1];
  let q = q0;
  let p = p0;
  for (let s = 0; s < steps; s++) {
    for (const w of ws) [q, p] = leapfrog(q, p, w * h, D, a);
  }
  return energy(q, p) - energy(q0, p0) + q;
}
