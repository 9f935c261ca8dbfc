// ODEs: adaptive step with early exit, RK4 pendulum, leapfrog n-body, particles with collisions.

const G = 9.81;

function pendF(theta: number, omega: number, len: number, damp: number): number {
  return -(G / len) * Math.sin(theta) - damp * omega;
}

/** RK4 pendulum for a number of steps; returns the final angle. */
export function pendulumRK4(theta0: number, omega0: number, len: number, damp: number, dt: number, steps: number): number {
  let th = theta0;
  let om = omega0;
  for (let s = 0; s < steps; s++) {
    const k1t = om;
    const k1o = pendF(th, om, len, damp);
    const k2t = om + 0.5 * dt * k1o;
    const k2o = pendF(th + 0.5 * dt * k1t, k2t, len, damp);
    const k3t = om + 0.5 * dt * k2o;
    const k3o = pendF(th + 0.5 * dt * k2t, k3t, len, damp);
    const k4t = om + dt * k3o;
    const k4o = pendF(th + dt * k3t, k4t, len, damp);
    th += (dt / 6) * (k1t + 2 * k2t + 2 * k3t + k4t);
    om += (dt / 6) * (k1o + 2 * k2o + 2 * k3o + k4o);
  }
  return th;
}

/**
 * Adaptive Heun–Euler (order 2(1)) on y' = -k y + sin(t) until t reaches tEnd; the step size
 * adapts to a tolerance; a hard cap on attempts exits early.
 */
export function adaptiveDecay(y0: number, k: number, tEnd: number, tol = 1e-4): number {
  let t = 0;
  let y = y0;
  let h = 0.1;
  let attempts = 0;
  while (t < tEnd) {
    if (attempts++ > 10000) return y;
    if (t + h > tEnd) h = tEnd - t;
    const f0 = -k * y + Math.sin(t);
    const yE = y + h * f0;
    const f1 = -k * yE + Math.sin(t + h);
    const yH = y + 0.5 * h * (f0 + f1);
    const err = Math.abs(yH - yE);
    if (err <= tol) {
      t += h;
      y = yH;
    }
    // new step from the error estimate, clamped
    const fac = 0.9 * Math.sqrt(tol / Math.max(err, 1e-14));
    h = h * Math.min(2, Math.max(0.2, fac));
  }
  return y;
}

/** Leapfrog n-body in 2-D with softening; state pos/vel of n bodies; returns total energy. */
export function nbodyEnergy(pos: Float64Array, vel: Float64Array, mass: Float64Array, dt: number, steps: number): number {
  const n = mass.length;
  const p = Float64Array.from(pos);
  const v = Float64Array.from(vel);
  const acc = new Float64Array(2 * n);
  const eps2 = 0.01;
  for (let s = 0; s < steps; s++) {
    acc.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        if (i === j) continue;
        const dx = p[2 * j] - p[2 * i];
        const dy = p[2 * j + 1] - p[2 * i + 1];
        const r2 = dx * dx + dy * dy + eps2;
        const inv = mass[j] / (r2 * Math.sqrt(r2));
        acc[2 * i] += dx * inv;
        acc[2 * i + 1] += dy * inv;
      }
    }
    for (let i = 0; i < 2 * n; i++) {
      v[i] += dt * acc[i];
      p[i] += dt * v[i];
    }
  }
  let e = 0;
  for (let i = 0; i < n; i++) {
    e += 0.5 * mass[i] * (v[2 * i] ** 2 + v[2 * i + 1] ** 2);
    for (let j = i + 1; j < n; j++) {
      const r = Math.sqrt((p[2 * i] - p[2 * j]) ** 2 + (p[2 * i + 1] - p[2 * j + 1]) ** 2 + eps2);
      e -= (mass[i] * mass[j]) / r;
    }
  }
  return e;
}

/** Particles bouncing in a 1-D box [0, L] with restitution; returns the mean final position. */
export function particlesInBox(x: Float64Array, v: Float64Array, L: number, restitution: number, dt: number, steps: number): number {
  const n = x.length;
  const xs = Float64Array.from(x);
  const vs = Float64Array.from(v);
  for (let s = 0; s < steps; s++) {
    for (let i = 0; i < n; i++) {
      vs[i] -= G * dt * 0.1;
      xs[i] += vs[i] * dt;
      if (xs[i] < 0) {
        xs[i] = -xs[i] * restitution;
        vs[i] = -vs[i] * restitution;
      } else if (xs[i] > L) {
        xs[i] = L - (xs[i] - L) * restitution;
        vs[i] = -vs[i] * restitution;
      }
    }
  }
  let m = 0;
  for (const xi of xs) m += xi;
  return m / n;
}

