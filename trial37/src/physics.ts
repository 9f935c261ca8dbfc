// 2-D particles with smoothed contacts, a Verlet spring chain, a bouncing body stepped by a void helper.
import { softplus, sqDist2 } from './util.js';

const GRAVITY = -9.81;

/** pairwise contact energy of discs of one radius: k * softplus(overlap)^2, smoothed */
export function contactEnergy(pos: Float64Array, radius: number, k: number): number {
  const n = pos.length >> 1;
  let e = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = Math.sqrt(sqDist2(pos[2 * i], pos[2 * i + 1], pos[2 * j], pos[2 * j + 1]) + 1e-12);
      const overlap = softplus(2 * radius - d, 20);
      e += k * overlap * overlap;
    }
  }
  return e;
}

/** semi-implicit Euler for n particles under gravity with a soft floor and soft walls; returns final energy */
export function simulateParticles(pos0: Float64Array, vel0: Float64Array, dt: number, steps: number, wallK: number): number {
  const n = pos0.length >> 1;
  const x = Float64Array.from(pos0);
  const v = Float64Array.from(vel0);
  const f = new Float64Array(2 * n);
  for (let s = 0; s < steps; s++) {
    f.fill(0);
    for (let i = 0; i < n; i++) {
      f[2 * i + 1] += GRAVITY;
      // floor at y = 0, walls at x = 0 and x = 4
      f[2 * i + 1] += wallK * softplus(-x[2 * i + 1], 10);
      f[2 * i] += wallK * (softplus(-x[2 * i], 10) - softplus(x[2 * i] - 4, 10));
    }
    for (let i = 0; i < 2 * n; i++) {
      v[i] += dt * f[i];
      x[i] += dt * v[i];
    }
  }
  let energy = 0;
  for (let i = 0; i < n; i++) {
    energy += 0.5 * (v[2 * i] * v[2 * i] + v[2 * i + 1] * v[2 * i + 1]) - GRAVITY * x[2 * i + 1];
  }
  return energy;
}

/** a hanging chain of masses by position Verlet with three rotating buffers; returns the tip's final height */
export function chainVerlet(y0: Float64Array, restLen: number, stiffness: number, steps: number): number {
  const n = y0.length;
  let prev = Float64Array.from(y0);
  let cur = Float64Array.from(y0);
  let next = new Float64Array(n);
  const dt = 0.01;
  for (let s = 0; s < steps; s++) {
    for (let i = 0; i < n; i++) {
      if (i === 0) { next[0] = y0[0]; continue; } // pinned
      let force = GRAVITY;
      const above = cur[i - 1] - cur[i] - restLen;
      force += stiffness * above;
      if (i + 1 < n) force -= stiffness * (cur[i] - cur[i + 1] - restLen);
      next[i] = 2 * cur[i] - prev[i] + dt * dt * force;
    }
    const tmp = prev;
    prev = cur;
    cur = next;
    next = tmp;
  }
  return cur[n - 1];
}

interface Ball { y: number; v: number; }

function stepBall(b: Ball, dt: number, k: number, damping: number): void {
  const contact = softplus(-b.y, 50);
  const a = GRAVITY + k * contact - damping * b.v * contact;
  b.v += dt * a;
  b.y += dt * b.v;
}

/** drop a ball on a soft floor; returns the height after `steps` steps */
export function bouncingBall(h0: number, v0: number, k: number, damping: number, steps: number): number {
  const ball: Ball = { y: h0, v: v0 };
  for (let s = 0; s < steps; s++) stepBall(ball, 0.005, k, damping);
  return ball.y;
}

/** spring forces of a 1-D chain written into out (ends free) */
export function springForces(x: Float64Array, k: number, rest: number, out: Float64Array): void {
  const n = x.length;
  out.fill(0);
  for (let i = 0; i + 1 < n; i++) {
    const stretch = x[i + 1] - x[i] - rest;
    out[i] += k * stretch;
    out[i + 1] -= k * stretch;
  }
}

/** time until the ball first reaches the floor, by stepping, with an early break and interpolation */
export function timeToImpact(h0: number, v0: number, drag: number): number {
  let y = h0, v = v0, t = 0;
  const dt = 1e-3;
  while (t < 10) {
    const yNext = y + dt * v;
    if (yNext <= 0) {
      return t + dt * (y / (y - yNext));
    }
    v += dt * (GRAVITY - drag * v * Math.abs(v));
    y = yNext;
    t += dt;
  }
  return t;
}
