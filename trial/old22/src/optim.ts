// Optimisation objectives.

import { mean } from './stats.js';

const A_RASTRIGIN = 10;
const TWO_PI = 2 * Math.PI;

/** @domain x [-2, 2] length 6 */
export function rosenbrock(x: Float64Array): number {
  let f = 0;
  for (let i = 0; i + 1 < x.length; i++) f += 100 * (x[i + 1] - x[i] * x[i]) ** 2 + (1 - x[i]) ** 2;
  return f;
}

/** @domain x [-4, 4]
 * @domain y [-4, 4]
 */
export function himmelblau(x: number, y: number): number {
  return (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2;
}

/** @domain x [-5, 5] length 4 */
export function rastrigin(x: number[]): number {
  return A_RASTRIGIN * x.length + x.reduce((s, xi) => s + xi * xi - A_RASTRIGIN * Math.cos(TWO_PI * xi), 0);
}

/** Rastrigin with a plain loop.
 * @domain x [-5, 5] length 4
 */
export function rastriginLoop(x: number[]): number {
  let s = A_RASTRIGIN * x.length;
  for (const xi of x) s += xi * xi - A_RASTRIGIN * Math.cos(TWO_PI * xi);
  return s;
}

/** @domain x [-3, 3] length 3 */
export function ackley(x: Float64Array): number {
  const n = x.length;
  let s1 = 0, s2 = 0;
  for (let i = 0; i < n; i++) {
    s1 += x[i] * x[i];
    s2 += Math.cos(TWO_PI * x[i]);
  }
  return -20 * Math.exp(-0.2 * Math.sqrt(s1 / n)) - Math.exp(s2 / n) + 20 + Math.E;
}

/** @domain x [-4, 4]
 * @domain y [-4, 4]
 */
export function beale(x: number, y: number): number {
  return (1.5 - x + x * y) ** 2 + (2.25 - x + x * y * y) ** 2 + (2.625 - x + x * y ** 3) ** 2;
}

/** @domain x [-5, 5] length 3 */
export function styblinskiTang(x: Float64Array): number {
  let s = 0;
  for (const v of x) s += v ** 4 - 16 * v ** 2 + 5 * v;
  return s / 2;
}

/** Log-barrier objective with an early return for infeasible points.
 * @domain x (0.1, 0.9) length 3
 * @domain t (1, 10)
 */
export function barrierObjective(x: Float64Array, t: number): number {
  let obj = 0, slack = 1;
  for (let i = 0; i < x.length; i++) {
    if (x[i] <= 0) return Infinity;
    obj += (i + 1) * x[i] * x[i];
    slack -= x[i] / 3;
  }
  if (slack <= 0) return Infinity;
  let bar = -Math.log(slack);
  for (const xi of x) bar -= Math.log(xi);
  return t * obj + bar;
}

/** Penalised objective with a quadratic penalty ternary.
 * @domain x [-2, 2]
 * @domain y [-2, 2]
 * @domain mu (1, 10)
 */
export function penalty(x: number, y: number, mu: number): number {
  const g = x + y - 1; // x + y <= 1
  const h = x * x - y; // x^2 <= y
  return (x - 2) ** 2 + (y - 1) ** 2 + mu * ((g > 0 ? g * g : 0) + (h > 0 ? h * h : 0));
}

/** Backtracking line search along -grad on a quadratic: returns f at the accepted point.
 * The step size comes out of a while loop with a break.
 * @domain x [-2, 2] length 3
 * @domain d (0.5, 3) length 3
 */
export function lineSearchValue(x: Float64Array, d: Float64Array): number {
  const n = x.length;
  const g = new Float64Array(n);
  let f0 = 0, gg = 0;
  for (let i = 0; i < n; i++) {
    f0 += 0.5 * d[i] * x[i] * x[i];
    g[i] = d[i] * x[i];
    gg += g[i] * g[i];
  }
  let step = 1;
  let fNew = f0;
  while (step > 1e-8) {
    fNew = 0;
    for (let i = 0; i < n; i++) {
      const xi = x[i] - step * g[i];
      fNew += 0.5 * d[i] * xi * xi;
    }
    if (fNew <= f0 - 0.3 * step * gg) break;
    step *= 0.5;
  }
  return fNew;
}

/** Gradient descent steps written out, returns final objective (unrolled optimiser).
 * @domain x0 [-1, 1] length 2
 * @domain lr (0.01, 0.1)
 */
export function gdUnrolled(x0: Float64Array, lr: number): number {
  let a = x0[0], b = x0[1];
  for (let k = 0; k < 25; k++) {
    const ga = 2 * (a - 1) + 0.4 * a * b * b;
    const gb = 4 * (b + 0.5) + 0.4 * a * a * b;
    a -= lr * ga;
    b -= lr * gb;
  }
  return (a - 1) ** 2 + 2 * (b + 0.5) ** 2 + 0.1 * a * a * b * b;
}

/** Least squares of a model given by a closure over the data.
 * @domain params [-1, 1] length 3
 * @domain ts [0, 2] length 5
 * @domain ys [-1, 1] length 5
 */
export function curveFitClosure(params: Float64Array, ts: Float64Array, ys: Float64Array): number {
  const model = (t: number) => params[0] * Math.exp(-params[1] * t) + params[2];
  let s = 0;
  for (let i = 0; i < ts.length; i++) s += (model(ts[i]) - ys[i]) ** 2;
  return s;
}

function expModel(p: Float64Array, t: number): number {
  return p[0] * Math.exp(-p[1] * t) + p[2];
}

/** Same fit with a top-level helper.
 * @domain params [-1, 1] length 3
 * @domain ts [0, 2] length 5
 * @domain ys [-1, 1] length 5
 */
export function curveFit(params: Float64Array, ts: Float64Array, ys: Float64Array): number {
  let s = 0;
  for (let i = 0; i < ts.length; i++) s += (expModel(params, ts[i]) - ys[i]) ** 2;
  return s;
}

/** Matrix factorisation loss with a mask (Uint8Array) and L2.
 * @domain U [-1, 1] length 6
 * @domain V [-1, 1] length 6
 * @domain R [-1, 1] length 9
 * @domain mask int [0, 1] length 9
 */
export function matrixFactorization(U: Float64Array, V: Float64Array, R: Float64Array, mask: Uint8Array, lambda = 0.1): number {
  const k = 2, n = 3;
  let loss = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (!mask[i * n + j]) continue;
      let pred = 0;
      for (let f = 0; f < k; f++) pred += U[i * k + f] * V[j * k + f];
      loss += (pred - R[i * n + j]) ** 2;
    }
  }
  let reg = 0;
  for (let i = 0; i < U.length; i++) reg += U[i] * U[i] + V[i] * V[i];
  return loss + lambda * reg;
}

