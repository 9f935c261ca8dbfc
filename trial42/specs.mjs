// Each checked case's domain. args(r) gives the arguments by name, in parameter order (r() ~ U[0, 1)).
//   fixed: counts, sizes and data not moved by the differences (numbers among them keep their grad key)
//   nokey: parameters with no grad key (enums, integer arrays); left: passed as undefined (a default applies)
//   outs: arrays a writer writes (checked through f_jacobian, f_jvp, the void f_vjp); returns: a writer returning a number
//   kinks: piecewise smooth, hvp compared at small steps; tol / hvpTol: gradient (1e-6) and hvp (1e-5) tolerances
//   nohvp: no f_hvp comparison, with the reason; hbase: the scale of the difference steps (default max(1, |x|))
const U = (r, a, b) => a + (b - a) * r();
const F = (n, g) => Float64Array.from({ length: n }, g);
const A = (n, g) => Array.from({ length: n }, g);
const I = (...xs) => Int32Array.from(xs);
const pos = (r, n, a = 0.5, b = 1.5) => F(n, () => U(r, a, b));
const sym = (r, n) => F(n, () => U(r, -1, 1));

export const specs = [
  // optics
  { m: 'optics', f: 'slabShift', args: (r) => ({ n1: U(r, 1, 1.1), n2: U(r, 1.4, 1.6), thick: U(r, 0.5, 2), theta: U(r, 0.1, 0.8) }) },
  { m: 'optics', f: 'thinLensChain', args: (r) => ({ focals: pos(r, 3, 0.8, 1.2), gaps: pos(r, 2, 4, 5), objDist: U(r, 3, 5) }) },
  { m: 'optics', f: 'thickLensCrossing', args: (r) => ({ r1: U(r, 4, 6), r2: U(r, 4, 6), thick: U(r, 0.5, 0.8), n: U(r, 1.4, 1.7), h: U(r, 0.2, 1) }) },
  { m: 'optics', f: 'fresnelR', args: (r) => ({ n1: 1, n2: U(r, 1.3, 1.7), theta: U(r, 0.1, 1.2) }) },
  { m: 'optics', f: 'prismDeviation', args: (r) => ({ apex: U(r, 0.9, 1), n: U(r, 1.4, 1.5), theta1: U(r, 0.7, 0.9) }) },
  { m: 'optics', f: 'lensmakerFit', args: (r) => ({ n: U(r, 1.4, 1.6), r1s: pos(r, 4, 0.5, 2), r2s: pos(r, 4, -2, -0.5), fMeasured: pos(r, 4) }) },
  { m: 'optics', f: 'conicSpotRms', args: (r) => ({ curv: U(r, 0.1, 0.3), conic: U(r, -1.5, 0.5), n: U(r, 1.4, 1.6), heights: pos(r, 4, 0.2, 1.5) }) },
  // diffusion
  { m: 'diffusion', f: 'heatNeumann', args: (r) => ({ u0: sym(r, 8), alpha: U(r, 0.5, 1), steps: 20, dt: 0.01, dx: U(r, 0.2, 0.25) }), fixed: ['steps', 'dt'] },
  { m: 'diffusion', f: 'heatDirichlet', args: (r) => ({ u0: sym(r, 6), alpha: U(r, 0.2, 0.4), left: U(r, 0, 1), right: U(r, -1, 0), steps: 10, out: new Float64Array(6) }), fixed: ['steps'], outs: ['out'] },
  { m: 'diffusion', f: 'crankNicolson', args: (r) => ({ u0: sym(r, 7), alpha: U(r, 0.5, 1.5), steps: 5, weights: sym(r, 7) }), fixed: ['steps'] },
  { m: 'diffusion', f: 'periodic2d', args: (r) => ({ u0: sym(r, 12), nx: 4, ny: 3, kappa: U(r, 0.1, 0.2), steps: 5 }), fixed: ['nx', 'ny', 'steps'] },
  { m: 'diffusion', f: 'upwind', args: (r) => ({ u0: sym(r, 8), c: U(r, 0.2, 0.8), inflow: U(r, 0, 1), steps: 6, target: sym(r, 8) }), fixed: ['steps'] },
  { label: 'upwind/leftward', m: 'diffusion', f: 'upwind', args: (r) => ({ u0: sym(r, 8), c: U(r, -0.8, -0.2), inflow: U(r, 0, 1), steps: 6, target: sym(r, 8) }), fixed: ['steps'] },
  { m: 'diffusion', f: 'fisherKpp', args: (r) => ({ u0: pos(r, 8, 0, 1), d: U(r, 0.1, 0.3), r: U(r, 0.5, 1.5), steps: 20, dt: 0.05 }), fixed: ['steps', 'dt'] },
  // fem
  { m: 'fem', f: 'barCompliance', args: (r) => ({ E: pos(r, 5, 1, 2), A: pos(r, 5), len: U(r, 1, 2), load: U(r, -1, 1) }) },
  { m: 'fem', f: 'barPotential', args: (r) => ({ u: sym(r, 6), E: U(r, 1, 2), area: U(r, 0.5, 1), len: U(r, 1, 2), q: U(r, -1, 1) }) },
  { m: 'fem', f: 'taperedTip', args: (r) => ({ E: U(r, 1, 2), a0: U(r, 0.5, 1), taper: U(r, 0, 0.5), len: U(r, 1, 2), load: U(r, -1, 1), n: 8 }), fixed: ['n'] },
  { m: 'fem', f: 'trussEnergy', args: (r) => ({ xy: F(8, (_, k) => [0, 0, 1, 0, 1, 1, 0, 1][k] + U(r, -0.1, 0.1)), ends: I(0, 1, 1, 2, 2, 3, 3, 0, 0, 2), rest: F(5, (_, m) => (m === 4 ? 1.4 : 1) + U(r, -0.1, 0.1)), k: U(r, 5, 10), gravity: U(r, 0.5, 1) }), nokey: ['ends'] },
  { m: 'fem', f: 'galerkinError', args: (r) => ({ coefs: F(5, (_, i) => Math.sin((Math.PI * (i + 1)) / 6) + U(r, -0.1, 0.1)), scale: U(r, 0.8, 1.2) }) },
  { m: 'fem', f: 'beamTip', args: (r) => ({ EI: pos(r, 4, 1, 2), len: U(r, 1, 2), load: U(r, -1, 1) }) },
  // orbits
  { m: 'orbits', f: 'keplerE', args: (r) => ({ M: U(r, 0.3, 2.5), e: U(r, 0.1, 0.7) }) },
  { m: 'orbits', f: 'keplerX', args: (r) => ({ a: U(r, 1, 2), e: U(r, 0.1, 0.6), M: U(r, 0.3, 2.5) }) },
  { m: 'orbits', f: 'orbitFit', args: (r) => ({ a: U(r, 1, 1.5), e: U(r, 0.1, 0.4), omega: U(r, 0, 1), tp: U(r, -0.5, 0.5), times: F(5, (_, i) => 0.7 * i), xs: sym(r, 5), ys: sym(r, 5), mu: 1 }), fixed: ['times', 'xs', 'ys', 'mu'] },
  { m: 'orbits', f: 'hohmannDv', args: (r) => ({ r1: U(r, 1, 2), r2: U(r, 3, 5), mu: U(r, 0.5, 2) }), kinks: true },
  { m: 'orbits', f: 'verletKinetic', args: (r) => ({ pos0: F(6, (_, k) => [0, 0, 1, 0, 0.5, 0.8][k] + U(r, -0.1, 0.1)), vel0: F(6, () => U(r, -0.3, 0.3)), mass: pos(r, 3), steps: 20, dt: 0.01, soft: U(r, 0.05, 0.15) }), fixed: ['steps', 'dt'] },
  { m: 'orbits', f: 'verletDrift', args: (r) => ({ e: U(r, 0.1, 0.5), steps: 50, dt: 0.01 }), fixed: ['steps', 'dt'] },
  // stats
  { m: 'stats', f: 'gpNll', args: (r) => ({ logEll: U(r, -0.5, 0.5), logSf: U(r, -0.3, 0.3), logSn: U(r, -2, -1), x: F(6, (_, i) => 0.4 * i + U(r, -0.1, 0.1)), y: sym(r, 6) }) },
  // (refused with TSG1003 in the trial, a local number[][] Cholesky; compiles since front54: checked)
  { m: 'stats', f: 'gpNllNested', args: (r) => ({ logEll: U(r, -0.5, 0.5), logSf: U(r, -0.3, 0.3), logSn: U(r, -2, -1), x: F(6, (_, i) => 0.4 * i + U(r, -0.1, 0.1)), y: sym(r, 6) }) },
  { m: 'stats', f: 'maternMean', args: (r) => ({ logEll: U(r, -0.5, 0.5), logSn: U(r, -2, -1), x: F(5, (_, i) => 0.5 * i + U(r, -0.1, 0.1)), y: sym(r, 5), xs: U(r, 0.3, 1.7) }), kinks: true },
  { m: 'stats', f: 'logGamma', args: (r) => ({ x: U(r, 1.5, 6) }) },
  { m: 'stats', f: 'poissonNll', args: (r) => ({ beta: F(3, () => U(r, -0.5, 0.5)), X: sym(r, 24), y: F(8, () => Math.floor(U(r, 0, 5))) }) },
  { m: 'stats', f: 'negBinNll', args: (r) => ({ beta: F(3, () => U(r, -0.5, 0.5)), logR: U(r, 0, 1.5), X: sym(r, 24), y: F(8, () => Math.floor(U(r, 0, 6))) }) },
  { m: 'stats', f: 'zipNll', args: (r) => ({ beta: F(2, () => U(r, -0.5, 0.5)), logitPi: U(r, -1, 1), X: sym(r, 16), y: Int32Array.from({ length: 8 }, (_, i) => (i % 3 === 0 ? 0 : Math.floor(U(r, 0, 5)))) }), nokey: ['y'] },
  { m: 'stats', f: 'digamma', args: (r) => ({ x: U(r, 0.5, 8) }), kinks: true },
  // latent
  { m: 'latent', f: 'hmmLogLik', args: (r) => ({ piLogits: sym(r, 3), aLogits: sym(r, 9), mu: F(3, (_, k) => k - 1 + U(r, -0.2, 0.2)), logSigma: F(3, () => U(r, -0.5, 0)), obs: F(8, () => U(r, -1.5, 1.5)) }) },
  { m: 'latent', f: 'sinkhorn', args: (r) => ({ a: pos(r, 3, 0.2, 0.5), b: pos(r, 4, 0.15, 0.35), C: pos(r, 12, 0, 1), eps: U(r, 0.3, 0.6), iters: 20 }), fixed: ['iters'] },
  { m: 'latent', f: 'mfLoss', args: (r) => ({ U: sym(r, 8), V: sym(r, 6), bu: sym(r, 4), bv: sym(r, 3), rank: 2, rows: I(0, 0, 1, 2, 3, 3, 1, 2), cols: I(0, 2, 1, 0, 1, 2, 2, 2), ratings: F(8, () => U(r, 1, 5)), lambda: U(r, 0.05, 0.2) }), fixed: ['rank'], nokey: ['rows', 'cols'] },
  { m: 'latent', f: 'tsneKl', args: (r) => { const n = 5, P = F(n * n, () => U(r, 0.1, 1)); let z = 0; for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) { if (i === j) P[i * n + j] = 0; else if (j > i) P[j * n + i] = P[i * n + j]; } for (const p of P) z += p; P.forEach((p, k) => (P[k] = p / z)); return { Y: sym(r, 2 * n), P }; }, fixed: ['P'] },
  { m: 'latent', f: 'umapLoss', args: (r) => ({ Y: sym(r, 10), heads: I(0, 1, 2, 3), tails: I(1, 2, 3, 4), w: pos(r, 4, 0.5, 1), negs: I(0, 3, 1, 4, 0, 2), a: U(r, 1.4, 1.8), b: U(r, 0.8, 1) }), nokey: ['heads', 'tails', 'negs'] },
  { m: 'latent', f: 'softDtw', args: (r) => ({ x: sym(r, 5), y: sym(r, 4), gamma: U(r, 0.5, 1) }) },
  // bio
  { m: 'bio', f: 'pkTwoCompartment', args: (r) => ({ cl: U(r, 1, 2), v1: U(r, 5, 10), q: U(r, 0.5, 1.5), v2: U(r, 10, 20), dose: U(r, 80, 120), sampleSteps: I(5, 10, 20, 40), conc: pos(r, 4, 3, 12), dt: 0.1 }), fixed: ['dt'], nokey: ['sampleSteps'] },
  { m: 'bio', f: 'pkBiexp', args: (r) => ({ k10: U(r, 0.1, 0.3), k12: U(r, 0.2, 0.5), k21: U(r, 0.1, 0.3), v: U(r, 5, 10), dose: U(r, 80, 120), t: U(r, 0.5, 5) }) },
  { m: 'bio', f: 'lotkaVolterra', args: (r) => ({ p: F(4, (_, k) => [1, 0.4, 0.3, 1][k] + U(r, -0.1, 0.1)), x0: U(r, 1, 2), y0: U(r, 0.5, 1), steps: 30, dt: 0.05 }), fixed: ['steps', 'dt'] },
  { m: 'bio', f: 'lvTrajectory', args: (r) => ({ p: F(4, (_, k) => [1, 0.4, 0.3, 1][k] + U(r, -0.1, 0.1)), x0: U(r, 1, 2), y0: U(r, 0.5, 1), dt: U(r, 0.05, 0.15), out: new Float64Array(10) }), outs: ['out'] },
  { m: 'bio', f: 'sirSoftPeak', args: (r) => ({ beta: U(r, 0.3, 0.5), gamma: U(r, 0.1, 0.2), i0: U(r, 0.01, 0.05), steps: 60, dt: 0.5, tau: U(r, 0.01, 0.03) }), fixed: ['steps', 'dt'], kinks: true },
  { m: 'bio', f: 'hillFit', args: (r) => ({ vmax: U(r, 1, 2), km: U(r, 0.5, 1.5), hill: U(r, 1, 3), S: pos(r, 5, 0.2, 3), rate: pos(r, 5, 0.3, 1.5) }) },
  // recur
  { m: 'recur', f: 'spectralEnergy', args: (r) => ({ x: sym(r, 8), w: pos(r, 8) }) },
  { m: 'recur', f: 'simpsonFixed', args: (r) => ({ a: U(r, 0, 0.5), b: U(r, 1.5, 2.5), k: U(r, 0.5, 1.5), depth: 4 }), fixed: ['depth'] },
  { m: 'recur', f: 'parabolaArc', args: (r) => ({ a: U(r, 0, 0.3), b: U(r, 1, 2), s: U(r, 0.5, 2), eps: 1e-4 }), fixed: ['eps'], kinks: true },
  { m: 'recur', f: 'treeOr', args: (r) => ({ x: sym(r, 8), t: U(r, 0.5, 1.5) }) },
  { m: 'recur', f: 'tanCf', args: (r) => ({ x: U(r, 0.2, 1.2), depth: 8 }), fixed: ['depth'] },
  { m: 'recur', f: 'dcPairs', args: (r) => ({ x: sym(r, 8), sigma: U(r, 0.5, 2) }) },
  { m: 'recur', f: 'legendreSeries', args: (r) => ({ c: sym(r, 6), x: U(r, -0.9, 0.9) }) },
  // classes
  // (value classes extending value classes since this session)
  { m: 'classes', f: 'kernelSum', args: (r) => ({ scale: U(r, 0.5, 2), width: U(r, 0.3, 1.5), xs: F(4, () => U(r, -1, 1)) }) },
  { m: 'classes', f: 'quatRotate', args: (r) => ({ a1: U(r, 0.2, 1.5), a2: U(r, 0.2, 1.5), ax: U(r, 0.2, 1), ay: U(r, 0.2, 1), vx: U(r, -1, 1), vy: U(r, -1, 1), vz: U(r, -1, 1) }) },
  { m: 'classes', f: 'runningMean', args: (r) => ({ xs: F(6, () => U(r, 0.2, 1) * (r() < 0.5 ? -1 : 1)), p: U(r, 1.5, 3) }) },
  { m: 'classes', f: 'affineChain', args: (r) => ({ a: U(r, 0.8, 1.1), b: U(r, -0.2, 0.2), n: 5, x: U(r, -1, 1) }), fixed: ['n'] },
  { m: 'classes', f: 'privateSpring', args: (r) => ({ k: U(r, 0.5, 3), x: U(r, -2, 2) }) },
  // lang
  { label: 'residualLoss/L2', m: 'lang', f: 'residualLoss', args: (r) => ({ r: sym(r, 6), scale: U(r, 0.5, 2), kind: 0 }), nokey: ['kind'] },
  { label: 'residualLoss/L1Smooth', m: 'lang', f: 'residualLoss', args: (r) => ({ r: sym(r, 6), scale: U(r, 0.5, 2), kind: 1 }), nokey: ['kind'] },
  // compile since front51 (nested tuple lists, for…of over keys()/values())
  { m: 'lang', f: 'nestedPairs', args: (r) => ({ w: F(3, () => U(r, -1, 1)), x: F(3, () => U(r, -1, 1)) }) },
  { m: 'lang', f: 'iterKeysValues', args: (r) => ({ w: F(5, () => U(r, -1, 1)) }) },
  { label: 'residualLoss/LogCosh', m: 'lang', f: 'residualLoss', args: (r) => ({ r: sym(r, 6), scale: U(r, 0.5, 2), kind: 2 }), nokey: ['kind'] },
  { m: 'lang', f: 'rkTables', args: (r) => ({ k: U(r, 0.5, 2), y0: U(r, -1, 1), steps: 10, h: U(r, 0.05, 0.15) }), fixed: ['steps'] },
  { m: 'lang', f: 'aeroForce', args: (r) => ({ rho: U(r, 1, 1.3), v: U(r, 5, 20), alpha: U(r, -0.2, 0.2) }) },
  { m: 'lang', f: 'genericNorms', args: (r) => ({ a: F(4, () => U(r, 0.2, 1) * (r() < 0.5 ? -1 : 1)), b: A(3, () => U(r, 0.2, 1) * (r() < 0.5 ? -1 : 1)), p: U(r, 1.5, 3) }) },
  { m: 'lang', f: 'overloadedBlend', args: (r) => ({ x: U(r, -1, 1), y: U(r, -1, 1) }) },
  { m: 'lang', f: 'windowed', args: (r) => ({ x: U(r, -1, 1), lo: U(r, -2.5, -1.5), hi: U(r, 1.5, 2.5) }) },
  { label: 'windowed/defaults', m: 'lang', f: 'windowed', args: (r) => ({ x: U(r, -1, 1), lo: undefined, hi: undefined }), left: ['lo', 'hi'], kinks: true },
  { label: 'windowed/hi-default', m: 'lang', f: 'windowed', args: (r) => ({ x: U(r, -1, 1), lo: U(r, -2.5, -1.5), hi: undefined }), left: ['hi'] },
  { m: 'lang', f: 'iterEntries', args: (r) => ({ w: sym(r, 4), x: sym(r, 4) }) },
  { m: 'lang', f: 'froundGuard', args: (r) => ({ x: U(r, 0.3, 1.5), y: U(r, 0.5, 2) }), tol: 1e-3, hvpTol: 1e-3 },
  { label: 'froundGuard/tiny-y', m: 'lang', f: 'froundGuard', args: (r) => ({ x: U(r, 0.3, 1.5) * 1e-16, y: 1e-17 }), fixed: ['y'], hbase: 1e-16, tol: 1e-3, hvpTol: 1e-3 },
  { m: 'lang', f: 'labelledRows', args: (r) => ({ g: F(12, (_, k) => (k % 3 === 0 ? (r() < 0.3 ? -1 : 1) * U(r, 0.2, 1) : U(r, 0, 1))), cols: 3, t: 0.7 }), fixed: ['cols', 't'], kinks: true },
  { m: 'lang', f: 'commaDoWhile', args: (r) => ({ x: U(r, -1, 1), n: 6 }), fixed: ['n'] },
  { m: 'lang', f: 'logicalAssign', args: (r) => ({ x: U(r, -1, 1), y: U(r, -1, 1), scale: U(r, 0.5, 2) }) },
  { label: 'logicalAssign/zero-scale', m: 'lang', f: 'logicalAssign', args: (r) => ({ x: U(r, -1, 1), y: U(r, -1, 1), scale: 0 }), fixed: ['scale'] },
  { label: 'logicalAssign/zero-gate', m: 'lang', f: 'logicalAssign', args: (r) => ({ x: U(r, -1, 1), y: 0, scale: U(r, 0.5, 2) }), fixed: ['y'] },
  { m: 'lang', f: 'emaSteps', args: (r) => ({ x: sym(r, 6), alpha: U(r, 0.2, 0.8) }) },
  // (refused in the trial, TSG1008 on findIndex/some/every; compiles since stop 39: specs added at the merge, both branches of every)
  { label: 'findThenSum/positive', m: 'lang', f: 'findThenSum', args: (r) => ({ x: pos(r, 6), thr: U(r, 0.7, 1.3) }) },
  { label: 'findThenSum/mixed', m: 'lang', f: 'findThenSum', args: (r) => ({ x: F(6, (_, i) => (i === 2 ? -U(r, 0.2, 1) : U(r, -1, 1))), thr: U(r, -0.5, 0.5) }) },
  { m: 'lang', f: 'hashedFeatures', args: (r) => ({ w: sym(r, 5), x: sym(r, 8), seed: 12345 }), fixed: ['seed'] },
];
