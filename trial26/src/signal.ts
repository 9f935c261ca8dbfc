// Signal processing.

/** Direct-form-I biquad over a signal; coefficients [b0, b1, b2, a1, a2]; mean squared error against a target. */
export function biquadLoss(x: Float64Array, coef: Float64Array, target: Float64Array): number {
  const [b0, b1, b2, a1, a2] = coef;
  let x1 = 0, x2 = 0, y1 = 0, y2 = 0;
  let err = 0;
  for (let n = 0; n < x.length; n++) {
    const xn = x[n];
    const yn = b0 * xn + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
    x2 = x1;
    x1 = xn;
    y2 = y1;
    y1 = yn;
    const e = yn - target[n];
    err += e * e;
  }
  return err / x.length;
}

/** The biquad filtering into an output signal (void, out-parameter). */
export function biquadFilter(x: Float64Array, b0: number, b1: number, b2: number, a1: number, a2: number, y: Float64Array): void {
  for (let n = 0; n < x.length; n++) {
    const xm1 = n >= 1 ? x[n - 1] : 0;
    const xm2 = n >= 2 ? x[n - 2] : 0;
    const ym1 = n >= 1 ? y[n - 1] : 0;
    const ym2 = n >= 2 ? y[n - 2] : 0;
    y[n] = b0 * x[n] + b1 * xm1 + b2 * xm2 - a1 * ym1 - a2 * ym2;
  }
}

/** Squared error between |DFT(sig)| and a target magnitude spectrum. */
export function dftMagLoss(sig: Float64Array, targetMag: Float64Array): number {
  const n = sig.length;
  let loss = 0;
  for (let k = 0; k < targetMag.length; k++) {
    let re = 0, im = 0;
    for (let t = 0; t < n; t++) {
      const ang = (-2 * Math.PI * k * t) / n;
      re += sig[t] * Math.cos(ang);
      im += sig[t] * Math.sin(ang);
    }
    const d = Math.hypot(re, im) - targetMag[k];
    loss += d * d;
  }
  return loss;
}

/** Moving-average residual energy with a ring buffer local to the call. */
export function movingAvgLoss(x: Float64Array, win: number): number {
  const ring = new Float64Array(win);
  let head = 0, acc = 0, loss = 0;
  for (let i = 0; i < x.length; i++) {
    acc -= ring[head];
    ring[head] = x[i];
    acc += x[i];
    head = (head + 1) % win;
    const avg = acc / Math.min(i + 1, win);
    loss += (x[i] - avg) ** 2;
  }
  return loss;
}

const RING = new Float64Array(8);

/** The same with a module-level scratch ring (a habit from embedded code). */
export function movingAvgScratch(x: Float64Array): number {
  RING.fill(0);
  let head = 0, acc = 0, loss = 0;
  for (let i = 0; i < x.length; i++) {
    acc += x[i] - RING[head];
    RING[head] = x[i];
    head = (head + 1) & 7;
    const avg = acc / Math.min(i + 1, 8);
    loss += (x[i] - avg) ** 2;
  }
  return loss;
}

/** Exponential moving average into out (Float32Array input). */
export function emaFilter(x: Float32Array, alpha: number, out: Float64Array): void {
  let s = x[0];
  out[0] = s;
  for (let i = 1; i < x.length; i++) {
    s = alpha * x[i] + (1 - alpha) * s;
    out[i] = s;
  }
}

/** Total variation plus a fidelity term, with Math.sign in a smoothed abs. */
export function tvDenoise(u: Float64Array, f: Float64Array, lambda: number): number {
  let e = 0;
  for (let i = 0; i < u.length; i++) {
    e += 0.5 * (u[i] - f[i]) ** 2;
    if (i + 1 < u.length) {
      const g = u[i + 1] - u[i];
      e += lambda * Math.sqrt(g * g + 1e-4);
    }
  }
  return e;
}