/** Logistic regression loss over rows, with the mean helper from another module.
 * @domain w [-1, 1] length 3
 * @domain X [-1, 1] length 15
 * @domain y [0, 1] length 5
 */
export function logisticLoss(w: Float64Array, X: Float64Array, y: Float64Array): number {
  const losses = new Float64Array(y.length);
  for (let r = 0; r < y.length; r++) {
    let z = 0;
    for (let c = 0; c < 3; c++) z += w[c] * X[r * 3 + c];
    losses[r] = Math.log1p(Math.exp(-z)) + (1 - y[r]) * z;
  }
  return mean(losses);
}

/** Objective using a switch on a mode string.
 * @domain x [-2, 2]
 */
export function modeObjective(x: number, mode: 'quad' | 'abs' | 'exp'): number {
  switch (mode) {
    case 'quad':
      return x * x;
    case 'abs':
      return Math.abs(x) + 0.1 * x;
    default:
      return Math.exp(x) - x;
  }
}

/** Objective reading an object parameter (expect refusal).
 * @domain x [-2, 2]
 */
export function objectParam(x: number, opts: { scale: number }): number {
  return opts.scale * x * x;
}

/** Nesterov-smoothed max via log-sum-exp of a vector of affine functions.
 * @domain x [-1, 1] length 2
 * @domain mu (0.05, 0.5)
 */
export function smoothMaxAffine(x: Float64Array, mu: number): number {
  const A = [1, 2, -1, 0.5, 0.3, -2, -1, -1];
  const b = [0.1, -0.2, 0.3, 0];
  const vals: number[] = [];
  for (let r = 0; r < 4; r++) vals.push((A[2 * r] * x[0] + A[2 * r + 1] * x[1] + b[r]) / mu);
  const m = Math.max(...vals);
  let s = 0;
  for (const v of vals) s += Math.exp(v - m);
  return mu * (m + Math.log(s));
}

/** Trust-region style clipped step, with Math.min(a, ...w).
 * @domain g [-2, 2] length 3
 * @domain radius (0.5, 2)
 */
export function clippedStepNorm(g: Float64Array, radius: number): number {
  const n = Math.hypot(g[0], g[1], g[2]);
  const scale = Math.min(1, radius / n);
  let m = 0;
  for (let i = 0; i < 3; i++) m += (scale * g[i]) ** 2 * (i + 1);
  return m;
}

/** Try/catch around a computation (expect refusal).
 * @domain x (0.1, 2)
 */
export function guardedLog(x: number): number {
  try {
    return Math.log(x);
  } catch {
    return 0;
  }
}

/** Uses Math.random (expect refusal).
 * @domain x [-1, 1]
 */
export function noisyObjective(x: number): number {
  return x * x + 0.01 * Math.random();
}
