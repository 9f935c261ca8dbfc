// Domains of the functions I check. Each spec's `args(r)` returns the arguments as an object
// in parameter order (a default left out is simply absent); r() is uniform on [0, 1).
//   fixed: parameters that are sizes, indices, counts or modes (no differences along them)
//   outs: arrays the function writes (its Jacobian forms are checked instead of f_grad)
//   left: number parameters left out (defaults, optional: their key is 0); optArrays: optional arrays left out
//   nokey: numeric parameters that should have no grad key
//   tol: relative tolerance of the gradient check (1e-6); hvpTol: of f_hvp against differences of f_grad (1e-5)
//   kinks: piecewise (Math.min/max/abs, branches): f_hvp is still checked, at small steps only
const U = (r, a, b) => a + (b - a) * r();
const F = (n, g) => Float64Array.from({ length: n }, g);
const A = (n, g) => Array.from({ length: n }, g);
const away = (r, a, b) => { for (;;) { const x = U(r, a, b); if (Math.abs(x - Math.round(x)) > 0.05) return x; } };
// a chain of n particles hanging roughly along x at height y0, with jitter
const chain = (r, n, y0, sp = 1) => F(2 * n, (_, k) => (k % 2 === 0 ? sp * (k / 2) : y0) + U(r, -0.15, 0.15));
const spd = (r, n) => { const B = F(n * n, () => U(r, -1, 1)); const S = new Float64Array(n * n); for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) { let s = i === j ? n : 0; for (let k = 0; k < n; k++) s += B[i * n + k] * B[j * n + k]; S[i * n + j] = s; } return S; };
const lower = (r, n) => F(n * n, (_, k) => { const i = Math.floor(k / n), j = k % n; return j > i ? 0 : j === i ? U(r, 1, 2) : U(r, -0.5, 0.5); });
const sorted = (r, n, lo, hi) => F(n, (_, i) => lo + ((hi - lo) * (i + U(r, 0.2, 0.8))) / n);
const signal = (r, n) => F(n, (_, i) => 0.6 * Math.sin(0.37 * i) + 0.3 * Math.sin(1.9 * i + 0.4) + U(r, -0.1, 0.1));
const counts = (r, n, hi) => Int32Array.from({ length: n }, () => Math.floor(hi * r()));

