// Language probes in a small population-dynamics / option-greeks setting: enums, generics, optional
// parameters, do/while, labelled break, objects of numbers, Array.from, sort on a copy, some().

export enum Integrator { Euler, Heun, RK4 }

function logisticRate(p: number, r: number, k: number): number {
  return r * p * (1 - p / k);
}

/** Logistic growth integrated with the chosen scheme. */
export function logisticGrowth(p0: number, r: number, k: number, scheme: Integrator, days = 30, dt = 0.5): number {
  let p = p0;
  const steps = Math.round(days / dt);
  for (let s = 0; s < steps; s++) {
    switch (scheme) {
      case Integrator.Euler:
        p += dt * logisticRate(p, r, k);
        break;
      case Integrator.Heun: {
        const k1 = logisticRate(p, r, k);
        const k2 = logisticRate(p + dt * k1, r, k);
        p += 0.5 * dt * (k1 + k2);
        break;
      }
      default: {
        const a = logisticRate(p, r, k);
        const b = logisticRate(p + 0.5 * dt * a, r, k);
        const c = logisticRate(p + 0.5 * dt * b, r, k);
        const d = logisticRate(p + dt * c, r, k);
        p += (dt / 6) * (a + 2 * b + 2 * c + d);
      }
    }
  }
  return p;
}

/** Weighted mean of squares, generic over the array type, with optional weights. */
export function weightedMeanSquare<A extends ArrayLike<number>>(xs: A, weights?: Float64Array): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    const w = weights ? weights[i] : 1;
    num += w * xs[i] * xs[i];
    den += w;
  }
  return num / den;
}

function normCdf(x: number): number {
  // Abramowitz-Stegun 7.1.26 through erf
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-z * z);
  return x >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y);
}

function callPrice(s: number, k: number, r: number, sigma: number, t: number): { price: number; vega: number } {
  const sq = sigma * Math.sqrt(t);
  const d1 = (Math.log(s / k) + (r + 0.5 * sigma * sigma) * t) / sq;
  const d2 = d1 - sq;
  const price = s * normCdf(d1) - k * Math.exp(-r * t) * normCdf(d2);
  const vega = s * Math.sqrt(t) * Math.exp(-0.5 * d1 * d1) / Math.sqrt(2 * Math.PI);
  return { price, vega };
}

/** Implied volatility by Newton with do/while and a tolerance (derivative through the iterations). */
export function impliedVol(price: number, s: number, k: number, r: number, t: number): number {
  let sigma = 0.3;
  let step: number;
  let iter = 0;
  do {
    const { price: p, vega } = callPrice(s, k, r, sigma, t);
    step = (p - price) / vega;
    sigma -= step;
    iter++;
  } while (Math.abs(step) > 1e-12 && iter < 50);
  return sigma;
}

/** First index where a cumulative sum passes a threshold, searched with a labelled break over a 2D grid; returns a smooth value there. */
export function gridFirstPass(grid: Float64Array, cols: number, threshold: number): number {
  const rows = grid.length / cols;
  let acc = 0;
  let hit = 0;
  outer: for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      acc += grid[r * cols + c] * grid[r * cols + c];
      if (acc > threshold) {
        hit = acc - threshold + grid[r * cols + c];
        break outer;
      }
    }
  }
  return hit;
}

/** Trimmed mean: sort a copy, drop the extremes. */
export function trimmedMean(xs: Float64Array, trim = 1): number {
  const sorted = xs.slice().sort();
  let s = 0;
  for (let i = trim; i < sorted.length - trim; i++) s += sorted[i];
  return s / (sorted.length - 2 * trim);
}

/** Population after a harvest schedule built with Array.from. */
export function harvestSchedule(p0: number, r: number, quota: number, years = 10): number {
  const harvest = Array.from({ length: years }, (_, y) => quota * (1 + 0.05 * y));
  let p = p0;
  for (const h of harvest) p = Math.max(p + r * p * (1 - p) - h, 1e-6);
  return p;
}

/** Any negative population along a Ricker trajectory gives a penalty (some()). */
export function rickerPenalty(p0: number, r: number, steps = 20): number {
  const traj: number[] = [p0];
  for (let i = 0; i < steps; i++) traj.push(traj[i] * Math.exp(r * (1 - traj[i])));
  const bad = traj.some((p) => p > 2);
  return bad ? 1 + traj[steps] : traj[steps];
}

/** Lotka-Volterra with object state updated in place and a running min via spread. */
export function predatorPreyMin(a: number, b: number, c: number, d: number, x0 = 1, y0 = 0.5): number {
  const st = { x: x0, y: y0 };
  const xs: number[] = [];
  for (let i = 0; i < 200; i++) {
    const dx = a * st.x - b * st.x * st.y;
    const dy = d * st.x * st.y - c * st.y;
    st.x += 0.01 * dx;
    st.y += 0.01 * dy;
    xs.push(st.x);
  }
  return Math.min(...xs) + st.y;
}