/** Two disks colliding elastically along a line (branch on contact); returns final kinetic asymmetry. */
export function diskCollision(x1: number, v1: number, x2: number, v2: number, m1: number, m2: number, dt: number, steps: number): number {
  const radius = 0.1;
  let a = x1, b = x2, va = v1, vb = v2;
  for (let s = 0; s < steps; s++) {
    a += va * dt;
    b += vb * dt;
    if (b - a < 2 * radius && va > vb) {
      const na = ((m1 - m2) * va + 2 * m2 * vb) / (m1 + m2);
      const nb = ((m2 - m1) * vb + 2 * m1 * va) / (m1 + m2);
      va = na;
      vb = nb;
    }
  }
  return m1 * va * va - m2 * vb * vb + a * b;
}

/** Damped spring chain (n masses), semi-implicit Euler, writes final positions into out. */
export function springChain(k: number, c: number, x0: Float64Array, dt: number, steps: number, out: Float64Array): void {
  const n = x0.length;
  const x = Float64Array.from(x0);
  const v = new Float64Array(n);
  for (let s = 0; s < steps; s++) {
    for (let i = 0; i < n; i++) {
      const left = i > 0 ? x[i - 1] : 0;
      const right = i < n - 1 ? x[i + 1] : x[i];
      const f = k * (left - 2 * x[i] + right) - c * v[i];
      v[i] += dt * f;
    }
    for (let i = 0; i < n; i++) x[i] += dt * v[i];
  }
  for (let i = 0; i < n; i++) out[i] = x[i];
}

/** Lotka–Volterra by explicit Euler; loss against observed prey counts. */
export function lotkaVolterraLoss(alpha: number, beta: number, delta: number, gamma: number, obs: Float64Array, dt: number): number {
  let prey = 1;
  let pred = 0.5;
  let loss = 0;
  for (let i = 0; i < obs.length; i++) {
    for (let sub = 0; sub < 10; sub++) {
      const dPrey = alpha * prey - beta * prey * pred;
      const dPred = delta * prey * pred - gamma * pred;
      prey += (dt / 10) * dPrey;
      pred += (dt / 10) * dPred;
    }
    loss += (prey - obs[i]) ** 2;
  }
  return loss;
}

/** Projectile with quadratic drag until it hits the ground (early exit by break); returns range. */
export function dragRange(speed: number, angle: number, drag: number): number {
  let x = 0, y = 0;
  let vx = speed * Math.cos(angle);
  let vy = speed * Math.sin(angle);
  const dt = 0.001;
  let px = 0, py = 0;
  for (let i = 0; i < 100000; i++) {
    px = x;
    py = y;
    const sp = Math.hypot(vx, vy);
    vx -= drag * sp * vx * dt;
    vy -= (G + drag * sp * vy) * dt;
    x += vx * dt;
    y += vy * dt;
    if (y < 0) break;
  }
  // interpolate the crossing
  return px + (x - px) * (py / (py - y));
}

/** Velocity Verlet for an anharmonic oscillator; returns the action-like sum. */
export function verletAction(q0: number, p0: number, lam: number, dt: number, steps: number): number {
  let q = q0;
  let p = p0;
  let S = 0;
  let force = -q - lam * q * q * q;
  for (let i = 0; i < steps; i++) {
    p += 0.5 * dt * force;
    q += dt * p;
    force = -q - lam * q ** 3;
    p += 0.5 * dt * force;
    S += dt * (0.5 * p * p - 0.5 * q * q - 0.25 * lam * q ** 4);
  }
  return S;
}

/** Recursive adaptive Simpson's rule for ∫ₐᵇ exp(-c x²) dx. */
function simpsonRec(a: number, b: number, c: number, fa: number, fm: number, fb: number, whole: number, eps: number, depth: number): number {
  const m = (a + b) / 2;
  const lm = (a + m) / 2;
  const rm = (m + b) / 2;
  const flm = Math.exp(-c * lm * lm);
  const frm = Math.exp(-c * rm * rm);
  const left = ((m - a) / 6) * (fa + 4 * flm + fm);
  const right = ((b - m) / 6) * (fm + 4 * frm + fb);
  if (depth <= 0 || Math.abs(left + right - whole) <= 15 * eps) return left + right + (left + right - whole) / 15;
  return simpsonRec(a, m, c, fa, flm, fm, left, eps / 2, depth - 1) + simpsonRec(m, b, c, fm, frm, fb, right, eps / 2, depth - 1);
}

export function gaussIntegral(a: number, b: number, c: number): number {
  const fa = Math.exp(-c * a * a);
  const fb = Math.exp(-c * b * b);
  const fm = Math.exp(-c * ((a + b) / 2) ** 2);
  return simpsonRec(a, b, c, fa, fm, fb, ((b - a) / 6) * (fa + 4 * fm + fb), 1e-6, 12);
}