export const specs = [
  // linalg
  { m: 'linalg', f: 'dot', args: (r) => ({ a: F(5, () => U(r, -1, 1)), b: A(5, () => U(r, -1, 1)) }) , left: ['n'] },
  { m: 'linalg', f: 'sqr', args: (r) => ({ x: U(r, -3, 3) }) },
  { m: 'linalg', f: 'log1pExp', args: (r) => ({ x: U(r, -30, 30) }) },
  { m: 'linalg', f: 'logSumExp', args: (r) => ({ xs: F(6, () => U(r, -5, 5)), n: 6 }), fixed: ['n'], kinks: true },
  { m: 'linalg', f: 'rowDist2', args: (r) => ({ X: F(12, () => U(r, -1, 1)), d: 3, i: 1, j: 3 }), fixed: ['d', 'i', 'j'] },
  { m: 'linalg', f: 'cholesky', args: (r) => ({ A: spd(r, 3), n: 3, L: new Float64Array(9) }), fixed: ['n'], outs: ['L'] },
  { m: 'linalg', f: 'forwardSub', args: (r) => ({ L: lower(r, 3), n: 3, b: A(3, () => U(r, -1, 1)), z: new Float64Array(3) }), fixed: ['n'], outs: ['z'] },
  // cloth
  { m: 'cloth', f: 'springEnergy', args: (r) => ({ pos: chain(r, 5, 1), rest: U(r, 0.8, 1.2), k: U(r, 10, 50) }) },
  { m: 'cloth', f: 'floorPenalty', args: (r) => ({ pos: chain(r, 5, 0.05, 1).map((v, k) => (k % 2 ? U(r, -0.3, 0.3) : v)), floor: 0.01, stiff: U(r, 50, 200) }), kinks: true },
  { m: 'cloth', f: 'clothStep', args: (r) => ({ pos: chain(r, 3, 2), vel: F(6, () => U(r, -0.5, 0.5)), rest: 1, k: U(r, 10, 50), dt: 0.01, outPos: new Float64Array(6), outVel: new Float64Array(6) }), outs: ['outPos', 'outVel'] },
  { m: 'cloth', f: 'dropLoss', args: (r) => ({ pos0: chain(r, 4, 5), k: U(r, 20, 60), rest: U(r, 0.9, 1.1), tx: 2.5, ty: 4, steps: 30 }), fixed: ['steps'] },
  { m: 'cloth', f: 'collisionEnergy', args: (r) => ({ pos: F(10, () => U(r, 0, 1.5)), r: 0.8, kc: U(r, 10, 100) }), kinks: true },
  // robot
  { m: 'robot', f: 'reachLoss', args: (r) => ({ angles: F(4, () => U(r, -1, 1)), lengths: F(4, () => U(r, 0.5, 1.5)), tx: U(r, 1, 2), ty: U(r, 0, 2) }) },
  { m: 'robot', f: 'reachLossTuple', args: (r) => ({ angles: A(4, () => U(r, -1, 1)), lengths: A(4, () => U(r, 0.5, 1.5)), tx: U(r, 1, 2), ty: U(r, 0, 2) }) },
  { m: 'robot', f: 'headingLoss', args: (r) => ({ angles: F(5, () => U(r, -0.5, 0.5)), want: U(r, -1, 1) }) },
  { m: 'robot', f: 'jointLimitPenalty', args: (r) => ({ angles: F(5, () => U(r, -2, 2)), lo: U(r, -1.5, -1), hi: U(r, 1, 1.5), sharp: U(r, 3, 8) }) },
  { m: 'robot', label: 'jointLimitPenalty/default', f: 'jointLimitPenalty', args: (r) => ({ angles: F(5, () => U(r, -2, 2)), lo: -1.2, hi: 1.2 }) , left: ['sharp'] },
  { m: 'robot', f: 'arm3dLoss', args: (r) => ({ q: F(4, () => U(r, -1, 1)), link: F(3, () => U(r, 0.5, 1)), tx: U(r, 0, 1), ty: U(r, 0, 1), tz: U(r, 0, 1) }) },
  // gp
  { m: 'gp', f: 'gpNll', args: (r) => ({ x: sorted(r, 5, 0, 4), y: F(5, () => U(r, -1, 1)), logEll: U(r, -0.3, 0.5), logSf: U(r, -0.3, 0.3), logSn: U(r, -1.5, -0.7) }) },
  { m: 'gp', f: 'gpNllMulti', args: (r) => ({ X: F(8, () => U(r, -1, 1)), d: 2, y: F(4, () => U(r, -1, 1)), ell: U(r, 0.5, 1.5), sf: U(r, 0.7, 1.3), sn: U(r, 0.2, 0.5) }), fixed: ['d'] },
  { m: 'gp', f: 'gpMean', args: (r) => ({ x: sorted(r, 4, 0, 3), y: F(4, () => U(r, -1, 1)), xs: U(r, 0, 3), ell: U(r, 0.6, 1.2), sn: U(r, 0.2, 0.5) }) },
  { m: 'gp', f: 'cholFactor', args: (r) => ({ A: spd(r, 3), n: 3, L: new Float64Array(9) }), fixed: ['n'], outs: ['L'] },
  { m: 'gp', f: 'logDet', args: (r) => ({ A: spd(r, 3), n: 3 }), fixed: ['n'] },
  // stochastic
  { m: 'stochastic', f: 'localLevelLogLik', args: (r) => ({ y: signal(r, 12), logQ: U(r, -3, -1), logR: U(r, -3, -1), m0: U(r, -0.5, 0.5), p0: U(r, 0.5, 2) }) },
  { m: 'stochastic', label: 'localLevelLogLik/defaults', f: 'localLevelLogLik', args: (r) => ({ y: signal(r, 12), logQ: U(r, -3, -1), logR: U(r, -3, -1) }) , left: ['m0', 'p0'] },
  { m: 'stochastic', f: 'cvLogLik', args: (r) => ({ y: F(10, (_, i) => 0.3 * i + U(r, -0.1, 0.1)), dt: U(r, 0.5, 1.5), sigA: U(r, 0.1, 0.5), sigObs: U(r, 0.1, 0.3) }) },
  { m: 'stochastic', label: 'cvLogLik/long', f: 'cvLogLik', args: (r) => ({ y: F(400, (_, i) => 0.3 * i + U(r, -0.1, 0.1)), dt: U(r, 0.5, 1.5), sigA: U(r, 0.1, 0.5), sigObs: U(r, 0.1, 0.3) }) },
  { m: 'stochastic', f: 'hmmLogLik', args: (r) => ({ obs: signal(r, 8), logits: F(9, () => U(r, -1, 1)), means: F(3, (_, k) => k - 1 + U(r, -0.2, 0.2)), sigma: U(r, 0.4, 1) }), kinks: true },
  { m: 'stochastic', f: 'hmmScaled', args: (r) => ({ obs: counts(r, 8, 3), A: F(4, () => U(r, 0.2, 0.8)), B: F(6, () => U(r, 0.1, 0.6)), pi: F(2, () => U(r, 0.3, 0.7)) }) },
  { m: 'stochastic', f: 'ar1LogLik', args: (r) => ({ y: A(10, () => U(r, -1, 1)), phi: U(r, -0.8, 0.8), sigma: U(r, 0.5, 1.5) }) },
  { m: 'stochastic', f: 'hestonCall', args: (r) => ({ S0: U(r, 90, 110), K: 100, v0: U(r, 0.03, 0.05), kappa: U(r, 1.5, 2.5), theta: U(r, 0.03, 0.05), xi: U(r, 0.2, 0.3), rho: U(r, -0.7, -0.3), T: U(r, 0.5, 1), nPaths: 16, nSteps: 8 }), fixed: ['nPaths', 'nSteps'], kinks: true, tol: 1e-5 , left: ['seed'] },
  { m: 'stochastic', f: 'asianCall', args: (r) => ({ S0: U(r, 95, 105), K: 100, r: U(r, 0, 0.05), sigma: U(r, 0.1, 0.3), T: U(r, 0.5, 1), nPaths: 8, nSteps: 6 }), fixed: ['nPaths', 'nSteps'] },
  { m: 'stochastic', f: 'gaussNewtonRss', args: (r) => { const A0 = U(r, 1, 2), k0 = U(r, 0.3, 0.8); const t = F(6, (_, i) => 0.5 * i); return { A: A0 * U(r, 0.9, 1.1), k: k0 * U(r, 0.9, 1.1), t, y: t.map((ti) => A0 * Math.exp(-k0 * ti) + U(r, -0.02, 0.02)) }; } },
  { m: 'stochastic', f: 'fitDecayRate', args: (r) => { const k0 = U(r, 0.3, 0.8); const t = F(6, (_, i) => 0.4 * i); return { t, y: t.map((ti) => Math.exp(-k0 * ti) + U(r, -0.02, 0.02)), k0: k0 * U(r, 0.8, 1.2), iters: 12 }; }, fixed: ['iters'], tol: 1e-5 },
  // attention
  { m: 'attention', f: 'attentionLoss', args: (r) => ({ X: F(6, () => U(r, -1, 1)), Wq: F(4, () => U(r, -1, 1)), Wk: F(4, () => U(r, -1, 1)), Wv: F(4, () => U(r, -1, 1)), target: F(6, () => U(r, -1, 1)), T: 3, D: 2 }), fixed: ['T', 'D'] },
  { m: 'attention', f: 'causalAttention', args: (r) => ({ X: F(6, () => U(r, -1, 1)), Wq: F(4, () => U(r, -1, 1)), Wk: F(2, () => U(r, -1, 1)), T: 3, D: 2 }), fixed: ['T', 'D'], kinks: true },
  { m: 'attention', f: 'layerNormEnergy', args: (r) => ({ X: F(6, () => U(r, -1, 1)), gamma: F(3, () => U(r, 0.5, 1.5)), beta: F(3, () => U(r, -0.5, 0.5)), D: 3, eps: U(r, 1e-3, 1e-2) }), fixed: ['D'] },
  { m: 'attention', label: 'layerNormEnergy/default', f: 'layerNormEnergy', args: (r) => ({ X: F(6, () => U(r, -1, 1)), gamma: F(3, () => U(r, 0.5, 1.5)), beta: F(3, () => U(r, -0.5, 0.5)), D: 3 }), fixed: ['D'] , left: ['eps'] },
  { m: 'attention', f: 'geluMlp', args: (r) => ({ x: F(3, () => U(r, -1, 1)), W: F(6, () => U(r, -1, 1)), v: F(2, () => U(r, -1, 1)) }) },
  { m: 'attention', f: 'scratchReuse', args: (r) => ({ w: F(4, () => U(r, -1, 1)), x: F(4, () => U(r, -1, 1)), reps: 3 }), fixed: ['reps'] },
  { m: 'attention', f: 'noinlineRows', args: (r) => ({ a: F(6, () => U(r, -1, 1)), d: 2 }), fixed: ['d'] },
  { m: 'attention', f: 'softmaxXent', args: (r) => ({ logits: A(5, () => U(r, -3, 3)), label: 2, temperature: U(r, 0.5, 2) }), fixed: ['label'], kinks: true },
  // losses
  { m: 'losses', f: 'pinball', args: (r) => ({ pred: F(6, () => U(r, -1, 1)), y: F(6, () => U(r, -1, 1)), tau: U(r, 0.1, 0.9) }), kinks: true },
  { m: 'losses', f: 'huber', args: (r) => ({ r: F(8, () => U(r, -3, 3)), delta: U(r, 0.5, 1.5) }), kinks: true },
  { m: 'losses', label: 'huber/default', f: 'huber', args: (r) => ({ r: F(8, () => U(r, -3, 3)) }), kinks: true , left: ['delta'] },
  { m: 'losses', label: 'smoothRobust/pseudoHuber', f: 'smoothRobust', args: (r) => ({ r: F(6, () => U(r, -3, 3)), kind: 0, c: U(r, 0.5, 2) }), fixed: ['kind'] },
  { m: 'losses', label: 'smoothRobust/logcosh', f: 'smoothRobust', args: (r) => ({ r: F(6, () => U(r, -3, 3)), kind: 1, c: U(r, 0.5, 2) }), fixed: ['kind'] },
  { m: 'losses', label: 'smoothRobust/default', f: 'smoothRobust', args: (r) => ({ r: F(6, () => U(r, -3, 3)), kind: 2, c: U(r, 0.5, 2) }), fixed: ['kind'], kinks: true },
  { m: 'losses', f: 'poissonNll', args: (r) => ({ beta: F(3, () => U(r, -0.5, 0.5)), X: F(18, () => U(r, -1, 1)), y: counts(r, 6, 4), lambda: U(r, 0.01, 0.1) }) },
  { m: 'losses', f: 'logisticNll', args: (r) => ({ w: F(3, () => U(r, -1, 1)), b: U(r, -0.5, 0.5), X: F(15, () => U(r, -1, 1)), y: F(5, () => (r() < 0.5 ? 0 : 1)) }) },
  { m: 'losses', f: 'kmeansObjective', args: (r) => ({ X: F(12, () => U(r, -1, 1)), C: F(6, () => U(r, -1, 1)), d: 2 }), fixed: ['d'], kinks: true },
  { m: 'losses', f: 'softKmeans', args: (r) => ({ X: F(12, () => U(r, -1, 1)), C: F(6, () => U(r, -1, 1)), d: 2, beta: U(r, 0.5, 3) }), fixed: ['d'], kinks: true },
  { m: 'losses', f: 'expectile', args: (r) => ({ r: A(6, () => U(r, -2, 2)), tau: U(r, 0.1, 0.9), w: A(6, () => U(r, 0.5, 2)) }), kinks: true },
  { m: 'losses', label: 'expectile/noweights', f: 'expectile', args: (r) => ({ r: A(6, () => U(r, -2, 2)), tau: U(r, 0.1, 0.9) }), left: ['w'], optArrays: ['w'], kinks: true },
  { m: 'losses', f: 'negBinomNll', args: (r) => ({ mu: F(5, () => U(r, 0.5, 4)), y: counts(r, 5, 6), alpha: U(r, 0.2, 1) }) },
  // recursive
  { m: 'recursive', f: 'adaptiveIntegral', args: (r) => ({ a: U(r, 0.5, 2), b: U(r, 0.5, 3), lo: U(r, -1, 0), hi: U(r, 1, 2) }), tol: 1e-5, kinks: true , left: ['eps'] },
  { m: 'recursive', f: 'bezierDist', args: (r) => ({ cx: F(4, (_, i) => i + U(r, -0.3, 0.3)), cy: F(4, () => U(r, -1, 1)), t: U(r, 0.1, 0.9), px: U(r, 0, 3), py: U(r, -1, 1) }) },
  { m: 'recursive', f: 'bezierLength', args: (r) => ({ cx: F(4, (_, i) => i + U(r, -0.3, 0.3)), cy: F(4, () => U(r, -1, 1)), n: 8 }), fixed: ['n'] },
  { m: 'recursive', f: 'pairwiseNorm', args: (r) => ({ x: F(7, () => U(r, -2, 2)) }) },
  { m: 'recursive', f: 'treeLogSumExp', args: (r) => ({ a: F(5, () => U(r, -3, 3)) }), kinks: true },
  { m: 'recursive', f: 'recPrefix', args: (r) => ({ x: F(6, () => U(r, -1, 1)) }) },
  { m: 'recursive', f: 'polyRoot1', args: (r) => ({ c: [-2, U(r, -0.5, 0.5), 1, U(r, 0.1, 0.3)], x: U(r, 1, 2) }) },
  // dsp
  { m: 'dsp', f: 'biquadLoss', args: (r) => ({ x: signal(r, 24), ref: signal(r, 24), fc: U(r, 2000, 8000), Q: U(r, 0.5, 2) }) , left: ['fs'] },
  { m: 'dsp', f: 'biquadFilter', args: (r) => ({ x: signal(r, 6), b: F(3, () => U(r, 0.1, 0.5)), a: F(2, () => U(r, -0.3, 0.3)), y: new Float64Array(6) }), outs: ['y'] },
  { m: 'dsp', f: 'envelopeMean', args: (r) => ({ x: signal(r, 20), attackMs: U(r, 1, 5), releaseMs: U(r, 20, 80), fs: U(r, 800, 1200) }), kinks: true },
  { m: 'dsp', f: 'compressorRms', args: (r) => ({ x: F(12, () => (r() < 0.5 ? -1 : 1) * U(r, 0.05, 1)), thresholdDb: U(r, -15, -8), ratio: U(r, 2, 6), kneeDb: U(r, 4, 8) }), kinks: true },
  { m: 'dsp', f: 'onePoleF32', args: (r) => ({ x: Float32Array.from(signal(r, 10)), ref: Float32Array.from(signal(r, 10)), coef: U(r, 0.1, 0.9) }), tol: 2e-3, hvpTol: 2e-2 },
  // probes
  // (switchTrue: TSG1009 in the trial; compiles since stop 42, one case per clause)
  { m: 'probes', f: 'switchTrue', label: 'switchTrueProduct', args: (r) => ({ x: U(r, 1.2, 2), y: U(r, 1.2, 2) }) },
  { m: 'probes', f: 'switchTrue', label: 'switchTrueExp', args: (r) => ({ x: U(r, 0.6, 0.9), y: U(r, 0.2, 0.9) }) },
  { m: 'probes', f: 'switchTrue', label: 'switchTrueDefault', args: (r) => ({ x: U(r, -2, -0.2), y: U(r, -1, 1) }) },
  { m: 'probes', f: 'welfordVar', args: (r) => ({ xs: F(7, () => U(r, -2, 2)) }) },
  { m: 'probes', f: 'closureAffine', args: (r) => ({ xs: A(5, () => U(r, -2, 2)), a: U(r, 0.5, 2), b: U(r, -1, 1) }) },
  { m: 'probes', f: 'optionalScale', args: (r) => ({ x: U(r, -5, 5), scale: U(r, 0.5, 3), offset: U(r, -1, 1) }) },
  { m: 'probes', label: 'optionalScale/defaults', f: 'optionalScale', args: (r) => ({ x: U(r, -5, 5) }) , left: ['scale', 'offset'] },
  { m: 'probes', f: 'labelledScan', args: (r) => ({ M: F(16, () => U(r, -1.5, 1.5)), rows: 4, cols: 4, limit: 1.2 }), fixed: ['rows', 'cols'], kinks: true },
  { m: 'probes', f: 'mathZoo', args: (r) => ({ x: U(r, 0.55, 0.95), y: U(r, -0.95, -0.55) }) },
  { m: 'probes', f: 'piecewise', args: (r) => ({ x: away(r, -3, 3), k: U(r, -1, 2) }), kinks: true },
  { m: 'probes', f: 'spreadAndDestructure', args: (r) => ({ v: A(5, () => U(r, 0.5, 2)), w: F(3, () => U(r, 0.5, 2)) }), kinks: true },
  { m: 'probes', f: 'windowed', args: (r) => ({ x: F(8, () => U(r, -1, 1)), win: 3 }), fixed: ['win'], kinks: true },
  { m: 'probes', f: 'cubeRootNewton', args: (r) => ({ a: U(r, 0.5, 8) }), tol: 1e-5 },
  { m: 'probes', f: 'hoisted', args: (r) => ({ x: U(r, 0.3, 2), p: U(r, 1.5, 3), q: U(r, 1, 3) }) },
  { m: 'probes', label: 'hoisted/defaults', f: 'hoisted', args: (r) => ({ x: U(r, 0.3, 2) }) , left: ['p', 'q'] },
  { m: 'probes', f: 'fromAndForEach', args: (r) => ({ n: 7, t: U(r, 0, 2) }), fixed: ['n'] },
  { m: 'probes', f: 'reducers', args: (r) => ({ xs: A(5, () => U(r, 0.5, 1.5)) }) },
  { m: 'probes', f: 'powNeg', args: (r) => ({ x: U(r, -2, -0.5), n: 3 }), fixed: ['n'] },
  { m: 'probes', label: 'powNeg/positive', f: 'powNeg', args: (r) => ({ x: U(r, 0.5, 2), n: U(r, 2, 4) }) },
  { m: 'probes', f: 'sortedWeights', args: (r) => ({ x: F(6, () => U(r, -1, 1)), wts: F(6, () => U(r, 0, 1)) }), kinks: true },
  { m: 'probes', f: 'earlyHelper', args: (r) => ({ xs: F(5, () => U(r, -1, 1)), ts: F(4, () => U(r, -0.5, 0.5)) }), kinks: true },
  { m: 'probes', f: 'kahan', args: (r) => ({ xs: F(6, () => U(r, -1, 1)), m: U(r, 0.5, 3) }), kinks: true },
  { m: 'probes', f: 'windowAlias', args: (r) => ({ x: F(5, () => U(r, -1, 1)) }) },
  { m: 'probes', f: 'closureArr', args: (r) => ({ x: F(4, () => U(r, -1, 1)), t: U(r, -1, 1) }) },
  { m: 'probes', f: 'normalizeInPlace', args: (r) => ({ x: F(4, () => U(r, -1, 1)) }), outs: ['x'] },
];
// two writings of one function: [module, f, module, g, args → [argsF, argsG]]
export const twins = [
  ['robot', 'reachLoss', 'robot', 'reachLossTuple', (r) => { const a = A(4, () => U(r, -1, 1)), l = A(4, () => U(r, 0.5, 1.5)), tx = U(r, 1, 2), ty = U(r, 0, 2); return [[Float64Array.from(a), Float64Array.from(l), tx, ty], [a, l, tx, ty]]; }],
  ['recursive', 'treeLogSumExp', 'linalg', 'logSumExp', (r) => { const a = F(6, () => U(r, -3, 3)); return [[a], [a, 6]]; }],
];
