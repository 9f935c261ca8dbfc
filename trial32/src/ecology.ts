// Population ecology: predator-prey dynamics, diversity, age-structured growth, fisheries.

interface LV { a: number; b: number; c: number; d: number }

function lvRhs(x: number, y: number, p: LV): [number, number] {
  return [p.a * x - p.b * x * y, p.c * x * y - p.d * y];
}

/** Classic RK4 step, returns the new state as a tuple. */
function rk4(x: number, y: number, p: LV, h: number): [number, number] {
  const [k1x, k1y] = lvRhs(x, y, p);
  const [k2x, k2y] = lvRhs(x + 0.5 * h * k1x, y + 0.5 * h * k1y, p);
  const [k3x, k3y] = lvRhs(x + 0.5 * h * k2x, y + 0.5 * h * k2y, p);
  const [k4x, k4y] = lvRhs(x + h * k3x, y + h * k3y, p);
  return [x + (h / 6) * (k1x + 2 * k2x + 2 * k3x + k4x), y + (h / 6) * (k1y + 2 * k2y + 2 * k3y + k4y)];
}

/** Fit of Lotka-Volterra rates to observed (log) counts; obs = [x0,y0,x1,y1,...] every `every` steps. */
export function lotkaVolterraLoss(theta: Float64Array, x0: number, y0: number, obs: Float64Array, h = 0.05, every = 5): number {
  const p = { a: theta[0], b: theta[1], c: theta[2], d: theta[3] };
  let x = x0, y = y0;
  let loss = 0;
  const m = obs.length / 2;
  for (let k = 0; k < m; k++) {
    for (let s = 0; s < every; s++) [x, y] = rk4(x, y, p, h);
    loss += (Math.log(x) - Math.log(obs[2 * k])) ** 2 + (Math.log(y) - Math.log(obs[2 * k + 1])) ** 2;
  }
  return loss;
}

/** Rosenzweig-MacArthur with a Holling type II response; state in an object, explicit Euler; break on collapse. */
export function rosenzweigFinalPredators(r: number, K: number, a: number, hdl: number, e: number, m: number, steps = 400, dt = 0.02): number {
  const s = { n: 0.5 * K, p: 0.3 };
  for (let i = 0; i < steps; i++) {
    if (s.n < 1e-9 || s.p < 1e-9) break;
    const f = (a * s.n) / (1 + a * hdl * s.n);
    const dn = r * s.n * (1 - s.n / K) - f * s.p;
    const dp = e * f * s.p - m * s.p;
    s.n += dt * dn;
    s.p += dt * dp;
  }
  return s.p;
}

/** Shannon diversity of abundances (map then reduce). */
export function shannon(abund: Float64Array): number {
  const total = abund.reduce((s, v) => s + v, 0);
  const p = abund.map((v) => v / total);
  return -p.reduce((s, q) => s + (q > 0 ? q * Math.log(q) : 0), 0);
}

/** Hill number of order q (effective number of species); q=1 handled as a limit. */
export function hillNumber(abund: readonly number[], q: number): number {
  let total = 0;
  for (const a of abund) total += a;
  if (Math.abs(q - 1) < 1e-9) return Math.exp(shannon(Float64Array.from(abund)));
  let s = 0;
  for (const a of abund) s += (a / total) ** q;
  return s ** (1 / (1 - q));
}

/** Leslie matrix dominant eigenvalue by power iteration (number[][] built inside). */
export function leslieGrowthRate(fecundity: Float64Array, survival: Float64Array, iters = 200): number {
  const n = fecundity.length;
  const L: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row: number[] = new Array(n).fill(0);
    if (i === 0) for (let j = 0; j < n; j++) row[j] = fecundity[j];
    else row[i - 1] = survival[i - 1];
    L.push(row);
  }
  let v = new Float64Array(n).fill(1 / n);
  let w = new Float64Array(n);
  let lambda = 0;
  for (let it = 0; it < iters; it++) {
    let norm = 0;
    for (let i = 0; i < n; i++) {
      let acc = 0;
      for (let j = 0; j < n; j++) acc += L[i][j] * v[j];
      w[i] = acc;
      norm += acc;
    }
    for (let i = 0; i < n; i++) w[i] /= norm;
    const prev = lambda;
    lambda = norm;
    [v, w] = [w, v];
    if (Math.abs(lambda - prev) < 1e-14 * lambda) break;
  }
  return lambda;
}

/** Beverton-Holt stock with harvest; returns negative discounted catch (to minimise) over harvest rates. */
export function fisheryValue(harvest: Float64Array, R0: number, b: number, B0: number, price = 1, discount = 0.05): number {
  let B = B0;
  let value = 0;
  harvest.forEach((u, t) => {
    const catchT = u * B;
    value += (price * catchT) / (1 + discount) ** t;
    const esc = B - catchT;
    B = (R0 * esc) / (1 + b * esc);
  });
  return -value;
}

/** Logistic growth with an Allee threshold; Euler until extinction or horizon. */
export function alleeTime(N0: number, r: number, K: number, A: number, dt = 0.01, horizon = 2000): number {
  let N = N0;
  let t = 0;
  for (let i = 0; i < horizon; i++) {
    if (N <= 0.01 * A) break;
    N += dt * r * N * (N / A - 1) * (1 - N / K);
    t += dt * N / K;
  }
  return t + N;
}

/** The same growth rate with the matrix stored flat, row-major, as a user does after a refusal. */
export function leslieGrowthRateFlat(fecundity: Float64Array, survival: Float64Array, iters = 200): number {
  const n = fecundity.length;
  const L = new Float64Array(n * n);
  for (let j = 0; j < n; j++) L[j] = fecundity[j];
  for (let i = 1; i < n; i++) L[i * n + i - 1] = survival[i - 1];
  let v = new Float64Array(n).fill(1 / n);
  let w = new Float64Array(n);
  let lambda = 0;
  for (let it = 0; it < iters; it++) {
    let norm = 0;
    for (let i = 0; i < n; i++) {
      let acc = 0;
      for (let j = 0; j < n; j++) acc += L[i * n + j] * v[j];
      w[i] = acc;
      norm += acc;
    }
    for (let i = 0; i < n; i++) w[i] /= norm;
    const prev = lambda;
    lambda = norm;
    [v, w] = [w, v];
    if (Math.abs(lambda - prev) < 1e-14 * lambda) break;
  }
  return lambda;
}
