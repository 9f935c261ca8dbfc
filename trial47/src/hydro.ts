// Hydrology: Green-Ampt infiltration, reservoir routing, a linear reservoir cascade, Manning, SCS curve number.

/** Green-Ampt cumulative infiltration F at time t by fixed-point iteration F = K t + ψΔθ ln(1 + F / ψΔθ). */
export function greenAmptF(K: number, psi: number, dtheta: number, t: number): number {
  const pd = psi * dtheta;
  let F = K * t + 0.5 * pd;
  for (let it = 0; it < 60; it++) {
    const next = K * t + pd * Math.log(1 + F / pd);
    if (Math.abs(next - F) < 1e-13 * (1 + F)) { F = next; break; }
    F = next;
  }
  return F;
}

/** Rainfall excess over a storm: Green-Ampt infiltration capacity f = K (1 + ψΔθ / F), ponding when rain exceeds it. */
export function greenAmptRunoff(K: number, psi: number, dtheta: number, rain: Float64Array, dt: number): number {
  const pd = psi * dtheta;
  let F = 1e-3;
  let runoff = 0;
  for (const r of rain) {
    const cap = K * (1 + pd / F);
    const inf = Math.min(r, cap);
    F += inf * dt;
    runoff += (r - inf) * dt;
  }
  return runoff;
}

class Reservoir {
  storage: number;
  constructor(public area: number, readonly weirC: number, readonly crest: number, s0: number) {
    this.storage = s0;
  }
  get stage(): number {
    return this.storage / this.area;
  }
  get outflow(): number {
    const head = this.stage - this.crest;
    return head > 0 ? this.weirC * Math.pow(head, 1.5) : 0;
  }
  step(inflow: number, dt: number): void {
    // Heun: predictor then corrector
    const q0 = this.outflow;
    const s1 = this.storage + dt * (inflow - q0);
    const trial = new Reservoir(this.area, this.weirC, this.crest, s1);
    this.storage += 0.5 * dt * (2 * inflow - q0 - trial.outflow);
  }
}

/** Level-pool routing of an inflow hydrograph through a reservoir with a weir; returns the peak outflow (soft max). */
export function routePeak(inflow: Float64Array, area: number, weirC: number, crest: number, dt: number): number {
  const res = new Reservoir(area, weirC, crest, area * crest);
  let acc = 0;
  for (let i = 0; i < inflow.length; i++) {
    res.step(inflow[i], dt);
    acc += Math.exp(res.outflow);
  }
  return Math.log(acc);
}

/** Nash cascade of n linear reservoirs (constant k): outflow hydrograph against observations. */
export function nashCascadeLoss(k: number, rain: Float64Array, obs: Float64Array, n: number, dt: number): number {
  const s = new Float64Array(n);
  let loss = 0;
  for (let t = 0; t < rain.length; t++) {
    let input = rain[t];
    for (let j = 0; j < n; j++) {
      const out = s[j] / k;
      s[j] += dt * (input - out);
      input = out;
    }
    const r = input - obs[t];
    loss += r * r;
  }
  return loss;
}

/** Manning discharge in a trapezoidal channel: Q = (1/n) A R^(2/3) S^(1/2). */
export function manningQ(depth: number, bottom: number, sideSlope: number, n: number, slope: number): number {
  const A = depth * (bottom + sideSlope * depth);
  const P = bottom + 2 * depth * Math.sqrt(1 + sideSlope * sideSlope);
  return (A * Math.pow(A / P, 2 / 3) * Math.sqrt(slope)) / n;
}

/** Normal depth from a discharge by Newton's method on Manning's equation (derivative by a secant step). */
export function normalDepth(Q: number, bottom: number, sideSlope: number, n: number, slope: number): number {
  let y = 1;
  for (let it = 0; it < 40; it++) {
    const f = manningQ(y, bottom, sideSlope, n, slope) - Q;
    const h = 1e-6 * y;
    const df = (manningQ(y + h, bottom, sideSlope, n, slope) - manningQ(y - h, bottom, sideSlope, n, slope)) / (2 * h);
    const dy = f / df;
    y -= dy;
    if (Math.abs(dy) < 1e-14 * y) break;
  }
  return y;
}

/** SCS curve-number runoff summed over storms: Q = (P - Ia)^2 / (P - Ia + S) for P > Ia. */
export function scsRunoff(cn: number, storms: number[], lambda: number = 0.2): number {
  const S = 25400 / cn - 254;
  const Ia = lambda * S;
  let total = 0;
  for (const P of storms) {
    if (P <= Ia) continue;
    total += ((P - Ia) * (P - Ia)) / (P - Ia + S);
  }
  return total;
}
