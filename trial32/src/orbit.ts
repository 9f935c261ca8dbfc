// Astrodynamics: Kepler's equation, transfers, targeting, orbit determination; Markov n-step by squaring.

const MU_EARTH = 398600.4418; // km^3/s^2

/** Eccentric anomaly from mean anomaly by Newton; while(true) with breaks. */
export function keplerE(M: number, e: number, tol = 1e-14): number {
  let E = e < 0.8 ? M : Math.PI;
  let it = 0;
  while (true) {
    const f = E - e * Math.sin(E) - M;
    const d = f / (1 - e * Math.cos(E));
    E -= d;
    if (Math.abs(d) < tol || ++it >= 50) break;
  }
  return E;
}

/** True anomaly from mean anomaly. */
export function trueAnomaly(M: number, e: number): number {
  const E = keplerE(M, e);
  return 2 * Math.atan2(Math.sqrt(1 + e) * Math.sin(E / 2), Math.sqrt(1 - e) * Math.cos(E / 2));
}

/** Total delta-v of a Hohmann transfer between circular orbits of radii r1, r2. */
export function hohmannDv(r1: number, r2: number, mu = MU_EARTH): number {
  const a = (r1 + r2) / 2;
  const vis = (r: number) => Math.sqrt(mu * (2 / r - 1 / a));
  const dv1 = Math.abs(vis(r1) - Math.sqrt(mu / r1));
  const dv2 = Math.abs(Math.sqrt(mu / r2) - vis(r2));
  return dv1 + dv2;
}

/** Fit of orbital elements [a, e, omega, M0] to observed planar positions (x,y pairs) at times. */
export function orbitFitLoss(el: Float64Array, times: Float64Array, obs: Float64Array, mu = 1): number {
  const [a, e, omega, M0] = el;
  const n = Math.sqrt(mu / (a * a * a));
  let loss = 0;
  for (let k = 0; k < times.length; k++) {
    const E = keplerE(M0 + n * times[k], e);
    const xp = a * (Math.cos(E) - e);
    const yp = a * Math.sqrt(1 - e * e) * Math.sin(E);
    const x = xp * Math.cos(omega) - yp * Math.sin(omega);
    const y = xp * Math.sin(omega) + yp * Math.cos(omega);
    loss += (x - obs[2 * k]) ** 2 + (y - obs[2 * k + 1]) ** 2;
  }
  return loss;
}

/** Leapfrog two-body step on a state [x, y, vx, vy], in place. */
function leapfrog(s: Float64Array, dt: number, mu: number): void {
  let r3 = Math.hypot(s[0], s[1]) ** 3;
  s[2] -= 0.5 * dt * (mu * s[0]) / r3;
  s[3] -= 0.5 * dt * (mu * s[1]) / r3;
  s[0] += dt * s[2];
  s[1] += dt * s[3];
  r3 = Math.hypot(s[0], s[1]) ** 3;
  s[2] -= 0.5 * dt * (mu * s[0]) / r3;
  s[3] -= 0.5 * dt * (mu * s[1]) / r3;
}

/** Targeting: apply an impulse dv to a circular orbit, propagate, squared miss distance to a target point. */
export function targetingMiss(dv: Float64Array, target: Float64Array, steps = 300, dt = 0.01, mu = 1): number {
  const s = Float64Array.of(1, 0, dv[0], 1 + dv[1]);
  for (let i = 0; i < steps; i++) leapfrog(s, dt, mu);
  return (s[0] - target[0]) ** 2 + (s[1] - target[1]) ** 2;
}

/** Specific orbital energy drift of the leapfrog integrator over a run (a diagnostic to minimise with dt). */
export function energyDrift(x: number, y: number, vx: number, vy: number, dt: number, steps = 200): number {
  const s = Float64Array.of(x, y, vx, vy);
  const energy = () => 0.5 * (s[2] * s[2] + s[3] * s[3]) - 1 / Math.hypot(s[0], s[1]);
  const e0 = energy();
  for (let i = 0; i < steps; i++) leapfrog(s, dt, 1);
  return energy() - e0;
}

/** 2x2 matrix power by squaring, recursive on n (divide and conquer). m = [a, b, c, d]. */
function matPow(m: Float64Array, n: number): Float64Array {
  if (n === 0) return Float64Array.of(1, 0, 0, 1);
  if (n === 1) return Float64Array.from(m);
  const h = matPow(m, Math.floor(n / 2));
  const sq = Float64Array.of(h[0] * h[0] + h[1] * h[2], h[0] * h[1] + h[1] * h[3], h[2] * h[0] + h[3] * h[2], h[2] * h[1] + h[3] * h[3]);
  if (n % 2 === 0) return sq;
  return Float64Array.of(sq[0] * m[0] + sq[1] * m[2], sq[0] * m[1] + sq[1] * m[3], sq[2] * m[0] + sq[3] * m[2], sq[2] * m[1] + sq[3] * m[3]);
}

/** Probability of being in state 0 after n steps of a two-state chain (e.g. eclipse/sunlit). */
export function markovNStep(p: number, q: number, n: number, start0 = 1): number {
  const P = matPow(Float64Array.of(1 - p, p, q, 1 - q), n);
  return start0 * P[0] + (1 - start0) * P[2];
}

/** Scalar recursive power by squaring (the same divide and conquer, over a number). */
function powBySquaring(x: number, n: number): number {
  if (n === 0) return 1;
  const h = powBySquaring(x, n >> 1);
  return n & 1 ? h * h * x : h * h;
}

/** Compound growth of an orbit decay factor per revolution over n revolutions. */
export function decayAfter(rate: number, a0: number, n: number): number {
  return a0 * powBySquaring(1 - rate, n);
}

/** matPow rewritten after the refusal: every new array bound to a const before it is returned. */
function matPowConst(m: Float64Array, n: number): Float64Array {
  if (n === 0) {
    const id = Float64Array.of(1, 0, 0, 1);
    return id;
  }
  if (n === 1) {
    const c = Float64Array.from(m);
    return c;
  }
  const h = matPowConst(m, Math.floor(n / 2));
  const sq = Float64Array.of(h[0] * h[0] + h[1] * h[2], h[0] * h[1] + h[1] * h[3], h[2] * h[0] + h[3] * h[2], h[2] * h[1] + h[3] * h[3]);
  if (n % 2 === 0) return sq;
  const odd = Float64Array.of(sq[0] * m[0] + sq[1] * m[2], sq[0] * m[1] + sq[1] * m[3], sq[2] * m[0] + sq[3] * m[2], sq[2] * m[1] + sq[3] * m[3]);
  return odd;
}

export function markovNStepConst(p: number, q: number, n: number, start0 = 1): number {
  const P = matPowConst(Float64Array.of(1 - p, p, q, 1 - q), n);
  return start0 * P[0] + (1 - start0) * P[2];
}
