// Control, hidden Markov models and optimal transport.

export type AntiWindup = 'clamp' | 'backcalc' | 'none';

interface PidState { integ: number; prevErr: number; y: number; v: number }

/** One step of a mass on a spring driven by u: mutates the plant state as physics code does. */
function plantStep(s: PidState, u: number, dt: number): void {
  const acc = u - 0.4 * s.v - 2 * s.y;
  s.v += acc * dt;
  s.y += s.v * dt;
}

/**
 * PID tracking cost of a second-order plant with actuator saturation and anti-windup, simulated in time.
 */
export function pidCost(
  kp: number,
  ki: number,
  kd: number,
  setpoint: number,
  steps = 200,
  opts: { dt?: number; umax?: number; windup?: AntiWindup } = {},
): number {
  const dt = opts.dt ?? 0.02;
  const umax = opts.umax ?? 3;
  const mode = opts.windup ?? 'clamp';
  const s: PidState = { integ: 0, prevErr: setpoint, y: 0, v: 0 };
  let cost = 0;
  for (let k = 0; k < steps; k++) {
    const err = setpoint - s.y;
    const deriv = (err - s.prevErr) / dt;
    const uRaw = kp * err + ki * s.integ + kd * deriv;
    const u = Math.max(-umax, Math.min(umax, uRaw));
    switch (mode) {
      case 'clamp':
        if (u === uRaw) s.integ += err * dt;
        break;
      case 'backcalc':
        s.integ += (err + (u - uRaw) / Math.max(kp, 1e-3)) * dt;
        break;
      default:
        s.integ += err * dt;
    }
    s.prevErr = err;
    plantStep(s, u, dt);
    cost += (err * err + 0.01 * u * u) * dt;
  }
  return cost;
}

/** Same plant, a local arrow that takes and returns the state object. */
export function pidCostArrow(kp: number, ki: number, setpoint: number, steps = 150): number {
  const dt = 0.02;
  type S = { y: number; v: number; integ: number };
  const advance = (st: S, u: number): S => ({
    y: st.y + st.v * dt,
    v: st.v + (u - 0.4 * st.v - 2 * st.y) * dt,
    integ: st.integ + (setpoint - st.y) * dt,
  });
  let st: S = { y: 0, v: 0, integ: 0 };
  let cost = 0;
  for (let k = 0; k < steps; k++) {
    const e = setpoint - st.y;
    st = advance(st, kp * e + ki * st.integ);
    cost += e * e * dt;
  }
  return cost;
}

/** Discrete LQR for a 2-state system: cost-to-go x0' P x0 by the backward Riccati recursion over a horizon. */
export function lqrCost(A: number[][], B: readonly number[], q: number, r: number, x0: readonly number[], horizon = 30): number {
  let P = [
    [q, 0],
    [0, q],
  ];
  for (let t = 0; t < horizon; t++) {
    // K = (r + B'PB)^-1 B'PA
    const PB = [P[0][0] * B[0] + P[0][1] * B[1], P[1][0] * B[0] + P[1][1] * B[1]];
    const s = r + B[0] * PB[0] + B[1] * PB[1];
    const BPA = [PB[0] * A[0][0] + PB[1] * A[1][0], PB[0] * A[0][1] + PB[1] * A[1][1]];
    const K = [BPA[0] / s, BPA[1] / s];
    // P <- Q + A'PA - A'PB K
    const PA = [
      [P[0][0] * A[0][0] + P[0][1] * A[1][0], P[0][0] * A[0][1] + P[0][1] * A[1][1]],
      [P[1][0] * A[0][0] + P[1][1] * A[1][0], P[1][0] * A[0][1] + P[1][1] * A[1][1]],
    ];
    const next: number[][] = [
      [0, 0],
      [0, 0],
    ];
    for (let i = 0; i < 2; i++) {
      for (let j = 0; j < 2; j++) {
        const atpa = A[0][i] * PA[0][j] + A[1][i] * PA[1][j];
        const atpb = A[0][i] * PB[0] + A[1][i] * PB[1];
        next[i][j] = (i === j ? q : 0) + atpa - atpb * K[j];
      }
    }
    P = next;
  }
  return x0[0] * (P[0][0] * x0[0] + P[0][1] * x0[1]) + x0[1] * (P[1][0] * x0[0] + P[1][1] * x0[1]);
}

