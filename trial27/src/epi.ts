// Epidemiology: compartment models integrated by Euler and RK4.

const N_POP = 1000;

/** SIR by forward Euler; returns the final infected fraction. */
export function sirEuler(beta: number, gamma: number, i0: number, days: number, dt = 0.1): number {
  let s = 1 - i0, i = i0, r = 0;
  const steps = Math.round(days / dt);
  for (let k = 0; k < steps; k++) {
    const inf = beta * s * i;
    const rec = gamma * i;
    s -= dt * inf;
    i += dt * (inf - rec);
    r += dt * rec;
  }
  return i + 0 * r;
}

function seirRhs(y: Float64Array, beta: number, sigma: number, gamma: number, out: Float64Array): void {
  const [s, e, i] = [y[0], y[1], y[2]];
  out[0] = -beta * s * i;
  out[1] = beta * s * i - sigma * e;
  out[2] = sigma * e - gamma * i;
  out[3] = gamma * i;
}

/** SEIR with classic RK4; peak infected over the run. */
export function seirPeak(beta: number, sigma: number, gamma: number, e0: number, steps: number, h = 0.5): number {
  const y = new Float64Array([1 - e0, e0, 0, 0]);
  const k1 = new Float64Array(4), k2 = new Float64Array(4), k3 = new Float64Array(4), k4 = new Float64Array(4);
  const tmp = new Float64Array(4);
  let peak = 0;
  for (let n = 0; n < steps; n++) {
    seirRhs(y, beta, sigma, gamma, k1);
    for (let j = 0; j < 4; j++) tmp[j] = y[j] + 0.5 * h * k1[j];
    seirRhs(tmp, beta, sigma, gamma, k2);
    for (let j = 0; j < 4; j++) tmp[j] = y[j] + 0.5 * h * k2[j];
    seirRhs(tmp, beta, sigma, gamma, k3);
    for (let j = 0; j < 4; j++) tmp[j] = y[j] + h * k3[j];
    seirRhs(tmp, beta, sigma, gamma, k4);
    for (let j = 0; j < 4; j++) y[j] += (h / 6) * (k1[j] + 2 * k2[j] + 2 * k3[j] + k4[j]);
    peak = Math.max(peak, y[2]);
  }
  return peak;
}

/** Least-squares fit of an SIR curve to daily case counts (params = [logBeta, logGamma, logitI0]). */
export function sirFitLoss(params: Float64Array, counts: Float64Array, substeps = 4): number {
  const beta = Math.exp(params[0]);
  const gamma = Math.exp(params[1]);
  const i0 = 1 / (1 + Math.exp(-params[2]));
  let s = 1 - i0, i = i0;
  const dt = 1 / substeps;
  let loss = 0;
  for (let day = 0; day < counts.length; day++) {
    for (let k = 0; k < substeps; k++) {
      const inf = beta * s * i;
      s -= dt * inf;
      i += dt * (inf - gamma * i);
    }
    const predicted = N_POP * i;
    const resid = Math.log1p(predicted) - Math.log1p(counts[day]);
    loss += resid * resid;
  }
  return 0.5 * loss;
}

/** One Euler step of SIR into an output state. */
export function sirStep(state: Float64Array, beta: number, gamma: number, dt: number, out: Float64Array): void {
  const inf = beta * state[0] * state[1];
  const rec = gamma * state[1];
  out[0] = state[0] - dt * inf;
  out[1] = state[1] + dt * (inf - rec);
  out[2] = state[2] + dt * rec;
}

/** SIR with vaccination, RK4 written out by hand with locals; cumulative infections. */
export function sirvCumulative(beta: number, gamma: number, nu: number, steps: number, h = 0.25): number {
  let s = 0.99, i = 0.01, cum = 0;
  const f = (s_: number, i_: number): [number, number] => [-beta * s_ * i_ - nu * s_, beta * s_ * i_ - gamma * i_];
  for (let k = 0; k < steps; k++) {
    const [a1, b1] = f(s, i);
    const [a2, b2] = f(s + 0.5 * h * a1, i + 0.5 * h * b1);
    const [a3, b3] = f(s + 0.5 * h * a2, i + 0.5 * h * b2);
    const [a4, b4] = f(s + h * a3, i + h * b3);
    const ds = (h / 6) * (a1 + 2 * a2 + 2 * a3 + a4);
    cum += beta * s * i * h;
    s += ds;
    i += (h / 6) * (b1 + 2 * b2 + 2 * b3 + b4);
  }
  return cum;
}

function sirvRhs(s: number, i: number, beta: number, gamma: number, nu: number, out: Float64Array): void {
  out[0] = -beta * s * i - nu * s;
  out[1] = beta * s * i - gamma * i;
}

/** sirvCumulative rewritten with a helper writing into a reused scratch array. */
export function sirvCumulative2(beta: number, gamma: number, nu: number, steps: number, h = 0.25): number {
  let s = 0.99, i = 0.01, cum = 0;
  const k = new Float64Array(8);
  const d = new Float64Array(2);
  for (let n = 0; n < steps; n++) {
    sirvRhs(s, i, beta, gamma, nu, d); k[0] = d[0]; k[1] = d[1];
    sirvRhs(s + 0.5 * h * k[0], i + 0.5 * h * k[1], beta, gamma, nu, d); k[2] = d[0]; k[3] = d[1];
    sirvRhs(s + 0.5 * h * k[2], i + 0.5 * h * k[3], beta, gamma, nu, d); k[4] = d[0]; k[5] = d[1];
    sirvRhs(s + h * k[4], i + h * k[5], beta, gamma, nu, d);
    cum += beta * s * i * h;
    s += (h / 6) * (k[0] + 2 * k[2] + 2 * k[4] + d[0]);
    i += (h / 6) * (k[1] + 2 * k[3] + 2 * k[5] + d[1]);
  }
  return cum;
}
