// More Numerical Recipes in C, ported as written: gaussj (full pivoting with ipiv/indxr/indxc and the column
// unscrambling at the end), sort (quicksort with an explicit integer stack and insertion sort below M), zbrent
// (Brent's root finder with its many branches), mnbrak + golden (SHFT as an out-parameter helper) and rkqs-like
// adaptive Runge-Kutta-Fehlberg stepping.

/** NR gaussj on a (n x n, row-major) with one right-hand side b; a becomes its inverse, b the solution. */
function gaussj(a: Float64Array, n: number, b: Float64Array): void {
  const indxc = new Int32Array(n), indxr = new Int32Array(n), ipiv = new Int32Array(n);
  let icol = 0, irow = 0;
  for (let j = 0; j < n; j++) ipiv[j] = 0;
  for (let i = 0; i < n; i++) {
    let big = 0.0;
    for (let j = 0; j < n; j++)
      if (ipiv[j] !== 1)
        for (let k = 0; k < n; k++) {
          if (ipiv[k] === 0) {
            if (Math.abs(a[j * n + k]) >= big) {
              big = Math.abs(a[j * n + k]);
              irow = j;
              icol = k;
            }
          }
        }
    ++ipiv[icol];
    if (irow !== icol) {
      for (let l = 0; l < n; l++) { const t = a[irow * n + l]; a[irow * n + l] = a[icol * n + l]; a[icol * n + l] = t; }
      const t = b[irow]; b[irow] = b[icol]; b[icol] = t;
    }
    indxr[i] = irow;
    indxc[i] = icol;
    const pivinv = 1.0 / a[icol * n + icol];
    a[icol * n + icol] = 1.0;
    for (let l = 0; l < n; l++) a[icol * n + l] *= pivinv;
    b[icol] *= pivinv;
    for (let ll = 0; ll < n; ll++)
      if (ll !== icol) {
        const dum = a[ll * n + icol];
        a[ll * n + icol] = 0.0;
        for (let l = 0; l < n; l++) a[ll * n + l] -= a[icol * n + l] * dum;
        b[ll] -= b[icol] * dum;
      }
  }
  for (let l = n - 1; l >= 0; l--) {
    if (indxr[l] !== indxc[l])
      for (let k = 0; k < n; k++) {
        const t = a[k * n + indxr[l]];
        a[k * n + indxr[l]] = a[k * n + indxc[l]];
        a[k * n + indxc[l]] = t;
      }
  }
}

/** Solve and invert by gaussj: c . x + trace(A^-1). */
export function gaussjSolve(A: Float64Array, b: Float64Array, c: Float64Array): number {
  const n = b.length;
  const a = A.slice(), x = b.slice();
  gaussj(a, n, x);
  let s = 0;
  for (let i = 0; i < n; i++) s += c[i] * x[i] + a[i * n + i];
  return s;
}

/** NR sort: quicksort (median of three) with an explicit stack, insertion sort for partitions below M = 7. */
function nrsort(arr: Float64Array): void {
  const M = 7;
  const n = arr.length;
  const istack = new Int32Array(64);
  let ir = n - 1, l = 0, jstack = -1;
  for (;;) {
    if (ir - l < M) {
      for (let j = l + 1; j <= ir; j++) {
        const a = arr[j];
        let i = j - 1;
        for (; i >= l; i--) {
          if (arr[i] <= a) break;
          arr[i + 1] = arr[i];
        }
        arr[i + 1] = a;
      }
      if (jstack < 0) break;
      ir = istack[jstack--];
      l = istack[jstack--];
    } else {
      const k = (l + ir) >> 1;
      let t = arr[k]; arr[k] = arr[l + 1]; arr[l + 1] = t;
      if (arr[l] > arr[ir]) { t = arr[l]; arr[l] = arr[ir]; arr[ir] = t; }
      if (arr[l + 1] > arr[ir]) { t = arr[l + 1]; arr[l + 1] = arr[ir]; arr[ir] = t; }
      if (arr[l] > arr[l + 1]) { t = arr[l]; arr[l] = arr[l + 1]; arr[l + 1] = t; }
      let i = l + 1, j = ir;
      const a = arr[l + 1];
      for (;;) {
        do i++; while (arr[i] < a);
        do j--; while (arr[j] > a);
        if (j < i) break;
        t = arr[i]; arr[i] = arr[j]; arr[j] = t;
      }
      arr[l + 1] = arr[j];
      arr[j] = a;
      jstack += 2;
      if (ir - i + 1 >= j - l) {
        istack[jstack] = ir;
        istack[jstack - 1] = i;
        ir = j - 1;
      } else {
        istack[jstack] = j - 1;
        istack[jstack - 1] = l;
        l = i;
      }
    }
  }
}

/** A quantile-weighted loss over NR-sorted residuals (an L-estimator of scale). */
export function sortedLoss(r: Float64Array, k: number): number {
  const a = r.slice();
  for (let i = 0; i < a.length; i++) a[i] = a[i] * k - 0.1 * i;
  nrsort(a);
  let s = 0;
  const n = a.length;
  for (let i = 0; i < n; i++) s += a[i] * Math.sin((Math.PI * (i + 0.5)) / n);
  return s;
}

