// Each checked case's domain: args(r) returns the arguments by name, in parameter order (r() is uniform on [0, 1)).
//   fixed: counts, noise and data the differences do not move; kinks: piecewise smooth, smaller steps;
//   tol / hvpTol: gradient (1e-6) and hvp (1e-5) relative tolerances; hrel: steps relative to each input's magnitude
// (Field names follow trial49's specs.mjs, whose check.mjs this trial reuses; the domains are mine.)
const U = (r, a, b) => a + (b - a) * r();
const F = (n, g) => Float64Array.from({ length: n }, g);
const pos = (r, n, a = 0.5, b = 1.5) => F(n, () => U(r, a, b));
const sym = (r, n, s = 1) => F(n, () => U(r, -s, s));
const unitQuat = (r, s = 1) => { const q = F(4, (_, i) => (i === 0 ? 1 : 0) + U(r, -s, s)); const l = Math.hypot(...q); return q.map((x) => x / l); };
// n agents [x y vx vy] spread on a line 1 apart, jittered
const agents = (r, n) => F(4 * n, (_, i) => (i % 4 === 0 ? Math.floor(i / 4) * 1.2 + U(r, -0.1, 0.1) : i % 4 === 1 ? U(r, -0.3, 0.3) : U(r, -0.3, 0.3)));
// unit vectors (3 per row)
const units = (r, n) => { const a = sym(r, 3 * n); for (let i = 0; i < n; i++) { const l = Math.hypot(a[3 * i], a[3 * i + 1], a[3 * i + 2]); for (let k = 0; k < 3; k++) a[3 * i + k] /= l; } return a; };
// a well-conditioned matrix: diagonal dominant with a random sign pattern, rows permuted so pivoting acts
const matrix = (r, n) => { const A = sym(r, n * n); for (let i = 0; i < n; i++) A[i * n + ((i + 1) % n)] += 4 * (r() < 0.5 ? -1 : 1); return A; };

