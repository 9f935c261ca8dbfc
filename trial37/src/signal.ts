// Audio synthesis (FM + one-pole filter), Kalman filters' log-likelihoods, adaptive Simpson with its loop twin.
const TWO_PI = 2 * Math.PI;

/** one FM sample: sin(2 pi fc t + I sin(2 pi fm t)) */
export function fmSample(t: number, fc: number, fm: number, index: number): number {
  return Math.sin(TWO_PI * fc * t + index * Math.sin(TWO_PI * fm * t));
}

/**
 * synthesise FM through a one-pole low-pass (y = y + a (x - y)) and compare to a target (MSE)
 * @domain params [0.5, 3] length 4
 * @domain sampleRate [8, 16]
 */
export function fmMatchLoss(params: Float64Array, target: Float64Array, sampleRate: number): number {
  const [fc, fm, index, cutoff] = params;
  const a = 1 - Math.exp(-TWO_PI * cutoff / sampleRate);
  let y = 0;
  let loss = 0;
  for (let n = 0; n < target.length; n++) {
    const t = n / sampleRate;
    const x = fmSample(t, fc, fm, index);
    const next = y + a * (x - y);
    y = next;
    const e = y - target[n];
    loss += e * e;
  }
  return loss / target.length;
}

/** one-pole filter of a signal into out */
export function onePole(x: Float64Array, a: number, out: Float64Array): void {
  let y = 0;
  for (let n = 0; n < x.length; n++) {
    y += a * (x[n] - y);
    out[n] = y;
  }
}

/** ADSR envelope level at time t (piecewise linear, early returns) */
export function adsr(t: number, attack: number, decay: number, sustain: number, release: number, noteOff: number): number {
  if (t < 0) return 0;
  if (t < attack) return t / attack;
  if (t < attack + decay) return 1 - (1 - sustain) * (t - attack) / decay;
  if (t < noteOff) return sustain;
  const r = (t - noteOff) / release;
  return r >= 1 ? 0 : sustain * (1 - r);
}

/** RMS of an enveloped FM tone sampled on a grid */
export function toneRms(fc: number, fm: number, index: number, attack: number, n: number): number {
  let s = 0;
  for (let k = 0; k < n; k++) {
    const t = k / n;
    const v = adsr(t, attack, 0.1, 0.6, 0.2, 0.7) * fmSample(t, fc, fm, index);
    s += v * v;
  }
  return Math.sqrt(s / n);
}

interface Filt { m: number; p: number; }

function predictStep(s: Filt, q: number): void {
  s.p = s.p + q;
}

function updateStep(s: Filt, y: number, r: number): number {
  const S = s.p + r;
  const innov = y - s.m;
  const gain = s.p / S;
  s.m = s.m + gain * innov;
  s.p = (1 - gain) * s.p;
  return -0.5 * (Math.log(2 * Math.PI * S) + innov * innov / S);
}

/** local-level Kalman filter log-likelihood, state object stepped by void helpers */
export function localLevelLogLik(y: Float64Array, logQ: number, logR: number, m0: number, p0: number): number {
  const q = Math.exp(logQ), r = Math.exp(logR);
  const st: Filt = { m: m0, p: p0 };
  let ll = 0;
  for (const obs of y) {
    predictStep(st, q);
    ll += updateStep(st, obs, r);
  }
  return ll;
}

/** constant-velocity Kalman filter (2 states, position observed), C-like with scratch matrices */
export function cvKalmanLogLik(y: Float64Array, logQ: number, logR: number, dt: number): number {
  const q = Math.exp(logQ), r = Math.exp(logR);
  const x = new Float64Array(2);
  const P = new Float64Array([10, 0, 0, 10]);
  const Pp = new Float64Array(4);
  let ll = 0;
  for (let k = 0; k < y.length; k++) {
    // predict: x = F x, P = F P F^T + Q
    x[0] = x[0] + dt * x[1];
    const p00 = P[0] + dt * (P[1] + P[2]) + dt * dt * P[3];
    const p01 = P[1] + dt * P[3];
    const p10 = P[2] + dt * P[3];
    const p11 = P[3];
    Pp[0] = p00 + q * dt * dt * dt / 3; Pp[1] = p01 + q * dt * dt / 2;
    Pp[2] = p10 + q * dt * dt / 2; Pp[3] = p11 + q * dt;
    // update with H = [1 0]
    const S = Pp[0] + r;
    const v = y[k] - x[0];
    const k0 = Pp[0] / S, k1 = Pp[2] / S;
    x[0] += k0 * v;
    x[1] += k1 * v;
    P[0] = (1 - k0) * Pp[0]; P[1] = (1 - k0) * Pp[1];
    P[2] = Pp[2] - k1 * Pp[0]; P[3] = Pp[3] - k1 * Pp[1];
    ll -= 0.5 * (Math.log(2 * Math.PI * S) + v * v / S);
  }
  return ll;
}

function bump(x: number, k: number, c: number): number {
  return Math.exp(-k * (x - c) * (x - c));
}

function simpsonRec(a: number, b: number, fa: number, fm: number, fb: number, whole: number, k: number, c: number, tol: number, depth: number): number {
  const m = 0.5 * (a + b);
  const lm = 0.5 * (a + m), rm = 0.5 * (m + b);
  const flm = bump(lm, k, c), frm = bump(rm, k, c);
  const left = (m - a) / 6 * (fa + 4 * flm + fm);
  const right = (b - m) / 6 * (fm + 4 * frm + fb);
  const delta = left + right - whole;
  if (depth <= 0 || Math.abs(delta) <= 15 * tol) return left + right + delta / 15;
  return simpsonRec(a, m, fa, flm, fm, left, k, c, tol / 2, depth - 1) + simpsonRec(m, b, fm, frm, fb, right, k, c, tol / 2, depth - 1);
}

/** integral of exp(-k (x - c)^2) over [a, b] by adaptive Simpson (recursive) */
export function gaussIntegral(a: number, b: number, k: number, c: number): number {
  const fa = bump(a, k, c), fb = bump(b, k, c), fm = bump(0.5 * (a + b), k, c);
  return simpsonRec(a, b, fa, fm, fb, (b - a) / 6 * (fa + 4 * fm + fb), k, c, 1e-6, 12);
}

/** the same by uniform composite Simpson with a loop */
export function gaussIntegralLoop(a: number, b: number, k: number, c: number, n: number): number {
  const h = (b - a) / n;
  let s = bump(a, k, c) + bump(b, k, c);
  for (let i = 1; i < n; i++) s += (i % 2 === 1 ? 4 : 2) * bump(a + i * h, k, c);
  return s * h / 3;
}
