// Linear algebra, interpolation, quadrature, roots and ODEs ported from Numerical Recipes in C:
// ludcmp/lubksb with NR's 1-based indexing on flat arrays (a[i * (n + 1) + j], row and column 0
// unused), tridag, polint, trapzd/qsimp with the running sum passed in and out, rtsafe, rk4 with
// an out-parameter derivative routine.

const TINY = 1.0e-20;

/** NR ludcmp: LU of a (1-based, stride n + 1) in place with implicit pivoting; indx[1..n]; returns d = +-1. */
function ludcmp(a: Float64Array, n: number, indx: Int32Array, vv: Float64Array): number {
  const s = n + 1;
  let d = 1.0;
  let imax = 0;
  for (let i = 1; i <= n; i++) {
    let big = 0.0;
    for (let j = 1; j <= n; j++) {
      const temp = Math.abs(a[i * s + j]);
      if (temp > big) big = temp;
    }
    vv[i] = 1.0 / big;
  }
  for (let j = 1; j <= n; j++) {
    for (let i = 1; i < j; i++) {
      let sum = a[i * s + j];
      for (let k = 1; k < i; k++) sum -= a[i * s + k] * a[k * s + j];
      a[i * s + j] = sum;
    }
    let big = 0.0;
    for (let i = j; i <= n; i++) {
      let sum = a[i * s + j];
      for (let k = 1; k < j; k++) sum -= a[i * s + k] * a[k * s + j];
      a[i * s + j] = sum;
      const dum = vv[i] * Math.abs(sum);
      if (dum >= big) { big = dum; imax = i; }
    }
    if (j !== imax) {
      for (let k = 1; k <= n; k++) {
        const dum = a[imax * s + k];
        a[imax * s + k] = a[j * s + k];
        a[j * s + k] = dum;
      }
      d = -d;
      vv[imax] = vv[j];
    }
    indx[j] = imax;
    if (a[j * s + j] === 0.0) a[j * s + j] = TINY;
    if (j !== n) {
      const dum = 1.0 / a[j * s + j];
      for (let i = j + 1; i <= n; i++) a[i * s + j] *= dum;
    }
  }
  return d;
}

/** NR lubksb: forward and back substitution, b[1..n] in place. */
function lubksb(a: Float64Array, n: number, indx: Int32Array, b: Float64Array): void {
  const s = n + 1;
  let ii = 0;
  for (let i = 1; i <= n; i++) {
    const ip = indx[i];
    let sum = b[ip];
    b[ip] = b[i];
    if (ii) for (let j = ii; j <= i - 1; j++) sum -= a[i * s + j] * b[j];
    else if (sum) ii = i;
    b[i] = sum;
  }
  for (let i = n; i >= 1; i--) {
    let sum = b[i];
    for (let j = i + 1; j <= n; j++) sum -= a[i * s + j] * b[j];
    b[i] = sum / a[i * s + i];
  }
}

/** Solve A x = b (A n x n row-major, 0-based input) through ludcmp/lubksb; returns sum of x_i * c_i. */
export function luSolveDot(A: Float64Array, b: Float64Array, c: Float64Array): number {
  const n = b.length, s = n + 1;
  const a = new Float64Array(s * s), x = new Float64Array(s), vv = new Float64Array(s);
  const indx = new Int32Array(s);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= n; j++) a[i * s + j] = A[(i - 1) * n + (j - 1)];
    x[i] = b[i - 1];
  }
  ludcmp(a, n, indx, vv);
  lubksb(a, n, indx, x);
  let r = 0;
  for (let i = 1; i <= n; i++) r += x[i] * c[i - 1];
  return r;
}

/** log |det A| from the LU diagonal (NR: det = d * prod a[j][j]). */
export function luLogDet(A: Float64Array): number {
  const n = Math.round(Math.sqrt(A.length)), s = n + 1;
  const a = new Float64Array(s * s), vv = new Float64Array(s);
  const indx = new Int32Array(s);
  for (let i = 1; i <= n; i++) for (let j = 1; j <= n; j++) a[i * s + j] = A[(i - 1) * n + (j - 1)];
  const d = ludcmp(a, n, indx, vv);
  let ld = 0;
  let sign = d;
  for (let j = 1; j <= n; j++) {
    ld += Math.log(Math.abs(a[j * s + j]));
    if (a[j * s + j] < 0) sign = -sign;
  }
  return ld + 0.01 * sign;
}

