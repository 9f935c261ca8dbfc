// Each checked case's domain: args(r) returns the arguments by name, in parameter order (r() is uniform on [0, 1)).
//   fixed: counts, noise and data the differences do not move; kinks: piecewise smooth, smaller steps;
//   tol / hvpTol: gradient (1e-6) and hvp (1e-5) relative tolerances; hrel: steps relative to each input's magnitude
// (Field names follow trial47's specs.mjs, whose check.mjs this trial reuses; the domains are mine.)
const U = (r, a, b) => a + (b - a) * r();
const F = (n, g) => Float64Array.from({ length: n }, g);
const pos = (r, n, a = 0.5, b = 1.5) => F(n, () => U(r, a, b));
const sym = (r, n, s = 1) => F(n, () => U(r, -s, s));
const I = (...xs) => Int32Array.from(xs);
const arr = (r, n, a, b) => Array.from({ length: n }, () => U(r, a, b));
// a deformation gradient near the identity
const nearI = (r, k, s) => F(k * k, (_, i) => (i % (k + 1) === 0 ? 1 : 0) + U(r, -s, s));
// rows of positive weights summing to one
const weightRows = (r, n, B) => { const w = pos(r, n * B, 0.1, 1); for (let i = 0; i < n; i++) { let s = 0; for (let b = 0; b < B; b++) s += w[i * B + b]; for (let b = 0; b < B; b++) w[i * B + b] /= s; } return w; };
// a 3x3 grid of nodes (spacing 1) and its 8 counter-clockwise triangles
const grid9 = F(18, (_, i) => (i % 2 === 0 ? Math.floor(i / 2) % 3 : Math.floor(i / 6)));
const gridTris = I(0, 1, 4, 0, 4, 3, 1, 2, 5, 1, 5, 4, 3, 4, 7, 3, 7, 6, 4, 5, 8, 4, 8, 7);
const tetra = (r) => F(12, (_, i) => [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1][i] + U(r, -0.05, 0.05));
const unitQuats = (r, n) => { const q = sym(r, 4 * n); for (let i = 0; i < n; i++) { const l = Math.hypot(q[4 * i], q[4 * i + 1], q[4 * i + 2], q[4 * i + 3]); for (let k = 0; k < 4; k++) q[4 * i + k] /= l; } return q; };
const square = Float64Array.of(0, 0, 1, 0, 1, 1, 0, 1);
const cam13 = (r) => Float64Array.of(U(r, -0.2, 0.2), U(r, -0.2, 0.2), U(r, -0.2, 0.2), U(r, -0.1, 0.1), U(r, -0.1, 0.1), U(r, 4, 6), U(r, 400, 600), U(r, 300, 340), U(r, 220, 260), U(r, -0.1, 0.1), U(r, -0.05, 0.05), U(r, -0.01, 0.01), U(r, -0.01, 0.01));
const cam9 = (r) => [U(r, -0.1, 0.1), U(r, -0.1, 0.1), U(r, -0.1, 0.1), U(r, -0.1, 0.1), U(r, -0.1, 0.1), U(r, 4, 6), U(r, 400, 600), U(r, -0.1, 0.1), U(r, -0.05, 0.05)];

