// Age-structured epidemiology and metapopulation ecology: an age-stratified SIR with a contact matrix, R0 by power
// iteration on the next-generation matrix, final size by fixed-point iteration, vaccine allocation by softmax,
// Levins and Hanski metapopulations, and a gravity-model SIR between cities.

function dominantEigenvalue(k: Float64Array, n: number, iters: number): number {
  let v = new Array<number>(n).fill(1);
  let lambda = 0;
  for (let it = 0; it < iters; it++) {
    const w = v.map((_, i) => v.reduce((s, vj, j) => s + k[i * n + j] * vj, 0));
    lambda = Math.hypot(...w) / Math.hypot(...v);
    v = w.map((x) => x / lambda);
  }
  return lambda;
}

// next-generation matrix K_ij = beta * C_ij * N_i / N_j / gamma; R0 = its dominant eigenvalue
export function ageR0(beta: number, gamma: number, contacts: Float64Array, pop: Float64Array): number {
  const g = pop.length;
  const K = new Float64Array(g * g);
  for (let i = 0; i < g; i++) for (let j = 0; j < g; j++) K[i * g + j] = (beta * contacts[i * g + j] * pop[i]) / pop[j] / gamma;
  return dominantEigenvalue(K, g, 40);
}

// age-stratified SIR, Euler steps of a day; returns the overall attack rate
export function ageSirAttackRate(beta: number, gamma: number, contacts: Float64Array, pop: Float64Array, seed: number, days: number): number {
  const g = pop.length;
  const C: number[][] = [];
  for (let i = 0; i < g; i++) {
    const row = new Array<number>(g).fill(0);
    for (let j = 0; j < g; j++) row[j] = contacts[i * g + j];
    C.push(row);
  }
  const S = Array.from(pop), I = pop.map((p) => (p * seed) / 1000), R = new Array<number>(g).fill(0);
  for (let i = 0; i < g; i++) S[i] -= I[i];
  const dt = 0.25;
  for (let step = 0; step < days / dt; step++) {
    const force = S.map((_, i) => {
      let f = 0;
      for (let j = 0; j < g; j++) f += (beta * C[i][j] * I[j]) / pop[j];
      return f;
    });
    for (let i = 0; i < g; i++) {
      const inf = force[i] * S[i] * dt, rec = gamma * I[i] * dt;
      S[i] -= inf;
      I[i] += inf - rec;
      R[i] += rec;
    }
  }
  const total = pop.reduce((a, b) => a + b, 0);
  return (R.reduce((a, b) => a + b, 0) + I.reduce((a, b) => a + b, 0)) / total;
}

// final size by fixed-point iteration z_i = 1 - exp(-sum_j K_ij z_j)
export function finalSizeByAge(r0Scale: number, contacts: Float64Array, pop: Float64Array, susceptibility: Float64Array): number {
  const g = pop.length;
  const total = pop.reduce((a, b) => a + b, 0);
  let z = new Float64Array(g).fill(0.5);
  for (let it = 0; it < 60; it++) {
    const next = new Float64Array(g);
    for (let i = 0; i < g; i++) {
      let s = 0;
      for (let j = 0; j < g; j++) s += r0Scale * susceptibility[i] * contacts[i * g + j] * (pop[j] / total) * z[j];
      next[i] = 1 - Math.exp(-s);
    }
    z = next;
  }
  let size = 0;
  z.forEach((zi, i) => (size += (zi * pop[i]) / total));
  return size;
}

// vaccine allocation by softmax of logits; R_eff from the next-generation matrix with reduced susceptibles
export function vaccineAllocationReff(logits: Float64Array, doses: number, beta: number, gamma: number, contacts: Float64Array, pop: Float64Array): number {
  const g = pop.length;
  const m = Math.max(...logits);
  const e = Array.from(logits, (l) => Math.exp(l - m));
  const z = e.reduce((a, b) => a + b, 0);
  const coverage = e.map((x, i) => Math.min((doses * x) / z / pop[i], 0.95));
  const K: number[][] = [
    [0, 0, 0],
    [0, 0, 0],
    [0, 0, 0],
  ];
  for (let i = 0; i < g; i++) for (let j = 0; j < g; j++) K[i][j] = (beta * contacts[i * g + j] * pop[i] * (1 - 0.9 * coverage[i])) / pop[j] / gamma;
  // power iteration in place on the local matrix
  let v = [1, 1, 1];
  let lambda = 0;
  for (let it = 0; it < 40; it++) {
    const w: number[] = [];
    for (const row of K) w.push(row[0] * v[0] + row[1] * v[1] + row[2] * v[2]);
    lambda = Math.hypot(w[0], w[1], w[2]) / Math.hypot(v[0], v[1], v[2]);
    v = w.map((x) => x / lambda);
  }
  return lambda;
}

// Levins metapopulation dp/dt = c p (1 - p) - e p, integrated; least squares against observed occupancy
export function levinsFit(c: number, e: number, p0: number, observed: Float64Array, dtYears: number): number {
  let p = p0, loss = 0;
  for (const obs of observed) {
    for (let s = 0; s < 20; s++) p += (dtYears / 20) * (c * p * (1 - p) - e * p);
    loss += (p - obs) ** 2;
  }
  return loss;
}

// Hanski incidence-function model: colonisation from patches weighted by exp(-alpha d) and area^b; mean occupancy
export function hanskiOccupancy(alpha: number, b: number, ext: number, xs: Float64Array, ys: Float64Array, areas: Float64Array, years: number): number {
  const n = xs.length;
  let p = new Float64Array(n).fill(0.5);
  for (let t = 0; t < years; t++) {
    const next = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let conn = 0;
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        const d = Math.hypot(xs[i] - xs[j], ys[i] - ys[j]);
        conn += p[j] * Math.exp(-alpha * d) * areas[j] ** b;
      }
      const col = (conn * conn) / (conn * conn + 0.25);
      const extinction = Math.min(ext / areas[i], 1);
      next[i] = p[i] * (1 - extinction) + (1 - p[i]) * col;
    }
    p = next;
  }
  return p.reduce((s, x) => s + x, 0) / n;
}

// SIR in cities coupled by gravity-model commuting flows; the peak prevalence of the last city
export function gravitySirPeak(beta: number, gamma: number, kappa: number, distExp: number, pops: Float64Array, dist: Float64Array, days: number): number {
  const n = pops.length;
  const S = Array.from(pops), I = new Array<number>(n).fill(0);
  I[0] = 10;
  S[0] -= 10;
  const mix: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row = new Array<number>(n).fill(0);
    let out = 0;
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      row[j] = (kappa * pops[j]) / dist[i * n + j] ** distExp;
      out += row[j];
    }
    row[i] = 1 - out;
    mix.push(row);
  }
  let peak = 0;
  for (let d = 0; d < days; d++) {
    const prevalence = I.map((x, j) => x / pops[j]);
    for (let i = 0; i < n; i++) {
      const force = beta * mix[i].reduce((s, w, j) => s + w * prevalence[j], 0);
      const inf = force * S[i], rec = gamma * I[i];
      S[i] -= inf;
      I[i] += inf - rec;
    }
    peak = Math.max(peak, I[n - 1] / pops[n - 1]);
  }
  return peak;
}
