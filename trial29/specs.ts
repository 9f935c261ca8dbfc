// Points for each exported function of src/: argument generators drawn from the function's domain.
//  ints: parameters that are counts / sizes / kinds: never moved by differences, their gradient not compared.
//  skip: parameters not compared (e.g. 0/1 flags read by truthiness, where a difference crosses 0).
//  outs: arrays the function writes (its outputs).
import { bsCall } from './src/finance.ts';

export type Val = number | string | Float64Array | number[] | Int32Array | Uint8Array;
export type Rng = () => number;
export interface Spec {
  file: string;
  name: string;
  args: (r: Rng, point: number) => Val[];
  ints?: string[];
  skip?: string[];
  outs?: string[];
  tol?: number;
}

export function rng(seed: number): Rng {
  // xorshift32, my own
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}
const U = (r: Rng, lo: number, hi: number) => lo + (hi - lo) * r();
const F = (r: Rng, n: number, lo = -1, hi = 1) => Float64Array.from({ length: n }, () => U(r, lo, hi));
const A = (r: Rng, n: number, lo = -1, hi = 1) => Array.from({ length: n }, () => U(r, lo, hi));
const Z = (n: number) => new Float64Array(n);

function chain(r: Rng, n: number) {
  const p = Z(2 * n);
  for (let i = 0; i < n; i++) {
    p[2 * i] = i + U(r, -0.15, 0.15);
    p[2 * i + 1] = U(r, -0.15, 0.15);
  }
  return p;
}
function jitter(r: Rng, p: Float64Array, s: number) {
  return p.map((v) => v + U(r, -s, s));
}
function grid(r: Rng, w: number, h: number) {
  const p = Z(2 * w * h);
  for (let j = 0; j < h; j++)
    for (let i = 0; i < w; i++) {
      p[2 * (j * w + i)] = i + U(r, -0.1, 0.1);
      p[2 * (j * w + i) + 1] = -j + U(r, -0.1, 0.1);
    }
  return p;
}
function ngon(r: Rng, n: number) {
  const v = Z(2 * n);
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n + U(r, -0.2, 0.2);
    const rad = U(r, 0.8, 1.2);
    v[2 * i] = rad * Math.cos(a);
    v[2 * i + 1] = rad * Math.sin(a);
  }
  return v;
}
function spd(r: Rng, n: number) {
  const a = F(r, n * n);
  const c = Z(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      let s = i === j ? 0.5 : 0;
      for (let k = 0; k < n; k++) s += a[i * n + k] * a[j * n + k];
      c[i * n + j] = s;
    }
  return c;
}
const labels = (r: Rng, n: number) => Uint8Array.from({ length: n }, () => (r() < 0.5 ? 1 : 0));

