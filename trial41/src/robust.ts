// Robust regression losses: Huber, Tukey, Cauchy, pinball, with the helpers a statistics library would have.

function huber(r: number, delta: number): number {
  const a = Math.abs(r);
  return a <= delta ? 0.5 * r * r : delta * (a - 0.5 * delta);
}

function tukey(r: number, c: number): number {
  const u = r / c;
  if (Math.abs(u) >= 1) return (c * c) / 6;
  const v = 1 - u * u;
  return ((c * c) / 6) * (1 - v * v * v);
}

function residual(w: Float64Array, b: number, X: Float64Array, y: Float64Array, i: number): number {
  const d = w.length;
  let z = b;
  for (let j = 0; j < d; j++) z += w[j] * X[i * d + j];
  return y[i] - z;
}

/** Median absolute deviation of the residuals, approximated smoothly by a soft quantile (no sort). */
function softScale(res: Float64Array, tau: number): number {
  let s = 0;
  for (const r of res) s += Math.sqrt(r * r + tau * tau);
  return s / res.length;
}

/** Mean Huber loss of a linear model plus ridge. */
export function huberRegression(w: Float64Array, b: number, X: Float64Array, y: Float64Array, delta: number, lambda = 0.01): number {
  const n = y.length;
  let loss = 0;
  for (let i = 0; i < n; i++) loss += huber(residual(w, b, X, y, i), delta);
  let reg = 0;
  for (const wj of w) reg += wj * wj;
  return loss / n + lambda * reg;
}

/** Tukey biweight loss with the scale estimated from the residuals (scale differentiated too). */
export function tukeyRegression(w: Float64Array, b: number, X: Float64Array, y: Float64Array, c: number): number {
  const n = y.length;
  const res = new Float64Array(n);
  for (let i = 0; i < n; i++) res[i] = residual(w, b, X, y, i);
  const s = softScale(res, 0.1);
  let loss = 0;
  for (let i = 0; i < n; i++) loss += tukey(res[i] / s, c);
  return loss + n * Math.log(s);
}

/** Cauchy (Lorentzian) loss through log1p. */
export function cauchyLoss(w: Float64Array, b: number, X: Float64Array, y: Float64Array, c: number): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) {
    const r = residual(w, b, X, y, i) / c;
    s += Math.log1p(r * r);
  }
  return 0.5 * c * c * s;
}

/** Pinball (quantile) loss at several quantile levels at once, one intercept per level. */
export function pinballLoss(w: Float64Array, intercepts: Float64Array, taus: Float64Array, X: Float64Array, y: Float64Array): number {
  const d = w.length;
  let total = 0;
  for (let q = 0; q < taus.length; q++) {
    const tau = taus[q];
    for (let i = 0; i < y.length; i++) {
      let z = intercepts[q];
      for (let j = 0; j < d; j++) z += w[j] * X[i * d + j];
      const u = y[i] - z;
      total += u >= 0 ? tau * u : (tau - 1) * u;
    }
  }
  return total / y.length;
}

/** Smooth pinball (the log-cosh / softplus surrogate), for second order. */
export function smoothPinball(mu: number, tau: number, y: Float64Array, eps: number): number {
  let s = 0;
  for (const yi of y) {
    const u = yi - mu;
    s += tau * u + eps * Math.log1p(Math.exp(-u / eps));
  }
  return s;
}

/** Two IRLS steps for a Huber location-scale estimate, the solver differentiated through. */
export function irlsLocation(mu0: number, y: number[], delta: number, steps: number): number {
  let mu = mu0;
  for (let s = 0; s < steps; s++) {
    let num = 0, den = 0;
    for (const yi of y) {
      const r = Math.abs(yi - mu);
      const wt = r <= delta ? 1 : delta / r;
      num += wt * yi;
      den += wt;
    }
    mu = num / den;
  }
  return y.reduce((acc, yi) => acc + huber(yi - mu, delta), 0);
}

/** Log-cosh loss with the stable form |x| + log1p(exp(-2|x|)) - log 2, and an elastic-net penalty. */
export function logCoshElastic(w: Float64Array, X: Float64Array, y: Float64Array, l1: number, l2: number): number {
  const d = w.length;
  let s = 0;
  for (let i = 0; i < y.length; i++) {
    let z = 0;
    for (let j = 0; j < d; j++) z += w[j] * X[i * d + j];
    const a = Math.abs(z - y[i]);
    s += a + Math.log1p(Math.exp(-2 * a)) - Math.LN2;
  }
  const pen = w.reduce((acc, v) => acc + l1 * Math.abs(v) + l2 * v * v, 0);
  return s + pen;
}