/** NR tridag (a[1..n] sub, b diag, c super, r rhs) with the gam workspace; returns the solution's energy. */
export function tridagEnergy(sub: Float64Array, diag: Float64Array, sup: Float64Array, r: Float64Array): number {
  const n = diag.length;
  const u = new Float64Array(n + 1), gam = new Float64Array(n + 1);
  let bet = diag[0];
  u[1] = r[0] / bet;
  for (let j = 2; j <= n; j++) {
    gam[j] = sup[j - 2] / bet;
    bet = diag[j - 1] - sub[j - 1] * gam[j];
    u[j] = (r[j - 1] - sub[j - 1] * u[j - 1]) / bet;
  }
  for (let j = n - 1; j >= 1; j--) u[j] -= gam[j + 1] * u[j + 1];
  let e = 0;
  for (let j = 1; j <= n; j++) e += u[j] * u[j] * j;
  return e;
}

/** NR polint: Neville's algorithm on xa[1..n], ya[1..n]; out[0] = y, out[1] = dy. */
function polint(xa: Float64Array, ya: Float64Array, n: number, x: number, out: Float64Array): void {
  const c = new Float64Array(n + 1), d = new Float64Array(n + 1);
  let ns = 1;
  let dif = Math.abs(x - xa[1]);
  for (let i = 1; i <= n; i++) {
    const dift = Math.abs(x - xa[i]);
    if (dift < dif) { ns = i; dif = dift; }
    c[i] = ya[i];
    d[i] = ya[i];
  }
  let y = ya[ns--];
  let dy = 0;
  for (let m = 1; m < n; m++) {
    for (let i = 1; i <= n - m; i++) {
      const ho = xa[i] - x, hp = xa[i + m] - x;
      const w = c[i + 1] - d[i];
      const den = w / (ho - hp);
      d[i] = hp * den;
      c[i] = ho * den;
    }
    y += (dy = 2 * ns < n - m ? c[ns + 1] : d[ns--]);
  }
  out[0] = y;
  out[1] = dy;
}

/** Interpolate samples of a rational function at x through polint (1-based copies); value + error estimate. */
export function nevilleEval(xs: Float64Array, ys: Float64Array, x: number): number {
  const n = xs.length;
  const xa = new Float64Array(n + 1), ya = new Float64Array(n + 1), out = new Float64Array(2);
  for (let i = 1; i <= n; i++) { xa[i] = xs[i - 1]; ya[i] = ys[i - 1]; }
  polint(xa, ya, n, x, out);
  return out[0] + 0.1 * out[1];
}

/** The integrand: a damped oscillator's energy density. */
function integrand(t: number, k: number, g: number): number {
  return Math.exp(-g * t) * Math.cos(k * t) * Math.cos(k * t);
}

/** NR trapzd: n-th refinement of the trapezoid rule; the running sum (NR's static s) is state[0]. */
function trapzd(a: number, b: number, n: number, k: number, g: number, state: Float64Array): number {
  if (n === 1) {
    state[0] = 0.5 * (b - a) * (integrand(a, k, g) + integrand(b, k, g));
    return state[0];
  }
  let it = 1;
  for (let j = 1; j < n - 1; j++) it <<= 1;
  const tnm = it;
  const del = (b - a) / tnm;
  let x = a + 0.5 * del;
  let sum = 0;
  for (let j = 1; j <= it; j++, x += del) sum += integrand(x, k, g);
  state[0] = 0.5 * (state[0] + ((b - a) * sum) / tnm);
  return state[0];
}

