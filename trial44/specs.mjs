// Each checked case's domain: args(r) returns the arguments by name, in parameter order (r() is uniform on [0, 1)).
//   fixed: sizes, counts and data the differences do not move (numbers among them keep their grad key)
//   nokey: parameters with no grad key (integer arrays are skipped by type)
//   kinks: piecewise smooth (min/max/abs/branches): smaller difference steps
//   tol / hvpTol: gradient (1e-6) and hvp (1e-5) relative tolerances; nohvp: reason hvp is not compared
//   hrel: steps relative to each input's own magnitude (inputs of 1e-4..1e-2, physical units), the hvp direction
//         scaled likewise
// (Format and field names follow trial43's specs.mjs; the domains are mine.)
const U = (r, a, b) => a + (b - a) * r();
const F = (n, g) => Float64Array.from({ length: n }, g);
const pos = (r, n, a = 0.5, b = 1.5) => F(n, () => U(r, a, b));
const sym = (r, n, s = 1) => F(n, () => U(r, -s, s));
const I = (...xs) => Int32Array.from(xs);
const U8 = (...xs) => Uint8Array.from(xs);
// a two-bay truss: nodes 0 and 1 pinned, 2..5 free; bars as node pairs
const trussNodes = (r) => F(12, (_, k) => [0, 0, 0, 1, 1, 0, 1, 1, 2, 0, 2, 1][k] + (k < 4 ? 0 : U(r, -0.08, 0.08)));
const trussBars = I(0, 2, 1, 3, 2, 3, 0, 3, 1, 2, 2, 4, 3, 5, 4, 5, 2, 5, 3, 4);