export const specs = [
  // photo
  { m: 'photo', f: 'reprojectionError', args: (r) => ({ cam: cam13(r), X: sym(r, 15), obs: pos(r, 10, 150, 450) }), tol: 1e-5 },
  { m: 'photo', f: 'bundleCost', args: (r) => ({ cams: Float64Array.from([...cam9(r), ...cam9(r)]), pts: sym(r, 9), obs: sym(r, 10, 100), camIdx: I(0, 0, 1, 1, 1), ptIdx: I(0, 1, 0, 1, 2), delta: U(r, 5, 20) }), kinks: true, tol: 1e-5 },
  { m: 'photo', f: 'homographyTransfer', args: (r) => ({ H: nearI(r, 3, 0.1), src: sym(r, 8), dst: sym(r, 8) }) },
  { m: 'photo', f: 'triangulateMidpoint', args: (r) => ({ c1: Float64Array.of(-1 + U(r, -0.1, 0.1), U(r, -0.1, 0.1), 0), d1: Float64Array.of(1, U(r, -0.1, 0.1), 1 + U(r, -0.1, 0.1)), c2: Float64Array.of(1 + U(r, -0.1, 0.1), U(r, -0.1, 0.1), 0), d2: Float64Array.of(-1, U(r, -0.1, 0.1) + 0.2, 1 + U(r, -0.1, 0.1)), target: sym(r, 3) }) },
  { m: 'photo', f: 'sampsonError', args: (r) => ({ F: sym(r, 9), x1: sym(r, 10), x2: sym(r, 10) }), tol: 1e-5 },
  { m: 'photo', f: 'undistortFixedPoint', args: (r) => ({ k1: U(r, -0.2, 0.2), k2: U(r, -0.05, 0.05), p1: U(r, -0.01, 0.01), p2: U(r, -0.01, 0.01), distorted: sym(r, 10, 0.5), ref: sym(r, 10, 0.5), iters: 20 }), fixed: ['iters'] },
  { m: 'photo', f: 'pnpCauchy', args: (r) => ({ pose: Float64Array.of(U(r, -0.2, 0.2), U(r, -0.2, 0.2), U(r, -0.2, 0.2), U(r, -0.1, 0.1), U(r, -0.1, 0.1), U(r, 4, 6)), f: U(r, 400, 600), X: sym(r, 15), obs: sym(r, 10, 100), c: U(r, 1, 10) }), tol: 1e-5 },
  // continuum
  { m: 'continuum', f: 'neoHookean2', args: (r) => ({ F: nearI(r, 2, 0.2), mu: U(r, 1, 2), lambda: U(r, 2, 5) }) },
  { m: 'continuum', f: 'neoHookean3', args: (r) => ({ F: nearI(r, 3, 0.15), mu: U(r, 1, 2), lambda: U(r, 2, 5) }) },
  { m: 'continuum', f: 'mooneyRivlin', args: (r) => ({ F: nearI(r, 3, 0.15), c10: U(r, 0.5, 1), c01: U(r, 0.1, 0.3), kappa: U(r, 5, 20) }) },
  { m: 'continuum', f: 'stVenantKirchhoff', args: (r) => ({ F: nearI(r, 3, 0.15), mu: U(r, 1, 2), lambda: U(r, 2, 5) }) },
  { m: 'continuum', f: 'j2Uniaxial', args: (r) => ({ strain: F(20, (_, i) => 0.004 * Math.sin(i / 3) + U(r, -2e-4, 2e-4)), measured: sym(r, 20, 300), E: U(r, 190e3, 210e3), H: U(r, 1e3, 5e3), sigmaY: U(r, 200, 300) }), hrel: true, kinks: true, tol: 1e-5 },
  { m: 'continuum', f: 'j2RadialReturn', args: (r) => ({ dstrain: F(60, (_, i) => (i % 6 === 0 ? 8e-4 : 0) + U(r, -4e-4, 4e-4)), steps: 10, G: U(r, 70e3, 90e3), K: U(r, 150e3, 180e3), H: U(r, 1e3, 3e3), sigmaY: U(r, 200, 300) }), fixed: ['steps'], hrel: true, tol: 1e-5 }, // not kinks: with steps relative to strains of 1e-4, kinks' 1e-6 steps are 1e-10 and rounding dominates
  { m: 'continuum', f: 'bar1D', args: (r) => ({ EA: pos(r, 6, 1, 2), q: U(r, 0.5, 1), P: U(r, 0, 1), L: U(r, 1, 2), gauges: pos(r, 6, 0, 1) }) },
  { m: 'continuum', f: 'cstMeshEnergy', args: (r) => ({ x: F(18, (_, i) => 1.1 * grid9[i] + U(r, -0.08, 0.08)), rest: grid9.slice(), tris: gridTris, mu: U(r, 1, 2), lambda: U(r, 2, 5) }), fixed: ['rest'] },
  // vi
  { m: 'vi', f: 'elboRegression', args: (r) => ({ mu: sym(r, 3), rho: pos(r, 3, -1, 0), eps: sym(r, 12, 1.5), X: sym(r, 18), y: sym(r, 6), logSigma: U(r, -0.5, 0.5), logS0: U(r, 0, 1) }), fixed: ['eps'] },
  { m: 'vi', f: 'planarFlowLogq', args: (r) => ({ u: sym(r, 6, 0.5), w: sym(r, 6), b: sym(r, 3, 0.5), z0: sym(r, 10, 1.5) }), fixed: ['z0'] },
  { m: 'vi', f: 'radialFlowKL', args: (r) => ({ centres: sym(r, 4), logAlpha: sym(r, 2, 0.5), betaRaw: sym(r, 2), samples: sym(r, 10, 1.5), m: sym(r, 2) }), fixed: ['samples'] },
  { m: 'vi', f: 'mixtureLogLik', args: (r) => ({ logits: sym(r, 3), means: sym(r, 3, 2), logSds: sym(r, 3, 0.5), data: sym(r, 10, 3) }) },
  { m: 'vi', f: 'klDiagonal', args: (r) => ({ mu: sym(r, 4), r: sym(r, 4), m0: sym(r, 4), r0: sym(r, 4) }) },
  { m: 'vi', f: 'iwaeBound', args: (r) => ({ mu: U(r, -1, 1), r: U(r, -1, 0), eps: sym(r, 8, 1.5), data: sym(r, 5, 2) }), fixed: ['eps'] },
  { m: 'vi', f: 'logisticElbo', args: (r) => ({ mu: sym(r, 3), rho: sym(r, 3), eps: sym(r, 9, 1.5), X: sym(r, 24), labels: I(1, 0, 1, 1, 0, 0, 1, 0) }), fixed: ['eps'] },
  // anim
  { m: 'anim', f: 'lbs2D', args: (r) => ({ bones: sym(r, 9), rest: sym(r, 12, 2), weights: weightRows(r, 6, 3), targets: sym(r, 12, 2) }) },
  { m: 'anim', f: 'dualQuatSkin', args: (r) => ({ bones: F(14, (_, i) => [U(r, 0.5, 1), U(r, -0.3, 0.3), U(r, 0.5, 1), U(r, 0.2, 1.2), U(r, -1, 1), U(r, -1, 1), U(r, -1, 1)][i % 7]), rest: sym(r, 12), weights: weightRows(r, 4, 2), targets: sym(r, 12) }), kinks: true },
  { m: 'anim', f: 'laplacianSmoothing', args: (r) => ({ x: sym(r, 15), input: sym(r, 15), offsets: I(0, 1, 3, 5, 7, 8), nbrs: I(1, 0, 2, 1, 3, 2, 4, 3), lambda: U(r, 0.5, 2) }) },
  { m: 'anim', f: 'arapEnergy2D', args: (r) => ({ x: F(8, (_, i) => 1.2 * square[i] + U(r, -0.1, 0.1)), rest: square.slice(), offsets: I(0, 3, 5, 8, 10), nbrs: I(1, 2, 3, 0, 2, 0, 1, 3, 0, 2) }), fixed: ['rest'] },
  { m: 'anim', f: 'treeIK', args: (r) => ({ angles: sym(r, 5), lengths: pos(r, 5), parent: I(-1, 0, 1, 1, 3), leaves: I(2, 4), targets: sym(r, 4, 2) }) },
  { m: 'anim', f: 'volumeEnergy', args: (r) => ({ x: tetra(r), tris: I(0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 3), V0: U(r, 0.1, 0.3), areaWeight: U(r, 0.01, 0.1) }) },
  { m: 'anim', f: 'keyframeSlerp', args: (r) => ({ keys: F(12, (_, i) => [U(r, -0.2, 0.2), U(r, -0.2, 0.2), 1, [0.2, 1.0, 1.9][Math.floor(i / 4)] + U(r, -0.1, 0.1)][i % 4]), times: Float64Array.of(0, 0.5, 1), sampleT: Float64Array.of(0.1, 0.3, 0.6, 0.9), targets: unitQuats(r, 4) }), fixed: ['times', 'sampleT'] },
  // biomech
  { m: 'biomech', f: 'hillFit', args: (r) => ({ act: pos(r, 8, 0.1, 1), len: pos(r, 8, 0.7, 1.3), vel: sym(r, 8, 0.5), measured: pos(r, 8, 0.2, 1.5), fmax: U(r, 0.8, 1.2) }), kinks: true },
  { m: 'biomech', f: 'twitchImpulse', args: (r) => ({ excitation: F(40, (_, i) => (i % 20 < 8 ? 0.9 : 0.05)), tauAct: U(r, 0.01, 0.02), tauDeact: U(r, 0.04, 0.06), fmax: U(r, 500, 1000), mass: U(r, 5, 10), k: U(r, 1000, 3000), dt: 0.001 }), fixed: ['excitation', 'dt'], hrel: true, kinks: true },
  { m: 'biomech', f: 'stanceTime', args: (r) => ({ th0: U(r, 0.2, 0.4), om0: U(r, 1.3, 2), L: U(r, 0.9, 1.1), h: 0.01 }), fixed: ['h'], kinks: true },
  { m: 'biomech', f: 'slipApex', args: (r) => ({ y0: U(r, 1.0, 1.1), vx0: U(r, 3, 5), k: U(r, 15000, 25000), m: U(r, 70, 80), L0: U(r, 0.95, 1.0), angle: U(r, 0.3, 0.4), target: U(r, 1, 1.1) }), hrel: true, kinks: true, tol: 1e-5 },
  { m: 'biomech', f: 'staticOptimisation', args: (r) => ({ s: sym(r, 4), fmax: pos(r, 4, 500, 1500), r0: pos(r, 4, 0.02, 0.05), r1: sym(r, 4, 0.01), q: U(r, 0, 1), torque: U(r, 10, 40), w: U(r, 0.001, 0.01) }), hrel: true },
  { m: 'biomech', f: 'metabolicCost', args: (r) => ({ act: pos(r, 20, 0.1, 1), len: pos(r, 20, 0.8, 1.2), dt: 0.01, mass: U(r, 0.5, 2) }), fixed: ['dt'], kinks: true },
  // climate
  { m: 'climate', f: 'twoBoxFit', args: (r) => ({ forcing: pos(r, 30, 0, 4), obs: pos(r, 30, 0, 2), lambda: U(r, 1, 1.5), gamma: U(r, 0.5, 0.8), C: U(r, 7, 9), Cd: U(r, 80, 120), dt: 1 }), fixed: ['dt'] },
  { m: 'climate', f: 'ebmEquilibrium', args: (r) => ({ emissivity: U(r, 0.6, 0.65), heatCap: U(r, 2e8, 4e8), T0: U(r, 270, 290), years: 50, solarScale: U(r, 0.95, 1.05) }), fixed: ['years'], hrel: true },
  { m: 'climate', f: 'cloudReflectanceFit', args: (r) => ({ tau: U(r, 2, 10), g: U(r, 0.7, 0.9), omegas: pos(r, 5, 0.9, 0.999), observed: pos(r, 5, 0.3, 0.7) }) },
  { m: 'climate', f: 'addingAlbedo', args: (r) => ({ taus: pos(r, 3, 0.5, 5), omegas: pos(r, 3, 0.9, 0.99), g: U(r, 0.7, 0.9), As: U(r, 0.1, 0.3) }) },
  { m: 'climate', f: 'greyAtmosphere', args: (r) => ({ eps: pos(r, 3, 0.3, 0.7), albedoP: U(r, 0.25, 0.35), iters: 20 }), fixed: ['iters'] },
  // wavelet
  { m: 'wavelet', f: 'haarSparsity', args: (r) => ({ signal: sym(r, 16), levels: 3, eps: U(r, 0.01, 0.1) }), fixed: ['levels'] },
  { m: 'wavelet', f: 'cdf53Denoise', args: (r) => ({ noisy: sym(r, 16), clean: sym(r, 16), thresh: U(r, 0.1, 0.3) }), kinks: true },
  { m: 'wavelet', f: 'cdf97Compaction', args: (r) => ({ signal: sym(r, 16) }) },
  { m: 'wavelet', f: 'firLowpassLoss', args: (r) => ({ h: sym(r, 8, 0.3), cutoff: 1.2, grid: 64, stopWeight: U(r, 1, 10) }), fixed: ['cutoff', 'grid'] },
  { m: 'wavelet', f: 'kaiserSincLoss', args: (r) => ({ fc: U(r, 0.1, 0.2), beta: U(r, 3, 6), M: 10, stopEdge: 0.27 }), fixed: ['M', 'stopEdge'], kinks: true },
  { m: 'wavelet', f: 'goertzelDetect', args: (r) => ({ amp: U(r, 0.5, 1.5), phase: U(r, 0, 6), freq: U(r, 690, 950), noise: sym(r, 64, 0.3), fs: 8000, row: Math.floor(4 * r()) }), fixed: ['fs', 'row'] },
  // lang (the probes tsgrad compiles, and the rewrites of those it refuses)
  { m: 'lang', f: 'objectParamDefaults', args: (r) => ({ d: U(r, 0.5, 2), k: U(r, 0.5, 2) }) },
  { m: 'lang', f: 'tupleSpread', args: (r) => ({ x: U(r, -2, 2), y: U(r, -2, 2), z: U(r, -2, 2) }) },
  { m: 'lang', f: 'optionalChaining', args: (r) => ({ xs: sym(r, 5), w: sym(r, 5) }) },
  { m: 'lang', f: 'constEnumLoss', args: (r) => ({ res: sym(r, 6, 2), kind: 1 }), fixed: ['kind'], kinks: true },
  { m: 'lang', f: 'closureState', args: (r) => ({ xs: sym(r, 6), decay: U(r, 0.5, 0.9) }) },
  { m: 'lang', f: 'fromEverySome', args: (r) => ({ a: U(r, 0.2, 1.5), n: 5 }), fixed: ['n'] },
  { m: 'lang', f: 'destructuringSwaps', args: (r) => ({ a0: U(r, -1, 1), b0: U(r, -1, 1), xs: sym(r, 6) }) },
  { m: 'lang', f: 'recursionEarly', args: (r) => ({ x: U(r, 0.5, 3) }) },
  { m: 'lang', f: 'tupleParamsInBody', args: (r) => ({ x: U(r, -2, 2), y: U(r, -2, 2) }) },
  { m: 'lang', f: 'recordWhole', args: (r) => ({ x0: U(r, -1, 1), v0: U(r, -1, 1), k: U(r, 0.5, 2) }) },
  { m: 'lang', f: 'unionAsTag', args: (r) => ({ r: U(r, 0.5, 2), w: U(r, 0.5, 2) }) },
  { m: 'lang', f: 'asConstColumns', args: (r) => ({ x: U(r, -2, 2) }) },
  { m: 'lang', f: 'genericSumByPlain', args: (r) => ({ xs: arr(r, 5, -1, 1), k: U(r, 0.5, 2) }) },
  { m: 'lang', f: 'tupleReduceLets', args: (r) => ({ xs: sym(r, 6) }) },
  // hunt (evaluation order and semantics of functional constructs)
  { m: 'hunt', f: 'closureReadsLater', args: (r) => ({ a: U(r, -1, 1), xs: sym(r, 5) }) },
  { m: 'hunt', f: 'defaultsReadEarlier', args: (r) => ({ x: U(r, -1, 1), y: U(r, 0.5, 2) }) },
  { m: 'hunt', f: 'destructureDefaults', label: 'destructureDefaults1', args: (r) => ({ xs: sym(r, 1), t: U(r, 0.5, 2) }) },
  { m: 'hunt', f: 'destructureDefaults', label: 'destructureDefaults3', args: (r) => ({ xs: sym(r, 3), t: U(r, 0.5, 2) }) },
  { m: 'hunt', f: 'spreadIntoCall', args: (r) => ({ t: U(r, 0.5, 1.5), w: U(r, 0.5, 1.5) }) },
  { m: 'hunt', f: 'reduceWithSideEffect', args: (r) => ({ xs: sym(r, 6), k: U(r, -1, 1) }) },
  { m: 'hunt', f: 'mapWithCounter', args: (r) => ({ xs: sym(r, 5), a: U(r, 0.5, 2) }) },
  { m: 'hunt', f: 'bubbleSortSwap', args: (r) => ({ xs: sym(r, 6) }), kinks: true },
  { m: 'hunt', f: 'iife', args: (r) => ({ x: U(r, -1, 1), y: U(r, -1, 1) }) },
  { m: 'hunt', f: 'nullishAssign', args: (r) => ({ xs: sym(r, 6), k: U(r, 0.5, 2) }), kinks: true },
  { m: 'hunt', f: 'argOrderAssign', args: (r) => ({ a: U(r, 0.5, 2) }), kinks: true },
  { m: 'hunt', f: 'entriesContinueBreak', args: (r) => ({ xs: sym(r, 8), cap: U(r, 2, 6) }), kinks: true },
  { m: 'hunt', f: 'destructureRename', args: (r) => ({ x: U(r, -1, 1), y: U(r, -1, 1) }) },
  { m: 'hunt', f: 'tupleLetRebuilt', args: (r) => ({ x: U(r, -1, 1), y: U(r, -1, 1) }) },
  { m: 'hunt', f: 'forEachReturn', args: (r) => ({ xs: sym(r, 6), t: U(r, -0.5, 0.5) }), kinks: true },
  { m: 'hunt', f: 'sortedDestructure', args: (r) => ({ xs: sym(r, 5) }), kinks: true },
  { m: 'hunt', f: 'powerForms', args: (r) => ({ x: U(r, 0.5, 2), y: U(r, 0.5, 2) }) },
  { m: 'hunt', f: 'optionalParam', label: 'optionalParamGiven', args: (r) => ({ x: U(r, -2, 2), k: U(r, 0.5, 2) }) },
  { m: 'hunt', f: 'nestedClosures', args: (r) => ({ xs: sym(r, 5), a: U(r, 0.5, 2) }) },
  { m: 'hunt', f: 'arrayAlias', args: (r) => ({ x: U(r, -1, 1), xs: sym(r, 4) }) },
  { m: 'hunt', f: 'windowWrite', args: (r) => ({ xs: sym(r, 6), k: U(r, 0.5, 2) }) },
  { m: 'hunt', f: 'spreadCopy', args: (r) => ({ xs: sym(r, 4), k: U(r, 0.5, 2) }) },
  { m: 'hunt', f: 'reverseAndSet', args: (r) => ({ xs: sym(r, 5), k: U(r, 0.5, 2) }) },
  { m: 'hunt', f: 'closureOverArray', args: (r) => ({ x: U(r, -1, 1), xs: sym(r, 3) }) },
  { m: 'hunt', f: 'mapPipeline', args: (r) => ({ xs: sym(r, 5), a: U(r, 0.5, 1.5) }) },
  { m: 'hunt', f: 'curried', args: (r) => ({ x: U(r, -1, 1), a: U(r, -1, 1) }) },
  { m: 'hunt', f: 'iterateHelper', args: (r) => ({ c: U(r, 1, 4), x0: U(r, 0.5, 2) }) },
  { m: 'hunt', f: 'atAndFindLast', args: (r) => ({ xs: sym(r, 6), t: U(r, -0.5, 0.5) }), kinks: true },
  { m: 'hunt', f: 'switchTrue', label: 'switchTrueLow', args: (r) => ({ x: U(r, -3, -1.2) }) },
  { m: 'hunt', f: 'switchTrue', label: 'switchTrueMid', args: (r) => ({ x: U(r, -0.9, 0.9) }) },
  { m: 'hunt', f: 'switchTrue', label: 'switchTrueHigh', args: (r) => ({ x: U(r, 1.1, 3) }) },
  // order (closures changing their enclosing function's state, in one expression)
  { m: 'order', f: 'compoundClosure', args: (r) => ({ x: U(r, -2, 2) }) },
  { m: 'order', f: 'argsAroundClosure', args: (r) => ({ x: U(r, -2, 2) }) },
  { m: 'order', f: 'mapAdvancing', args: (r) => ({ xs: sym(r, 5), a: U(r, -1, 1) }) },
  { m: 'order', f: 'spreadBeforeChange', args: (r) => ({ xs: sym(r, 4), k: U(r, 0.5, 2) }), kinks: true },
  { m: 'order', f: 'objectLiteralOrder', args: (r) => ({ x: U(r, -2, 2) }) },
  { m: 'order', f: 'indexSideEffects', args: (r) => ({ xs: sym(r, 5), k: U(r, 0.5, 2) }) },
  { m: 'order', f: 'commaProduct', args: (r) => ({ x: U(r, -2, 2) }) },
  { m: 'order', f: 'incrementsActive', args: (r) => ({ x: U(r, -2, 2) }) },
  { m: 'order', f: 'logicalInCallback', args: (r) => ({ xs: sym(r, 6), k: U(r, 0.5, 2) }), kinks: true },
  { m: 'order', f: 'defaultAfterChange', args: (r) => ({ x: U(r, -2, 2), y: U(r, 0.5, 2) }) },
  { m: 'order', f: 'ternaryClosure', args: (r) => ({ x: U(r, -2, 2) }), kinks: true },
  { m: 'order', f: 'closureChain', args: (r) => ({ x: U(r, -1, 1), k: U(r, -1, 1) }) },
  // recur (recursion written as arrows)
  { m: 'recur', f: 'bezierFit', args: (r) => ({ ctrl: sym(r, 8, 2), ts: Float64Array.of(0.1, 0.35, 0.6, 0.9), samples: sym(r, 8, 2) }), fixed: ['ts'] },
  { m: 'recur', f: 'matrixPowerTrace', args: (r) => ({ th: U(r, 0.1, 1), r: U(r, 0.8, 1.05), n: 7 }), fixed: ['n'] },
  { m: 'recur', f: 'chebSeries', args: (r) => ({ c: sym(r, 6), x: U(r, -0.9, 0.9) }) },
  { m: 'recur', f: 'leakyIntegrator', args: (r) => ({ xs: sym(r, 6), k: U(r, 0.5, 0.95) }) },
  { m: 'recur', f: 'heapTreeSum', args: (r) => ({ w: sym(r, 7), s: U(r, 0.5, 2) }), kinks: true },
  { m: 'order', f: 'someAccumulates', args: (r) => ({ xs: sym(r, 6), k: U(r, 0.5, 2), t: U(r, 0.2, 1) }), fixed: ['t'], kinks: true },
  { m: 'order', f: 'stateInForEach', args: (r) => ({ forces: sym(r, 8), x0: U(r, -1, 1), dt: U(r, 0.05, 0.2) }) },
  { m: 'order', f: 'nestedCallbacks', args: (r) => ({ xs: sym(r, 7), a: U(r, 0.5, 2) }) },
  { m: 'order', f: 'findIndexState', args: (r) => ({ xs: sym(r, 6), k: U(r, 0.5, 1.5) }), kinks: true },
  { m: 'lang', f: 'tupleArrow', args: (r) => ({ p: arr(r, 3, -1, 1), k: U(r, 0.5, 2) }) },
  { m: 'lang', f: 'genericWindows', args: (r) => ({ xs: sym(r, 7), k: U(r, 0.5, 2) }) },
  // k passed as undefined: f_vjp takes it positionally before adj (README), so it may not be left out of the call
  { m: 'order', f: 'exportedDefault', label: 'exportedDefaultLeftOut', args: (r) => ({ x: U(r, -2, 2), k: undefined }) },
  { m: 'order', f: 'exportedDefault', label: 'exportedDefaultGiven', args: (r) => ({ x: U(r, -2, 2), k: U(r, 0.5, 2) }) },
  { m: 'order', f: 'fallThrough', label: 'fallThroughWarm', args: (r) => ({ x: U(r, -2, 2), stage: 0 }), fixed: ['stage'] },
  { m: 'order', f: 'fallThrough', label: 'fallThroughHot', args: (r) => ({ x: U(r, -2, 2), stage: 1 }), fixed: ['stage'] },
  { m: 'order', f: 'reduceRightState', args: (r) => ({ xs: sym(r, 5), k: U(r, 0.5, 1.5) }) },
  { m: 'order', f: 'optionsSpread', args: (r) => ({ x: U(r, 0.2, 2), k: U(r, 0.5, 2) }), kinks: true },
  { m: 'order', f: 'nestedTupleChoice', args: (r) => ({ x: U(r, -2, 2), y: U(r, -2, 2) }), kinks: true },
  { m: 'order', f: 'arrayFromRecurrence', args: (r) => ({ x0: U(r, 0.1, 0.9), r: U(r, 2.5, 3.5) }) },
  { m: 'order', f: 'tuplePairSwap', args: (r) => ({ xs: sym(r, 8) }), kinks: true },
];
