// Power systems: DC power flow, economic dispatch with penalties, line losses, a droop response.

/** Solve the dense system A x = b in place by Gaussian elimination with partial pivoting (A is n×n, row-major). */
function solveDense(A: Float64Array, b: Float64Array, n: number): void {
  for (let k = 0; k < n; k++) {
    let piv = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(A[i * n + k]) > Math.abs(A[piv * n + k])) piv = i;
    if (piv !== k) {
      for (let j = 0; j < n; j++) {
        const t = A[k * n + j];
        A[k * n + j] = A[piv * n + j];
        A[piv * n + j] = t;
      }
      [b[k], b[piv]] = [b[piv], b[k]];
    }
    for (let i = k + 1; i < n; i++) {
      const m = A[i * n + k] / A[k * n + k];
      for (let j = k; j < n; j++) A[i * n + j] -= m * A[k * n + j];
      b[i] -= m * b[k];
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = b[i];
    for (let j = i + 1; j < n; j++) s -= A[i * n + j] * b[j];
    b[i] = s / A[i * n + i];
  }
}

/** DC power flow: bus 0 is the slack; returns Σ (flow / rating)^4 over lines (a congestion measure). */
export function dcFlowCongestion(x: Float64Array, from: Int32Array, to: Int32Array, inj: Float64Array, rating: Float64Array, buses: number): number {
  const n = buses - 1;
  const B = new Float64Array(n * n);
  for (let l = 0; l < x.length; l++) {
    const y = 1 / x[l];
    const f = from[l] - 1, t = to[l] - 1;
    if (f >= 0) B[f * n + f] += y;
    if (t >= 0) B[t * n + t] += y;
    if (f >= 0 && t >= 0) {
      B[f * n + t] -= y;
      B[t * n + f] -= y;
    }
  }
  const theta = inj.slice(1);
  solveDense(B, theta, n);
  let c = 0;
  for (let l = 0; l < x.length; l++) {
    const tf = from[l] === 0 ? 0 : theta[from[l] - 1];
    const tt = to[l] === 0 ? 0 : theta[to[l] - 1];
    const flow = (tf - tt) / x[l];
    c += (flow / rating[l]) ** 4;
  }
  return c;
}

class Generator {
  constructor(readonly a: number, readonly b: number, readonly c: number, readonly pmin: number, readonly pmax: number) {}
  cost(p: number): number {
    return this.a + this.b * p + this.c * p * p;
  }
  penalty(p: number, w: number = 100): number {
    const lo = Math.max(0, this.pmin - p);
    const hi = Math.max(0, p - this.pmax);
    return w * (lo * lo + hi * hi);
  }
}

/** Economic dispatch cost with quadratic penalties for limits and the power balance. */
export function dispatchCost(p: Float64Array, coef: Float64Array, demand: number, w: number): number {
  let total = 0;
  let sum = 0;
  for (let g = 0; g < p.length; g++) {
    const gen = new Generator(coef[5 * g], coef[5 * g + 1], coef[5 * g + 2], coef[5 * g + 3], coef[5 * g + 4]);
    total += gen.cost(p[g]) + gen.penalty(p[g], w);
    sum += p[g];
  }
  return total + w * (sum - demand) ** 2;
}

/** Lambda iteration: equal incremental cost dispatch by bisection on λ; returns the total cost at the optimum. */
export function lambdaDispatch(b: Float64Array, c: Float64Array, pmax: Float64Array, demand: number): number {
  let lo = 0, hi = 1000;
  const p = new Float64Array(b.length);
  for (let it = 0; it < 80; it++) {
    const lam = 0.5 * (lo + hi);
    let tot = 0;
    for (let g = 0; g < b.length; g++) {
      p[g] = Math.min(pmax[g], Math.max(0, (lam - b[g]) / (2 * c[g])));
      tot += p[g];
    }
    if (tot > demand) hi = lam;
    else lo = lam;
  }
  // the active set is settled: λ again in closed form over the units between their limits, so it follows the inputs
  let num = demand, den = 0;
  for (let g = 0; g < b.length; g++) {
    if (p[g] >= pmax[g]) num -= pmax[g];
    else if (p[g] > 0) {
      num += b[g] / (2 * c[g]);
      den += 1 / (2 * c[g]);
    }
  }
  const lam = num / den;
  let cost = 0;
  for (let g = 0; g < b.length; g++) {
    const pg = p[g] >= pmax[g] ? pmax[g] : p[g] > 0 ? (lam - b[g]) / (2 * c[g]) : 0;
    cost += b[g] * pg + c[g] * pg * pg;
  }
  return cost;
}

/** I²R losses on a radial feeder: backward sweep of currents from the end, losses summed. */
export function feederLosses(loads: Float64Array, r: Float64Array, v: number): number {
  let current = 0;
  let loss = 0;
  for (let k = loads.length - 1; k >= 0; k--) {
    current += loads[k] / v;
    loss += r[k] * current * current;
  }
  return loss;
}

/** Frequency after a load step with droop governors and inertia, integrated by explicit Euler; the nadir (soft min). */
export function frequencyNadir(H: number, D: number, R: number, Tg: number, dP: number, dt: number, steps: number): number {
  let df = 0, pm = 0;
  let soft = 0;
  for (let k = 0; k < steps; k++) {
    const ddf = (pm - dP - D * df) / (2 * H);
    const dpm = (-df / R - pm) / Tg;
    df += dt * ddf;
    pm += dt * dpm;
    soft += Math.exp(-50 * df);
  }
  return -Math.log(soft) / 50;
}

/** AC line: real power received over a short line (R, X) for sending and receiving voltages and angle. */
export function receivedPower(vs: number, vr: number, delta: number, R: number, X: number): number {
  const z2 = R * R + X * X;
  return ((vs * vr * (R * Math.cos(delta) + X * Math.sin(delta))) - vr * vr * R) / z2;
}
