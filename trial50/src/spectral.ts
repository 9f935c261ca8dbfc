// Spectral methods ported from Trefethen's "Spectral Methods in MATLAB" and Numerical Recipes'
// chebft/chebev, written as C would be: flat matrices D[i * N + j], index arithmetic, in-place
// updates, Gaussian elimination with partial pivoting.

/** Chebyshev points x_j = cos(pi j / n), j = 0..n, and the differentiation matrix (cheb.m), out-parameters. */
function chebD(n: number, x: Float64Array, D: Float64Array): void {
  const N = n + 1;
  for (let j = 0; j <= n; j++) x[j] = Math.cos((Math.PI * j) / n);
  for (let i = 0; i <= n; i++) {
    const ci = i === 0 || i === n ? 2 : 1;
    let rowSum = 0;
    for (let j = 0; j <= n; j++) {
      if (i === j) continue;
      const cj = j === 0 || j === n ? 2 : 1;
      const sign = (i + j) % 2 === 0 ? 1 : -1;
      const v = (ci / cj) * sign / (x[i] - x[j]);
      D[i * N + j] = v;
      rowSum += v;
    }
    D[i * N + i] = -rowSum;
  }
}

/** Spectral derivative of u(x) = exp(a x) sin(b x) on n + 1 Chebyshev points; squared error against u'. */
export function chebDerivError(a: number, b: number, n: number): number {
  const N = n + 1;
  const x = new Float64Array(N), D = new Float64Array(N * N), u = new Float64Array(N);
  chebD(n, x, D);
  for (let j = 0; j < N; j++) u[j] = Math.exp(a * x[j]) * Math.sin(b * x[j]);
  let err = 0;
  for (let i = 0; i < N; i++) {
    let du = 0;
    for (let j = 0; j < N; j++) du += D[i * N + j] * u[j];
    const exact = Math.exp(a * x[i]) * (a * Math.sin(b * x[i]) + b * Math.cos(b * x[i]));
    err += (du - exact) * (du - exact);
  }
  return err + u[n >> 1];
}

/** Clenshaw-Curtis quadrature of 1 / (1 + k (x - c)^2) on [-1, 1] (clencurt.m: weights by a cosine sum). */
export function clenshawCurtis(k: number, c: number, n: number): number {
  let total = 0;
  for (let j = 0; j <= n; j++) {
    const th = (Math.PI * j) / n;
    let w: number;
    if (j === 0 || j === n) {
      w = 1 / (n * n - 1);
    } else {
      let v = 1;
      let m = 1;
      while (m < n / 2) {
        v -= (2 * Math.cos(2 * m * th)) / (4 * m * m - 1);
        m++;
      }
      if (n % 2 === 0) v -= Math.cos(n * th) / (n * n - 1);
      w = (2 * v) / n;
    }
    const xj = Math.cos(th);
    total += w / (1 + k * (xj - c) * (xj - c));
  }
  return total;
}

/** NR chebft + chebev: Chebyshev coefficients of tanh(s x) on [lo, hi], evaluated at y by Clenshaw's recurrence. */
export function chebFitEval(s: number, lo: number, hi: number, y: number, n: number): number {
  const c = new Float64Array(n), f = new Float64Array(n);
  const bma = 0.5 * (hi - lo), bpa = 0.5 * (hi + lo);
  for (let k = 0; k < n; k++) {
    const yk = Math.cos((Math.PI * (k + 0.5)) / n);
    f[k] = Math.tanh(s * (yk * bma + bpa));
  }
  const fac = 2 / n;
  for (let j = 0; j < n; j++) {
    let sum = 0;
    for (let k = 0; k < n; k++) sum += f[k] * Math.cos((Math.PI * j * (k + 0.5)) / n);
    c[j] = fac * sum;
  }
  // chebev
  let d = 0, dd = 0, sv: number;
  const t = (2 * y - lo - hi) / (hi - lo), t2 = 2 * t;
  for (let j = n - 1; j >= 1; j--) {
    sv = d;
    d = t2 * d - dd + c[j];
    dd = sv;
  }
  return t * d - dd + 0.5 * c[0];
}