export const specs = [
  // crowd
  { m: 'crowd', f: 'drivingForce', args: (r) => ({ px: U(r, -1, 1), py: U(r, -1, 1), vx: U(r, -1, 1), vy: U(r, -1, 1), gx: U(r, 3, 5), gy: U(r, 3, 5), v0: U(r, 1, 1.6), tau: U(r, 0.3, 0.7) }) },
  { m: 'crowd', f: 'repulsionEnergy', args: (r) => ({ state: agents(r, 5), A: U(r, 1, 3), B: U(r, 0.2, 0.5), radius: U(r, 0.2, 0.3) }) },
  { m: 'crowd', f: 'socialForceRun', args: (r) => ({ state0: agents(r, 4), gx: U(r, 8, 10), gy: U(r, -1, 1), A: U(r, 1, 3), B: U(r, 0.2, 0.5), tau: U(r, 0.3, 0.7), v0: U(r, 1, 1.6), dt: 0.05, steps: 8 }), fixed: ['dt', 'steps'], tol: 1e-5 },
  { m: 'crowd', f: 'anisotropicPair', args: (r) => ({ px: U(r, -1, 1), py: U(r, -1, 1), hx: U(r, 0.5, 1), hy: U(r, -0.5, 0.5), qx: U(r, 1.5, 3), qy: U(r, -1, 1), v0: U(r, 1, 1.6), lambda: U(r, 0.2, 0.6), boost: U(r, 0.1, 0.5) }) },
  { m: 'crowd', f: 'wallForce', label: 'wallInterior', args: (r) => ({ px: U(r, 0.2, 0.8), py: U(r, 0.3, 1), x0: U(r, -0.1, 0.1), y0: U(r, -0.1, 0.1), x1: U(r, 0.9, 1.1), y1: U(r, -0.1, 0.1), A: U(r, 1, 3), B: U(r, 0.2, 0.5) }), kinks: true },
  { m: 'crowd', f: 'wallForce', label: 'wallEnd', args: (r) => ({ px: U(r, 1.3, 1.8), py: U(r, 0.3, 1), x0: U(r, -0.1, 0.1), y0: U(r, -0.1, 0.1), x1: U(r, 0.9, 1.1), y1: U(r, -0.1, 0.1), A: U(r, 1, 3), B: U(r, 0.2, 0.5) }), kinks: true },
  { m: 'crowd', f: 'ringRelaxEnergy', args: (r) => ({ radius: U(r, 0.6, 0.9), jitter: sym(r, 6, 0.05), k: U(r, 5, 10), iters: 4 }), fixed: ['iters'], kinks: true, tol: 1e-5 },
  { m: 'crowd', f: 'ttcEnergy', label: 'ttcApproach', args: (r) => ({ px: U(r, -0.2, 0.2), py: U(r, -0.2, 0.2), vx: U(r, 0.8, 1.2), vy: U(r, -0.1, 0.1), qx: U(r, 3, 4), qy: U(r, -0.2, 0.2), ux: U(r, -1.2, -0.8), uy: U(r, -0.1, 0.1), radius: U(r, 0.2, 0.3), k: U(r, 1, 2) }), kinks: true },
  { m: 'crowd', f: 'ttcEnergy', label: 'ttcSeparate', args: (r) => ({ px: U(r, -0.2, 0.2), py: U(r, -0.2, 0.2), vx: U(r, -1.2, -0.8), vy: U(r, -0.1, 0.1), qx: U(r, 3, 4), qy: U(r, -0.2, 0.2), ux: U(r, 0.8, 1.2), uy: U(r, -0.1, 0.1), radius: U(r, 0.2, 0.3), k: U(r, 1, 2) }), kinks: true },
  // circuits
  { m: 'circuits', f: 'seriesRlcMagnitude', args: (r) => ({ R: U(r, 10, 100), L: U(r, 1e-3, 1e-2), C: U(r, 1e-6, 1e-5), w: U(r, 1e3, 1e4) }), hrel: true },
  { m: 'circuits', f: 'ladderGainDb', args: (r) => ({ Rs: U(r, 40, 60), L1: U(r, 0.5, 1.5), C2: U(r, 0.5, 1.5), L3: U(r, 0.5, 1.5), RL: U(r, 40, 60), w: U(r, 0.5, 2) }), hrel: true },
  { m: 'circuits', f: 'lineReflection', args: (r) => ({ Z0: U(r, 40, 60), zlRe: U(r, 20, 100), zlIm: U(r, -50, 50), bl: U(r, 0.2, 1.2), Zs: U(r, 40, 60) }), hrel: true },
  { m: 'circuits', f: 'tankFit', args: (r) => ({ R: U(r, 50, 150), L: U(r, 1e-3, 1e-2), C: U(r, 1e-7, 1e-6), freqs: pos(r, 6, 0.5, 1.5), mags: pos(r, 6, 0.1, 1) }), fixed: ['freqs'], hrel: true },
  { m: 'circuits', f: 'powerFactorLoss', args: (r) => ({ vm: U(r, 100, 240), va: U(r, -1, 1), R: U(r, 0.5, 2), X: U(r, 0.5, 2), Rl: U(r, 5, 20), Xl: U(r, 2, 10) }), hrel: true, kinks: true, vjpTol: 1e-11 },
  { m: 'circuits', f: 'maxwellBridge', args: (r) => ({ Rx: U(r, 10, 100), Lx: U(r, 1e-3, 1e-2), R2: U(r, 100, 1000), R3: U(r, 100, 1000), C3: U(r, 1e-8, 1e-7), R4: U(r, 100, 1000), w: U(r, 1e3, 1e4) }), hrel: true },
  { m: 'circuits', f: 'rcLadderPhase', args: (r) => ({ R: U(r, 0.5, 2), C: U(r, 0.5, 2), n: 4, w: U(r, 0.5, 2) }), fixed: ['n'] },
  // attitude
  { m: 'attitude', f: 'wahbaLoss', args: (r) => ({ q4: unitQuat(r, 0.5), body: units(r, 4), ref: units(r, 4), weights: pos(r, 4) }) },
  { m: 'attitude', f: 'gyroPropagate', args: (r) => ({ q0: unitQuat(r, 0.5), rates: sym(r, 15, 0.5), bias: sym(r, 3, 0.05), dt: 0.1, tx: U(r, -0.5, 0.5), ty: U(r, -0.5, 0.5), tz: U(r, 0.5, 1) }), fixed: ['dt'] },
  { m: 'attitude', f: 'attitudeAngle', args: (r) => ({ a: unitQuat(r, 0.3), b: unitQuat(r, 0.3) }) },
  { m: 'attitude', f: 'slerpPathLength', args: (r) => ({ a: unitQuat(r, 0.3), b: unitQuat(r, 0.3), vx: U(r, -1, 1), vy: U(r, -1, 1), vz: U(r, -1, 1), n: 8 }), fixed: ['n'] },
  { m: 'attitude', f: 'starTrackerResidual', args: (r) => ({ axis: sym(r, 3), angle: U(r, -0.2, 0.2), stars: F(12, (_, i) => (i % 3 === 2 ? U(r, 3, 5) : U(r, -1, 1))), pix: sym(r, 8, 300), focal: U(r, 800, 1200) }), tol: 1e-5 },
  { m: 'attitude', f: 'pdSlew', args: (r) => ({ q0: unitQuat(r, 0.4), kp: U(r, 1, 3), kd: U(r, 0.5, 2), dt: 0.05, steps: 10 }), fixed: ['dt', 'steps'] },
  // spectral
  { m: 'spectral', f: 'chebDerivError', args: (r) => ({ a: U(r, 0.5, 1.5), b: U(r, 1, 4), n: 8 }), fixed: ['n'] },
  { m: 'spectral', f: 'clenshawCurtis', label: 'clenshawCurtisEven', args: (r) => ({ k: U(r, 1, 10), c: U(r, -0.5, 0.5), n: 10 }), fixed: ['n'] },
  { m: 'spectral', f: 'clenshawCurtis', label: 'clenshawCurtisOdd', args: (r) => ({ k: U(r, 1, 10), c: U(r, -0.5, 0.5), n: 9 }), fixed: ['n'] },
  { m: 'spectral', f: 'chebFitEval', args: (r) => ({ s: U(r, 0.5, 2), lo: U(r, -2, -1), hi: U(r, 1, 2), y: U(r, -0.9, 0.9), n: 10 }), fixed: ['n'] },
  { m: 'spectral', f: 'chebBvp', args: (r) => ({ k: U(r, 1, 5), q: U(r, 0.5, 2), n: 8 }), fixed: ['n'] },
  { m: 'spectral', f: 'baryInterp', args: (r) => ({ fvals: sym(r, 9), x: U(r, -0.95, 0.95) }) },
  { m: 'spectral', f: 'baryInterp', label: 'baryAtNode', args: (r) => ({ fvals: sym(r, 9), x: 1 }), fixed: ['x'] },
  { m: 'spectral', f: 'spectralHeat', args: (r) => ({ u0: F(9, (_, i) => Math.sin(Math.PI * i / 8) + U(r, -0.1, 0.1)), nu: U(r, 0.05, 0.1), dt: 0.002, steps: 10 }), fixed: ['dt', 'steps'] },
  // specfun
  { m: 'specfun', f: 'gammln', args: (r) => ({ xx: U(r, 0.5, 10) }) },
  { m: 'specfun', f: 'gammp', label: 'gammpSeries', args: (r) => ({ a: U(r, 2, 5), x: U(r, 0.5, 1.5) }) },
  { m: 'specfun', f: 'gammp', label: 'gammpFraction', args: (r) => ({ a: U(r, 1, 3), x: U(r, 5, 8) }) },
  { m: 'specfun', f: 'chiSquareTail', args: (r) => ({ chi2: U(r, 1, 20), nu: U(r, 2, 10) }) },
  { m: 'specfun', f: 'betai', label: 'betaiLow', args: (r) => ({ a: U(r, 2, 4), b: U(r, 2, 4), x: U(r, 0.1, 0.3) }) },
  { m: 'specfun', f: 'betai', label: 'betaiHigh', args: (r) => ({ a: U(r, 2, 4), b: U(r, 2, 4), x: U(r, 0.75, 0.95) }) },
  { m: 'specfun', f: 'studentTail', args: (r) => ({ t: U(r, 0.5, 3), nu: U(r, 3, 20) }) },
  { m: 'specfun', f: 'bessj0', label: 'bessj0Small', args: (r) => ({ x: U(r, -7, 7) }) },
  { m: 'specfun', f: 'bessj0', label: 'bessj0Large', args: (r) => ({ x: U(r, 9, 20) }) },
  { m: 'specfun', f: 'erfcc', args: (r) => ({ x: U(r, -2, 2) }), kinks: true },
  { m: 'specfun', f: 'expint', label: 'expintFraction', args: (r) => ({ n: 2, x: U(r, 1.5, 5) }), fixed: ['n'] },
  { m: 'specfun', f: 'expint', label: 'expintSeries', args: (r) => ({ n: 3, x: U(r, 0.2, 0.9) }), fixed: ['n'] },
  // numrec
  { m: 'numrec', f: 'luSolveDot', args: (r) => ({ A: matrix(r, 4), b: sym(r, 4), c: sym(r, 4) }) },
  { m: 'numrec', f: 'luLogDet', args: (r) => ({ A: matrix(r, 4) }) },
  { m: 'numrec', f: 'tridagEnergy', args: (r) => ({ sub: sym(r, 6), diag: pos(r, 6, 3, 4), sup: sym(r, 6), r: sym(r, 6) }) },
  { m: 'numrec', f: 'nevilleEval', args: (r) => ({ xs: F(5, (_, i) => i + U(r, -0.2, 0.2)), ys: sym(r, 5), x: U(r, 0.5, 3.5) }), kinks: true },
  { m: 'numrec', f: 'qsimp', args: (r) => ({ a: U(r, 0, 0.2), b: U(r, 1.5, 2.5), k: U(r, 0.5, 2), g: U(r, 0.2, 1), eps: 1e-6 }), fixed: ['eps'], tol: 1e-5, kinks: true },
  { m: 'numrec', f: 'rtsafe', args: (r) => ({ c: U(r, 0.1, 0.8), p: U(r, 0.5, 2), x1: 0, x2: 4, xacc: 1e-10 }), fixed: ['x1', 'x2', 'xacc'] },
  { m: 'numrec', f: 'rkPendulum', args: (r) => ({ th0: U(r, -1, 1), om0: U(r, -1, 1), g: U(r, 0.1, 0.5), w: U(r, 0.5, 1.5), h: 0.1, nstep: 10 }), fixed: ['h', 'nstep'] },
  // growth
  { m: 'growth', f: 'solowPath', args: (r) => ({ s: U(r, 0.15, 0.35), n: U(r, 0.01, 0.03), delta: U(r, 0.03, 0.08), alpha: U(r, 0.25, 0.4), A: U(r, 0.8, 1.2), k0: U(r, 1, 5), T: 10 }), fixed: ['T'] },
  { m: 'growth', f: 'technologyGap', args: (r) => ({ A: U(r, 0.8, 1.2), alpha: U(r, 0.25, 0.4), rho: U(r, -0.8, -0.2), k: U(r, 1, 5), l: U(r, 1, 3) }), tol: 1e-5, vjpTol: 1e-11 },
  { m: 'growth', f: 'utilityNewton', args: (r) => ({ a: U(r, 0.3, 0.7), px: U(r, 1, 3), py: U(r, 1, 3), m: U(r, 10, 20) }) },
  { m: 'growth', f: 'cesCost', args: (r) => ({ A: U(r, 0.8, 1.2), share: U(r, 0.3, 0.5), rho: U(r, -0.8, 0.5), w: U(r, 1, 2), r: U(r, 0.05, 0.2), q: U(r, 5, 10) }) },
  { m: 'growth', f: 'growthAccountingFit', args: (r) => ({ alpha: U(r, 0.25, 0.4), g: U(r, 0.005, 0.03), ks: pos(r, 6, 1, 3), ls: pos(r, 6, 1, 2), ys: pos(r, 6, 1, 3) }) },
  { m: 'growth', f: 'ramseyResidual', label: 'ramseyFeasible', args: (r) => ({ alpha: U(r, 0.3, 0.35), beta: U(r, 0.94, 0.96), delta: U(r, 0.08, 0.1), k0: U(r, 1, 2), c0: U(r, 0.6, 0.7), T: 6 }), fixed: ['T'] },
  { m: 'growth', f: 'ramseyResidual', label: 'ramseyCollapse', args: (r) => ({ alpha: U(r, 0.3, 0.35), beta: U(r, 0.94, 0.96), delta: U(r, 0.08, 0.1), k0: U(r, 0.2, 0.3), c0: U(r, 0.65, 0.75), T: 6 }), fixed: ['T'] },
  // probes
  { m: 'probes', f: 'chainLong', args: (r) => ({ ax: U(r, -1, 1), ay: U(r, -1, 1), bx: U(r, -1, 1), by: U(r, -1, 1), k: U(r, 0.5, 2) }) },
  { m: 'probes', f: 'getterOfGetter', args: (r) => ({ w: U(r, 1, 2), h: U(r, 1, 2), d: U(r, 1, 2) }) },
  { m: 'probes', f: 'staticFactories', args: (r) => ({ r: U(r, 0.5, 2), t: U(r, 0.5, 2) }) },
  { m: 'probes', f: 'overrideDescribe', args: (r) => ({ s: U(r, 0.5, 2) }) },
  { m: 'probes', f: 'literalPerIteration', args: (r) => ({ xs: sym(r, 8), k: U(r, 0.5, 2) }) },
  { m: 'probes', f: 'rebuiltPerStep', args: (r) => ({ x0: U(r, -1, 1), v0: U(r, 0.5, 2), g: U(r, 9, 10), dt: U(r, 0.01, 0.05) }) },
  { m: 'probes', f: 'whilePostDecrement', args: (r) => ({ xs: sym(r, 7), a: U(r, 0.5, 1.5) }) },
  { m: 'probes', f: 'twoIndexReverse', label: 'twoIndexEven', args: (r) => ({ xs: sym(r, 6), k: U(r, 0.5, 2) }) },
  { m: 'probes', f: 'twoIndexReverse', label: 'twoIndexOdd', args: (r) => ({ xs: sym(r, 7), k: U(r, 0.5, 2) }) },
  { m: 'probes', f: 'labelledSearch', label: 'labelledFound', args: (r) => ({ xs: pos(r, 6, 0.5, 2), thr: U(r, 1, 1.5) }), kinks: true },
  { m: 'probes', f: 'labelledSearch', label: 'labelledNotFound', args: (r) => ({ xs: pos(r, 6, 0.2, 1), thr: U(r, 5, 6) }), kinks: true },
  { m: 'probes', f: 'unrolledSwitch', label: 'unrolled7', args: (r) => ({ xs: sym(r, 7), ys: sym(r, 7) }) },
  { m: 'probes', f: 'unrolledSwitch', label: 'unrolled9', args: (r) => ({ xs: sym(r, 9), ys: sym(r, 9) }) },
  { m: 'probes', f: 'doWhileCubeRoot', args: (r) => ({ a: U(r, 0.5, 20), tol: 1e-14 }), fixed: ['tol'] },
  { m: 'probes', f: 'assignInCondition', args: (r) => ({ xs: pos(r, 8, 0.1, 1), cap: U(r, 1.5, 1.9) }), kinks: true },
];
// probes2 (added after the first timing run started)
specs.push(
  { m: 'probes2', f: 'particleInPlace', args: (r) => ({ x0: U(r, -1, 1), v0: U(r, -1, 1), m: U(r, 0.5, 2), k: U(r, 1, 4) }) },
  { m: 'probes2', f: 'setterClamp', label: 'setterBelowCap', args: (r) => ({ db0: U(r, -6, 0), step: U(r, 0.5, 2) }), kinks: true },
  { m: 'probes2', f: 'setterClamp', label: 'setterAtCap', args: (r) => ({ db0: U(r, 10, 20), step: U(r, 3, 4) }), kinks: true },
  { m: 'probes2', f: 'choiceAndDefaults', args: (r) => ({ ax: U(r, 0.5, 2), ay: U(r, 0.5, 2), bx: U(r, -2, -0.5), by: U(r, -1, 1) }), kinks: true },
  { m: 'probes2', f: 'threeLevels', args: (r) => ({ k: U(r, 0.5, 2), x: U(r, -1, 1) }) },
  { m: 'probes2', f: 'foreverNewton', args: (r) => ({ a: U(r, 0.5, 5) }) },
  { m: 'probes2', f: 'heapSortWeighted', args: (r) => ({ xs: sym(r, 9) }), kinks: true },
  { m: 'probes2', f: 'bubbleTrimmed', args: (r) => ({ xs: sym(r, 8), trim: 2 }), fixed: ['trim'], kinks: true },
  { m: 'probes2', f: 'permutedScatter', args: (r) => ({ x: sym(r, 6), w: sym(r, 6) }), kinks: true },
  { m: 'probes2', f: 'fenwickPrefix', args: (r) => ({ xs: sym(r, 9), k: U(r, 0.5, 2) }) },
  { m: 'probes2', f: 'switchInLoop', args: (r) => ({ xs: sym(r, 10), a: U(r, 0.5, 2) }), kinks: true },
  { m: 'probes2', f: 'outParamLoop', args: (r) => ({ th: U(r, 0.1, 0.5), w: U(r, 0.5, 1.5), n: 7 }), fixed: ['n'] },
  { m: 'probes2', f: 'aliasWrites', args: (r) => ({ xs: sym(r, 7), c: U(r, 0.2, 0.8) }) },
  { m: 'probes2', f: 'earlyReturnTwice', args: (r) => ({ xs: pos(r, 6, 0.1, 1), thr: U(r, 1.2, 1.8), k: U(r, 1, 2) }), kinks: true },
);
// probes3
specs.push(
  { m: 'probes3', f: 'indexSideEffects', args: (r) => ({ xs: sym(r, 7), c: U(r, 0.5, 1.5) }) },
  { m: 'probes3', f: 'chainedAssign', args: (r) => ({ xs: sym(r, 10), c: U(r, 0.5, 1.5) }) },
  { m: 'probes3', f: 'destructuringSwaps', label: 'swapsOdd', args: (r) => ({ xs: sym(r, 7), c: U(r, 0.5, 1.5) }) },
  { m: 'probes3', f: 'destructuringSwaps', label: 'swapsEven', args: (r) => ({ xs: sym(r, 6), c: U(r, 0.5, 1.5) }) },
  { m: 'probes3', f: 'labelledBlock', label: 'blockFirst', args: (r) => ({ x: U(r, 1, 2), y: U(r, 0, 0.9), n: 4 }), fixed: ['n'] },
  { m: 'probes3', f: 'labelledBlock', label: 'blockSecond', args: (r) => ({ x: U(r, 0.6, 0.8), y: U(r, 0.9, 1.2), n: 4 }), fixed: ['n'] },
  { m: 'probes3', f: 'labelledBlock', label: 'blockFall', args: (r) => ({ x: U(r, 0.1, 0.3), y: U(r, 0.4, 0.6), n: 4 }), fixed: ['n'] },
  { m: 'probes3', f: 'wrappedIndices', args: (r) => ({ xs: sym(r, 7), shift: 3, t: U(r, 0.3, 0.6) }), fixed: ['shift'], kinks: true },
  { m: 'probes3', f: 'methodInCondition', args: (r) => ({ x0: U(r, -1, 1), v0: U(r, -1, 1), k: U(r, 1, 4), dt: U(r, 0.05, 0.1) }) },
  { m: 'probes3', f: 'setterInMethod', args: (r) => ({ v0: U(r, 0.5, 2), a: U(r, 0.5, 1.5) }) },
  { m: 'probes3', f: 'staticThis', args: (r) => ({ a: U(r, -2, 2) }) },
  { m: 'probes3', f: 'returnFromSwitch', label: 'switchReturns', args: (r) => ({ xs: pos(r, 12, 1, 2), c: U(r, 1.5, 2) }), kinks: true },
  { m: 'probes3', f: 'returnFromSwitch', label: 'switchRuns', args: (r) => ({ xs: pos(r, 12, 0.1, 0.3), c: U(r, 0.3, 0.5) }), kinks: true },
  { m: 'probes3', f: 'elementIncrement', args: (r) => ({ xs: sym(r, 6), c: U(r, 0.5, 1.5) }), kinks: true },
);
// numrec2
specs.push(
  { m: 'numrec2', f: 'gaussjSolve', args: (r) => ({ A: matrix(r, 4), b: sym(r, 4), c: sym(r, 4) }) },
  { m: 'numrec2', f: 'sortedLoss', label: 'sortedLoss9', args: (r) => ({ r: sym(r, 9), k: U(r, 0.5, 1.5) }), kinks: true },
  { m: 'numrec2', f: 'sortedLoss', label: 'sortedLoss24', args: (r) => ({ r: sym(r, 24), k: U(r, 0.5, 1.5) }), kinks: true },
  { m: 'numrec2', f: 'zbrent', args: (r) => ({ c: U(r, 0.5, 2), d: U(r, 1, 3), x1: 0, x2: 3, tol: 1e-15 }), fixed: ['x1', 'x2', 'tol'] },
  // nohvp: the golden-section points do not depend on p and q (only on which branch each comparison takes), so the
  // gradient is the envelope theorem's and right, but the Hessian of the algorithm (x held) is not the value
  // function's (whose differences see dx*/dp): f_hvp is right for the function as written, differences cannot check it
  { m: 'numrec2', f: 'goldenMin', args: (r) => ({ p: U(r, 0.5, 1.5), q: U(r, 0.1, 0.5), ax: -1, bx: 0.8, cx: 3 }), fixed: ['ax', 'bx', 'cx'], nohvp: true },
  { m: 'numrec2', f: 'adaptiveDecay', args: (r) => ({ y0: U(r, 0.5, 2), k: U(r, 0.5, 2), w: U(r, 1, 3), tEnd: U(r, 1, 2) }), kinks: true, tol: 1e-5 },
);
// probes4
specs.push(
  { m: 'probes4', f: 'conditionalRebuildConst', args: (r) => ({ x: U(r, -0.5, 0.5), y: U(r, -0.5, 0.5), vx: U(r, 0.3, 0.6), vy: U(r, 0.3, 0.6) }), kinks: true },
  { m: 'probes4', f: 'methodsWithLoops', args: (r) => ({ xs: pos(r, 6, 0.2, 1), k: U(r, 0.5, 1.5), b: U(r, -1, 1), t: U(r, 0.6, 0.9) }), kinks: true },
  { m: 'probes4', f: 'abstractGetters', args: (r) => ({ e1: U(r, 150, 250), e2: U(r, 0.5, 2), nu: U(r, 0.3, 0.45) }), hrel: true },
  { m: 'probes4', f: 'stateMachine', args: (r) => ({ xs: F(12, (_, i) => Math.sin(i * 0.9) + U(r, -0.05, 0.05)), gain: U(r, 0.5, 1.5) }), kinks: true },
  { m: 'probes4', f: 'splineSamples', args: (r) => ({ xs: F(6, (_, i) => i + U(r, -0.2, 0.2)), ys: sym(r, 6), at: F(5, (_, i) => 0.4 + i * 1.05 + U(r, -0.1, 0.1)) }), fixed: ['at'], kinks: true },
);