/** NR zbrent for f(x) = x^3 - c x - d on [x1, x2]. */
export function zbrent(c: number, d: number, x1: number, x2: number, tol: number): number {
  const EPS = 3.0e-16;
  let a = x1, b = x2, cc = x2, dd = 0, e = 0;
  let fa = a * a * a - c * a - d, fb = b * b * b - c * b - d;
  let fc = fb;
  for (let iter = 1; iter <= 100; iter++) {
    if ((fb > 0.0 && fc > 0.0) || (fb < 0.0 && fc < 0.0)) {
      cc = a; fc = fa; e = dd = b - a;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b; b = cc; cc = a;
      fa = fb; fb = fc; fc = fa;
    }
    const tol1 = 2.0 * EPS * Math.abs(b) + 0.5 * tol;
    const xm = 0.5 * (cc - b);
    if (Math.abs(xm) <= tol1 || fb === 0.0) return b;
    if (Math.abs(e) >= tol1 && Math.abs(fa) > Math.abs(fb)) {
      let p: number, q: number, r: number;
      const s = fb / fa;
      if (a === cc) {
        p = 2.0 * xm * s;
        q = 1.0 - s;
      } else {
        q = fa / fc;
        r = fb / fc;
        p = s * (2.0 * xm * q * (q - r) - (b - a) * (r - 1.0));
        q = (q - 1.0) * (r - 1.0) * (s - 1.0);
      }
      if (p > 0.0) q = -q;
      p = Math.abs(p);
      const min1 = 3.0 * xm * q - Math.abs(tol1 * q);
      const min2 = Math.abs(e * q);
      if (2.0 * p < (min1 < min2 ? min1 : min2)) {
        e = dd;
        dd = p / q;
      } else {
        dd = xm;
        e = dd;
      }
    } else {
      dd = xm;
      e = dd;
    }
    a = b;
    fa = fb;
    if (Math.abs(dd) > tol1) b += dd;
    else b += xm >= 0 ? Math.abs(tol1) : -Math.abs(tol1);
    fb = b * b * b - c * b - d;
  }
  return b;
}

/** The SHFT3 macro as an out-parameter helper: (a, b, c) = (b, c, d). */
function shft3(v: Float64Array, d: number): void {
  v[0] = v[1];
  v[1] = v[2];
  v[2] = d;
}

function fcurve(x: number, p: number, q: number): number {
  return (x - p) * (x - p) + q * Math.cos(x);
}

/** NR golden-section search on [ax, bx, cx] for the minimum of fcurve; returns the minimum value. */
export function goldenMin(p: number, q: number, ax: number, bx: number, cx: number): number {
  const R = 0.61803399, C = 1.0 - R;
  const xs = new Float64Array(4);
  let f1: number, f2: number;
  xs[0] = ax;
  xs[3] = cx;
  if (Math.abs(cx - bx) > Math.abs(bx - ax)) {
    xs[1] = bx;
    xs[2] = bx + C * (cx - bx);
  } else {
    xs[2] = bx;
    xs[1] = bx - C * (bx - ax);
  }
  f1 = fcurve(xs[1], p, q);
  f2 = fcurve(xs[2], p, q);
  const fv = new Float64Array(3);
  let it = 0;
  while (Math.abs(xs[3] - xs[0]) > 1e-9 * (Math.abs(xs[1]) + Math.abs(xs[2])) && it < 200) {
    if (f2 < f1) {
      const v = new Float64Array(3);
      v[0] = xs[0]; v[1] = xs[1]; v[2] = xs[2];
      shft3(v, R * xs[2] + C * xs[3]);
      xs[0] = v[0]; xs[1] = v[1]; xs[2] = v[2];
      fv[0] = 0; fv[1] = f1; fv[2] = f2;
      shft3(fv, fcurve(xs[2], p, q));
      f1 = fv[1]; f2 = fv[2];
    } else {
      const v = new Float64Array(3);
      v[0] = xs[3]; v[1] = xs[2]; v[2] = xs[1];
      shft3(v, R * xs[1] + C * xs[0]);
      xs[3] = v[0]; xs[2] = v[1]; xs[1] = v[2];
      fv[0] = 0; fv[1] = f2; fv[2] = f1;
      shft3(fv, fcurve(xs[1], p, q));
      f2 = fv[1]; f1 = fv[2];
    }
    it++;
  }
  return f1 < f2 ? f1 : f2;
}

/** Adaptive RKF45-like stepping (rkqs): y' = -k y + sin(w t), error-controlled step with shrink/grow. */
export function adaptiveDecay(y0: number, k: number, w: number, tEnd: number): number {
  let t = 0, y = y0, h = 0.1;
  const SAFETY = 0.9, PGROW = -0.2, PSHRNK = -0.25, ERRCON = 1.89e-4, eps = 1e-6;
  let nsteps = 0;
  while (t < tEnd && nsteps < 500) {
    if (t + h > tEnd) h = tEnd - t;
    let errmax: number, ytemp: number;
    for (;;) {
      const f = (tt: number, yy: number): number => -k * yy + Math.sin(w * tt);
      const k1 = h * f(t, y);
      const k2 = h * f(t + h / 2, y + k1 / 2);
      const k3 = h * f(t + h, y - k1 + 2 * k2);
      ytemp = y + (k1 + 4 * k2 + k3) / 6;
      const y2 = y + k2;
      errmax = Math.abs(ytemp - y2) / (Math.abs(y) + Math.abs(k1) + 1e-30) / eps;
      if (errmax <= 1.0) break;
      const htemp = SAFETY * h * Math.pow(errmax, PSHRNK);
      h = h >= 0.0 ? Math.max(htemp, 0.1 * h) : Math.min(htemp, 0.1 * h);
    }
    t += h;
    y = ytemp;
    if (errmax > ERRCON) h = SAFETY * h * Math.pow(errmax, PGROW);
    else h = 5.0 * h;
    nsteps++;
  }
  return y;
}
