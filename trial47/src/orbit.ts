// Astronomy: Kepler's equation in a class, orbit determination from angles, a two-body integrator, light curves.

const GM_SUN = 0.0002959122082855911; // AU^3 / day^2

class KeplerOrbit {
  static readonly TOL = 1e-14;
  readonly n: number;
  constructor(readonly a: number, readonly e: number, readonly M0: number, readonly omega: number = 0) {
    this.n = Math.sqrt(GM_SUN / (a * a * a));
  }
  static circular(a: number): KeplerOrbit {
    return new KeplerOrbit(a, 0, 0);
  }
  meanAnomaly(t: number): number {
    return this.M0 + this.n * t;
  }
  eccentricAnomaly(t: number, iters: number = 12): number {
    const M = this.meanAnomaly(t);
    let E = this.e < 0.8 ? M : Math.PI;
    for (let k = 0; k < iters; k++) {
      const d = (E - this.e * Math.sin(E) - M) / (1 - this.e * Math.cos(E));
      E -= d;
      if (Math.abs(d) < KeplerOrbit.TOL) break;
    }
    return E;
  }
  radius(t: number): number {
    return this.a * (1 - this.e * Math.cos(this.eccentricAnomaly(t)));
  }
  trueAnomaly(t: number): number {
    const E = this.eccentricAnomaly(t);
    return 2 * Math.atan2(Math.sqrt(1 + this.e) * Math.sin(E / 2), Math.sqrt(1 - this.e) * Math.cos(E / 2));
  }
  x(t: number): number {
    return this.radius(t) * Math.cos(this.trueAnomaly(t) + this.omega);
  }
  y(t: number): number {
    return this.radius(t) * Math.sin(this.trueAnomaly(t) + this.omega);
  }
}

/** Radius at time t of an orbit (a, e, M0). */
export function orbitRadius(a: number, e: number, M0: number, t: number): number {
  return new KeplerOrbit(a, e, M0).radius(t);
}

/** Orbit determination: squared angular residuals of heliocentric longitudes observed at times ts. */
export function longitudeFit(el: Float64Array, ts: Float64Array, lon: Float64Array): number {
  const orb = new KeplerOrbit(el[0], el[1], el[2], el[3]);
  let s = 0;
  for (let i = 0; i < ts.length; i++) {
    const pred = Math.atan2(orb.y(ts[i]), orb.x(ts[i]));
    const d = pred - lon[i];
    s += 1 - Math.cos(d); // wrap-safe
  }
  return s;
}

/** Difference of the circular factory and the full constructor's period: (2π / n) of each, summed. */
export function periodSum(a: number, a2: number): number {
  const c = KeplerOrbit.circular(a);
  const o = new KeplerOrbit(a2, 0.3, 0.1);
  return (2 * Math.PI) / c.n + (2 * Math.PI) / o.n;
}

class Body {
  vx: number = 0;
  vy: number = 0;
  constructor(public x: number, public y: number, vx0: number, vy0: number) {
    this.vx = vx0;
    this.vy = vy0;
  }
  get r2(): number {
    return this.x * this.x + this.y * this.y;
  }
  get energy(): number {
    return 0.5 * (this.vx * this.vx + this.vy * this.vy) - GM_SUN / Math.sqrt(this.r2);
  }
  kick(dt: number): void {
    const r3 = Math.pow(this.r2, 1.5);
    this.vx -= (dt * GM_SUN * this.x) / r3;
    this.vy -= (dt * GM_SUN * this.y) / r3;
  }
  drift(dt: number): void {
    this.x += dt * this.vx;
    this.y += dt * this.vy;
  }
  leapfrog(dt: number): void {
    this.kick(0.5 * dt);
    this.drift(dt);
    this.kick(0.5 * dt);
  }
}

/** Energy drift of a leapfrog two-body integration plus the final radius (so both count). */
export function leapfrogEnergy(x0: number, vy0: number, dt: number, steps: number): number {
  const b = new Body(x0, 0, 0, vy0);
  const e0 = b.energy;
  for (let i = 0; i < steps; i++) b.leapfrog(dt);
  return (b.energy - e0) * 1e6 + Math.sqrt(b.r2);
}

/** Transit light curve with a smooth limb: flux deficit of a planet (radius ratio k, impact b) over times. */
export function transitLoss(k: number, b: number, tc: number, dur: number, ts: Float64Array, flux: Float64Array): number {
  let s = 0;
  for (let i = 0; i < ts.length; i++) {
    const x = (2 * (ts[i] - tc)) / dur;
    const z = Math.sqrt(x * x + b * b);
    const w = 1 / (1 + Math.exp((z - 1) * 40)); // smooth in/out of transit
    const model = 1 - k * k * w * (1 - 0.3 * (1 - Math.sqrt(Math.max(0, 1 - z * z))));
    const r = model - flux[i];
    s += r * r;
  }
  return s;
}

abstract class Perturbation {
  readonly scale: number;
  constructor(s: number) {
    this.scale = s * this.unit();
  }
  abstract unit(): number;
  accel(r: number): number {
    return (this.scale * this.shape(r)) / this.unit();
  }
  shape(r: number): number {
    return 1 / (r * r);
  }
}

class J2Term extends Perturbation {
  constructor(s: number) {
    super(s);
  }
  unit(): number {
    return 2;
  }
  shape(r: number): number {
    return super.shape(r) / (r * r);
  }
}

/** A perturbing acceleration from an abstract base whose constructor calls an override returning a constant. */
export function j2Accel(s: number, r: number): number {
  const p = new J2Term(s);
  return p.accel(r) + p.scale;
}
