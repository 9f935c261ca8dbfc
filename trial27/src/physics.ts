// Geometry and physics.

const GRAVITY = 9.81;
const SEMI_IMPLICIT = true;

/**
 * Spring network energy: edges as index pairs, rest lengths, one stiffness.
 * @domain pos [-1, 1] length 8
 * @domain edges int [0, 3] length 10
 * @domain rest (0.5, 1) length 5
 * @domain k (1, 5)
 */
export function springEnergy(pos: Float64Array, edges: Int32Array, rest: Float64Array, k: number): number {
  let e = 0;
  for (let m = 0; m < rest.length; m++) {
    const a = edges[2 * m], b = edges[2 * m + 1];
    const dx = pos[2 * a] - pos[2 * b];
    const dy = pos[2 * a + 1] - pos[2 * b + 1];
    const len = Math.hypot(dx, dy);
    e += 0.5 * k * (len - rest[m]) ** 2;
  }
  return e;
}

/** Damped pendulum by semi-implicit Euler; returns final angle. */
export function pendulumAngle(theta0: number, omega0: number, damping: number, length: number, steps: number, dt = 0.01): number {
  let th = theta0, om = omega0;
  for (let i = 0; i < steps; i++) {
    const acc = -(GRAVITY / length) * Math.sin(th) - damping * om;
    if (SEMI_IMPLICIT) {
      om += acc * dt;
      th += om * dt;
    } else {
      th += om * dt;
      om += acc * dt;
    }
  }
  return th;
}

/** Mass-spring-damper with a ring-buffer history of positions; returns a moving-average energy. */
export function msdHistory(m: number, c: number, k: number, x0: number, steps: number, histLen = 8): number {
  const hist = new Float64Array(histLen);
  let head = 0;
  let x = x0, v = 0;
  const dt = 0.01;
  let acc = 0;
  for (let i = 0; i < steps; i++) {
    const a = (-c * v - k * x) / m;
    v += a * dt;
    x += v * dt;
    hist[head] = x;
    head = (head + 1) % histLen;
    let avg = 0;
    for (let j = 0; j < histLen; j++) avg += hist[j];
    avg /= histLen;
    acc += avg * avg;
  }
  return acc;
}

/** Signed area and perimeter mix of a polygon given as flat xy. */
export function polygonShape(xy: Float64Array, wArea = 1, wPerim = 0.1): number {
  const n = xy.length / 2;
  let area = 0, perim = 0;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    area += xy[2 * i] * xy[2 * j + 1] - xy[2 * j] * xy[2 * i + 1];
    perim += Math.hypot(xy[2 * j] - xy[2 * i], xy[2 * j + 1] - xy[2 * i + 1]);
  }
  return wArea * 0.5 * area + wPerim * perim;
}

/** Projectile with quadratic drag (RK2 midpoint), range until y < 0 with early return. */
export function dragRange(speed: number, angle: number, drag: number): number {
  let x = 0, y = 0;
  let vx = speed * Math.cos(angle), vy = speed * Math.sin(angle);
  const dt = 0.005;
  for (let i = 0; i < 20000; i++) {
    const v = Math.hypot(vx, vy);
    const mvx = vx - 0.5 * dt * drag * v * vx;
    const mvy = vy - 0.5 * dt * (GRAVITY + drag * v * vy);
    const mv = Math.hypot(mvx, mvy);
    const nx = x + dt * mvx, ny = y + dt * mvy;
    vx -= dt * drag * mv * mvx;
    vy -= dt * (GRAVITY + drag * mv * mvy);
    if (ny < 0) {
      // interpolate the landing point
      return x + (nx - x) * (y / (y - ny));
    }
    x = nx; y = ny;
  }
  return x;
}

/** Cloth-like chain: one verlet step writing new positions. */
export function chainStep(pos: Float64Array, prev: Float64Array, stiff: number, next: Float64Array): void {
  const n = pos.length;
  for (let i = 0; i < n; i++) {
    let f = -GRAVITY * 1e-3;
    if (i > 0) f += stiff * (pos[i - 1] - pos[i]);
    if (i < n - 1) f += stiff * (pos[i + 1] - pos[i]);
    next[i] = 2 * pos[i] - prev[i] + f * 1e-2;
  }
}