export const specs: Spec[] = [
  // physics
  { file: 'physics', name: 'springChainEnergy', ints: ['steps'], args: (r) => { const p = chain(r, 4); return [p, jitter(r, p, 0.01), U(r, 1, 3), U(r, 0.8, 1.2), U(r, 0.03, 0.06), 10]; } },
  { file: 'physics', name: 'nbodyPotential', args: (r) => [F(r, 4, -2, 2), F(r, 4, -2, 2), F(r, 4, 0.5, 1.5), U(r, 0.05, 0.2)] },
  { file: 'physics', name: 'nbodyLeapfrog', ints: ['steps'], args: (r) => { const s = Z(12); for (let i = 0; i < 3; i++) { s[4 * i] = U(r, -1.5, 1.5); s[4 * i + 1] = U(r, -1.5, 1.5); s[4 * i + 2] = U(r, -0.3, 0.3); s[4 * i + 3] = U(r, -0.3, 0.3); } return [s, F(r, 3, 0.5, 1.5), U(r, 0.005, 0.02), 20]; } },
  { file: 'physics', name: 'pendulumRK4', ints: ['steps'], args: (r) => [U(r, -1, 1), U(r, -1, 1), U(r, 0.5, 2), U(r, 0.5, 2), 30] },
  { file: 'physics', name: 'pendulumAdaptive', ints: ['tol'], args: (r) => [U(r, -1, 1), U(r, -1, 1), U(r, 0.1, 0.5), U(r, 0.5, 1.5), 1e-6], tol: 1e-5 },
  { file: 'physics', name: 'dragRange', args: (r) => [U(r, 5, 15), U(r, 0.3, 1.2), U(r, 0.01, 0.1)] },
  { file: 'physics', name: 'clothStep', ints: ['w', 'h'], outs: ['out'], args: (r) => { const p = grid(r, 3, 2); return [p, jitter(r, p, 0.02), 3, 2, U(r, 5, 20), U(r, 0.01, 0.03), Z(12)]; } },
  { file: 'physics', name: 'networkEnergy', args: (r) => [ngon(r, 4), Int32Array.from([0, 1, 1, 2, 2, 3, 3, 0, 0, 2]), F(r, 5, 0.8, 1.6), U(r, 1, 5)] },
  // losses
  { file: 'losses', name: 'huberLoss', args: (r) => [F(r, 6, -2, 2), F(r, 6, -2, 2), U(r, 0.5, 1.5)] },
  { file: 'losses', name: 'focalLoss', args: (r) => [F(r, 6, -3, 3), labels(r, 6), U(r, 1, 3), U(r, 0.1, 0.9)] },
  { file: 'losses', name: 'tripletLoss', args: (r) => [F(r, 4), F(r, 4), F(r, 4), U(r, 0.5, 2)] },
  { file: 'losses', name: 'contrastiveLoss', ints: ['d'], skip: ['same'], args: (r) => [F(r, 9), F(r, 9), [1, 0, 0], 3, U(r, 1.5, 3)] },
  { file: 'losses', name: 'softmaxCrossEntropy', ints: ['cls'], args: (r, p) => [A(r, 5, -2, 2), p % 5] },
  { file: 'losses', name: 'attentionLoss', ints: ['T', 'd'], args: (r) => [F(r, 12), F(r, 4, 0.5, 1.5), F(r, 4, -0.2, 0.2), F(r, 12), 3, 4] },
  { file: 'losses', name: 'conv1d', ints: ['stride'], outs: ['out'], args: (r, p) => (p % 2 ? [F(r, 8), F(r, 3), Z(3), 2] : [F(r, 8), F(r, 3), Z(6), 1]) },
  { file: 'losses', name: 'convLoss', args: (r) => [F(r, 8), F(r, 3), F(r, 6)] },
  { file: 'losses', name: 'smoothL1', args: (r) => [A(r, 5), A(r, 5), U(r, 0.3, 0.8)] },
  { file: 'losses', name: 'klLogits', args: (r) => [F(r, 5, -2, 2), F(r, 5, -2, 2)] },
  // recursive
  { file: 'recursive', name: 'gaussCosIntegral', args: (r) => [U(r, 0.5, 2), U(r, 0.5, 3), U(r, -1.5, -0.5), U(r, 0.5, 1.5)] },
  { file: 'recursive', name: 'bezierRecursive', args: (r) => [F(r, 5), U(r, 0.05, 0.95)] },
  { file: 'recursive', name: 'bezierIterative', args: (r) => [A(r, 5), U(r, 0.05, 0.95)] },
  { file: 'recursive', name: 'bezierLength', ints: ['samples'], args: (r) => [F(r, 4), F(r, 4), 16] },
  { file: 'recursive', name: 'legendreSeries', args: (r) => [F(r, 6), U(r, -0.95, 0.95)] },
  { file: 'recursive', name: 'hermiteFunction', ints: ['n'], args: (r, p) => [U(r, -2, 2), 2 + 2 * p] },
  { file: 'recursive', name: 'pairwiseSumSquares', args: (r) => [F(r, 7)] },
  { file: 'recursive', name: 'tournamentSoftMax', args: (r) => [F(r, 6), U(r, 0.2, 0.5)] },
  { file: 'recursive', name: 'binomialAmericanPut', ints: ['steps'], args: (r) => [U(r, 80, 120), 100, U(r, 0.01, 0.05), U(r, 0.15, 0.35), U(r, 0.5, 1.5), 20] },
  { file: 'recursive', name: 'tanCF', ints: ['depth'], args: (r) => [U(r, -1.2, 1.2), 8] },
  // finance
  { file: 'finance', name: 'bsCall', args: (r) => [U(r, 80, 120), U(r, 90, 110), U(r, 0, 0.05), U(r, 0.1, 0.4), U(r, 0.25, 2)] },
  { file: 'finance', name: 'bsPut', args: (r) => [U(r, 80, 120), U(r, 90, 110), U(r, 0, 0.05), U(r, 0.1, 0.4), U(r, 0.25, 2)] },
  { file: 'finance', name: 'bsOption', args: (r, p) => [p % 2 ? 'put' : 'call', U(r, 80, 120), U(r, 90, 110), U(r, 0, 0.05), U(r, 0.1, 0.4), U(r, 0.25, 2)] },
  { file: 'finance', name: 'impliedVol', ints: ['iters'], args: (r) => { const S = U(r, 90, 110), K = U(r, 95, 105), rr = U(r, 0.01, 0.04), T = U(r, 0.5, 1.5); return [bsCall(S, K, rr, U(r, 0.2, 0.35), T), S, K, rr, T, 12]; } },
  { file: 'finance', name: 'portfolioVariance', args: (r) => [F(r, 3), spd(r, 3)] },
  { file: 'finance', name: 'sharpe', ints: ['periods'], args: (r) => [F(r, 3, 0.1, 0.6), F(r, 18, -0.05, 0.08), 6, U(r, 0, 0.01)] },
  { file: 'finance', name: 'ewmaVol', args: (r) => [F(r, 8, 90, 110), U(r, 0.8, 0.97)] },
  { file: 'finance', name: 'bondPrice', ints: ['years'], args: (r) => [U(r, 90, 110), U(r, 0.01, 0.06), U(r, 0.01, 0.06), 5] },
  { file: 'finance', name: 'asianSoftPayoff', args: (r) => [F(r, 6, 90, 110), U(r, 95, 105), U(r, 0.5, 2)] },
  // geometry
  { file: 'geometry', name: 'polygonArea', args: (r) => [ngon(r, 5)] },
  { file: 'geometry', name: 'polygonPerimeter', args: (r) => { const v = ngon(r, 5); return [Array.from(v.filter((_, i) => i % 2 === 0)), Array.from(v.filter((_, i) => i % 2 === 1))]; } },
  { file: 'geometry', name: 'sceneSdf', args: (r) => [U(r, -1, 1), U(r, -1, 1), U(r, 0.2, 0.5), U(r, 0.2, 0.5), U(r, 0.2, 0.5), U(r, 0.1, 0.4)] },
  { file: 'geometry', name: 'segmentDistance', args: (r) => A(r, 6) },
  { file: 'geometry', name: 'softPolylineDistance', args: (r) => [U(r, -1, 1), U(r, -1, 1), F(r, 8), U(r, 0.05, 0.2)] },
  { file: 'geometry', name: 'triangleQuality', args: (r) => [A(r, 2), A(r, 2), A(r, 2)] },
  { file: 'geometry', name: 'transformPoints', outs: ['out'], args: (r) => [F(r, 8), U(r, -3, 3), U(r, -1, 1), U(r, -1, 1), Z(8)] },
  { file: 'geometry', name: 'polygonCentroid', outs: ['out'], args: (r) => [ngon(r, 5), Z(2)] },
  // stats
  { file: 'stats', name: 'studentTLogLik', args: (r) => [F(r, 6, -2, 2), U(r, -0.5, 0.5), U(r, 0.5, 2), U(r, 1, 10)] },
  { file: 'stats', name: 'logGamma', args: (r, p) => [p === 0 ? U(r, 0.1, 0.45) : U(r, 0.6, 10)] },
  { file: 'stats', name: 'gmm1dLogLik', args: (r) => [F(r, 8, -2, 2), F(r, 3), F(r, 3, -1.5, 1.5), F(r, 3, -0.7, 0.3)] },
  { file: 'stats', name: 'welfordVariance', args: (r) => [A(r, 6)] },
  { file: 'stats', name: 'ewmBand', args: (r) => [F(r, 8), U(r, 0.1, 0.5), U(r, 1, 3)] },
  { file: 'stats', name: 'kdeLogLik', args: (r) => [F(r, 6), F(r, 3), U(r, 0.3, 1)] },
  { file: 'stats', name: 'logisticNll', args: (r) => [F(r, 3), U(r, -0.5, 0.5), F(r, 15, -2, 2), labels(r, 5), U(r, 0.001, 0.1)] },
  { file: 'stats', name: 'pearson', args: (r) => [F(r, 6), F(r, 6)] },
  { file: 'stats', name: 'quantile', args: (r) => [F(r, 7), U(r, 0.1, 0.9)] },
  // signal
  { file: 'signal', name: 'biquadEnergy', args: (r) => [F(r, 16), U(r, -0.5, 0.5), U(r, -0.5, 0.5), U(r, -0.5, 0.5), U(r, -0.5, 0.5), U(r, -0.3, 0.3)] },
  { file: 'signal', name: 'onePole', outs: ['y'], args: (r) => [F(r, 8), U(r, 0.1, 0.9), Z(8)] },
  { file: 'signal', name: 'onePoleFit', args: (r) => [F(r, 8), U(r, 0.1, 0.9), F(r, 8)] },
  { file: 'signal', name: 'firEnergy', ints: ['taps'], args: (r) => [F(r, 20), U(r, 0.05, 0.45), 9] },
  { file: 'signal', name: 'convolveFull', outs: ['out'], args: (r) => [F(r, 4), F(r, 3), F(r, 6)] },
  { file: 'signal', name: 'goertzelPower', args: (r) => [F(r, 16), U(r, 0.05, 0.45)] },
  { file: 'signal', name: 'spectralCentroid', args: (r) => [F(r, 8)] },
  { file: 'signal', name: 'smoothedRange', ints: ['win'], args: (r) => [A(r, 8), 3] },
  { file: 'signal', name: 'leakyIntegrator', args: (r) => [F(r, 10, 0, 2), U(r, 2, 5), U(r, 0.5, 1.5)] },
  { file: 'signal', name: 'autocorr', outs: ['out'], args: (r) => [F(r, 8), Z(4)] },
  // idioms
  { file: 'idioms', name: 'twoBodyEnergy', args: (r) => [U(r, 1, 3), U(r, -2, 2), U(r, 0, 5), U(r, 1, 3), U(r, -2, 2), U(r, 0, 5)] },
  { file: 'idioms', name: 'denseAct', ints: ['kind'], args: (r, p) => [F(r, 12), F(r, 3), F(r, 4), p % 4] },
  { file: 'idioms', name: 'relKinetic', args: (r) => [U(r, 1, 10), U(r, 1e7, 2e8)] },
  { file: 'idioms', name: 'newtonCbrt', args: (r) => [U(r, 0.5, 30)] },
  { file: 'idioms', name: 'piecewiseTax', args: (r, p) => [[5, 25, 63, 41][p] + U(r, -3, 3), U(r, 0.05, 0.15), U(r, 0.2, 0.4)] },
  { file: 'idioms', name: 'firstCrossing', args: (r) => [Float64Array.of(0, U(r, 1, 2), U(r, 0, 1)), U(r, 0.3, 1)] },
  { file: 'idioms', name: 'weightedSoftplus', args: (r) => [A(r, 5, -2, 2), A(r, 5), U(r, 0.5, 2)] },
  { file: 'idioms', name: 'heat1d', ints: ['steps'], args: (r) => [F(r, 7), U(r, 0.1, 0.4), 10] },
  { file: 'idioms', name: 'attentionPool', args: (r) => [A(r, 5, -2, 2), A(r, 5)] },
  { file: 'idioms', name: 'bilinear', ints: ['w', 'h'], args: (r) => [F(r, 12), 4, 3, U(r, 0.1, 2.9), U(r, 0.1, 1.9)] },
  { file: 'idioms', name: 'hornerTuple', args: (r) => A(r, 4) },
  { file: 'idioms', name: 'normalizedSpread', args: (r) => [F(r, 6)] },
  // refusals (expected refused)
  ...['mapScale', 'dynamicProp', 'classNorm', 'tryLog', 'countedSquare', 'genSum', 'mapByRef', 'noisy', 'neighbourPairs'].map((name) => ({ file: 'refusals', name, args: () => [] })),
];
