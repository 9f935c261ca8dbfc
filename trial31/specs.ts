// trial31: the points at which each exported function is checked. Each spec draws one point: the
// arguments by name, in parameter order. `fixed` names parameters not moved by differences (integers,
// counts, trip counts); `outs` names the arrays a function writes (then checked through f_jacobian).
export type Val = number | boolean | string | Float64Array | Int32Array | Uint8Array | number[];
export interface Spec {
  file: string;
  name: string;
  args: (r: () => number) => Record<string, Val>;
  fixed?: string[];
  outs?: string[];
  refused?: string; // expected TSG code when I expect (or accept) a refusal
  returns?: boolean; // a function with outs that also returns a number
  enums?: string[]; // number parameters of an enum type: no key in grad (README)
}

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const U = (r: () => number, lo: number, hi: number) => lo + (hi - lo) * r();
const N = (r: () => number) => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
const F = (n: number, g: (i: number) => number) => Float64Array.from({ length: n }, (_, i) => g(i));
const L = (n: number, g: (i: number) => number) => Array.from({ length: n }, (_, i) => g(i));
const pick = <T,>(r: () => number, xs: T[]): T => xs[Math.floor(r() * xs.length)];

// a two-bay truss: nodes 0..2 bottom, 3..5 top; nodes 0 and 3 pinned
const CONN = Int32Array.from([0, 1, 1, 2, 3, 4, 4, 5, 1, 4, 2, 5, 0, 4, 1, 5, 3, 1]);
const FIXED = Uint8Array.from([1, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0]);
const trussNodes = (r: () => number) => F(12, (i) => [0, 0, 1, 0, 2, 0, 0, 1, 1, 1, 2, 1][i] + 0.05 * N(r));
const trussLoads = (r: () => number) => F(12, (i) => (i === 5 ? -1 : i === 10 ? 0.5 : i === 4 ? 0.2 * N(r) : 0));

// a 3-state, 2-action MDP with random row-stochastic transitions
const transitions = (r: () => number) => {
  const P = new Float64Array(18);
  for (let row = 0; row < 6; row++) {
    let z = 0;
    for (let s = 0; s < 3; s++) z += P[row * 3 + s] = 0.1 + r();
    for (let s = 0; s < 3; s++) P[row * 3 + s] /= z;
  }
  return P;
};
const quat = (r: () => number) => F(4, () => N(r));
const polygon = (r: () => number, n: number) => F(2 * n, (i) => {
  const k = i >> 1;
  const ang = (2 * Math.PI * k) / n + 0.15 * N(r) / n;
  const rad = 1 + 0.1 * r();
  return (i & 1 ? Math.sin(ang) : Math.cos(ang)) * rad;
});
const smooth = (r: () => number, n: number) => {
  const a = U(r, 0.5, 1.5), b = U(r, 0, 6), c = 0.3 * N(r);
  return F(n, (i) => a * Math.sin((2 * Math.PI * i) / n + b) + c + 0.1 * N(r));
};
const signal = (r: () => number, n: number) => {
  const f1 = U(r, 0.05, 0.2), f2 = U(r, 0.2, 0.4);
  return F(n, (t) => Math.sin(2 * Math.PI * f1 * t) + 0.5 * Math.cos(2 * Math.PI * f2 * t) + 0.1 * N(r));
};

