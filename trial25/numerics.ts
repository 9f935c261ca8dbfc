// Numerics: Newton, Simpson, Thomas, Horner, continued fractions.

/** Cube root of a by a fixed number of Newton iterations. */
export function newtonCbrt(a: number, iters = 8): number {
  let x = a > 1 ? a / 3 : 1;
  for (let i = 0; i < iters; i++) x = x - (x * x * x - a) / (3 * x * x);
  return x;
}

/** Simpson's rule of exp(-c x^2) sin(w x) over [0, b]. */
export function simpson(c: number, w: number, b: number, n = 20): number {
  const f = (x: number) => Math.exp(-c * x * x) * Math.sin(w * x);
  const h = b / n;
  let s = f(0) + f(b);
  for (let i = 1; i < n; i++) s += (i % 2 === 1 ? 4 : 2) * f(i * h);
  return (s * h) / 3;
}

/** Thomas algorithm for a tridiagonal solve; returns the dot of the solution with itself. */
export function thomasNorm(a: Float64Array, b: Float64Array, c: Float64Array, d: Float64Array): number {
  const n = b.length;
  const cp = new Float64Array(n);
  const dp = new Float64Array(n);
  cp[0] = c[0] / b[0];
  dp[0] = d[0] / b[0];
  for (let i = 1; i < n; i++) {
    const m = b[i] - a[i] * cp[i - 1];
    cp[i] = i < n - 1 ? c[i] / m : 0;
    dp[i] = (d[i] - a[i] * dp[i - 1]) / m;
  }
  const x = new Float64Array(n);
  x[n - 1] = dp[n - 1];
  for (let i = n - 2; i >= 0; i--) x[i] = dp[i] - cp[i] * x[i + 1];
  let s = 0;
  for (const v of x) s += v * v;
  return s;
}

/** Horner evaluation of a polynomial with coefficients highest first. */
export function horner(coef: readonly number[], x: number): number {
  let acc = 0;
  for (const c of coef) acc = acc * x + c;
  return acc;
}

/** tan(x) by a Lambert continued fraction evaluated bottom-up (fixed depth). */
export function cfTan(x: number, depth = 10): number {
  let t = 2 * depth + 1;
  const x2 = x * x;
  for (let k = depth; k >= 1; k--) t = 2 * k - 1 - x2 / t;
  return x / t;
}

/** Recursive continued fraction for sqrt(1+x) style: f(n) = 1 + x/(2 + ...). */
function cfRec(x: number, n: number): number {
  if (n === 0) return 1;
  return 1 + x / (1 + cfRec(x, n - 1));
}
export function cfSqrt(x: number): number {
  return cfRec(x, 12);
}

/** Bisection-free root of a secular-like equation by Newton with early return on convergence. */
export function secularRoot(d1: number, d2: number, rho: number): number {
  let lam = 0.5 * (d1 + d2);
  for (let it = 0; it < 30; it++) {
    const g = 1 + rho / (d1 - lam) + rho / (d2 - lam);
    const dg = rho / (d1 - lam) ** 2 + rho / (d2 - lam) ** 2;
    const step = g / dg;
    lam -= step;
    if (Math.abs(step) < 1e-14) return lam;
  }
  return lam;
}

/** Arc length of a parametric curve by a fixed trapezoid, nested function declaration. */
export function arcLength(a: number, b: number, n = 16): number {
  function speed(t: number): number {
    return Math.hypot(-a * Math.sin(t), b * Math.cos(t));
  }
  let s = 0;
  const h = (Math.PI / 2) / n;
  for (let i = 0; i < n; i++) s += 0.5 * h * (speed(i * h) + speed((i + 1) * h));
  return s;
}

/** Softplus-smoothed max over a window via Math.max spread and abs/atan2 mix. */
export function smoothStuff(v: Float64Array, k: number): number {
  const big = Math.max(...v);
  let acc = 0;
  for (let i = 0; i < v.length; i++) acc += Math.log1p(Math.exp(k * (v[i] - big)));
  return big + acc / k + 0.01 * Math.atan2(v[0], Math.abs(v[1]) + 1);
}

/**
 * Power iteration-like Rayleigh quotient with a parameter reassigned (for --wrt).
 * @domain A [-1, 1] length 9
 * @domain x [0.2, 1] length 3
 */
export function rayleigh(A: Float64Array, x: Float64Array, s: number): number {
  s = s * s + 1;
  const n = x.length;
  let num = 0, den = 0;
  for (let i = 0; i < n; i++) {
    let Ax = 0;
    for (let j = 0; j < n; j++) Ax += A[i * n + j] * x[j];
    num += x[i] * Ax * s;
    den += x[i] * x[i];
  }
  return num / den;
}