/** Solve A x = b in place by Gaussian elimination with partial pivoting (row swaps), back substitution. */
function gaussSolve(A: Float64Array, b: Float64Array, n: number): void {
  for (let k = 0; k < n; k++) {
    let p = k;
    let big = Math.abs(A[k * n + k]);
    for (let i = k + 1; i < n; i++) {
      if (Math.abs(A[i * n + k]) > big) { big = Math.abs(A[i * n + k]); p = i; }
    }
    if (p !== k) {
      for (let j = 0; j < n; j++) { const t = A[k * n + j]; A[k * n + j] = A[p * n + j]; A[p * n + j] = t; }
      const t = b[k]; b[k] = b[p]; b[p] = t;
    }
    for (let i = k + 1; i < n; i++) {
      const m = A[i * n + k] / A[k * n + k];
      if (m === 0) continue;
      for (let j = k; j < n; j++) A[i * n + j] -= m * A[k * n + j];
      b[i] -= m * b[k];
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = b[i];
    for (let j = i + 1; j < n; j++) s -= A[i * n + j] * b[j];
    b[i] = s / A[i * n + i];
  }
}

/** Collocation for u'' - k u = exp(q x), u(+-1) = 0 (p13.m): D^2 inner block, solved; returns u at the midpoint + sum u^2. */
export function chebBvp(k: number, q: number, n: number): number {
  const N = n + 1;
  const x = new Float64Array(N), D = new Float64Array(N * N);
  chebD(n, x, D);
  const m = n - 1;
  const A = new Float64Array(m * m), rhs = new Float64Array(m);
  for (let i = 1; i < n; i++) {
    for (let j = 1; j < n; j++) {
      let s = 0;
      for (let l = 0; l < N; l++) s += D[i * N + l] * D[l * N + j];
      A[(i - 1) * m + (j - 1)] = s - (i === j ? k : 0);
    }
    rhs[i - 1] = Math.exp(q * x[i]);
  }
  gaussSolve(A, rhs, m);
  let ss = 0;
  for (let i = 0; i < m; i++) ss += rhs[i] * rhs[i];
  return rhs[m >> 1] + ss;
}

/** Barycentric interpolation on Chebyshev points of the second kind; an exact node hit returns f_j early. */
export function baryInterp(fvals: Float64Array, x: number): number {
  const n = fvals.length - 1;
  let num = 0, den = 0;
  for (let j = 0; j <= n; j++) {
    const xj = Math.cos((Math.PI * j) / n);
    const diff = x - xj;
    if (diff === 0) return fvals[j];
    let w = j % 2 === 0 ? 1 : -1;
    if (j === 0 || j === n) w *= 0.5;
    const t = w / diff;
    num += t * fvals[j];
    den += t;
  }
  return num / den;
}

/** Heat equation u_t = nu u_xx with Dirichlet ends by Chebyshev collocation, explicit Euler steps. */
export function spectralHeat(u0: Float64Array, nu: number, dt: number, steps: number): number {
  const n = u0.length - 1, N = n + 1;
  const x = new Float64Array(N), D = new Float64Array(N * N), D2 = new Float64Array(N * N);
  chebD(n, x, D);
  for (let i = 0; i < N; i++)
    for (let j = 0; j < N; j++) {
      let s = 0;
      for (let l = 0; l < N; l++) s += D[i * N + l] * D[l * N + j];
      D2[i * N + j] = s;
    }
  const u = u0.slice();
  u[0] = 0; u[n] = 0;
  const du = new Float64Array(N);
  let step = 0;
  do {
    for (let i = 1; i < n; i++) {
      let s = 0;
      for (let j = 0; j < N; j++) s += D2[i * N + j] * u[j];
      du[i] = s;
    }
    for (let i = 1; i < n; i++) u[i] += dt * nu * du[i];
    step++;
  } while (step < steps);
  let e = 0;
  for (let i = 0; i < N; i++) e += u[i] * u[i];
  return e;
}
