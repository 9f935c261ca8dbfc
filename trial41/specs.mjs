// The domain of each checked case. args(r) returns the arguments by name in parameter order (r() ~ U[0, 1)).
//   fixed: counts, sizes, indices and data the differences do not move (they keep their grad key if numbers)
//   outs: the arrays a writer writes (checked by f_jacobian, f_jvp and the void f_vjp); returns: it returns a number too
//   left: parameters passed as undefined; nokey: parameters with no grad key; kinks: piecewise, f_hvp at small steps
//   tol / hvpTol: tolerances of the gradient (1e-6) and of the hvp (1e-5); nohvp: no f_hvp comparison
const U = (r, a, b) => a + (b - a) * r();
const F = (n, g) => Float64Array.from({ length: n }, g);
const A = (n, g) => Array.from({ length: n }, g);
const ramp = (n, a, b) => F(n, (_, i) => a + ((b - a) * i) / (n - 1));
const series = (r, n, s = 1) => F(n, (_, i) => s * (Math.sin(0.7 * i) + U(r, -0.5, 0.5)));

export const specs = [
  // mech
  { m: 'mech', f: 'pendulumEnergy', args: (r) => ({ theta0: U(r, 0.2, 0.6), omega0: U(r, -0.5, 0.5), len: U(r, 0.8, 1.5), damping: U(r, 0.05, 0.2), limit: U(r, 0.7, 0.9), steps: 60, dt: 0.02 }), fixed: ['steps', 'dt'], kinks: true },
  { m: 'mech', f: 'bounceHeight', args: (r) => ({ y0: U(r, 1, 2), v0: U(r, -1, 1), e: U(r, 0.5, 0.8), drag: U(r, 0.01, 0.05), steps: 120, dt: 0.01 }), fixed: ['steps', 'dt'], kinks: true },
  { m: 'mech', f: 'doublePendulum', args: (r) => ({ m1: U(r, 1, 2), m2: U(r, 0.5, 1.5), l1: U(r, 0.8, 1.2), l2: U(r, 0.6, 1), state: F(4, () => U(r, -0.5, 0.5)), steps: 25, dt: 0.01 }), fixed: ['steps', 'dt'] },
  { m: 'mech', f: 'boxWallPenalty', args: (r) => ({ px: U(r, 0.3, 0.6), py: U(r, -1, 1), angle: U(r, 0.1, 0.5), vx: U(r, 0.5, 1), omega: U(r, -1, 1), halfW: U(r, 0.3, 0.5), wall: 1, k: U(r, 20, 40), steps: 30, dt: 0.02 }), fixed: ['wall', 'steps', 'dt'], kinks: true },
  { m: 'mech', f: 'clothSag', args: (r) => ({ pos: F(27, (_, k) => (k % 3 === 2 ? U(r, -0.05, 0.05) : [(k / 3) % 3, Math.floor(k / 9)][k % 3] * 0.5 + U(r, -0.05, 0.05))), n: 3, stiff: U(r, 30, 60), rest: U(r, 0.45, 0.55), mass: U(r, 0.5, 1), steps: 8, dt: 0.01 }), fixed: ['n', 'steps', 'dt'] },
  { m: 'mech', f: 'ikLoss', args: (r) => ({ angles: F(4, () => U(r, -1.2, 1.2)), lengths: F(4, () => U(r, 0.5, 1)), tx: U(r, 0.5, 1.5), ty: U(r, 0.5, 1.5), limit: 1 }), kinks: true },
  { m: 'mech', f: 'ikSolveResidual', args: (r) => ({ angles0: F(3, () => U(r, -0.5, 0.5)), lengths: F(3, () => U(r, 0.6, 1)), tx: U(r, 0.8, 1.4), ty: U(r, 0.5, 1.2), alpha: U(r, 0.05, 0.15), iters: 6 }), fixed: ['iters'] },
  { m: 'mech', f: 'springChain', args: (r) => ({ k: U(r, 20, 40), mass: U(r, 0.5, 1), y0: F(4, (_, i) => -1.1 * i + U(r, -0.1, 0.1)), steps: 10, dt: 0.02, out: new Float64Array(4) }), fixed: ['steps', 'dt'], outs: ['out'] },
  // filter
  { m: 'filter', f: 'localLevelLogLik', args: (r) => ({ logQ: U(r, -2, 0), logR: U(r, -1, 0.5), y: series(r, 12), m0: U(r, -0.5, 0.5), p0: U(r, 0.5, 2) }) },
  { m: 'filter', f: 'cvKalmanLogLik', args: (r) => ({ sigmaA: U(r, 0.2, 1), sigmaY: U(r, 0.2, 0.6), dt: U(r, 0.1, 0.3), y: F(10, (_, i) => 0.3 * i + U(r, -0.2, 0.2)) }) },
  { m: 'filter', f: 'armaLogLik', args: (r) => ({ phi: U(r, -0.8, 0.8), theta: U(r, -0.6, 0.6), mu: U(r, -0.3, 0.3), sigma: U(r, 0.5, 1.5), y: series(r, 15) }) },
  { m: 'filter', f: 'garchNll', args: (r) => ({ rawOmega: U(r, -3, -1), rawAlpha: U(r, -1, 1), rawBeta: U(r, 0, 2), r: series(r, 20, 0.1) }) },
  { m: 'filter', f: 'particleLogLik', args: (r) => ({ a: U(r, 0.5, 1.5), sigmaObs: U(r, 0.3, 0.8), particles: F(6, () => U(r, -1, 1)), noise: F(24, () => U(r, -0.3, 0.3)), y: F(4, () => U(r, -1, 1)) }), fixed: ['noise'] },
  { m: 'filter', f: 'particleWeights', args: (r) => ({ a: U(r, 0.5, 1.5), sigmaObs: U(r, 0.3, 0.8), particles: F(5, () => U(r, -1, 1)), yLast: U(r, -1, 1), w: new Float64Array(5) }), outs: ['w'], returns: true },
  { m: 'filter', f: 'gjrPath', args: (r) => ({ omega: U(r, 0.01, 0.05), alpha: U(r, 0.03, 0.1), gamma: U(r, 0.02, 0.1), beta: U(r, 0.7, 0.85), r: A(12, () => U(r, -0.3, 0.3)) }) },
  // robust
  { m: 'robust', f: 'huberRegression', args: (r) => ({ w: F(3, () => U(r, -1, 1)), b: U(r, -0.5, 0.5), X: F(24, () => U(r, -1, 1)), y: F(8, () => U(r, -2, 2)), delta: U(r, 0.5, 1), lambda: U(r, 0.01, 0.1) }), kinks: true },
  { label: 'huberRegression/default', m: 'robust', f: 'huberRegression', args: (r) => ({ w: F(3, () => U(r, -1, 1)), b: U(r, -0.5, 0.5), X: F(24, () => U(r, -1, 1)), y: F(8, () => U(r, -2, 2)), delta: U(r, 0.5, 1), lambda: undefined }), left: ['lambda'], kinks: true },
  { m: 'robust', f: 'tukeyRegression', args: (r) => ({ w: F(2, () => U(r, -1, 1)), b: U(r, -0.5, 0.5), X: F(16, () => U(r, -1, 1)), y: F(8, () => U(r, -2, 2)), c: U(r, 3, 5) }), kinks: true },
  { m: 'robust', f: 'cauchyLoss', args: (r) => ({ w: F(3, () => U(r, -1, 1)), b: U(r, -0.5, 0.5), X: F(18, () => U(r, -1, 1)), y: F(6, () => U(r, -2, 2)), c: U(r, 0.5, 2) }) },
  { m: 'robust', f: 'pinballLoss', args: (r) => ({ w: F(2, () => U(r, -1, 1)), intercepts: F(3, () => U(r, -0.5, 0.5)), taus: Float64Array.of(0.1, 0.5, 0.9), X: F(14, () => U(r, -1, 1)), y: F(7, () => U(r, -2, 2)) }), kinks: true },
  { m: 'robust', f: 'smoothPinball', args: (r) => ({ mu: U(r, -0.5, 0.5), tau: U(r, 0.2, 0.8), y: F(6, () => U(r, -1, 1)), eps: U(r, 0.1, 0.3) }) },
  { m: 'robust', f: 'irlsLocation', args: (r) => ({ mu0: U(r, -0.2, 0.2), y: A(7, (_, i) => (i === 6 ? 5 : U(r, -1, 1))), delta: U(r, 0.8, 1.2), steps: 3 }), fixed: ['steps'], kinks: true },
  { m: 'robust', f: 'logCoshElastic', args: (r) => ({ w: F(3, () => U(r, 0.2, 1) * (r() < 0.5 ? -1 : 1)), X: F(15, () => U(r, -1, 1)), y: F(5, () => U(r, -2, 2)), l1: U(r, 0.01, 0.1), l2: U(r, 0.01, 0.1) }), kinks: true },
  // curves
  { m: 'curves', f: 'bezierFit', args: (r) => ({ px: F(4, (_, i) => i + U(r, -0.2, 0.2)), py: F(4, () => U(r, -1, 1)), ts: ramp(6, 0.05, 0.95), sx: F(6, (_, i) => 0.6 * i + U(r, -0.1, 0.1)), sy: F(6, () => U(r, -0.5, 0.5)) }) },
  { m: 'curves', f: 'bezierIterative', args: (r) => ({ p: F(5, () => U(r, -1, 1)), t: U(r, 0.1, 0.9) }) },
  { m: 'curves', f: 'bsplineFit', args: (r) => ({ ctrl: F(6, () => U(r, -1, 1)), knots: Float64Array.of(0, 0, 0, 0, 0.33, 0.66, 1, 1, 1, 1), ts: F(7, (_, i) => 0.07 + 0.13 * i + U(r, -0.02, 0.02)), ys: F(7, () => U(r, -1, 1)) }), fixed: ['knots'] },
  { m: 'curves', f: 'bezierArcLength', args: (r) => ({ p0x: U(r, -0.1, 0.1), p0y: U(r, -0.1, 0.1), p1x: U(r, 0.2, 0.4), p1y: U(r, 0.6, 1), p2x: U(r, 0.6, 0.8), p2y: U(r, -1, -0.6), p3x: U(r, 0.9, 1.1), p3y: U(r, -0.1, 0.1) }) },
  { m: 'curves', f: 'closestOnQuad', args: (r) => ({ ax: 0, ay: 0, bx: U(r, 0.4, 0.6), by: U(r, 0.8, 1.2), cx: U(r, 0.9, 1.1), cy: U(r, -0.1, 0.1), qx: U(r, 0.3, 0.7), qy: U(r, 0.8, 1), iters: 8 }), fixed: ['iters'] },
  { m: 'curves', f: 'catmullRomEnergy', args: (r) => ({ xs: A(5, (_, i) => i + U(r, -0.2, 0.2)), ys: A(5, () => U(r, -1, 1)), samples: 4 }), fixed: ['samples'] },
  // nets
  { m: 'nets', f: 'neuralOdeLoss', args: (r) => ({ W: F(4, () => U(r, -1, 1)), b: F(2, () => U(r, -0.5, 0.5)), z0: F(2, () => U(r, -1, 1)), target: F(2, () => U(r, -1, 1)), steps: 10, dt: 0.1 }), fixed: ['steps', 'dt'] },
  { m: 'nets', f: 'attentionFlat', args: (r) => ({ Q: F(6, () => U(r, -1, 1)), K: F(8, () => U(r, -1, 1)), V: F(8, () => U(r, -1, 1)), Y: F(6, () => U(r, -1, 1)), n: 3, m: 4, d: 2 }), fixed: ['n', 'm', 'd'] },
  { m: 'nets', f: 'attentionInto', args: (r) => ({ Q: F(4, () => U(r, -1, 1)), K: F(6, () => U(r, -1, 1)), V: F(6, () => U(r, -1, 1)), n: 2, m: 3, d: 2, out: new Float64Array(4) }), fixed: ['n', 'm', 'd'], outs: ['out'] },
  { m: 'nets', f: 'gruLoss', args: (r) => ({ p: F(26, () => U(r, -0.8, 0.8)), xs: F(5, () => U(r, -1, 1)), ys: F(5, () => U(r, -1, 1)) }) },
  { m: 'nets', f: 'layerNormGelu', args: (r) => ({ x: F(5, () => U(r, -2, 2)), gamma: F(5, () => U(r, 0.5, 1.5)), beta: F(5, () => U(r, -0.3, 0.3)), w: F(5, () => U(r, -1, 1)), eps: 1e-5 }), fixed: ['eps'] },
  { label: 'layerNormGelu/default', m: 'nets', f: 'layerNormGelu', args: (r) => ({ x: F(5, () => U(r, -2, 2)), gamma: F(5, () => U(r, 0.5, 1.5)), beta: F(5, () => U(r, -0.3, 0.3)), w: F(5, () => U(r, -1, 1)), eps: undefined }), left: ['eps'] },
  { m: 'nets', f: 'convPool', args: (r) => ({ signal: F(9, () => U(r, -1, 1)), kernel: F(3, () => U(r, -1, 1)), bias: U(r, 0, 0.3) }), kinks: true },
  // finance
  { m: 'finance', f: 'bsCall', args: (r) => ({ s: U(r, 80, 120), k: U(r, 90, 110), t: U(r, 0.3, 1.5), r: U(r, 0, 0.05), sigma: U(r, 0.15, 0.4) }) },
  { m: 'finance', f: 'smileLoss', args: (r) => ({ a: U(r, 0.15, 0.25), b: U(r, -0.2, 0), c: U(r, 0.1, 0.5), prices: Float64Array.of(14.5, 9.8, 6.3, 3.9), strikes: Float64Array.of(90, 97, 104, 111), s: 100, t: 1, r: 0.02 }), fixed: ['s', 't', 'r'] },
  { m: 'finance', f: 'impliedVolOf', args: (r) => ({ price: U(r, 8, 11), s: 100, k: U(r, 98, 102), t: U(r, 0.8, 1.2), r: U(r, 0, 0.03) }) },
  { m: 'finance', f: 'crrAmericanPut', args: (r) => ({ s: U(r, 90, 110), k: 100, t: U(r, 0.5, 1), r: U(r, 0.02, 0.06), sigma: U(r, 0.2, 0.35), n: 24 }), fixed: ['n'], kinks: true, tol: 1e-5 },
  { m: 'finance', f: 'sabrVol', args: (r) => ({ f: U(r, 0.02, 0.04), k: U(r, 0.015, 0.045), t: U(r, 1, 5), alpha: U(r, 0.02, 0.05), beta: 0.5, rho: U(r, -0.5, 0.2), nu: U(r, 0.2, 0.6) }) },
  { m: 'finance', f: 'vasicekFit', args: (r) => ({ a: U(r, 0.2, 0.6), b: U(r, 0.02, 0.05), sigma: U(r, 0.005, 0.02), r0: U(r, 0.01, 0.04), mats: [0.5, 1, 2, 5, 10], yields: [0.02, 0.022, 0.025, 0.03, 0.033] }), fixed: ['mats', 'yields'] },
  { m: 'finance', f: 'asianCall', args: (r) => ({ s0: U(r, 95, 105), k: U(r, 95, 105), r: U(r, 0.01, 0.05), sigma: U(r, 0.2, 0.3), t: 1, z: F(24, () => U(r, -2, 2)), nSteps: 6 }), fixed: ['nSteps', 'z'], kinks: true },
  // linalg
  { m: 'linalg', f: 'logAbsDet', args: (r) => ({ a: F(16, (_, k) => (k % 5 === 0 ? 2 : 0) + U(r, -0.5, 0.5)), size: 4 }), fixed: ['size'] },
  { m: 'linalg', f: 'rationalEval', args: (r) => ({ p: F(4, () => U(r, -1, 1)), q: F(3, () => U(r, -1, 1)), x: U(r, -1.5, 1.5) }) },
  { m: 'linalg', f: 'pairwiseNorm', args: (r) => ({ x: F(7, () => U(r, -1, 1)) }) },
  { m: 'linalg', f: 'expmReadout', args: (r) => ({ A: F(9, () => U(r, -1.5, 1.5)), w: F(9, () => U(r, -1, 1)) }), kinks: true },
  { m: 'linalg', f: 'gaussLogPdf', args: (r) => ({ L0: F(9, () => U(r, -1, 1)), x: F(3, () => U(r, -1, 1)), n: 3 }), fixed: ['n'] },
  { m: 'linalg', f: 'powerEigLoop', args: (r) => ({ A: F(9, (_, k) => [3, 0.5, 0.2, 0.5, 2, 0.3, 0.2, 0.3, 1][k] + U(r, -0.1, 0.1)), iters: 30 }), fixed: ['iters'] },
  // probes
  // (setters are followed since this session)
  { m: 'probes', f: 'clampedGain', args: (r) => ({ v: U(r, -2, 12), x: U(r, -1, 1) }), kinks: true },
  { m: 'probes', f: 'particleKinetic', args: (r) => ({ x: U(r, -1, 1), y: U(r, -1, 1), ax: U(r, -1, 1), ay: U(r, -1, 1), dt: U(r, 0.05, 0.2) }) },
  { m: 'probes', f: 'firstPairOver', args: (r) => ({ a: F(6, () => U(r, -0.3, 1)), thr: U(r, 0.8, 1.5) }), fixed: ['thr'], kinks: true },
  { m: 'probes', f: 'seriesByOrder', args: (r) => ({ x: U(r, -1, 1), order: 3 }), fixed: ['order'] },
  { label: 'seriesByOrder/4', m: 'probes', f: 'seriesByOrder', args: (r) => ({ x: U(r, -1, 1), order: 4 }), fixed: ['order'] },
  { label: 'seriesByOrder/1', m: 'probes', f: 'seriesByOrder', args: (r) => ({ x: U(r, -1, 1), order: 1 }), fixed: ['order'] },
  { label: 'seriesByOrder/default', m: 'probes', f: 'seriesByOrder', args: (r) => ({ x: U(r, -1, 1), order: 7 }), fixed: ['order'] },
  { m: 'probes', f: 'piecewiseSmooth', args: (r) => ({ x: [U(r, -2, -1.1), U(r, -0.9, 0.9), U(r, 1.1, 2.9), U(r, 3.1, 5)][Math.floor(r() * 4)], a: U(r, 0.5, 2) }), kinks: true, points: 6 },
  { m: 'probes', f: 'mathZoo', args: (r) => ({ x: U(r, 0.2, 1), y: U(r, 0.1, 0.9), z: U(r, -1, 1) }), kinks: true },
  { m: 'probes', f: 'normalizedSpread', args: (r) => ({ xs: F(6, () => U(r, -1, 1)) }), kinks: true },
  { m: 'probes', f: 'zScoreSum', args: (r) => ({ xs: A(6, () => U(r, -1, 1)), ref: U(r, -1, 1) }) },
  { m: 'probes', f: 'spreadWindows', args: (r) => ({ xs: F(7, () => U(r, -1, 1)), width: 3 }), fixed: ['width'], kinks: true },
  { m: 'probes', f: 'firstCrossing', args: (r) => ({ a: U(r, 0, 0.2), b: U(r, 1.2, 1.6), n: 9 }), fixed: ['n'], kinks: true },
  { m: 'probes', f: 'chordIterateLit', args: (r) => ({ r: U(r, 0.5, 2), deg: U(r, 20, 80) }) },
  // (static readonly DEG = Math.PI / 180: TSG1002 in the trial; compiles since stop 42)
  { m: 'probes', f: 'chordIterate', args: (r) => ({ r: U(r, 0.5, 2), deg: U(r, 20, 80) }) },
  // edges
  { m: 'edges', f: 'scatterOverwrite', args: (r) => ({ x: F(8, () => U(r, -1, 1)), idx: Int32Array.of(0, 2, 0, 1, 2, 0, 3, 1), w: U(r, 0.5, 1.5), m: 4 }), fixed: ['m'] },
  { m: 'edges', f: 'closureOverLet', args: (r) => ({ x: U(r, -1, 1), y: U(r, -1, 1) }) },
  // compiles since xs.at(i) does (front51)
  { m: 'edges', f: 'arrayMethods', args: (r) => ({ x: F(4, () => U(r, -1, 1)), c: U(r, 0.5, 1.5) }) },
  { m: 'edges', f: 'swapRecurrence', args: (r) => ({ a: U(r, -1, 1), b: U(r, -1, 1), n: 7 }), fixed: ['n'] },
  { m: 'edges', f: 'tableLerp', args: (r) => ({ table: F(6, () => U(r, -1, 1)), x0: U(r, -0.1, 0.1), dx: U(r, 0.9, 1.1), xs: F(4, () => U(r, 0.1, 4.4)) }), kinks: true },
  { m: 'edges', f: 'viewWriteThrough', args: (r) => ({ x: F(6, () => U(r, -1, 1)), k: U(r, 0.5, 2) }) },
  { m: 'edges', f: 'sortNetWeighted', args: (r) => ({ x: F(4, () => U(r, -1, 1)), w: F(4, () => U(r, -1, 1)) }), kinks: true },
  { m: 'edges', f: 'selfCompound', args: (r) => ({ x: U(r, 0.5, 1.5), y: U(r, 0.5, 2), a: F(5, () => U(r, -1, 1)) }) },
  { m: 'edges', f: 'scratchHelperLoop', args: (r) => ({ x: F(5, () => U(r, -1.5, 1.5)), thr: U(r, 0.3, 0.8), reps: 3 }), fixed: ['reps', 'thr'], kinks: true },
  { m: 'edges', f: 'logicalAssign', args: (r) => ({ x: U(r, -1, 1), y: U(r, -1, 1), k: U(r, -1, 1) }), kinks: true },
  { label: 'logicalAssign/noK', m: 'edges', f: 'logicalAssign', args: (r) => ({ x: U(r, -1, 1), y: U(r, -1, 1), k: undefined }), left: ['k'], kinks: true },
  { m: 'edges', f: 'closureOverArray', args: (r) => ({ w: F(4, () => U(r, -1, 1)), v: F(4, () => U(r, -1, 1)) }) },
  { m: 'edges', f: 'tailRecursion', args: (r) => ({ x: U(r, -0.5, 1), n: 6 }), fixed: ['n'] },
  { m: 'edges', f: 'bisectRoot', args: (r) => ({ c: U(r, 1, 8), lo: 0.5, hi: U(r, 2.5, 3) }), nohvp: 'the midpoint m is piecewise constant in c, lo, hi: f_hvp is its Hessian, differences of f_grad see the smooth root' },
  { m: 'edges', f: 'modeLoss', args: (r) => ({ xs: A(5, () => U(r, -1, 1)), mode: 'l2', t: U(r, -0.3, 0.3) }) },
  { label: 'modeLoss/l1', m: 'edges', f: 'modeLoss', args: (r) => ({ xs: A(5, () => U(r, -1, 1)), mode: 'l1', t: U(r, -0.3, 0.3) }), kinks: true },
  { label: 'modeLoss/linf', m: 'edges', f: 'modeLoss', args: (r) => ({ xs: A(5, () => U(r, -1, 1)), mode: 'linf', t: U(r, -0.3, 0.3) }), kinks: true },
];