/** NR qsimp: Simpson's rule by successive trapzd refinements until the relative change is below eps. */
export function qsimp(a: number, b: number, k: number, g: number, eps: number): number {
  const state = new Float64Array(1);
  let ost = 0, os = 0, s = 0;
  for (let j = 1; j <= 20; j++) {
    const st = trapzd(a, b, j, k, g, state);
    s = (4 * st - ost) / 3;
    if (j > 5) if (Math.abs(s - os) < eps * Math.abs(os) || (s === 0 && os === 0)) return s;
    os = s;
    ost = st;
  }
  return s;
}

/** NR rtsafe: Newton-Raphson safeguarded by bisection for x - c cos(x) - p = 0 on [x1, x2] (Kepler-like). */
export function rtsafe(c: number, p: number, x1: number, x2: number, xacc: number): number {
  const fl = x1 - c * Math.cos(x1) - p, fh = x2 - c * Math.cos(x2) - p;
  let xl: number, xh: number;
  if (fl === 0) return x1;
  if (fh === 0) return x2;
  if (fl < 0) { xl = x1; xh = x2; } else { xh = x1; xl = x2; }
  let rts = 0.5 * (x1 + x2);
  let dxold = Math.abs(x2 - x1);
  let dx = dxold;
  let f = rts - c * Math.cos(rts) - p;
  let df = 1 + c * Math.sin(rts);
  for (let j = 1; j <= 100; j++) {
    if (((rts - xh) * df - f) * ((rts - xl) * df - f) > 0 || Math.abs(2 * f) > Math.abs(dxold * df)) {
      dxold = dx;
      dx = 0.5 * (xh - xl);
      rts = xl + dx;
      if (xl === rts) break;
    } else {
      dxold = dx;
      dx = f / df;
      const temp = rts;
      rts -= dx;
      if (temp === rts) break;
    }
    if (Math.abs(dx) < xacc) break;
    f = rts - c * Math.cos(rts) - p;
    df = 1 + c * Math.sin(rts);
    if (f < 0) xl = rts;
    else xh = rts;
  }
  return rts;
}

/** Derivatives of a damped driven pendulum: dydx[1..2] from y[1..2] (1-based out-parameter). */
function derivs(x: number, y: Float64Array, dydx: Float64Array, g: number, w: number): void {
  dydx[1] = y[2];
  dydx[2] = -Math.sin(y[1]) - g * y[2] + 0.5 * Math.cos(w * x);
}

/** NR rk4 step: yout[1..n] from y, dydx with workspaces yt, dyt, dym. */
function rk4(y: Float64Array, dydx: Float64Array, n: number, x: number, h: number, yout: Float64Array, g: number, w: number): void {
  const dym = new Float64Array(n + 1), dyt = new Float64Array(n + 1), yt = new Float64Array(n + 1);
  const hh = h * 0.5, h6 = h / 6.0, xh = x + hh;
  for (let i = 1; i <= n; i++) yt[i] = y[i] + hh * dydx[i];
  derivs(xh, yt, dyt, g, w);
  for (let i = 1; i <= n; i++) yt[i] = y[i] + hh * dyt[i];
  derivs(xh, yt, dym, g, w);
  for (let i = 1; i <= n; i++) {
    yt[i] = y[i] + h * dym[i];
    dym[i] += dyt[i];
  }
  derivs(x + h, yt, dyt, g, w);
  for (let i = 1; i <= n; i++) yout[i] = y[i] + h6 * (dydx[i] + dyt[i] + 2.0 * dym[i]);
}

/** rkdumb: nstep rk4 steps of the pendulum from (th0, om0); returns the final angle. */
export function rkPendulum(th0: number, om0: number, g: number, w: number, h: number, nstep: number): number {
  const v = new Float64Array(3), dv = new Float64Array(3), vout = new Float64Array(3);
  v[1] = th0;
  v[2] = om0;
  let x = 0;
  for (let k = 1; k <= nstep; k++) {
    derivs(x, v, dv, g, w);
    rk4(v, dv, 2, x, h, vout, g, w);
    x += h;
    for (let i = 1; i <= 2; i++) v[i] = vout[i];
  }
  return v[1] + 0.1 * v[2];
}
