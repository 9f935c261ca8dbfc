// Numerical methods: quadrature tables, iterations with fixed counts, solves.

/**
 * Romberg integration of exp(-a x²) cos(b x) over [0, 1], a 5-level table.
 * @domain a [0.5, 2]
 * @domain b [1, 4]
 */
export function romberg(a: number, b: number): number {
  const f = (x: number) => Math.exp(-a * x * x) * Math.cos(b * x);
  const levels = 5;
  const R = new Float64Array(levels * levels);
  let h = 1;
  R[0] = 0.5 * h * (f(0) + f(1));
  for (let i = 1; i < levels; i++) {
    h /= 2;
    let s = 0;
    for (let k = 1; k < 1 << i; k += 2) s += f(k * h);
    R[i * levels] = 0.5 * R[(i - 1) * levels] + h * s;
    for (let j = 1; j <= i; j++) {
      const p = 4 ** j;
      R[i * levels + j] = (p * R[i * levels + j - 1] - R[(i - 1) * levels + j - 1]) / (p - 1);
    }
  }
  return R[levels * levels - 1];
}

/**
 * Cube root by a fixed count of Newton iterations from a crude start.
 * @domain v [2, 30]
 */
export function cubeRootNewton(v: number): number {
  let x = v > 1 ? v / 3 : 1;
  for (let k = 0; k < 30; k++) x = x - (x * x * x - v) / (3 * x * x);
  return x;
}

/**
 * Thomas solve of a diagonally dominant tridiagonal system; weighted sum of the solution.
 * @domain lower [-1, 1] length 6
 * @domain diag [3, 4] length 6
 * @domain upper [-1, 1] length 6
 * @domain rhs [-1, 1] length 6
 * @domain weights [-1, 1] length 6
 */
export function thomasWeighted(lower: Float64Array, diag: Float64Array, upper: Float64Array, rhs: Float64Array, weights: Float64Array): number {
  const n = diag.length;
  const c = new Float64Array(n);
  const d = new Float64Array(n);
  c[0] = upper[0] / diag[0];
  d[0] = rhs[0] / diag[0];
  for (let i = 1; i < n; i++) {
    const m = diag[i] - lower[i] * c[i - 1];
    c[i] = i < n - 1 ? upper[i] / m : 0;
    d[i] = (rhs[i] - lower[i] * d[i - 1]) / m;
  }
  const x = new Float64Array(n);
  x[n - 1] = d[n - 1];
  for (let i = n - 2; i >= 0; i--) x[i] = d[i] - c[i] * x[i + 1];
  let s = 0;
  for (let i = 0; i < n; i++) s += weights[i] * x[i];
  return s;
}

const ERF_COEFS = [0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429];

/**
 * erf by Abramowitz-Stegun 7.1.26, Horner over a constant table.
 * @domain x [0.2, 2]
 */
export function erfApprox(x: number): number {
  const s = Math.sign(x);
  const ax = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * ax);
  let poly = 0;
  for (let i = ERF_COEFS.length - 1; i >= 0; i--) poly = poly * t + ERF_COEFS[i];
  poly *= t;
  return s * (1 - poly * Math.exp(-ax * ax));
}

/**
 * tanh(x) by the continued fraction x / (1 + x²/(3 + x²/(5 + …))), evaluated bottom-up.
 * @domain x [-2, 2]
 * @domain depth int [6, 10]
 */
export function tanhContinued(x: number, depth: number): number {
  const x2 = x * x;
  let acc = 2 * depth + 1;
  for (let k = depth - 1; k >= 0; k--) acc = 2 * k + 1 + x2 / acc;
  return x / acc;
}

/** Higher-order helper: composite Simpson integrator taking a callback. */
function integrate(f: (t: number) => number, a: number, b: number, n: number): number {
  const h = (b - a) / n;
  let s = f(a) + f(b);
  for (let i = 1; i < n; i++) s += (i % 2 === 1 ? 4 : 2) * f(a + i * h);
  return (s * h) / 3;
}

/**
 * ∫_0^L of a damped oscillation, through the callback helper with an arrow literal closing over k, c.
 * @domain k [1, 4]
 * @domain c [0.1, 1]
 * @domain len [2, 4]
 */
export function dampedArea(k: number, c: number, len: number): number {
  return integrate((t) => Math.exp(-c * t) * Math.sin(k * t), 0, len, 16);
}

/**
 * Chebyshev series by Clenshaw's recurrence on [-1, 1].
 * @domain coefs [-1, 1] length 6
 * @domain x [-0.9, 0.9]
 */
export function clenshaw(coefs: Float64Array, x: number): number {
  let b1 = 0, b2 = 0;
  for (let k = coefs.length - 1; k >= 1; k--) {
    const b0 = 2 * x * b1 - b2 + coefs[k];
    b2 = b1;
    b1 = b0;
  }
  return x * b1 - b2 + coefs[0];
}
