// Biomechanics: a Hill-type muscle (force-length, force-velocity, passive element, activation dynamics, a
// compliant tendon), an inverted-pendulum gait stance, a spring-loaded inverted pendulum, static optimisation.

const enum Phase {
  Stance,
  Flight,
}

const HILL = { width: 0.45, fvMax: 1.8, curv: 0.25, passiveK: 5, passiveStrain: 0.6 } as const;

const forceLength = (l: number): number => Math.exp(-(((l - 1) / HILL.width) ** 2));
const forceVelocity = (v: number): number =>
  // v < 0 shortening (in optimal lengths per vmax): Hill's hyperbola; lengthening: a saturating branch
  v <= 0 ? (1 + v) / (1 - v / HILL.curv) : HILL.fvMax - ((HILL.fvMax - 1) * (1 - v)) / (1 + (7.56 * v) / HILL.curv);
const passive = (l: number): number => (l > 1 ? (Math.exp((HILL.passiveK * (l - 1)) / HILL.passiveStrain) - 1) / (Math.exp(HILL.passiveK) - 1) : 0);

/** Normalised Hill force over a prescribed length/velocity trajectory; squared misfit to measured forces. */
export function hillFit(act: Float64Array, len: Float64Array, vel: Float64Array, measured: Float64Array, fmax: number): number {
  return measured.reduce((s, fm, k) => {
    const f = fmax * (act[k] * forceLength(len[k]) * forceVelocity(vel[k]) + passive(len[k]));
    return s + (f - fm) ** 2;
  }, 0);
}

/** Activation dynamics (first order, different rise and fall) driven by an excitation train, then a muscle with a
 *  rigid tendon shortening against a spring-mass load; impulse delivered. */
export function twitchImpulse(excitation: Float64Array, tauAct: number, tauDeact: number, fmax: number, mass: number, k: number, dt: number): number {
  let a = 0.01;
  let state = { x: 0, v: 0 };
  let impulse = 0;
  for (const u of excitation) {
    const tau = u > a ? tauAct * (0.5 + 1.5 * a) : tauDeact / (0.5 + 1.5 * a);
    a += (dt * (u - a)) / tau;
    // muscle length 1 - x, shortening velocity -v (optimal length 0.1 m, vmax 1 m/s)
    const lm = 1 - state.x / 0.1, vm = -state.v;
    const F = fmax * (a * forceLength(lm) * forceVelocity(vm) + passive(lm));
    const acc = (F - k * state.x) / mass;
    state = { x: state.x + dt * state.v, v: state.v + dt * acc };
    impulse += F * dt;
  }
  return impulse;
}

type Pend = { th: number; om: number };
const pendRhs = ({ th, om }: Pend, g: number, L: number): Pend => ({ th: om, om: (g / L) * Math.sin(th) });
const rk4 = (s: Pend, h: number, g: number, L: number): Pend => {
  const k1 = pendRhs(s, g, L);
  const k2 = pendRhs({ th: s.th + 0.5 * h * k1.th, om: s.om + 0.5 * h * k1.om }, g, L);
  const k3 = pendRhs({ th: s.th + 0.5 * h * k2.th, om: s.om + 0.5 * h * k2.om }, g, L);
  const k4 = pendRhs({ th: s.th + h * k3.th, om: s.om + h * k3.om }, g, L);
  return { th: s.th + (h / 6) * (k1.th + 2 * k2.th + 2 * k3.th + k4.th), om: s.om + (h / 6) * (k1.om + 2 * k2.om + 2 * k3.om + k4.om) };
};

/** Inverted-pendulum stance phase: from heel strike at angle -th0 with angular velocity om0 until the leg reaches +th0
 *  (or a step limit); returns the stance duration with the last step interpolated, plus the exit speed. */
export function stanceTime(th0: number, om0: number, L: number, h: number): number {
  const g = 9.81;
  let s: Pend = { th: -th0, om: om0 };
  let t = 0;
  for (let k = 0; k < 2000; k++) {
    const next = rk4(s, h, g, L);
    if (next.th >= th0) {
      const frac = (th0 - s.th) / (next.th - s.th);
      return t + frac * h + L * (s.om + frac * (next.om - s.om));
    }
    s = next;
    t += h;
  }
  return t + L * s.om;
}

/** Spring-loaded inverted pendulum (SLIP) running: stance from touchdown until the leg spring is back at rest
 *  length, then a ballistic flight to apex; returns the apex height error after a few steps. */
export function slipApex(y0: number, vx0: number, k: number, m: number, L0: number, angle: number, target: number): number {
  const g = 9.81, dt = 1e-3;
  let [x, y, vx, vy] = [0, y0, vx0, 0];
  let phase: Phase = Phase.Flight;
  let foot = 0, err = 0, steps = 0;
  for (let it = 0; it < 20000 && steps < 3; it++) {
    if (phase === Phase.Flight) {
      const vyNew = vy - g * dt;
      if (vy > 0 && vyNew <= 0) {
        err += (y - target) ** 2; // apex
        steps++;
      }
      [x, y, vy] = [x + vx * dt, y + vy * dt, vyNew];
      if (vy < 0 && y <= L0 * Math.cos(angle)) {
        phase = Phase.Stance;
        foot = x + L0 * Math.sin(angle);
      }
    } else {
      const dx = x - foot, l = Math.hypot(dx, y);
      const f = (k * (L0 - l)) / (m * l);
      const [ax, ay] = [f * dx, f * y - g];
      [vx, vy] = [vx + ax * dt, vy + ay * dt];
      [x, y] = [x + vx * dt, y + vy * dt];
      if (l >= L0 && vy > 0) phase = Phase.Flight;
    }
  }
  return err;
}

/** Static optimisation at one joint: muscle forces f = fmax * exp(s) with moment arms r(q) = r0 + r1 q; sum of
 *  squared activations plus a penalty on the torque balance. */
export function staticOptimisation(s: Float64Array, fmax: Float64Array, r0: Float64Array, r1: Float64Array, q: number, torque: number, w: number): number {
  const forces = Array.from(s, (si, i) => fmax[i] / (1 + Math.exp(-si)));
  const moments = forces.map((f, i) => f * (r0[i] + r1[i] * q));
  const effort = forces.reduce((e, f, i) => e + (f / fmax[i]) ** 2, 0);
  const tau = moments.reduce((a, b) => a + b, 0);
  return effort + w * (tau - torque) ** 2;
}

/** Metabolic-like cost of a cyclic activation pattern: activation heat, maintenance and work, Umberger-style. */
export function metabolicCost(act: Float64Array, len: Float64Array, dt: number, mass: number): number {
  let cost = 0;
  for (let k = 1; k < act.length; k++) {
    const [a, l] = [act[k], len[k]];
    const v = (len[k] - len[k - 1]) / dt;
    const fl = forceLength(l);
    const heat = a > act[k - 1] ? 1.28 * a + 0.5 : 1.28 * a; // activation/maintenance
    const shortening = v < 0 ? -0.25 * v * a * fl : 0;
    const work = Math.max(0, -v * a * fl * forceVelocity(v));
    cost += (heat + shortening + work) * mass * dt;
  }
  return cost;
}