function logSumExp(a: number, b: number): number {
  const m = Math.max(a, b);
  return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
}

/**
 * HMM forward algorithm in log space, Gaussian emissions, K states.
 * logA is K*K row-major (from, to), logPi K, means/sds K, obs T.
 */
export function hmmLogLik(
  logPi: Float64Array,
  logA: Float64Array,
  means: Float64Array,
  sds: Float64Array,
  obs: Float64Array,
): number {
  const K = logPi.length;
  let alpha = new Float64Array(K);
  let next = new Float64Array(K);
  const emit = (k: number, y: number) => {
    const z = (y - means[k]) / sds[k];
    return -0.5 * z * z - Math.log(sds[k]) - 0.9189385332046727;
  };
  for (let k = 0; k < K; k++) alpha[k] = logPi[k] + emit(k, obs[0]);
  for (let t = 1; t < obs.length; t++) {
    for (let j = 0; j < K; j++) {
      let acc = -Infinity;
      for (let i = 0; i < K; i++) acc = acc === -Infinity ? alpha[i] + logA[i * K + j] : logSumExp(acc, alpha[i] + logA[i * K + j]);
      next[j] = acc + emit(j, obs[t]);
    }
    [alpha, next] = [next, alpha];
  }
  let total = alpha[0];
  for (let k = 1; k < K; k++) total = logSumExp(total, alpha[k]);
  return total;
}

/** Soft Viterbi: max replaced by a temperature-smoothed max, best path score. */
export function softViterbi(logPi: Float64Array, logA: Float64Array, logB: number[][], temp = 0.1): number {
  const K = logPi.length;
  const T = logB.length;
  let delta = Array.from(logPi, (p, k) => p + logB[0][k]);
  for (let t = 1; t < T; t++) {
    const nd: number[] = [];
    for (let j = 0; j < K; j++) {
      const cands = delta.map((d, i) => d + logA[i * K + j]);
      const m = Math.max(...cands);
      const s = cands.reduce((acc, c) => acc + Math.exp((c - m) / temp), 0);
      nd.push(m + temp * Math.log(s) + logB[t][j]);
    }
    delta = nd;
  }
  const m = Math.max(...delta);
  return m + temp * Math.log(delta.reduce((acc, d) => acc + Math.exp((d - m) / temp), 0));
}

/** Entropic optimal transport between two histograms on a line (Sinkhorn), returns the transport cost. */
export function sinkhornCost(
  a: Float64Array,
  b: Float64Array,
  xa: Float64Array,
  xb: Float64Array,
  eps = 0.1,
  opts: { iters?: number; tol?: number } = {},
): number {
  const n = a.length;
  const m = b.length;
  const iters = opts.iters ?? 200;
  const tol = opts.tol ?? 0;
  const K = new Float64Array(n * m);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) K[i * m + j] = Math.exp(-((xa[i] - xb[j]) ** 2) / eps);
  const u = new Float64Array(n).fill(1);
  const v = new Float64Array(m).fill(1);
  for (let it = 0; ; it++) {
    if (it >= iters) break;
    let change = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < m; j++) s += K[i * m + j] * v[j];
      const nu = a[i] / s;
      change = Math.max(change, Math.abs(nu - u[i]));
      u[i] = nu;
    }
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += K[i * m + j] * u[i];
      v[j] = b[j] / s;
    }
    if (change < tol) break;
  }
  let cost = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) cost += u[i] * K[i * m + j] * v[j] * (xa[i] - xb[j]) ** 2;
  return cost;
}

/** Kalman-free complementary filter for a tilt sensor: writes the fused angles, returns the squared error to truth. */
export function complementaryFilter(
  gyro: Float64Array,
  accelAngle: Float64Array,
  truth: Float64Array,
  alpha: number,
  fused: Float64Array,
  dt = 0.01,
): number {
  let angle = accelAngle[0];
  let err = 0;
  gyro.forEach((g, i) => {
    angle = alpha * (angle + g * dt) + (1 - alpha) * accelAngle[i];
    fused[i] = angle;
    err += (angle - truth[i]) ** 2;
  });
  return err;
}
