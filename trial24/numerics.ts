// Classic numerical kernels.

/** √a by a fixed number of Newton (Heron) steps. */
export function newtonSqrt(a: number, iters = 8): number {
  let x = a > 1 ? a : 1;
  for (let i = 0; i < iters; i++) x = 0.5 * (x + a / x);
  return x;
}

function integrand(x: number, w: number): number {
  return Math.exp(-x * x) * Math.cos(w * x);
}

/** Composite Simpson's rule of exp(-x²) cos(wx) over [a, b]. */
export function simpson(a: number, b: number, w: number, n = 20): number {
  const h = (b - a) / n;
  let s = integrand(a, w) + integrand(b, w);
  for (let i = 1; i < n; i++) s += (i % 2 === 1 ? 4 : 2) * integrand(a + i * h, w);
  return (s * h) / 3;
}

/** Thomas' algorithm: solve the tridiagonal system (a sub, b diag, c super) x = d into x. */
export function thomas(x: Float64Array, a: Float64Array, b: Float64Array, c: Float64Array, d: Float64Array): void {
  const n = d.length;
  const cp = new Float64Array(n);
  const dp = new Float64Array(n);
  cp[0] = c[0] / b[0];
  dp[0] = d[0] / b[0];
  for (let i = 1; i < n; i++) {
    const m = b[i] - a[i] * cp[i - 1];
    cp[i] = c[i] / m;
    dp[i] = (d[i] - a[i] * dp[i - 1]) / m;
  }
  x[n - 1] = dp[n - 1];
  for (let i = n - 2; i >= 0; i--) x[i] = dp[i] - cp[i] * x[i + 1];
}

/** ½‖x‖² of the solution of a tridiagonal system. */
export function thomasEnergy(a: Float64Array, b: Float64Array, c: Float64Array, d: Float64Array): number {
  const x = new Float64Array(d.length);
  thomas(x, a, b, c, d);
  let e = 0;
  for (const v of x) e += 0.5 * v * v;
  return e;
}

/** Horner's rule, coefficients from the highest degree. */
export function horner(coeffs: number[], x: number): number {
  let y = 0;
  for (const c of coeffs) y = y * x + c;
  return y;
}

/** tan x by Lambert's continued fraction, evaluated bottom-up. */
export function tanCF(x: number, depth = 12): number {
  const x2 = x * x;
  let f = 2 * depth + 1;
  for (let k = depth; k >= 1; k--) f = 2 * k - 1 - x2 / f;
  return x / f;
}

function cfTail(x2: number, k: number, depth: number): number {
  if (k > depth) return 2 * k - 1;
  return 2 * k - 1 - x2 / cfTail(x2, k + 1, depth);
}

/** tan x by the same continued fraction, recursively. */
export function tanCFRecursive(x: number, depth = 10): number {
  return x / cfTail(x * x, 1, depth);
}

/** Chebyshev series by Clenshaw's recurrence on [-1, 1]. */
export function clenshaw(c: Float64Array, x: number): number {
  let b1 = 0, b2 = 0;
  for (let k = c.length - 1; k >= 1; k--) {
    const t = 2 * x * b1 - b2 + c[k];
    b2 = b1;
    b1 = t;
  }
  return x * b1 - b2 + c[0];
}

/** Romberg integration of e^{sx} on [0, 1], 5 levels. */
export function romberg(s: number): number {
  const R = new Float64Array(25);
  let h = 1;
  R[0] = 0.5 * (1 + Math.exp(s));
  for (let i = 1; i < 5; i++) {
    h /= 2;
    let sum = 0;
    for (let k = 1; k < 2 ** i; k += 2) sum += Math.exp(s * k * h);
    R[i * 5] = 0.5 * R[(i - 1) * 5] + h * sum;
    for (let j = 1; j <= i; j++) R[i * 5 + j] = R[i * 5 + j - 1] + (R[i * 5 + j - 1] - R[(i - 1) * 5 + j - 1]) / (4 ** j - 1);
  }
  return R[24];
}

/** Fixed point of x = cos(a x), iterated until the step is tiny (or 200 passes). */
export function fixedPointCos(a: number): number {
  let x = 0.5;
  let n = 0;
  while (n < 200) {
    const y = Math.cos(a * x);
    if (Math.abs(y - x) < 1e-13) {
      x = y;
      break;
    }
    x = y;
    n++;
  }
  return x;
}

const GL_X = [-0.906179845938664, -0.5384693101056831, 0, 0.5384693101056831, 0.906179845938664];
const GL_W = [0.23692688505618908, 0.47862867049936647, 0.5688888888888889, 0.47862867049936647, 0.23692688505618908];

/** Five-point Gauss–Legendre of 1/(1 + k t²) over [a, b]. */
export function gaussLegendre(a: number, b: number, k: number): number {
  const m = 0.5 * (a + b), r = 0.5 * (b - a);
  let s = 0;
  for (let i = 0; i < 5; i++) {
    const t = m + r * GL_X[i];
    s += GL_W[i] / (1 + k * t * t);
  }
  return r * s;
}

/** Largest eigenvalue of [[a, b], [b, c]] by power iteration and a Rayleigh quotient. */
export function powerEig(a: number, b: number, c: number, iters = 30): number {
  let u = 1, v = 0.5;
  for (let i = 0; i < iters; i++) {
    const nu = a * u + b * v;
    const nv = b * u + c * v;
    const n = Math.hypot(nu, nv);
    u = nu / n;
    v = nv / n;
  }
  return u * (a * u + b * v) + v * (b * u + c * v);
}

/** Real root of t³ + p t + q (one real root) by Cardano. */
export function cardano(p: number, q: number): number {
  const disc = Math.sqrt((q * q) / 4 + (p * p * p) / 27);
  return Math.cbrt(-q / 2 + disc) + Math.cbrt(-q / 2 - disc);
}

/** Arithmetic–geometric mean. */
export function agm(a: number, b: number): number {
  for (let i = 0; i < 8; i++) [a, b] = [(a + b) / 2, Math.sqrt(a * b)];
  return a;
}

/** Lambert W (principal branch, x > -1/e) by Halley steps. */
export function lambertW(x: number): number {
  let w = x < 1 ? x : Math.log(x) - Math.log(Math.log(x) + 1e-300 + 1);
  for (let i = 0; i < 10; i++) {
    const ew = Math.exp(w);
    const f = w * ew - x;
    w -= f / (ew * (w + 1) - ((w + 2) * f) / (2 * w + 2));
  }
  return w;
}

/** Bisection-free secant for x³ + x = c, fixed count. */
export function secantCubic(c: number): number {
  let x0 = 0, x1 = 1;
  for (let i = 0; i < 12; i++) {
    const f0 = x0 ** 3 + x0 - c, f1 = x1 ** 3 + x1 - c;
    if (f1 === f0) break;
    const x2 = x1 - (f1 * (x1 - x0)) / (f1 - f0);
    x0 = x1;
    x1 = x2;
  }
  return x1;
}
