// Language probes in small real functions (acoustics and kinematics flavoured).

/** Generic helper over the array type (no callback). */
function rms<T extends ArrayLike<number>>(xs: T): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i] * xs[i];
  return Math.sqrt(s / xs.length);
}

/** Sound pressure level in dB of a pressure signal, re 20 µPa; optional A-like weighting flag. */
export function splDb(p: Float64Array, weighted?: boolean, gain = 1): number {
  const r = rms(p) * (weighted ? 0.85 * gain : gain);
  return 20 * Math.log10(r / 2e-5);
}

/** Room reverberation (Sabine) with surfaces given as (area, absorption) pairs in a readonly tuple list. */
export function sabineRT60(volume: number, areas: readonly number[], alphas: readonly number[]): number {
  let A = 0;
  for (const [i, S] of areas.entries()) A += S * alphas[i];
  return (0.161 * volume) / A;
}

/** Projectile with quadratic drag; do...while until it hits the ground; returns range (interpolated landing). */
export function dragRange(v0: number, angle: number, k: number, dt = 0.005): number {
  let x = 0, y = 0;
  let vx = v0 * Math.cos(angle), vy = v0 * Math.sin(angle);
  let px = 0, py = 0;
  do {
    px = x; py = y;
    const sp = Math.hypot(vx, vy);
    vx -= dt * k * sp * vx;
    vy -= dt * (9.81 + k * sp * vy);
    x += dt * vx;
    y += dt * vy;
  } while (y > 0);
  return px + (x - px) * (py / (py - y));
}

/** Integrator factory made once: composite Simpson over n panels of a callback. */
function makeSimpson(n: number) {
  return (f: (t: number) => number, a: number, b: number): number => {
    const h = (b - a) / n;
    let s = f(a) + f(b);
    for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * f(a + i * h);
    return (s * h) / 3;
  };
}
const simpson = makeSimpson(16);

/** Arc length of a cubic y = c0 + c1 x + c2 x^2 + c3 x^3 on [0, L] via the factory-made integrator. */
export function cubicArcLength(c: Float64Array, L: number): number {
  return simpson((x) => Math.hypot(1, c[1] + 2 * c[2] * x + 3 * c[3] * x * x), 0, L);
}

/** `some` used as a guard (any speed over the limit?) then a smooth penalty; refused per README (TSG1008). */
export function speedPenalty(v: Float64Array, limit: number): number {
  if (!v.some((s) => s > limit)) return 0;
  let p = 0;
  for (const s of v) p += Math.max(0, s - limit) ** 2;
  return p;
}

/** Spread into Math.hypot of a window, and Math.max of a spread array. */
export function peakToNorm(x: Float64Array, from: number, to: number): number {
  const w = x.subarray(from, to);
  return Math.max(...w) / Math.hypot(...w);
}

/** Optional array parameter (weights default to 1) — trial31 saw this refused. */
export function weightedMeanSq(x: Float64Array, w?: Float64Array): number {
  let s = 0, sw = 0;
  for (let i = 0; i < x.length; i++) {
    const wi = w ? w[i] : 1;
    s += wi * x[i] * x[i];
    sw += wi;
  }
  return s / sw;
}