export const specs = [
  // chemistry
  { m: 'chemistry', f: 'arrheniusFit', args: (r) => ({ lnA: U(r, 20, 24), eaKJ: U(r, 45, 60), temps: F(6, (_, i) => 300 + 15 * i + U(r, -2, 2)), lnK: F(6, (_, i) => -1 + 0.4 * i + U(r, -0.1, 0.1)) }) },
  { m: 'chemistry', f: 'implicitEulerYield', args: (r) => ({ k1: U(r, 0.5, 1.5), k2: U(r, 0.3, 1), k3: U(r, 0.1, 0.5), a0: U(r, 0.8, 1.2), dt: U(r, 0.08, 0.12), steps: 20, newtonIters: 3, targetC: U(r, 0.2, 0.5) }), fixed: ['steps', 'newtonIters'] },
  { m: 'chemistry', f: 'equilibriumProduct', args: (r) => ({ kc: U(r, 0.5, 5), a0: U(r, 0.5, 1.5), b0: U(r, 0.5, 1.5) }) },
  { m: 'chemistry', f: 'vanDerWaalsFit', args: (r) => ({ a: U(r, 2, 5), b: U(r, 0.03, 0.05), temp: U(r, 280, 320), vols: F(5, (_, i) => 0.4 + 0.5 * i + U(r, 0, 0.1)), pressures: F(5, (_, i) => 40 / (1 + i) + U(r, -2, 2)) }), hrel: true },
  { m: 'chemistry', f: 'titrationLoss', args: (r) => ({ pKa: U(r, 4.5, 5), ca: U(r, 0.08, 0.12), volsBase: F(6, (_, i) => 2 + 4 * i + U(r, -0.5, 0.5)), cb: U(r, 0.08, 0.12), v0: 25, phObs: F(6, (_, i) => 4 + 1.2 * i + U(r, -0.2, 0.2)) }), hrel: true },
  // transport
  { m: 'transport', f: 'advectLimited', args: (r) => ({ u0: sym(r, 12), courant: U(r, 0.3, 0.7), steps: 6, target: sym(r, 12) }), fixed: ['steps'], kinks: true },
  { m: 'transport', f: 'advectVanLeer', args: (r) => ({ u0: sym(r, 10), courant: U(r, 0.3, 0.7), steps: 5, tvWeight: U(r, 0.1, 0.5) }), fixed: ['steps'], kinks: true },
  { m: 'transport', f: 'burgersLaxFriedrichs', args: (r) => ({ u0: sym(r, 10), dtdx: U(r, 0.2, 0.4), steps: 5 }), fixed: ['steps'] },
  { m: 'transport', f: 'variableDiffusion', args: (r) => ({ kCell: pos(r, 8), tLeft: U(r, 50, 100), tRight: U(r, 0, 20), r: U(r, 0.1, 0.15), steps: 12, probe: 4 }), fixed: ['steps', 'probe'] },
  { m: 'transport', f: 'jacobiPlate', args: (r) => ({ top: U(r, 50, 100), bottom: U(r, 0, 20), left: U(r, 20, 40), right: U(r, 20, 40), n: 4, sweeps: 20, sensor: F(4, () => U(r, 20, 60)) }), fixed: ['n', 'sweeps'] },
  { m: 'transport', f: 'finTemperature', args: (r) => ({ h: U(r, 10, 50), k: U(r, 100, 200), perim: U(r, 0.03, 0.05), area: U(r, 0.8e-4, 1.2e-4), len: U(r, 0.05, 0.1), x: U(r, 0.01, 0.04), tBase: U(r, 80, 100), tInf: U(r, 15, 25) }), hrel: true },
  { m: 'transport', f: 'pipeHeadLoss', args: (r) => ({ diameter: U(r, 0.05, 0.2), roughness: U(r, 2e-5, 1e-4), velocity: U(r, 1, 3), length: U(r, 50, 150), nu: U(r, 0.8e-6, 1.2e-6) }), hrel: true },
  // structures
  { m: 'structures', f: 'trussCompliance', args: (r) => ({ nodes: trussNodes(r), bars: trussBars, areas: pos(r, 10), youngs: U(r, 1, 2), loads: F(8, (_, k) => (k & 1 ? -1 : 0.2) * U(r, 0.5, 1.5)) }) },
  { m: 'structures', f: 'beamMidspanDeflection', args: (r) => ({ span: U(r, 4, 6), ei: U(r, 1, 2), loads: pos(r, 3), positions: Float64Array.of(U(r, 0.5, 1.5), U(r, 2.3, 2.4), U(r, 3.5, 3.9)) }) },
  { label: 'columnJohnson', m: 'structures', f: 'columnCriticalStress', args: (r) => ({ len: U(r, 1.5, 2.5), radiusGyr: U(r, 0.028, 0.032), kEff: U(r, 0.9, 1.1), youngs: U(r, 190, 210), yieldStress: U(r, 0.24, 0.26) }), hrel: true },
  { label: 'columnEuler', m: 'structures', f: 'columnCriticalStress', args: (r) => ({ len: U(r, 4.5, 5.5), radiusGyr: U(r, 0.028, 0.032), kEff: U(r, 0.9, 1.1), youngs: U(r, 190, 210), yieldStress: U(r, 0.24, 0.26) }), hrel: true },
  { m: 'structures', f: 'mohrIndex', args: (r) => ({ sx: U(r, -2, 2), sy: U(r, -2, 2), txy: U(r, -1, 1), allow: U(r, 1, 2) }), kinks: true },
  { m: 'structures', f: 'peakVonMises', args: (r) => ({ stress: sym(r, 18) }), kinks: true },
  // acoustics
  { m: 'acoustics', f: 'roomModeDensity', args: (r) => ({ lx: U(r, 4, 6), ly: U(r, 3, 4), lz: U(r, 2.5, 3), f0: U(r, 60, 100), width: U(r, 3, 6), maxOrder: 3 }), fixed: ['maxOrder'] },
  { m: 'acoustics', f: 'reverbTime', args: (r) => ({ volume: U(r, 100, 300), areas: F(6, () => U(r, 10, 60)), alphas: F(6, () => U(r, 0.05, 0.4)) }), hrel: true },
  { m: 'acoustics', f: 'levelSumError', args: (r) => ({ levels: F(5, () => U(r, 60, 80)), target: U(r, 80, 85) }) },
  { m: 'acoustics', f: 'helmholtzTune', args: (r) => ({ neckRadius: U(r, 0.01, 0.02), neckLen: U(r, 0.03, 0.06), volume: U(r, 0.001, 0.003), goalHz: U(r, 100, 200) }), hrel: true },
  { m: 'acoustics', f: 'dopplerFit', args: (r) => ({ f0: U(r, 400, 500), speed: U(r, 20, 30), dist: U(r, 10, 30), t0: U(r, -1, 1), times: sym(r, 8, 3), observed: F(8, () => U(r, 400, 500)) }) },
  // control
  { m: 'control', f: 'lqrCost', args: (r) => ({ a: Float64Array.of(1 + U(r, -0.05, 0.05), 0.1, U(r, -0.05, 0.05), 1 + U(r, -0.05, 0.05)), b: Float64Array.of(0.005, 0.1 + U(r, -0.01, 0.01)), q1: U(r, 0.5, 2), q2: U(r, 0.5, 2), r: U(r, 0.1, 1), x0: sym(r, 2), iters: 30 }), fixed: ['iters'] },
  { m: 'control', f: 'kalmanSteadyGain', args: (r) => ({ dt: U(r, 0.05, 0.2), qAcc: U(r, 0.1, 2), rMeas: U(r, 0.1, 1), iters: 40 }), fixed: ['iters'], hrel: true },
  { m: 'control', f: 'mpcCost', args: (r) => ({ u: sym(r, 8, 1.5), x0: U(r, -1, 1), v0: U(r, -1, 1), dt: U(r, 0.1, 0.3), uMax: U(r, 0.8, 1.2), qPos: U(r, 0.5, 2), rU: U(r, 0.01, 0.1) }), kinks: true },
  { m: 'control', f: 'bodeFit', args: (r) => ({ wn: U(r, 1, 3), zeta: U(r, 0.2, 0.8), gainDb: U(r, -1, 1), omegas: pos(r, 6, 0.1, 10), magDb: sym(r, 6, 10) }) },
  { m: 'control', f: 'leadPhaseMargin', args: (r) => ({ kc: U(r, 2, 10), zero: U(r, 0.5, 1), pole: U(r, 5, 10) }) },
  // stats
  { m: 'stats', f: 'studentTNll', args: (r) => ({ nu: U(r, 2, 10), mu: U(r, -0.5, 0.5), logSigma: U(r, -0.5, 0.5), xs: sym(r, 10, 3) }) },
  { m: 'stats', f: 'weibullNll', args: (r) => ({ shape: U(r, 1, 3), scale: U(r, 1, 3), xs: pos(r, 8, 0.2, 4), censored: U8(0, 1, 0, 0, 1, 0, 0, 1) }) },
  { m: 'stats', f: 'kdeLooLogLik', args: (r) => ({ bandwidth: U(r, 0.2, 1), data: sym(r, 10, 2) }) },
  { m: 'stats', f: 'tukeyLineLoss', args: (r) => ({ slope: U(r, 0.5, 1.5), intercept: U(r, -0.5, 0.5), c: U(r, 1, 2), xs: sym(r, 10, 2), ys: F(10, (_, i) => (i % 3 === 0 ? 5 : 0) + U(r, -1, 1)) }), kinks: true },
  { m: 'stats', f: 'vonMisesNll', args: (r) => ({ mu: U(r, -1, 1), logKappa: U(r, -0.5, 1.5), angles: sym(r, 8, 3) }) },
  { m: 'stats', f: 'betaBinomialNll', args: (r) => ({ logAlpha: U(r, -0.5, 1), logBeta: U(r, -0.5, 1), successes: I(3, 0, 7, 5, 2), trials: I(10, 4, 12, 5, 9) }) },
  { m: 'stats', f: 'gumbelNll', args: (r) => ({ loc: U(r, 1, 2), scale: U(r, 0.5, 1.5), maxima: Array.from({ length: 8 }, () => U(r, 0, 4)) }) },
  { m: 'stats', f: 'gumbelRecordNll', args: (r) => ({ loc: U(r, -12, -8), scale: U(r, 1.5, 3), maxima: F(8, () => U(r, -14, -4)) }) },
  // ML losses
  { m: 'mlloss', f: 'focalLoss', args: (r) => ({ logits: sym(r, 8, 3), labels: U8(1, 0, 0, 1, 1, 0, 1, 0), gamma: U(r, 1, 3), alpha: U(r, 0.2, 0.8) }) },
  { m: 'mlloss', f: 'tripletMargin', args: (r) => ({ anchor: sym(r, 12), positive: sym(r, 12), negative: sym(r, 12), dim: 4, margin: U(r, 0.5, 1.5) }), fixed: ['dim'], kinks: true },
  { m: 'mlloss', f: 'contrastiveLoss', args: (r) => ({ x1: sym(r, 12), x2: sym(r, 12), similar: U8(1, 0, 0), dim: 4, margin: U(r, 2, 3) }), fixed: ['dim'], kinks: true },
  { m: 'mlloss', f: 'conv1dLoss', args: (r) => ({ input: sym(r, 10), kernel: sym(r, 3), bias: U(r, -0.2, 0.2), pad: 1, stride: 2, target: sym(r, 5) }), fixed: ['pad', 'stride'], kinks: true },
  { m: 'mlloss', f: 'batchNormLoss', args: (r) => ({ x: sym(r, 12), gamma: pos(r, 3), beta: sym(r, 3), features: 3, eps: 1e-5, target: sym(r, 12) }), fixed: ['features', 'eps'] },
  { m: 'mlloss', f: 'dropoutMlp', args: (r) => ({ x: sym(r, 4), w1: sym(r, 20), w2: sym(r, 5), mask: Float64Array.of(1, 0, 1, 1, 0), keep: U(r, 0.5, 0.9), label: 1 }), fixed: ['mask', 'label'], kinks: true },
  { m: 'mlloss', f: 'lstmSequence', args: (r) => ({ xs: sym(r, 6), w: sym(r, 34, 0.5), target: U(r, -0.5, 0.5) }) },
  { m: 'mlloss', f: 'mdnNll', args: (r) => ({ raw: sym(r, 36), k: 3, ys: sym(r, 4) }), fixed: ['k'] },
  // spatial
  { m: 'spatial', f: 'haversineTrackError', args: (r) => ({ latLon: F(10, (_, k) => (k & 1 ? -3 + 0.2 * (k >> 1) : 40 + 0.15 * (k >> 1)) + U(r, -0.05, 0.05)), measuredKm: U(r, 50, 150) }) },
  { m: 'spatial', f: 'vincentyDistance', args: (r) => ({ lat1: U(r, 30, 50), lon1: U(r, -10, 10), lat2: U(r, -20, 20), lon2: U(r, 40, 80), iters: 8 }), fixed: ['iters'] },
  { m: 'spatial', f: 'blurSobelEnergy', args: (r) => ({ img: pos(r, 36, 0, 1), w: 6, h: 6 }), fixed: ['w', 'h'] },
  { m: 'spatial', f: 'tvEnergy', args: (r) => ({ u: pos(r, 20, 0, 1), f: pos(r, 20, 0, 1), w: 5, lambda: U(r, 0.1, 0.5), eps: U(r, 0.05, 0.1) }), fixed: ['w'] },
  { m: 'spatial', f: 'bilateralResidual', args: (r) => ({ signal: pos(r, 10, 0, 1), sigmaS: U(r, 1, 2), sigmaR: U(r, 0.2, 0.5), radius: 2, target: pos(r, 10, 0, 1) }), fixed: ['radius'] },
  { m: 'spatial', f: 'verletClothSag', args: (r) => ({ rest: U(r, 0.1, 0.2), stiffness: U(r, 0.5, 1), gravity: U(r, 5, 10), n: 6, steps: 20, relax: 3 }), fixed: ['n', 'steps', 'relax'] },
  { m: 'spatial', f: 'dragProjectileMiss', args: (r) => ({ speed: U(r, 10, 20), angle: U(r, 0.5, 1), dragK: U(r, 0.01, 0.05), targetX: U(r, 5, 15) }), kinks: true },
  { m: 'spatial', f: 'springCollisionEnergy', args: (r) => ({ pos: Float64Array.of(0, 0.3, 0.5, 0.35, 1, 0.2, 0.3, 0.8).map((v) => v + U(r, -0.05, 0.05)), anchors: Float64Array.of(0, 0.5, 0.6, 0.5, 1.1, 0.5, 0.4, 0.9), k: U(r, 1, 3), radius: U(r, 0.25, 0.35), penalty: U(r, 50, 100) }), kinks: true },
  // language probes
  // (sorting differentiates since front53)
  { m: 'lang', f: 'sortedMedian', args: (r) => ({ x: sym(r, 5) }), kinks: true },
  { m: 'lang', f: 'genericSum', args: (r) => ({ xs: sym(r, 5), ys: Array.from({ length: 4 }, () => U(r, -1, 1)), w: U(r, 0.5, 1.5) }) },
  { m: 'lang', f: 'defaultFromOthers', args: (r) => ({ x: U(r, -1, 1), scale: U(r, 0.5, 2), offset: undefined }) },
  { m: 'lang', f: 'enumIndices', args: (r) => ({ v: sym(r, 3), rgb: sym(r, 3) }) },
  { m: 'lang', f: 'gaussQuad', args: (r) => ({ k: U(r, -1, 1), a: U(r, -1, 0), b: U(r, 0.5, 2) }) },
  { m: 'lang', f: 'hypotAtan', args: (r) => ({ x: U(r, 0.5, 1), y: U(r, -1, 1), z: U(r, 0.2, 1), w: U(r, -1, 1) }) },
  { label: 'hypotAtanOnAxis', m: 'lang', f: 'hypotAtan', args: (r) => ({ x: U(r, 0.5, 1), y: 0, z: -U(r, 0.2, 1), w: 0 }), kinks: true },
  { m: 'lang', f: 'negativePowers', args: (r) => ({ x: U(r, 0.5, 2), coeffs: sym(r, 4), shift: -5 }), fixed: ['shift'] },
  { label: 'guardedRatioHigh', m: 'lang', f: 'guardedRatio', args: (r) => ({ a: U(r, 15, 20), b: U(r, 0.8, 1.2) }) },
  { label: 'guardedRatioLow', m: 'lang', f: 'guardedRatio', args: (r) => ({ a: U(r, -20, -15), b: U(r, 0.8, 1.2) }) },
  { label: 'guardedRatioNeg', m: 'lang', f: 'guardedRatio', args: (r) => ({ a: U(r, -5, -1), b: U(r, 0.8, 1.2) }) },
  { label: 'guardedRatioTinyB', m: 'lang', f: 'guardedRatio', args: (r) => ({ a: U(r, 1e-17, 2e-17), b: 0 }), fixed: ['b'], hrel: true },
  { m: 'lang', f: 'firstOver', args: (r) => ({ grid: Float64Array.of(0.1, -0.2, 0.3, 0.2, -0.1, 0.25, 0.9 + U(r, 0, 0.1), 0.3, 1, -1, 0.5, 0.1), w: 4, threshold: U(r, 0.4, 0.6) }), fixed: ['w'] },
  { m: 'lang', f: 'cosFixedPoint', args: (r) => ({ a: U(r, 0.5, 1.1), tol: 1e-13 }), fixed: ['tol'], tol: 1e-5 },
  { m: 'lang', f: 'windowsSum', args: (r) => ({ x: sym(r, 9), width: 3 }), fixed: ['width'] },
  { label: 'everySomeAllPositive', m: 'lang', f: 'everySome', args: (r) => ({ x: pos(r, 4), c: U(r, 0.5, 2) }) },
  { label: 'everySomeOverC', m: 'lang', f: 'everySome', args: (r) => ({ x: Float64Array.of(-0.5, U(r, 1.5, 2), 0.2), c: U(r, 0.5, 1) }) },
  { label: 'everySomeNeither', m: 'lang', f: 'everySome', args: (r) => ({ x: Float64Array.of(U(r, -1, -0.5), U(r, 0, 0.3), 0.1), c: U(r, 0.5, 1) }) },
];
