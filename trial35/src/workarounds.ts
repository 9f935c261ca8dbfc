// The refused functions of control.ts and objects.ts rewritten in the forms the diagnostics point to, so that what
// they compute is still checked: the step inlined on a local state object, matrices flattened, a module-level
// derivative function, a conditional object replaced by an if, a static method taking numbers.

export type AntiWindup = 'clamp' | 'backcalc' | 'none';

/** pidCost with the plant step written inline on the local state object (properties assigned). */
export function pidCostInline(
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
  const s = { integ: 0, prevErr: setpoint, y: 0, v: 0 };
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
    const acc = u - 0.4 * s.v - 2 * s.y;
    s.v += acc * dt;
    s.y += s.v * dt;
    cost += (err * err + 0.01 * u * u) * dt;
  }
  return cost;
}

/** pidCost with a step helper that returns the new plant state (the documented form). */
interface Plant { y: number; v: number }
function plantNext(s: Plant, u: number, dt: number): Plant {
  const v = s.v + (u - 0.4 * s.v - 2 * s.y) * dt;
  return { y: s.y + v * dt, v };
}
export function pidCostReturned(kp: number, ki: number, kd: number, setpoint: number, steps = 200): number {
  const dt = 0.02;
  let p: Plant = { y: 0, v: 0 };
  let integ = 0;
  let prevErr = setpoint;
  let cost = 0;
  for (let k = 0; k < steps; k++) {
    const err = setpoint - p.y;
    const uRaw = kp * err + ki * integ + (kd * (err - prevErr)) / dt;
    const u = Math.max(-3, Math.min(3, uRaw));
    if (u === uRaw) integ += err * dt;
    prevErr = err;
    p = plantNext(p, u, dt);
    cost += (err * err + 0.01 * u * u) * dt;
  }
  return cost;
}

/** lqrCost with A flattened row-major, P and the next P in Float64Arrays rebound each step. */
export function lqrCostFlat(A: readonly number[], B: readonly number[], q: number, r: number, x0: readonly number[], horizon = 30): number {
  let P = Float64Array.of(q, 0, 0, q);
  let next = new Float64Array(4);
  for (let t = 0; t < horizon; t++) {
    const PB0 = P[0] * B[0] + P[1] * B[1];
    const PB1 = P[2] * B[0] + P[3] * B[1];
    const s = r + B[0] * PB0 + B[1] * PB1;
    const K0 = (PB0 * A[0] + PB1 * A[2]) / s;
    const K1 = (PB0 * A[1] + PB1 * A[3]) / s;
    const K = [K0, K1];
    for (let i = 0; i < 2; i++) {
      for (let j = 0; j < 2; j++) {
        let atpa = 0;
        for (let k = 0; k < 2; k++) for (let l = 0; l < 2; l++) atpa += A[k * 2 + i] * P[k * 2 + l] * A[l * 2 + j];
        const atpb = A[i] * PB0 + A[2 + i] * PB1;
        next[i * 2 + j] = (i === j ? q : 0) + atpa - atpb * K[j];
      }
    }
    [P, next] = [next, P];
  }
  return x0[0] * (P[0] * x0[0] + P[1] * x0[1]) + x0[1] * (P[2] * x0[0] + P[3] * x0[1]);
}

/** softViterbi with the emission table flattened (T x K row-major). */
export function softViterbiFlat(logPi: Float64Array, logA: Float64Array, logB: Float64Array, temp = 0.1): number {
  const K = logPi.length;
  const T = logB.length / K;
  let delta: number[] = [];
  for (let k = 0; k < K; k++) delta.push(logPi[k] + logB[k]);
  for (let t = 1; t < T; t++) {
    const nd: number[] = [];
    for (let j = 0; j < K; j++) {
      const cands = delta.map((d, i) => d + logA[i * K + j]);
      const m = Math.max(...cands);
      const s = cands.reduce((acc, c) => acc + Math.exp((c - m) / temp), 0);
      nd.push(m + temp * Math.log(s) + logB[t * K + j]);
    }
    delta = nd;
  }
  const m = Math.max(...delta);
  return m + temp * Math.log(delta.reduce((acc, d) => acc + Math.exp((d - m) / temp), 0));
}

