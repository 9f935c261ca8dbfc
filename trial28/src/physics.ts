// Physics steps: particles on a floor, a Verlet rope, an n-body leapfrog step, a rigid box.

const GRAVITY = -9.81;
const RESTITUTION = 0.6;
const SOFTENING = 0.05;
const EPS2 = SOFTENING * SOFTENING;

/** Particles (x, y interleaved) under gravity bouncing on the floor y = 0; energy after `steps` steps. */
export function particleFloorEnergy(pos: Float64Array, vel: Float64Array, dt: number, steps: number): number {
  const n = pos.length / 2;
  const p = Float64Array.from(pos);
  const v = Float64Array.from(vel);
  for (let s = 0; s < steps; s++) {
    for (let i = 0; i < n; i++) {
      v[2 * i + 1] += GRAVITY * dt;
      p[2 * i] += v[2 * i] * dt;
      let y = p[2 * i + 1] + v[2 * i + 1] * dt;
      if (y < 0) {
        y = -y * RESTITUTION;
        v[2 * i + 1] = -v[2 * i + 1] * RESTITUTION;
      }
      p[2 * i + 1] = Math.max(y, 0);
    }
  }
  let e = 0;
  for (let i = 0; i < n; i++) {
    e += 0.5 * (v[2 * i] ** 2 + v[2 * i + 1] ** 2) - GRAVITY * p[2 * i + 1];
  }
  return e;
}

/** One step of particles [x, y, vx, vy]... clamped to a box and reflected at the floor (writes out). */
export function floorStep(state: Float64Array, dt: number, out: Float64Array): void {
  const n = state.length >> 2;
  for (let i = 0; i < n; i++) {
    const o = 4 * i;
    const vx = state[o + 2];
    const vy = state[o + 3] + GRAVITY * dt;
    const x = state[o] + vx * dt;
    const yRaw = state[o + 1] + vy * dt;
    const pen = Math.min(yRaw, 0); // negative when below the floor
    out[o] = Math.min(Math.max(x, -5), 5);
    out[o + 1] = yRaw - (1 + RESTITUTION) * pen;
    out[o + 2] = vx * (pen < 0 ? 0.9 : 1);
    out[o + 3] = pen < 0 ? -RESTITUTION * vy : vy;
  }
}

/** A Verlet rope (2D points interleaved), first point pinned; `iters` steps, a fresh buffer per step. */
export function ropeEnergy(x0: Float64Array, xPrev0: Float64Array, rest: number, iters: number): number {
  const n = x0.length / 2;
  let prev: Float64Array = xPrev0;
  let cur: Float64Array = x0; // the input itself, only read
  for (let it = 0; it < iters; it++) {
    const next = new Float64Array(cur.length);
    for (let i = 0; i < 2 * n; i++) {
      const g = i % 2 === 1 ? GRAVITY * 1e-3 : 0;
      next[i] = 2 * cur[i] - prev[i] + g;
    }
    for (let k = 0; k + 1 < n; k++) {
      const dx = next[2 * k + 2] - next[2 * k];
      const dy = next[2 * k + 3] - next[2 * k + 1];
      const d = Math.hypot(dx, dy);
      const corr = (0.5 * (d - rest)) / d;
      next[2 * k] += corr * dx;
      next[2 * k + 1] += corr * dy;
      next[2 * k + 2] -= corr * dx;
      next[2 * k + 3] -= corr * dy;
    }
    next[0] = x0[0];
    next[1] = x0[1];
    prev = cur;
    cur = next;
  }
  let energy = 0;
  for (let k = 0; k + 1 < n; k++) {
    const stretch = Math.hypot(cur[2 * k + 2] - cur[2 * k], cur[2 * k + 3] - cur[2 * k + 1]) - rest;
    energy += 50 * stretch * stretch - GRAVITY * cur[2 * k + 3];
  }
  return energy;
}

/** Jacobi smoothing with two buffers, the first being the input array itself (written in place on even passes). */
export function pingPongSmooth(u: Float64Array, passes: number, alpha: number): number {
  const n = u.length;
  let src: Float64Array = u;
  let dst = new Float64Array(n);
  for (let p = 0; p < passes; p++) {
    dst[0] = src[0];
    dst[n - 1] = src[n - 1];
    for (let i = 1; i < n - 1; i++) dst[i] = src[i] + alpha * (src[i - 1] - 2 * src[i] + src[i + 1]);
    const t = src;
    src = dst;
    dst = t;
  }
  let s = 0;
  for (let i = 0; i < n; i++) s += src[i] * src[i] * (i + 1);
  return s;
}

