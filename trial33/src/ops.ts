// Operations research: queues, inventory, reliability block diagrams, service levels.

/** Erlang C: probability of waiting in an M/M/c queue, c servers, offered load a = lambda/mu. */
export function erlangC(lambda: number, mu: number, c: number): number {
  const a = lambda / mu;
  const rho = a / c;
  let term = 1;
  let sum = 1;
  for (let k = 1; k < c; k++) {
    term *= a / k;
    sum += term;
  }
  const last = (term * a) / c / (1 - rho);
  return last / (sum + last);
}

export enum Model { MM1, MMc, MD1 }

/** Mean time in system for three queue models, chosen by an enum. */
export function sojournTime(lambda: number, mu: number, model: Model, c = 2): number {
  switch (model) {
    case Model.MM1:
      return 1 / (mu - lambda);
    case Model.MMc: {
      const Pw = erlangC(lambda, mu, c);
      return Pw / (c * mu - lambda) + 1 / mu;
    }
    case Model.MD1: {
      const rho = lambda / mu;
      return 1 / mu + rho / (2 * mu * (1 - rho));
    }
  }
}

/** Staffing cost: servers' wages plus a waiting penalty; options object with defaults. */
export function staffingCost(lambda: number, mu: number, opts: { servers?: number; wage?: number; waitCost?: number; model?: 'mm1' | 'mmc' } = {}): number {
  const c = opts.servers ?? 3;
  const wage = opts.wage ?? 25;
  const waitCost = opts.waitCost ?? 40;
  const W = opts.model === 'mm1' ? 1 / (mu - lambda) : sojournTime(lambda, mu, Model.MMc, c);
  return c * wage + waitCost * lambda * W;
}

/** M/M/1/K blocking probability (finite buffer). */
export function blockingProb(rho: number, K: number): number {
  if (Math.abs(rho - 1) < 1e-12) return 1 / (K + 1);
  return ((1 - rho) * Math.pow(rho, K)) / (1 - Math.pow(rho, K + 1));
}

// Abramowitz-Stegun 7.1.26 erf, a table of coefficients
const ERF_A = [0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429];

function erfApprox(x: number): number {
  const s = Math.sign(x);
  const ax = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * ax);
  let poly = 0;
  for (let i = ERF_A.length - 1; i >= 0; i--) poly = poly * t + ERF_A[i];
  return s * (1 - poly * t * Math.exp(-ax * ax));
}
const normCdf = (z: number) => 0.5 * (1 + erfApprox(z / Math.SQRT2));
const normPdf = (z: number) => Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);

/** Newsvendor expected profit with normal demand, using the loss function. */
export function newsvendorProfit(q: number, mu: number, sigma: number, price = 10, cost = 6, salvage = 2): number {
  const z = (q - mu) / sigma;
  const expectedShort = sigma * (normPdf(z) - z * (1 - normCdf(z)));
  const sales = mu - expectedShort;
  const leftover = q - sales;
  return price * sales + salvage * leftover - cost * q;
}

/** (Q, r) inventory: ordering + holding + shortage cost per year. */
export function qrCost(Q: number, r: number, D: number, muL: number, sigL: number, K = 100, h = 2, p = 25): number {
  const z = (r - muL) / sigL;
  const shortage = sigL * (normPdf(z) - z * (1 - normCdf(z)));
  return (K * D) / Q + h * (Q / 2 + r - muL) + (p * D * shortage) / Q;
}

// reliability block diagram: kind[i] 0 = component (prob index comp[i]), 1 = series, 2 = parallel; children 2i+1, 2i+2
function blockRel(i: number, kind: Int32Array, comp: Int32Array, p: Float64Array): number {
  if (kind[i] === 0) return p[comp[i]];
  const a = blockRel(2 * i + 1, kind, comp, p);
  const b = blockRel(2 * i + 2, kind, comp, p);
  return kind[i] === 1 ? a * b : 1 - (1 - a) * (1 - b);
}

/** System reliability of a series/parallel block diagram (recursive over a heap). */
export function systemReliability(p: Float64Array, kind: Int32Array, comp: Int32Array): number {
  return blockRel(0, kind, comp, p);
}

/** Loop version: bottom-up over the heap with a scratch array. */
export function systemReliabilityLoop(p: Float64Array, kind: Int32Array, comp: Int32Array): number {
  const r = new Float64Array(kind.length);
  for (let i = kind.length - 1; i >= 0; i--) {
    if (kind[i] === 0) r[i] = p[comp[i]];
    else if (kind[i] === 1) r[i] = r[2 * i + 1] * r[2 * i + 2];
    else r[i] = 1 - (1 - r[2 * i + 1]) * (1 - r[2 * i + 2]);
  }
  return r[0];
}

/** k-out-of-n reliability with identical components, by the binomial sum (recursion-free). */
export function kOutOfN(p: number, k: number, n: number): number {
  let total = 0;
  let binom = 1;
  for (let i = 0; i <= n; i++) {
    if (i >= k) total += binom * p ** i * (1 - p) ** (n - i);
    binom = (binom * (n - i)) / (i + 1);
  }
  return total;
}

/** Service level of a call centre over a day: lambda per interval, Erlang C and the wait-time tail. */
export function serviceLevel(lambdas: Float64Array, mu: number, servers: Int32Array, target = 20 / 3600): number {
  let answered = 0;
  let total = 0;
  lambdas.forEach((lam, i) => {
    const c = servers[i];
    const Pw = erlangC(lam, mu, c);
    const sl = 1 - Pw * Math.exp(-(c * mu - lam) * target);
    answered += lam * sl;
    total += lam;
  });
  return answered / total;
}

/** Economic production quantity with a smoothed max to keep it differentiable at the boundary. */
export function epqCost(Q: number, D: number, P: number, S = 50, H = 1.5): number {
  const utilisation = D / P;
  const maxInv = Q * Math.max(1e-6, 1 - utilisation);
  return (S * D) / Q + (H * maxInv) / 2;
}

/** Average of the per-interval costs, with spread and Math.max over the array. */
export function peakStaffing(lambdas: readonly number[], mu: number): number {
  const peak = Math.max(...lambdas);
  const loads = lambdas.map((l) => l / mu);
  return peak / mu + loads.reduce((s, a) => s + Math.sqrt(a), 0) / loads.length;
}
