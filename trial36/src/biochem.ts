// Biochemistry and predator ecology: Michaelis-Menten, inhibition fits, functional responses, an enzyme network
// integrated by RK4 with scratch buffers, a Rosenzweig-MacArthur fit, a Hill fit, an enzyme cascade (recursion + loop).
import { axpy, softplus } from './util.js';

export function michaelisMenten(vmax: number, km: number, s: number): number {
  return (vmax * s) / (km + s);
}

export type Inhibition = 'competitive' | 'uncompetitive' | 'mixed';

function inhibitedRate(vmax: number, km: number, ki: number, s: number, i: number, mode: Inhibition, alpha = 2): number {
  switch (mode) {
    case 'competitive':
      return (vmax * s) / (km * (1 + i / ki) + s);
    case 'uncompetitive':
      return (vmax * s) / (km + s * (1 + i / ki));
    default:
      return (vmax * s) / (km * (1 + i / ki) + s * (1 + i / (alpha * ki)));
  }
}

/** Gaussian NLL of rate data under an inhibition model; log-parametrised constants */
export function inhibitionNll(logVmax: number, logKm: number, logKi: number, s: Float64Array, inh: Float64Array, v: Float64Array, mode: Inhibition = 'competitive'): number {
  const vmax = Math.exp(logVmax), km = Math.exp(logKm), ki = Math.exp(logKi);
  let nll = 0;
  for (let j = 0; j < s.length; j++) {
    const r = v[j] - inhibitedRate(vmax, km, ki, s[j], inh[j], mode);
    nll += 0.5 * r * r;
  }
  return nll;
}

/** Holling functional responses: type 1 (linear, saturating at 1/h), 2 (disc equation), 3 (sigmoid) */
export function functionalResponse(a: number, h: number, N: number, type: number): number {
  let f: number;
  switch (type) {
    case 1:
      f = Math.min(a * N, 1 / h);
      break;
    case 2:
      f = (a * N) / (1 + a * h * N);
      break;
    case 3: {
      const aN2 = a * N * N;
      f = aN2 / (1 + h * aN2);
      break;
    }
    default:
      throw new RangeError('unknown functional response type ' + type);
  }
  return f;
}

/** S -> I -> P with enzymes: y = [S, I, P], p = [vm1, km1, vm2, km2, kdeg] */
export function mmRhs(y: Float64Array, p: Float64Array, out: Float64Array): void {
  const r1 = (p[0] * y[0]) / (p[1] + y[0]);
  const r2 = (p[2] * y[1]) / (p[3] + y[1]);
  out[0] = -r1;
  out[1] = r1 - r2 - p[4] * y[1];
  out[2] = r2;
}

/** product after `steps` RK4 steps of mmRhs; scratch buffers allocated once, reused every step */
export function mmNetworkProduct(p: Float64Array, y0: Float64Array, steps = 40, dt = 0.25): number {
  const y = Float64Array.from(y0);
  const k1 = new Float64Array(3), k2 = new Float64Array(3), k3 = new Float64Array(3), k4 = new Float64Array(3);
  const tmp = new Float64Array(3);
  for (let s = 0; s < steps; s++) {
    mmRhs(y, p, k1);
    tmp.set(y); axpy(dt / 2, k1, tmp); mmRhs(tmp, p, k2);
    tmp.set(y); axpy(dt / 2, k2, tmp); mmRhs(tmp, p, k3);
    tmp.set(y); axpy(dt, k3, tmp); mmRhs(tmp, p, k4);
    for (let i = 0; i < 3; i++) y[i] += (dt / 6) * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
  }
  return y[2];
}

interface Pop { prey: number; pred: number }

/** Rosenzweig-MacArthur predator-prey, Euler with a type-2 response, squared error against observed prey */
export function predatorPreyLoss(r: number, K: number, a: number, h: number, e: number, m: number, obsPrey: Float64Array, dt = 0.1): number {
  let pop: Pop = { prey: 1, pred: 0.5 };
  let loss = 0;
  const sub = 5;
  for (let k = 0; k < obsPrey.length; k++) {
    for (let j = 0; j < sub; j++) {
      const f = functionalResponse(a, h, pop.prey, 2);
      pop = {
        prey: pop.prey + dt * (r * pop.prey * (1 - pop.prey / K) - f * pop.pred),
        pred: pop.pred + dt * (e * f * pop.pred - m * pop.pred),
      };
    }
    const d = Math.log(pop.prey) - Math.log(obsPrey[k]);
    loss += d * d;
  }
  return loss;
}

/** Hill fit: least squares with map/reduce and destructured tuples */
export function hillFit(logK: number, n: number, x: number[], y: number[]): number {
  const K = Math.exp(logK);
  const pairs: [number, number][] = [];
  x.forEach((xi, i) => {
    pairs.push([xi, y[i]]);
  });
  let sse = 0;
  for (const [xi, yi] of pairs) {
    const xn = xi ** n;
    const d = xn / (K ** n + xn) - yi;
    sse += d * d;
  }
  return sse;
}

/** steady-state output of an n-stage covalent-modification cascade, stage i activated by stage i-1 */
function cascadeRec(k: Float64Array, i: number): number {
  const input = i === 0 ? 1 : cascadeRec(k, i - 1);
  return (k[i] * input) / (1 + k[i] * input);
}
export function cascadeOutput(k: Float64Array): number {
  return cascadeRec(k, k.length - 1);
}
export function cascadeOutputLoop(k: Float64Array): number {
  let x = 1;
  for (const ki of k) x = (ki * x) / (1 + ki * x);
  return x;
}

/** a soft threshold on total substrate turnover: softplus of a weighted sum */
export function turnoverPenalty(vmax: Float64Array, km: Float64Array, s: number, cap: number): number {
  let total = 0;
  for (let i = 0; i < vmax.length; i++) total += michaelisMenten(vmax[i], km[i], s);
  return softplus(total - cap);
}