function accelerations(pos: Float64Array, mass: Float64Array, out: Float64Array): void {
  const n = mass.length;
  out.fill(0);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const dx = pos[3 * j] - pos[3 * i];
      const dy = pos[3 * j + 1] - pos[3 * i + 1];
      const dz = pos[3 * j + 2] - pos[3 * i + 2];
      const r2 = dx * dx + dy * dy + dz * dz + EPS2;
      const inv = mass[j] / (r2 * Math.sqrt(r2));
      out[3 * i] += dx * inv;
      out[3 * i + 1] += dy * inv;
      out[3 * i + 2] += dz * inv;
    }
  }
}

function totalEnergy(pos: Float64Array, vel: Float64Array, mass: Float64Array): number {
  const n = mass.length;
  let kin = 0;
  let pot = 0;
  for (let i = 0; i < n; i++) {
    kin += 0.5 * mass[i] * (vel[3 * i] ** 2 + vel[3 * i + 1] ** 2 + vel[3 * i + 2] ** 2);
    for (let j = i + 1; j < n; j++) {
      const r = Math.hypot(pos[3 * j] - pos[3 * i], pos[3 * j + 1] - pos[3 * i + 1], pos[3 * j + 2] - pos[3 * i + 2]);
      pot -= (mass[i] * mass[j]) / Math.sqrt(r * r + EPS2);
    }
  }
  return kin + pot;
}

/** Kick-drift-kick leapfrog with Plummer softening; the energy after one step. */
export function nbodyStepEnergy(pos: Float64Array, vel: Float64Array, mass: Float64Array, dt: number): number {
  const m = pos.length;
  const acc = new Float64Array(m);
  const p = new Float64Array(m);
  const v = new Float64Array(m);
  accelerations(pos, mass, acc);
  for (let i = 0; i < m; i++) {
    v[i] = vel[i] + 0.5 * dt * acc[i];
    p[i] = pos[i] + dt * v[i];
  }
  accelerations(p, mass, acc);
  for (let i = 0; i < m; i++) v[i] += 0.5 * dt * acc[i];
  return totalEnergy(p, v, mass);
}

/** A w x h box at (cx, cy) rotated by theta, penalised where its corners go below the floor. */
export function boxFloorPenalty(cx: number, cy: number, theta: number, w: number, h: number, k: number): number {
  const c = Math.cos(theta), s = Math.sin(theta);
  let penalty = 0;
  for (let sx = -1; sx <= 1; sx += 2) {
    for (let sy = -1; sy <= 1; sy += 2) {
      const lx = 0.5 * w * sx, ly = 0.5 * h * sy;
      const y = cy + s * lx + c * ly;
      const depth = Math.min(y, 0);
      penalty += 0.5 * k * depth * depth;
    }
  }
  return penalty + (cx * 0.01) ** 2 - GRAVITY * cy;
}

/** Ping-pong between two scratch buffers, the source starting as the input array (read only), chosen by parity. */
export function pingPongParity(u: Float64Array, passes: number, alpha: number): number {
  const n = u.length;
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  let src: Float64Array = u;
  for (let p = 0; p < passes; p++) {
    const dst = p % 2 === 0 ? a : b;
    dst[0] = src[0];
    dst[n - 1] = src[n - 1];
    for (let i = 1; i < n - 1; i++) dst[i] = src[i] + alpha * (src[i - 1] - 2 * src[i] + src[i + 1]);
    src = dst;
  }
  let s = 0;
  for (let i = 0; i < n; i++) s += src[i] * src[i] * (i + 1);
  return s;
}

/** Velocity Verlet for springs to the origin with a floor: writes the new state, returns the energy. */
export function verletStepEnergy(x: Float64Array, v: Float64Array, dt: number, xOut: Float64Array, vOut: Float64Array): number {
  const n = x.length;
  let e = 0;
  for (let i = 0; i < n; i++) {
    const a0 = -4 * x[i] - 0.1 * v[i] ** 3;
    const xn = Math.max(x[i] + dt * v[i] + 0.5 * dt * dt * a0, -1);
    const a1 = -4 * xn - 0.1 * v[i] ** 3;
    xOut[i] = xn;
    vOut[i] = v[i] + 0.5 * dt * (a0 + a1);
    e += 2 * xn * xn + 0.5 * vOut[i] * vOut[i];
  }
  return e;
}