/** vanDerPolAmplitude with the derivative at module level. */
interface Osc { x: number; v: number }
function vdpDeriv(s: Osc, mu: number): Osc {
  return { x: s.v, v: mu * (1 - s.x * s.x) * s.v - s.x };
}
export function vanDerPolModule(mu: number, x0: number, steps = 500): number {
  const dt = 0.01;
  let s: Osc = { x: x0, v: 0 };
  let peak = 0;
  for (let k = 0; k < steps; k++) {
    const d1 = vdpDeriv(s, mu);
    const d2 = vdpDeriv({ x: s.x + 0.5 * dt * d1.x, v: s.v + 0.5 * dt * d1.v }, mu);
    s = { x: s.x + dt * d2.x, v: s.v + dt * d2.v };
    peak = Math.max(peak, Math.abs(s.x));
  }
  return peak;
}

/** Boris pusher with the particle as a flat object mutated in the loop body (no helper). */
export function borisDriftInline(qm: number, Ex: number, Bz: number, vx0: number, dt = 0.01, n = 300): number {
  const s = { x: 0, y: 0, vx: vx0, vy: 0 };
  const h = 0.5 * qm * dt;
  for (let k = 0; k < n; k++) {
    const vmx = s.vx + h * Ex;
    const vmy = s.vy;
    const t = h * Bz;
    const sc = (2 * t) / (1 + t * t);
    const vpx = vmx + vmy * t;
    const vpy = vmy - vmx * t;
    s.vx = vmx + vpy * sc + h * Ex;
    s.vy = vmy - vpx * sc;
    s.x += s.vx * dt;
    s.y += s.vy * dt;
  }
  return Math.hypot(s.x, s.y);
}

/** loopClosureError with the pose class built from numbers. */
class Pose2 {
  constructor(readonly x: number, readonly y: number, readonly th: number) {}
  compose(d: Pose2): Pose2 {
    const c = Math.cos(this.th);
    const s = Math.sin(this.th);
    return new Pose2(this.x + c * d.x - s * d.y, this.y + s * d.x + c * d.y, this.th + d.th);
  }
}
export function loopClosureErrorNumbers(odom: Float64Array, wAngle = 10): number {
  let p = new Pose2(0, 0, 0);
  for (let i = 0; i < odom.length / 3; i++) p = p.compose(new Pose2(odom[3 * i], odom[3 * i + 1], odom[3 * i + 2]));
  const dth = Math.atan2(Math.sin(p.th), Math.cos(p.th));
  return p.x * p.x + p.y * p.y + wAngle * dth * dth;
}

/** plumeConcentration with the stability row chosen by an if. */
type Stability = 'A' | 'D' | 'F';
const PG_A = Object.freeze({ a: 0.22, b: 0.2, c: 0.0001 });
const PG_D = Object.freeze({ a: 0.08, b: 0.06, c: 0.0015 });
const PG_F = Object.freeze({ a: 0.04, b: 0.016, c: 0.0003 });
function sigmas(x: number, p: { a: number; b: number; c: number }): { sy: number; sz: number } {
  return { sy: (p.a * x) / Math.sqrt(1 + p.c * x), sz: (p.b * x) / Math.sqrt(1 + p.c * x) };
}
export function plumeConcentrationIf(Q: number, u: number, H: number, x: number, y: number, cls: Stability = 'D'): number {
  let sy = 0;
  let sz = 0;
  if (cls === 'A') {
    const s = sigmas(x, PG_A);
    sy = s.sy;
    sz = s.sz;
  } else if (cls === 'F') {
    const s = sigmas(x, PG_F);
    sy = s.sy;
    sz = s.sz;
  } else {
    const s = sigmas(x, PG_D);
    sy = s.sy;
    sz = s.sz;
  }
  return (Q / (Math.PI * u * sy * sz)) * Math.exp(-(y * y) / (2 * sy * sy)) * Math.exp(-(H * H) / (2 * sz * sz));
}