export const specs: Spec[] = [
  // epidemic
  { file: 'epidemic', name: 'sirAttackRate', fixed: ['days', 'dt'], args: (r) => ({ beta: U(r, 0.2, 0.6), gamma: U(r, 0.05, 0.2), i0: U(r, 0.001, 0.02), days: 60, dt: 0.25 }) },
  { file: 'epidemic', name: 'seirStep', outs: ['next'], args: (r) => ({ y: F(4, (i) => [0.9, 0.05, 0.03, 0.02][i] * U(r, 0.8, 1.2)), beta: U(r, 0.2, 0.6), sigma: U(r, 0.1, 0.3), gamma: U(r, 0.05, 0.2), dt: U(r, 0.1, 1), next: new Float64Array(4) }) },
  { file: 'epidemic', name: 'seirSoftPeak', fixed: ['days'], args: (r) => ({ beta: U(r, 0.3, 0.6), sigma: U(r, 0.1, 0.3), gamma: U(r, 0.05, 0.2), e0: U(r, 0.001, 0.01), days: 80, tau: U(r, 0.005, 0.02) }) },
  { file: 'epidemic', name: 'sirFitLoss', args: (r) => ({ params: F(3, (i) => [U(r, 0.3, 0.5), U(r, 0.1, 0.2), Math.log(U(r, 0.001, 0.01))][i]), observed: L(20, () => Math.round(U(r, 1, 60))), pop: 1000 }) },
  { file: 'epidemic', name: 'renewalLoss', args: (r) => ({ logRt: F(15, () => 0.2 * N(r)), w: [0.2, 0.5, 0.3].map((v) => v * U(r, 0.9, 1.1)), cases: F(15, () => U(r, 5, 50)), seedCases: U(r, 5, 15) }) },
  { file: 'epidemic', name: 'lockdownFinalSize', args: (r) => ({ beta: U(r, 0.3, 0.6), gamma: U(r, 0.1, 0.2), reduction: U(r, 0.3, 0.7), lockdownDay: U(r, 10, 40), i0: U(r, 0.0005, 0.005) }) },
  { file: 'epidemic', name: 'nextGenR0', fixed: ['iters'], args: (r) => ({ contacts: F(9, () => U(r, 0.1, 1)), gamma: U(r, 0.1, 0.3), iters: 40 }) },
  // finance
  { file: 'finance', name: 'crrPutRecursive', fixed: ['n'], args: (r) => ({ s0: U(r, 80, 120), k: U(r, 90, 110), r: U(r, 0.01, 0.05), sigma: U(r, 0.15, 0.35), t: U(r, 0.5, 2), n: 8 }) },
  { file: 'finance', name: 'crrPut', fixed: ['n'], args: (r) => ({ s0: U(r, 80, 120), k: U(r, 90, 110), r: U(r, 0.01, 0.05), sigma: U(r, 0.15, 0.35), t: U(r, 0.5, 2), n: 64, american: r() < 0.5 }) },
  { file: 'finance', name: 'bondPrice', fixed: ['years', 'freq'], args: (r) => ({ yld: U(r, 0.01, 0.08), coupon: U(r, 0.02, 0.06), years: Math.floor(U(r, 3, 11)), freq: 2, face: 100 }) },
  { file: 'finance', name: 'yieldCurveLoss', args: (r) => ({ params: F(4, (i) => [U(r, 0.03, 0.05), U(r, -0.02, 0.02), U(r, -0.02, 0.02), U(r, 1, 3)][i]), maturities: [0.5, 1, 2, 3, 5, 7, 10], yields: L(7, (i) => 0.02 + 0.003 * i + 0.001 * N(r)) }) },
  { file: 'finance', name: 'smoothCVaR', args: (r) => ({ weights: F(4, () => U(r, 0.1, 0.4)), returns: F(120, () => 0.01 + 0.05 * N(r)), varLevel: U(r, 0, 0.05), alpha: 0.95, sharp: 50 }) },
  { file: 'finance', name: 'entropicRisk', args: (r) => ({ weights: F(4, () => U(r, 0.1, 0.4)), returns: F(120, () => 0.01 + 0.05 * N(r)), theta: U(r, 2, 8) }) },
  { file: 'finance', name: 'meanVariance', args: (r) => {
    const B = L(16, () => 0.1 * N(r));
    const cov = L(16, (k) => { const i = k >> 2, j = k & 3; let s = i === j ? 0.01 : 0; for (let m = 0; m < 4; m++) s += B[i * 4 + m] * B[j * 4 + m]; return s; });
    return { w: L(4, () => U(r, 0, 0.5)), mu: L(4, () => U(r, 0.02, 0.1)), cov, riskAversion: U(r, 1, 5) };
  } },
  { file: 'finance', name: 'macaulayDuration', fixed: ['years'], args: (r) => ({ yld: U(r, 0.01, 0.08), coupon: U(r, 0.02, 0.06), years: Math.floor(U(r, 2, 8)), compounding: pick(r, ['annual', 'semi', 'continuous']) }) },
  // truss
  { file: 'truss', name: 'compliance', args: (r) => ({ areas: F(9, () => U(r, 0.5, 2)), nodes: trussNodes(r), conn: CONN, fixed: FIXED, loads: trussLoads(r), youngs: 200 }) },
  { file: 'truss', name: 'displacements', outs: ['u'], args: (r) => ({ areas: F(9, () => U(r, 0.5, 2)), nodes: trussNodes(r), conn: CONN, fixed: FIXED, loads: trussLoads(r), u: new Float64Array(8) }) },
  { file: 'truss', name: 'sizingObjective', args: (r) => ({ areas: F(9, () => U(r, 0.5, 2)), nodes: trussNodes(r), conn: CONN, fixed: FIXED, loads: trussLoads(r), penalty: U(r, 0.05, 0.2) }) },
  { file: 'truss', name: 'solveNormSq', args: (r) => ({ A: F(16, (k) => N(r) + ((k % 5 === 0) ? 0.5 : 0)), b: F(4, () => N(r)) }) },
  { file: 'truss', name: 'determinant', fixed: ['n'], args: (r) => ({ A: F(16, () => N(r)), n: 4 }) },
  { file: 'truss', name: 'bucklingRisk', args: (r) => ({ forces: F(6, () => N(r)), areas: F(6, () => U(r, 0.5, 2)), lengths: F(6, () => U(r, 1, 2)), youngs: 200, p: U(r, 4, 10) }) },
  // fvm
  { file: 'fvm', name: 'advectDiffuseStep', outs: ['out'], args: (r) => ({ u: smooth(r, 16), vel: U(r, 0.5, 1), diff: U(r, 0.001, 0.01), dx: 1 / 16, dt: 0.01, out: new Float64Array(16), kind: pick(r, ['minmod', 'superbee', 'vanleer']) }) },
  { file: 'fvm', name: 'advectDiffuseMisfit', fixed: ['steps'], args: (r) => ({ u0: smooth(r, 16), target: smooth(r, 16), vel: U(r, 0.5, 1), diff: U(r, 0.001, 0.01), steps: 20, kind: pick(r, ['minmod', 'superbee', 'vanleer']) }) },
  { file: 'fvm', name: 'burgersTV', fixed: ['steps'], args: (r) => ({ u0: smooth(r, 12), steps: 10, cfl: U(r, 0.3, 0.5) }) },
  { file: 'fvm', name: 'implicitHeat', fixed: ['steps'], args: (r) => ({ u0: F(10, () => U(r, 0, 1)), alpha: U(r, 0.1, 1), dt: U(r, 0.001, 0.01), steps: 5 }) },
  { file: 'fvm', name: 'clampedUpwind', args: (r) => ({ u: F(10, () => U(r, 0, 1)), faceVel: F(11, () => N(r)), dt: U(r, 0.005, 0.02) }) },
  { file: 'fvm', name: 'smoothInPlace', outs: ['u'], fixed: ['sweeps'], args: (r) => ({ u: smooth(r, 10), alpha: U(r, 0.2, 0.8), sweeps: 3 }) },
  // graphics
  { file: 'graphics', name: 'rotatePoints', outs: ['out'], args: (r) => ({ q: quat(r), pts: F(9, () => N(r)), out: new Float64Array(9) }) },
  { file: 'graphics', name: 'quatDistance', args: (r) => ({ q1: quat(r), q2: quat(r) }) },
  { file: 'graphics', name: 'quatAngle', args: (r) => ({ q1: quat(r), q2: quat(r) }) },
  { file: 'graphics', name: 'skin', outs: ['out'], args: (r) => ({ rest: F(9, () => N(r)), bones: F(14, (i) => (i % 7 < 4 ? N(r) : 0.3 * N(r))), weights: F(6, () => U(r, 0.1, 1)), out: new Float64Array(9) }) },
  { file: 'graphics', name: 'skinningLoss', args: (r) => ({ bones: F(14, (i) => (i % 7 < 4 ? N(r) : 0.3 * N(r))), rest: F(9, () => N(r)), weights: F(6, () => U(r, 0.1, 1)), target: F(9, () => N(r)) }) },
  { file: 'graphics', name: 'reprojectionError', args: (r) => ({ cam: F(9, (i) => [1, 0.1 * N(r), 0.1 * N(r), 0.1 * N(r), 0.2 * N(r), 0.2 * N(r), 5 + r(), U(r, 0.8, 1.2), 0.05 * N(r)][i]), point: F(3, () => N(r)), obs: F(2, () => 0.2 * N(r)), delta: U(r, 0.05, 0.5) }) },
  { file: 'graphics', name: 'bundleCost', args: (r) => ({ cams: F(18, (i) => [1, 0.1 * N(r), 0.1 * N(r), 0.1 * N(r), 0.2 * N(r), 0.2 * N(r), 5 + r(), U(r, 0.8, 1.2), 0.05 * N(r)][i % 9]), points: F(12, () => N(r)), camIdx: Int32Array.from([0, 1, 0, 1, 0, 1]), ptIdx: Int32Array.from([0, 0, 1, 2, 3, 3]), uv: F(12, () => 0.2 * N(r)) }) },
  { file: 'graphics', name: 'slerpW', args: (r) => ({ q1: quat(r), q2: quat(r), t: U(r, 0, 1) }) },
  { file: 'graphics', name: 'viewDepth', args: (r) => ({ eye: F(3, () => N(r)), target: F(3, () => N(r)), p: F(3, () => N(r)) }) },
  { file: 'graphics', name: 'projectAll', outs: ['uv'], returns: true, args: (r) => ({ cam: F(9, (i) => [1, 0.1 * N(r), 0.1 * N(r), 0.1 * N(r), 0.2 * N(r), 0.2 * N(r), 5 + r(), U(r, 0.8, 1.2), 0.05 * N(r)][i]), pts: F(9, () => N(r)), uv: new Float64Array(6) }) },
  // stats
  { file: 'stats', name: 'logGamma', args: (r) => ({ x: U(r, 0.1, 10) }) },
  { file: 'stats', name: 'logGammaStirling', args: (r) => ({ x: U(r, 0.1, 10) }) },
  { file: 'stats', name: 'weibullNLL', args: (r) => ({ shape: U(r, 0.5, 3), scale: U(r, 0.5, 3), data: L(10, () => U(r, 0.1, 4)), censored: Uint8Array.from(L(10, () => (r() < 0.3 ? 1 : 0))) }) },
  { file: 'stats', name: 'negBinomLogLik', args: (r) => ({ r: U(r, 0.5, 5), mu: U(r, 1, 10), counts: L(12, () => Math.floor(U(r, 0, 15))) }) },
  { file: 'stats', name: 'studentTLogLik', args: (r) => ({ nu: U(r, 1, 10), loc: N(r), scale: U(r, 0.5, 2), xs: F(12, () => 2 * N(r)) }) },
  { file: 'stats', name: 'betaLogLik', args: (r) => ({ a: U(r, 0.5, 5), b: U(r, 0.5, 5), xs: L(10, () => U(r, 0.05, 0.95)) }) },
  { file: 'stats', name: 'mixtureOfExpertsNLL', args: (r) => ({ gate: F(9, () => N(r)), experts: F(9, () => N(r)), logSd: U(r, -1, 0), xs: F(40, () => N(r)), ys: F(20, () => N(r)) }) },
  { file: 'stats', name: 'zipLogLik', args: (r) => ({ logitPi: N(r), logLambda: U(r, -0.5, 1.5), counts: Int32Array.from(L(12, () => (r() < 0.4 ? 0 : Math.floor(U(r, 1, 8))))) }) },
  // rl
  { file: 'rl', name: 'policyReturn', fixed: ['iters'], args: (r) => ({ theta: F(6, () => N(r)), P: transitions(r), R: F(6, () => N(r)), mu: F(3, (i) => [0.5, 0.3, 0.2][i]), gamma: U(r, 0.8, 0.95), iters: 60 }) },
  { file: 'rl', name: 'softValue', fixed: ['S', 'iters'], args: (r) => ({ R: F(6, () => N(r)), P: transitions(r), S: 3, tau: U(r, 0.3, 1), gamma: U(r, 0.8, 0.95), iters: 50 }) },
  { file: 'rl', name: 'banditObjective', args: (r) => ({ logits: L(4, () => N(r)), rewards: L(4, () => N(r)), entropyWeight: U(r, 0.05, 0.3) }) },
  { file: 'rl', name: 'reinforceSurrogate', args: (r) => ({ logits: F(4, () => N(r)), actions: Int32Array.from(L(10, () => Math.floor(4 * r()))), returns: F(10, () => N(r)) }) },
  { file: 'rl', name: 'tdError', args: (r) => ({ w: F(3, () => N(r)), feats: F(24, () => N(r)), rewards: F(8, () => N(r)), gamma: U(r, 0.8, 0.99) }) },
  { file: 'rl', name: 'gaeSum', args: (r) => ({ values: F(8, () => N(r)), rewards: F(8, () => N(r)), gamma: U(r, 0.9, 0.99), lambda: U(r, 0.8, 0.99) }) },
  // signal
  { file: 'signal', name: 'dftPower', fixed: ['k'], args: (r) => ({ x: signal(r, 16), k: Math.floor(U(r, 0, 9)) }) },
  { file: 'signal', name: 'powerSpectrum', outs: ['out'], args: (r) => ({ x: signal(r, 16), out: new Float64Array(9) }) },
  { file: 'signal', name: 'spectralCentroid', args: (r) => ({ x: signal(r, 16) }) },
  { file: 'signal', name: 'autocorr', fixed: ['lag'], args: (r) => ({ x: signal(r, 16), lag: Math.floor(U(r, 1, 5)) }) },
  { file: 'signal', name: 'sincFilterEnergy', fixed: ['taps'], args: (r) => ({ x: signal(r, 20), cutoff: U(r, 0.05, 0.45), taps: 15 }) },
  { file: 'signal', name: 'goertzel', args: (r) => ({ x: signal(r, 16), freq: U(r, 0.05, 0.45) }) },
  { file: 'signal', name: 'delayCorrelation', args: (r) => ({ x: signal(r, 16), delay: U(r, 0.1, 5) }) },
  { file: 'signal', name: 'softPitchLag', fixed: ['lo', 'hi'], args: (r) => ({ x: signal(r, 32), lo: 2, hi: 10 }) },
  // geometry
  { file: 'geometry', name: 'shoelaceArea', args: (r) => ({ poly: polygon(r, 6) }) },
  { file: 'geometry', name: 'centroidX', args: (r) => ({ poly: polygon(r, 6) }) },
  { file: 'geometry', name: 'perimeter', args: (r) => ({ poly: Array.from(polygon(r, 6)) }) },
  { file: 'geometry', name: 'segmentDistance', args: (r) => ({ px: N(r), py: N(r), ax: N(r), ay: N(r), bx: N(r), by: N(r), eps: U(r, 1e-3, 1e-2) }) },
  { file: 'geometry', name: 'softPolylineDistance', args: (r) => ({ px: N(r), py: N(r), line: F(10, () => N(r)), k: U(r, 5, 30) }) },
  { file: 'geometry', name: 'circleFitLoss', args: (r) => ({ cx: 0.2 * N(r), cy: 0.2 * N(r), r: U(r, 0.5, 1.5), pts: polygon(r, 8) }) },
  { file: 'geometry', name: 'compactness', args: (r) => ({ poly: polygon(r, 7) }) },
  { file: 'geometry', name: 'convexSdf', args: (r) => ({ px: 2 * N(r), py: 2 * N(r), poly: polygon(r, 5) }) },
  // recur
  { file: 'recur', name: 'bisectIntegral', fixed: ['depth'], args: (r) => ({ a: U(r, -1, 0), b: U(r, 0.5, 2), k: U(r, 0.1, 2), depth: 6 }) },
  { file: 'recur', name: 'recursiveMeanSq', args: (r) => ({ xs: F(7, () => N(r)) }) },
  { file: 'recur', name: 'quadSoftMax', args: (r) => ({ img: F(64, () => r()), temp: U(r, 0.1, 0.5) }) },
  { file: 'recur', name: 'pingPong', fixed: ['n'], args: (r) => ({ x: U(r, -0.5, 0.5), a: U(r, 0.2, 1), n: 7 }) },
  { file: 'recur', name: 'bernsteinBlend', args: (r) => ({ ctrl: F(6, () => N(r)), t: U(r, 0, 1) }) },
  { file: 'recur', name: 'powiSum', fixed: ['n'], args: (r) => ({ x: U(r, 0.5, 1.2), y: U(r, 0.5, 1.2), n: 13 }) },
  { file: 'recur', name: 'continuedSqrt', fixed: ['depth'], args: (r) => ({ x: U(r, 0.1, 2), depth: 12 }) },
  // probes
  { file: 'probes', name: 'logisticGrowth', fixed: ['days'], enums: ['scheme'], args: (r) => ({ p0: U(r, 0.05, 0.5), r: U(r, 0.1, 0.4), k: U(r, 1, 3), scheme: Math.floor(3 * r()), days: 30, dt: U(r, 0.2, 1) }) },
  // (refused with TSG1003 in the trial; compiles since front32's optional arrays: arguments added at the merge)
  { file: 'probes', name: 'weightedMeanSquare', args: (r) => ({ xs: F(6, () => N(r)), weights: F(6, () => U(r, 0.5, 2)) }) },
  { file: 'probes', name: 'impliedVol', args: (r) => {
    const s = U(r, 90, 110), k = U(r, 90, 110), rate = U(r, 0.01, 0.05), t = U(r, 0.5, 2), sig = U(r, 0.15, 0.4);
    const sq = sig * Math.sqrt(t), d1 = (Math.log(s / k) + (rate + 0.5 * sig * sig) * t) / sq;
    const cdf = (x: number) => { const z = Math.abs(x) / Math.SQRT2, tt = 1 / (1 + 0.3275911 * z); const y = 1 - ((((1.061405429 * tt - 1.453152027) * tt + 1.421413741) * tt - 0.284496736) * tt + 0.254829592) * tt * Math.exp(-z * z); return x >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y); };
    return { price: s * cdf(d1) - k * Math.exp(-rate * t) * cdf(d1 - sq), s, k, r: rate, t };
  } },
  { file: 'probes', name: 'gridFirstPass', fixed: ['cols'], args: (r) => ({ grid: F(20, () => N(r)), cols: 5, threshold: U(r, 2, 8) }) },
  // (refused with TSG1008 in the trial; compiles since sorting does, front53: a domain added)
  { file: 'probes', name: 'trimmedMean', fixed: ['trim'], args: (r) => ({ xs: F(7, () => U(r, -2, 2)), trim: 1 }) },
  // (refused with TSG1008 in the trial; compiles since Array.from({ length }, fn) is lowered: arguments added at the merge)
  { file: 'probes', name: 'harvestSchedule', fixed: ['years'], args: (r) => ({ p0: U(r, 0.3, 0.7), r: U(r, 0.5, 1.5), quota: U(r, 0.01, 0.05), years: 10 }) },
  // (refused with TSG1008 in the trial, some(); compiles since some/every/findIndex are lowered (stop 39): arguments added)
  { file: 'probes', name: 'rickerPenalty', fixed: ['steps'], args: (r) => ({ p0: U(r, 0.2, 0.8), r: U(r, 0.5, 1.5), steps: 20 }) },
  { file: 'probes', name: 'predatorPreyMin', args: (r) => ({ a: U(r, 0.8, 1.2), b: U(r, 0.3, 0.6), c: U(r, 0.8, 1.2), d: U(r, 0.2, 0.5), x0: U(r, 0.8, 1.2), y0: U(r, 0.3, 0.7) }) },
  // (refused with TSG1009 in the trial, switch (true); compiles since stop 42: arguments added)
  { file: 'probes2', name: 'piecewisePenalty', args: (r) => ({ x: U(r, -2, 2), lo: U(r, -1.5, -0.5), hi: U(r, 0.5, 1.5) }) },
  { file: 'probes2', name: 'residualLoss', enums: ['kind'], args: (r) => ({ pred: F(8, () => N(r)), obs: F(8, () => N(r)), kind: Math.floor(3 * r()) }) },
  // (refused with TSG1002 in the trial; compiles since front32's spreads: arguments added at the merge)
  { file: 'probes2', name: 'scaledMax', args: (r) => ({ xs: F(6, () => N(r)), t: U(r, 0.5, 2) }) },
  { file: 'probes2', name: 'lStatistic', args: (r) => ({ xs: F(9, () => N(r)) }) },
  { file: 'probes2', name: 'welfordStd', args: (r) => ({ xs: L(8, () => N(r)) }) },
  // refusals (all expected)
  { file: 'refusals', name: 'mapWeights', refused: 'TSG1003', args: () => ({}) },
  { file: 'refusals', name: 'dynamicKey', refused: 'TSG1003', args: () => ({}) },
  // (refused with TSG1003 in the trial, a class instance; compiles since front36's value classes: arguments added)
  { file: 'refusals', name: 'springEnergy', args: (r) => ({ x: U(r, 0, 2), k: U(r, 1, 10) }) },
  // (refused with TSG1008 in the trial, every(); compiles since stop 39: arguments added)
  { file: 'refusals', name: 'allPositiveSum', args: (r) => ({ xs: F(6, () => U(r, 0.1, 2)) }) },
  { file: 'refusals', name: 'frobenius', refused: 'TSG1003', args: () => ({}) },
  { file: 'refusals', name: 'noisy', refused: 'TSG2002', args: () => ({}) },
  { file: 'refusals', name: 'guarded', refused: 'TSG1001', args: () => ({}) },
  { file: 'refusals', name: 'closureValue', refused: 'TSG1002', args: () => ({}) },
  { file: 'refusals', name: 'objectParam', refused: 'TSG1002', args: () => ({}) },
  { file: 'refusals', name: 'counted', refused: 'TSG1002', args: () => ({}) },
  { file: 'refusals', name: 'generatorSum', refused: 'TSG1009', args: () => ({}) },
];
