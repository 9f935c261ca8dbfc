// Compartmental epidemic models integrated with fixed-step schemes, and fits against observed counts.

type SIR = [number, number, number];

function sirDeriv(s: number, i: number, beta: number, gamma: number): [number, number, number] {
  const infection = beta * s * i;
  const recovery = gamma * i;
  return [-infection, infection - recovery, recovery];
}

/** Fraction of the population ever infected after `days`, forward Euler with step dt. */
export function sirAttackRate(beta: number, gamma: number, i0: number, days = 60, dt = 0.25): number {
  let [s, i, r]: SIR = [1 - i0, i0, 0];
  const steps = Math.round(days / dt);
  for (let k = 0; k < steps; k++) {
    const [ds, di, dr] = sirDeriv(s, i, beta, gamma);
    s += dt * ds;
    i += dt * di;
    r += dt * dr;
  }
  return 1 - s;
}

/** SEIR right-hand side into `out` (S, E, I, R). */
function seirRhs(y: Float64Array, beta: number, sigma: number, gamma: number, out: Float64Array): void {
  const [s, e, i] = y;
  const inf = beta * s * i;
  out[0] = -inf;
  out[1] = inf - sigma * e;
  out[2] = sigma * e - gamma * i;
  out[3] = gamma * i;
}

/** One classical RK4 step of SEIR, written into `next`. */
export function seirStep(y: Float64Array, beta: number, sigma: number, gamma: number, dt: number, next: Float64Array): void {
  const k1 = new Float64Array(4), k2 = new Float64Array(4), k3 = new Float64Array(4), k4 = new Float64Array(4);
  const tmp = new Float64Array(4);
  seirRhs(y, beta, sigma, gamma, k1);
  for (let j = 0; j < 4; j++) tmp[j] = y[j] + 0.5 * dt * k1[j];
  seirRhs(tmp, beta, sigma, gamma, k2);
  for (let j = 0; j < 4; j++) tmp[j] = y[j] + 0.5 * dt * k2[j];
  seirRhs(tmp, beta, sigma, gamma, k3);
  for (let j = 0; j < 4; j++) tmp[j] = y[j] + dt * k3[j];
  seirRhs(tmp, beta, sigma, gamma, k4);
  for (let j = 0; j < 4; j++) next[j] = y[j] + (dt / 6) * (k1[j] + 2 * k2[j] + 2 * k3[j] + k4[j]);
}

/** Smoothed peak prevalence of SEIR (log-sum-exp over the daily I with temperature tau). */
export function seirSoftPeak(beta: number, sigma: number, gamma: number, e0: number, days = 80, tau = 0.01): number {
  let y = new Float64Array([1 - e0, e0, 0, 0]);
  let next = new Float64Array(4);
  const k1 = new Float64Array(4);
  const k2 = new Float64Array(4);
  const mid = new Float64Array(4);
  const dt = 0.5;
  let m = -Infinity;
  const series: number[] = [];
  for (let t = 0; t < days / dt; t++) {
    // Heun (RK2) with reused scratch buffers
    seirRhs(y, beta, sigma, gamma, k1);
    for (let j = 0; j < 4; j++) mid[j] = y[j] + dt * k1[j];
    seirRhs(mid, beta, sigma, gamma, k2);
    for (let j = 0; j < 4; j++) next[j] = y[j] + 0.5 * dt * (k1[j] + k2[j]);
    [y, next] = [next, y];
    series.push(y[2]);
    m = Math.max(m, y[2]);
  }
  let acc = 0;
  for (const v of series) acc += Math.exp((v - m) / tau);
  return m + tau * Math.log(acc);
}

/**
 * Poisson negative log-likelihood of daily new cases under an SIR model with population `pop`.
 * params = [beta, gamma, logI0].
 */
export function sirFitLoss(params: Float64Array, observed: readonly number[], pop = 1000): number {
  const beta = params[0];
  const gamma = params[1];
  const i0 = Math.exp(params[2]);
  let s = 1 - i0;
  let i = i0;
  let nll = 0;
  const substeps = 4;
  const h = 1 / substeps;
  for (const obs of observed) {
    const sBefore = s;
    for (let k = 0; k < substeps; k++) {
      const inf = beta * s * i;
      s -= h * inf;
      i += h * (inf - gamma * i);
    }
    const lambda = Math.max(pop * (sBefore - s), 1e-9);
    nll += lambda - obs * Math.log(lambda);
  }
  return nll / observed.length;
}

/** Renewal-equation incidence with a generation-interval kernel `w`, squared log error against `cases`. */
export function renewalLoss(logRt: Float64Array, w: readonly number[], cases: Float64Array, seedCases = 10): number {
  const n = cases.length;
  const inc = new Float64Array(n);
  inc[0] = seedCases;
  let loss = 0;
  for (let t = 1; t < n; t++) {
    let force = 0;
    w.forEach((ws, s) => {
      if (t - 1 - s >= 0) force += ws * inc[t - 1 - s];
    });
    inc[t] = Math.exp(logRt[t]) * force;
    const d = Math.log(inc[t] + 1) - Math.log(cases[t] + 1);
    loss += d * d;
  }
  return loss;
}

/** Epidemic with a time-varying contact rate (piecewise by a lockdown day) and early stop when extinct. */
export function lockdownFinalSize(beta: number, gamma: number, reduction: number, lockdownDay: number, i0 = 0.001): number {
  let s = 1 - i0;
  let i = i0;
  let day = 0;
  const dt = 0.1;
  while (day < 200) {
    const b = day < lockdownDay ? beta : beta * (1 - reduction);
    const inf = b * s * i;
    s -= dt * inf;
    i += dt * (inf - gamma * i);
    if (i < 1e-12) break;
    day += dt;
  }
  return 1 - s;
}

/** Basic reproduction number of a multi-group model: spectral radius of the next-generation matrix by power iteration. */
export function nextGenR0(contacts: Float64Array, gamma: number, iters = 40): number {
  const n = Math.round(Math.sqrt(contacts.length));
  let v = new Float64Array(n).fill(1);
  let lambda = 0;
  for (let it = 0; it < iters; it++) {
    const nv = new Float64Array(n);
    for (let r = 0; r < n; r++) {
      let acc = 0;
      for (let c = 0; c < n; c++) acc += (contacts[r * n + c] / gamma) * v[c];
      nv[r] = acc;
    }
    const norm = Math.hypot(...nv);
    for (let r = 0; r < n; r++) nv[r] /= norm;
    lambda = norm / Math.hypot(...v);
    v = nv;
  }
  return lambda;
}
