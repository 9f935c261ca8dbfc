// Hydrology: a conceptual rainfall-runoff bucket, channel hydraulics, infiltration, flood routing.

/** Factory made once: a recession curve with a fixed shape exponent. */
function makeRecession(shape: number) {
  return (store: number, k: number) => k * Math.pow(Math.max(store, 0), shape);
}
const recession = makeRecession(1.5);

export type EvapMode = 'linear' | 'threshold';

function evaporation(store: number, cap: number, pet: number, mode: EvapMode): number {
  switch (mode) {
    case 'linear':
      return pet * Math.min(1, store / cap);
    case 'threshold':
      return store > 0.7 * cap ? pet : pet * store / (0.7 * cap);
  }
}

/** One daily step of a bucket: returns [new store, runoff]. */
function bucketStep(store: number, rain: number, pet: number, cap: number, k: number, mode: EvapMode): [number, number] {
  let s = store + rain;
  let spill = 0;
  if (s > cap) {
    spill = s - cap;
    s = cap;
  }
  s -= evaporation(s, cap, pet, mode);
  const base = recession(s, k);
  s -= base;
  return [s, spill + base];
}

/** Sum of squared errors of simulated vs observed runoff; params = [cap, k, s0]. */
export function bucketLoss(params: Float64Array, rain: Float64Array, pet: Float64Array, qObs: Float64Array, mode: EvapMode = 'linear'): number {
  const [cap, k, s0] = params;
  let store = s0;
  let sse = 0;
  for (let t = 0; t < rain.length; t++) {
    let q: number;
    [store, q] = bucketStep(store, rain[t], pet[t], cap, k, mode);
    const e = q - qObs[t];
    sse += e * e;
  }
  return sse / rain.length;
}

/** Same model, options object with defaults (as library code takes them). */
export function bucketLossOpts(params: Float64Array, rain: Float64Array, pet: Float64Array, qObs: Float64Array,
  opts: { mode?: EvapMode; warmup?: number } = {}): number {
  const mode = opts.mode ?? 'linear';
  const warmup = opts.warmup ?? 0;
  let store = params[2];
  let sse = 0;
  for (let t = 0; t < rain.length; t++) {
    const [s, q] = bucketStep(store, rain[t], pet[t], params[0], params[1], mode);
    store = s;
    if (t < warmup) continue;
    sse += (q - qObs[t]) ** 2;
  }
  return sse;
}

/** Manning discharge of a trapezoidal channel with depth y. */
export function manningQ(y: number, bottom: number, side: number, n: number, slope: number): number {
  const area = (bottom + side * y) * y;
  const wetted = bottom + 2 * y * Math.hypot(1, side);
  const R = area / wetted;
  return (area * Math.cbrt(R * R) * Math.sqrt(slope)) / n;
}

/** Normal depth: solve manningQ(y) = q by Newton with a numeric derivative; loop opens with a break. */
export function normalDepth(q: number, bottom: number, side: number, n: number, slope: number, tol = 1e-12): number {
  let y = 1;
  let it = 0;
  while (true) {
    if (it >= 60) break;
    const f = manningQ(y, bottom, side, n, slope) - q;
    if (Math.abs(f) < tol * q) break;
    const h = 1e-6 * y;
    const df = (manningQ(y + h, bottom, side, n, slope) - manningQ(y - h, bottom, side, n, slope)) / (2 * h);
    y = Math.max(y - f / df, 0.5 * y);
    it++;
  }
  return y;
}

/** Green-Ampt cumulative infiltration after time t, by fixed-point iteration. */
export function greenAmpt(Ks: number, psi: number, dTheta: number, t: number): number {
  const pd = psi * dTheta;
  let F = Ks * t + 1e-3;
  for (let i = 0; i < 200; i++) {
    const Fn = Ks * t + pd * Math.log1p(F / pd);
    if (Math.abs(Fn - F) < 1e-13) {
      F = Fn;
      break;
    }
    F = Fn;
  }
  return F;
}

/** Muskingum routing of an inflow hydrograph into `out` (void, writes out). */
export function muskingum(inflow: Float64Array, K: number, X: number, dt: number, out: Float64Array): void {
  const d = K - K * X + 0.5 * dt;
  const c0 = (-K * X + 0.5 * dt) / d;
  const c1 = (K * X + 0.5 * dt) / d;
  const c2 = (K - K * X - 0.5 * dt) / d;
  out[0] = inflow[0];
  for (let t = 1; t < inflow.length; t++) {
    out[t] = c0 * inflow[t] + c1 * inflow[t - 1] + c2 * out[t - 1];
  }
}

/** SCS curve-number runoff summed over storms (number[] of rainfall depths), reduce with a branch. */
export function scsRunoff(storms: number[], cn: number, lambda = 0.2): number {
  const S = 25400 / cn - 254;
  const Ia = lambda * S;
  return storms.reduce((acc, P) => (P > Ia ? acc + (P - Ia) ** 2 / (P - Ia + S) : acc), 0);
}

/** Peak of a convolution of rain with a triangular unit hydrograph; smooth max by log-sum-exp. */
export function uhPeak(rain: Float64Array, tp: number, tb: number, sharp = 20): number {
  const n = rain.length;
  const q = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; i + j < q.length; j++) {
      const tau = j + 0.5;
      const u = tau < tp ? tau / tp : Math.max(0, (tb - tau) / (tb - tp));
      if (u === 0 && tau > tp) break;
      q[i + j] += rain[i] * u;
    }
  }
  let m = -Infinity;
  for (const v of q) m = Math.max(m, v);
  let s = 0;
  for (const v of q) s += Math.exp(sharp * (v - m));
  return m + Math.log(s) / sharp;
}
