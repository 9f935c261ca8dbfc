// Neuroscience: leaky integrate-and-fire with a smooth spike, Hodgkin-Huxley gating, synaptic kernels,
// a Poisson GLM, plasticity, and a passive dendritic tree (recursion and its loop twin).
import { dot, logSumExp, sigmoid, softplus } from './util.js';

interface LifState { v: number; spikes: number }
interface LifParams { tau: number; vth: number; beta: number; dt: number }

/** one Euler step of a LIF neuron, the spike a sigmoid of (v - vth), reset soft (subtract) */
function stepLif(s: LifState, current: number, p: LifParams): void {
  s.v += (p.dt / p.tau) * (-s.v + current);
  const spike = sigmoid(p.beta * (s.v - p.vth));
  s.spikes += spike;
  s.v -= spike * p.vth;
}

/** soft spike count of a LIF neuron driven by w·x(t); x is T×n row-major */
export function lifSpikeCount(
  w: Float64Array,
  x: Float64Array,
  opts: { tau?: number; vth?: number; beta?: number; dt?: number } = {},
): number {
  const tau = opts.tau ?? 20;
  const vth = opts.vth ?? 1;
  const beta = opts.beta ?? 8;
  const dt = opts.dt ?? 1;
  const n = w.length;
  const T = Math.floor(x.length / n);
  const s: LifState = { v: 0, spikes: 0 };
  for (let t = 0; t < T; t++) {
    const I = dot(w, x.subarray(t * n, (t + 1) * n));
    stepLif(s, I, { tau, vth, beta, dt });
  }
  return s.spikes;
}

const enum Gate { M, H, N }
// classic HH rate constants (mV, ms), one row per gate: [aA, aV, aK, bA, bV, bK]
const RATES = [
  0.1, -40, 10, 4, -65, 18,
  0.07, -65, 20, 1, -35, 10,
  0.01, -55, 10, 0.125, -65, 80,
];

function vtrap(x: number, y: number): number {
  // x / (exp(x/y) - 1), smooth through x = 0
  return Math.abs(x / y) < 1e-6 ? y * (1 - x / y / 2) : x / (Math.exp(x / y) - 1);
}

function alphaBeta(gate: Gate, V: number): [number, number] {
  const r = gate * 6;
  switch (gate) {
    case Gate.M:
    case Gate.N:
      return [RATES[r] * vtrap(-(V - RATES[r + 1]), RATES[r + 2]), RATES[r + 3] * Math.exp(-(V - RATES[r + 4]) / RATES[r + 5])];
    case Gate.H:
      return [RATES[r] * Math.exp(-(V - RATES[r + 1]) / RATES[r + 2]), RATES[r + 3] / (1 + Math.exp(-(V - RATES[r + 4]) / RATES[r + 5]))];
  }
  return [0, 0];
}

/** steady-state sodium conductance fraction m∞³h∞ at membrane potential V */
export function hhSteadyNa(V: number): number {
  const [am, bm] = alphaBeta(Gate.M, V);
  const [ah, bh] = alphaBeta(Gate.H, V);
  const minf = am / (am + bm);
  const hinf = ah / (ah + bh);
  return minf ** 3 * hinf;
}

interface HH { v: number; m: number; h: number; n: number }

function hhStep(s: HH, gNa: number, gK: number, gL: number, I: number, dt: number): HH {
  const [am, bm] = alphaBeta(Gate.M, s.v);
  const [ah, bh] = alphaBeta(Gate.H, s.v);
  const [an, bn] = alphaBeta(Gate.N, s.v);
  const iNa = gNa * s.m ** 3 * s.h * (s.v - 50);
  const iK = gK * s.n ** 4 * (s.v + 77);
  const iL = gL * (s.v + 54.4);
  return {
    v: s.v + dt * (I - iNa - iK - iL),
    m: s.m + dt * (am * (1 - s.m) - bm * s.m),
    h: s.h + dt * (ah * (1 - s.h) - bh * s.h),
    n: s.n + dt * (an * (1 - s.n) - bn * s.n),
  };
}

/** smooth maximum of the membrane potential over a simulated current pulse */
export function hhPeakVoltage(gNa: number, gK: number, gL: number, I: number, steps = 300): number {
  let s: HH = { v: -65, m: 0.053, h: 0.596, n: 0.318 };
  const trace: number[] = [];
  const dt = 0.025;
  for (let k = 0; k < steps; k++) {
    s = hhStep(s, gNa, gK, gL, k < 40 ? I : 0, dt);
    trace.push(s.v / 2);
  }
  return 2 * logSumExp(trace);
}

/** alpha-synapse conductance summed at sample times; spikes sorted, early break past 10 tau */
export function synapticDrive(spikes: Float64Array, tau: number, weight: number, tEnd: number): number {
  let total = 0;
  for (let t = 0; t < tEnd; t += 0.5) {
    let g = 0;
    for (const ts of spikes) {
      const lag = t - ts;
      if (lag < 0) break;
      if (lag > 10 * tau) continue;
      g += weight * (lag / tau) * Math.exp(1 - lag / tau);
    }
    total += g * g;
  }
  return total;
}

/** Poisson GLM negative log-likelihood with a softplus link: x is m×d row-major */
export function poissonGlmNll(w: Float64Array, b: number, x: Float64Array, counts: Int32Array): number {
  const d = w.length;
  let nll = 0;
  counts.forEach((c, i) => {
    const rate = softplus(b + dot(w, x.subarray(i * d, i * d + d))) + 1e-9;
    nll += rate - c * Math.log(rate);
  });
  return nll;
}

/** pair-based STDP: total weight change for spike trains pre and post */
export function stdpChange(pre: number[], post: number[], aPlus: number, aMinus: number, tauPlus: number, tauMinus: number): number {
  let dw = 0;
  for (const tPre of pre) {
    for (const tPost of post) {
      const d = tPost - tPre;
      if (d > 0) dw += aPlus * Math.exp(-d / tauPlus);
      else if (d < 0) dw -= aMinus * Math.exp(d / tauMinus);
    }
  }
  return dw;
}

/** input conductance of a passive binary dendritic tree stored as a heap: node i has children 2i+1, 2i+2 */
export function dendriteInputG(gLeak: Float64Array, rAxial: Float64Array, node = 0): number {
  const l = 2 * node + 1;
  let g = gLeak[node];
  if (l < gLeak.length) g += 1 / (rAxial[l] + 1 / dendriteInputG(gLeak, rAxial, l));
  if (l + 1 < gLeak.length) g += 1 / (rAxial[l + 1] + 1 / dendriteInputG(gLeak, rAxial, l + 1));
  return g;
}

/** loop twin of dendriteInputG: leaves to root over a scratch array */
export function dendriteInputGLoop(gLeak: Float64Array, rAxial: Float64Array): number {
  const n = gLeak.length;
  const g = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    g[i] = gLeak[i];
    for (const c of [2 * i + 1, 2 * i + 2]) {
      if (c >= n) break;
      g[i] += 1 / (rAxial[c] + 1 / g[c]);
    }
  }
  return g[0];
}
