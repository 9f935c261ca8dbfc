// Physics / chemistry: Lennard-Jones, cloth Verlet, heat equation, pendulum.

/** Lennard-Jones energy of a 2D cluster (positions interleaved x,y). */
export function ljEnergy(pos: Float64Array, eps = 1, sigma = 1): number {
  const n = pos.length / 2;
  let e = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = pos[2 * i] - pos[2 * j];
      const dy = pos[2 * i + 1] - pos[2 * j + 1];
      const r2 = dx * dx + dy * dy;
      const s6 = (sigma * sigma / r2) ** 3;
      e += 4 * eps * (s6 * s6 - s6);
    }
  }
  return e;
}

const scratch = new Float64Array(64);

/** Spring chain (1D cloth) with Verlet steps; returns the kinetic-ish energy proxy at the end. */
export function verletChain(x0: Float64Array, k: number, steps = 5): number {
  const n = x0.length;
  let x = Float64Array.from(x0);
  let xp = Float64Array.from(x0);
  const dt = 0.05;
  for (let s = 0; s < steps; s++) {
    const xn = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const left = i > 0 ? x[i - 1] : 0;
      const right = i < n - 1 ? x[i + 1] : 0;
      const f = k * (left - 2 * x[i] + right);
      xn[i] = 2 * x[i] - xp[i] + f * dt * dt;
    }
    xp = x;
    x = xn;
  }
  let e = 0;
  for (let i = 0; i < n; i++) e += (x[i] - xp[i]) ** 2;
  return e / (dt * dt);
}

/** Heat equation explicit steps with swap of buffers; returns the centre temperature. */
export function heatCentre(u0: Float64Array, alpha: number): number {
  let a = Float64Array.from(u0);
  let b = new Float64Array(u0.length);
  for (let step = 0; step < 8; step++) {
    for (let i = 1; i < a.length - 1; i++) b[i] = a[i] + alpha * (a[i - 1] - 2 * a[i] + a[i + 1]);
    b[0] = a[0];
    b[a.length - 1] = a[a.length - 1];
    [a, b] = [b, a];
  }
  return a[a.length >> 1];
}

/** Same but through a module-level scratch buffer. */
export function heatScratch(u0: Float64Array, alpha: number): number {
  const n = u0.length;
  for (let i = 0; i < n; i++) scratch[i] = u0[i];
  let s = 0;
  for (let step = 0; step < 4; step++) {
    let prev = scratch[0];
    for (let i = 1; i < n - 1; i++) {
      const cur = scratch[i];
      scratch[i] = cur + alpha * (prev - 2 * cur + scratch[i + 1]);
      prev = cur;
    }
  }
  for (let i = 0; i < n; i++) s += scratch[i] * scratch[i];
  return s;
}

/** Pendulum angle after RK2 steps (state rebinding). */
export function pendulum(theta0: number, omega0: number, g = 9.81, len = 1): number {
  let th = theta0, om = omega0;
  const h = 0.01;
  for (let i = 0; i < 50; i++) {
    const k1t = om, k1o = -(g / len) * Math.sin(th);
    const mt = th + 0.5 * h * k1t, mo = om + 0.5 * h * k1o;
    [th, om] = [th + h * mo, om - h * (g / len) * Math.sin(mt)];
  }
  return th;
}

/** Verlet step of a 2D mass-spring cloth writing new positions into out. */
export function clothStep(x: Float64Array, xprev: Float64Array, rest: number, out: Float64Array): void {
  const n = x.length / 2;
  for (let i = 0; i < n; i++) {
    let fx = 0, fy = -0.5;
    for (const j of [i - 1, i + 1]) {
      if (j < 0 || j >= n) continue;
      const dx = x[2 * j] - x[2 * i], dy = x[2 * j + 1] - x[2 * i + 1];
      const d = Math.hypot(dx, dy);
      const f = 10 * (d - rest) / d;
      fx += f * dx;
      fy += f * dy;
    }
    out[2 * i] = 2 * x[2 * i] - xprev[2 * i] + fx * 0.01;
    out[2 * i + 1] = 2 * x[2 * i + 1] - xprev[2 * i + 1] + fy * 0.01;
  }
}

/** Gravitational potential of particles with a softened kernel (Math.pow, cbrt). */
export function softPotential(m: Float64Array, r: Float64Array, soft: number): number {
  let phi = 0;
  for (let i = 0; i < m.length; i++) phi -= m[i] / Math.pow(r[i] * r[i] + soft * soft, 0.5);
  return phi + 0 * Math.cbrt(soft);
}
