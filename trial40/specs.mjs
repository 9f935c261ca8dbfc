// Domains of the checked functions. args(r) gives the arguments by name, in parameter order; r() ~ U[0, 1).
//   fixed: sizes, counts, indices, modes and data compared with === (not moved by differences)
//   outs: arrays a writer writes (checked through f_jacobian, f_jvp and the void f_vjp); returns: it also returns a number
//   left: parameters passed as undefined (defaults / optional); optArrays: optional arrays left out (key still expected)
//   nokey: numeric enums (no key in grad, not an input)
//   kinks: piecewise (abs, min/max, branches): f_hvp compared at small steps; tol / hvpTol: tolerances
const U = (r, a, b) => a + (b - a) * r();
const F = (n, g) => Float64Array.from({ length: n }, g);
const L = (n, g) => Array.from({ length: n }, g);
const I = (...xs) => Int32Array.from(xs);
const rising = (r, n, lo, step) => F(n, (_, i) => lo + step * (i + U(r, 0.25, 0.75)));
// a convex pentagon, counter-clockwise, jittered
const pentagon = (r, rad = 1) => F(10, (_, k) => { const a = (2 * Math.PI * (k >> 1)) / 5 + 0.1; return (k % 2 ? Math.sin(a) : Math.cos(a)) * rad + U(r, -0.08, 0.08); });

export const specs = [
  // pk
  { m: 'pk', f: 'oralConcentration', args: (r) => ({ ka: U(r, 0.5, 2), ke: U(r, 0.05, 0.3), vd: U(r, 5, 20), dose: U(r, 50, 150), doseAt: I(0, 10, 20), nSteps: 30, dt: 0.1 }), fixed: ['nSteps'] },
  { m: 'pk', f: 'twoCompartmentHeun', args: (r) => ({ k10: U(r, 0.1, 0.3), k12: U(r, 0.2, 0.5), k21: U(r, 0.1, 0.3), v1: U(r, 5, 15), dose: U(r, 50, 150), nSteps: 40, dt: 0.05 }), fixed: ['nSteps'] },
  { m: 'pk', f: 'ivLogFit', args: (r) => ({ logCl: U(r, 0, 1), logV: U(r, 1.5, 2.5), dose: 100, times: F(5, (_, i) => 0.5 + i), conc: F(5, (_, i) => 8 * Math.exp(-0.3 * i) * U(r, 0.8, 1.2)) }) },
  { m: 'pk', f: 'superposition', args: (r) => ({ ka: U(r, 1, 2), ke: U(r, 0.1, 0.3), f: U(r, 0.5, 1), nDoses: 4, tau: U(r, 6, 8), t: U(r, 16.5, 17.5) }), fixed: ['nDoses'] },
  { m: 'pk', f: 'populationNll', args: (r) => ({ logClPop: U(r, -2, -1), eta: F(4, () => U(r, -0.3, 0.3)), omega: U(r, 0.2, 0.5), sigma: U(r, 0.5, 1), dose: 10, t: U(r, 1, 3), obs: F(4, () => U(r, 5, 9)) }) },
  { m: 'pk', f: 'concentrationCurve', args: (r) => ({ ka: U(r, 0.5, 2), ke: U(r, 0.05, 0.3), vd: U(r, 5, 20), dose: U(r, 50, 150), dt: 0.2, out: new Float64Array(6) }), outs: ['out'] },
  // optics
  { m: 'optics', f: 'traceFocus', args: (r) => ({ h: U(r, 0.1, 0.5), r1: U(r, 2, 4), r2: U(r, 2, 4), d: U(r, 0.3, 0.6), n: U(r, 1.4, 1.7) }) },
  { m: 'optics', f: 'spotSize', args: (r) => ({ heights: F(4, (_, i) => 0.1 * (i + 1) + U(r, -0.03, 0.03)), r1: U(r, 2, 4), r2: U(r, 2, 4), d: U(r, 0.3, 0.6), n: U(r, 1.4, 1.7), zImg: U(r, 3, 4) }) },
  { m: 'optics', f: 'thinFilmR', args: (r) => ({ nf: U(r, 1.2, 1.5), d: U(r, 0.08, 0.15), ns: U(r, 1.4, 1.6), lambda: U(r, 0.4, 0.7) }) },
  { m: 'optics', f: 'coatingLoss', args: (r) => ({ nf: U(r, 1.2, 1.5), d: U(r, 0.08, 0.15), ns: U(r, 1.4, 1.6), lambdas: L(5, (_, i) => 0.42 + 0.06 * i + U(r, -0.01, 0.01)) }) },
  { m: 'optics', f: 'paraxialEfl', args: (r) => ({ f1: U(r, 1, 2), g: U(r, 0.1, 0.5), f2: U(r, 1, 2), y0: U(r, 0.1, 1) }) },
  { m: 'optics', f: 'layerShift', args: (r) => ({ theta: U(r, 0.1, 0.8), indices: F(3, () => U(r, 1.3, 1.8)), thick: F(3, () => U(r, 0.5, 2)) }) },
  // survival
  { m: 'survival', f: 'coxBreslow', args: (r) => ({ beta: F(2, () => U(r, -1, 1)), X: F(16, () => U(r, -1, 1)), time: rising(r, 8, 0, 1), event: I(1, 0, 1, 1, 0, 1, 1, 0) }), fixed: ['time'] },
  { m: 'survival', f: 'coxEfron', args: (r) => ({ beta: F(2, () => U(r, -1, 1)), X: F(16, () => U(r, -1, 1)), time: Float64Array.of(1, 1, 2, 3, 3, 3, 4, 5), event: I(1, 1, 0, 1, 1, 0, 1, 1) }), fixed: ['time'] },
  { m: 'survival', f: 'weibullNll', args: (r) => ({ logLambda: U(r, 0, 1), logK: U(r, -0.3, 0.5), t: F(6, () => U(r, 0.2, 4)), observed: Uint8Array.of(1, 1, 0, 1, 0, 1) }) },
  { m: 'survival', f: 'bradleyTerry', args: (r) => ({ theta: L(5, () => U(r, -1, 1)), winners: I(0, 1, 2, 3, 4, 0, 2), losers: I(1, 2, 3, 4, 0, 3, 1), ridge: U(r, 0.01, 0.1) }) },
  { label: 'bradleyTerry/default', m: 'survival', f: 'bradleyTerry', args: (r) => ({ theta: L(5, () => U(r, -1, 1)), winners: I(0, 1, 2, 3, 4, 0, 2), losers: I(1, 2, 3, 4, 0, 3, 1), ridge: 0 }), left: ['ridge'] },
  { m: 'survival', f: 'eloLogLoss', args: (r) => ({ kFactor: U(r, 10, 40), init: F(4, () => U(r, 1400, 1600)), a: I(0, 1, 2, 3, 0, 1), b: I(1, 2, 3, 0, 2, 3), score: Float64Array.of(1, 0, 0.5, 1, 0, 1) }), fixed: ['score'] },
  { m: 'survival', f: 'plackettLuce', args: (r) => ({ logw: F(5, () => U(r, -1, 1)), order: I(2, 0, 4, 1, 3) }) },
  // embed
  { m: 'embed', f: 'sgnsLoss', args: (r) => ({ win: F(15, () => U(r, -0.5, 0.5)), wout: F(15, () => U(r, -0.5, 0.5)), d: 3, center: I(0, 1, 2), context: I(1, 2, 3), negs: I(4, 2, 0, 3, 1, 4), k: 2 }), fixed: ['d', 'k'] },
  { m: 'embed', f: 'sgnsLossRows', args: (r) => ({ win: F(15, () => U(r, -0.5, 0.5)), wout: F(15, () => U(r, -0.5, 0.5)), d: 3, center: I(0, 1, 2), context: I(1, 2, 3), negs: I(4, 2, 0, 3, 1, 4), k: 2 }), fixed: ['d', 'k'] },
  { m: 'embed', f: 'gloveLoss', args: (r) => ({ w: F(8, () => U(r, -0.5, 0.5)), wt: F(8, () => U(r, -0.5, 0.5)), b: F(4, () => U(r, -0.2, 0.2)), bt: F(4, () => U(r, -0.2, 0.2)), d: 2, ii: I(0, 1, 2, 3, 0), jj: I(1, 2, 3, 0, 2), x: F(5, (_, e) => (e % 2 ? U(r, 12, 20) : U(r, 1, 8))), xmax: 10, alpha: U(r, 0.6, 0.9) }), fixed: ['d'], kinks: true },
  { label: 'gloveLoss/defaults', m: 'embed', f: 'gloveLoss', args: (r) => ({ w: F(8, () => U(r, -0.5, 0.5)), wt: F(8, () => U(r, -0.5, 0.5)), b: F(4, () => U(r, -0.2, 0.2)), bt: F(4, () => U(r, -0.2, 0.2)), d: 2, ii: I(0, 1, 2, 3, 0), jj: I(1, 2, 3, 0, 2), x: F(5, (_, e) => (e % 2 ? U(r, 12, 20) : U(r, 1, 8))), xmax: 0, alpha: 0 }), fixed: ['d'], left: ['xmax', 'alpha'], kinks: true },
  { m: 'embed', f: 'gmmLogLik', args: (r) => ({ logits: F(3, () => U(r, -1, 1)), mu: F(3, (_, k) => k - 1 + U(r, -0.2, 0.2)), logSigma: F(3, () => U(r, -0.7, 0)), x: F(6, () => U(r, -2, 2)) }) },
  { m: 'embed', f: 'gmmQ', args: (r) => ({ pi: F(2, () => U(r, 0.3, 0.7)), mu: F(4, () => U(r, -1, 1)), var_: F(4, () => U(r, 0.3, 1.5)), X: F(10, () => U(r, -2, 2)), resp: Float64Array.of(0.7, 0.3, 0, 1, 0.5, 0.5, 1, 0, 0.2, 0.8) }), fixed: ['resp'] },
  { m: 'embed', f: 'tripletCosine', args: (r) => ({ E: F(12, () => U(r, -1, 1)), d: 3, anchor: 0, pos: 1, neg: 2, margin: U(r, 2.1, 2.5) }), fixed: ['d', 'anchor', 'pos', 'neg'] },
  // pde
  { m: 'pde', f: 'heatStep', args: (r) => ({ u: F(20, () => U(r, 0, 1)), next: new Float64Array(20), nx: 5, ny: 4, alpha: U(r, 0.05, 0.2), wall: U(r, 0, 0.5) }), fixed: ['nx', 'ny'], outs: ['next'] },
  { m: 'pde', f: 'heatStepNeumann', args: (r) => ({ u: F(12, () => U(r, 0, 1)), next: new Float64Array(12), nx: 4, ny: 3, r: U(r, 0.05, 0.2) }), fixed: ['nx', 'ny'], outs: ['next'], returns: true },
  { m: 'pde', f: 'heatMisfit', args: (r) => ({ u0: F(25, () => U(r, 0, 1)), target: F(25, () => U(r, 0, 0.3)), nx: 5, ny: 5, r: U(r, 0.05, 0.2), steps: 6 }), fixed: ['nx', 'ny', 'steps'] },
  { m: 'pde', f: 'sourceProbe', args: (r) => ({ q: U(r, 0.5, 2), r: U(r, 0.05, 0.2), nx: 5, ny: 5, src: 12, probe: 7, steps: 5 }), fixed: ['nx', 'ny', 'src', 'probe', 'steps'] },
  { m: 'pde', f: 'heatCheckpointed', args: (r) => ({ u0: F(20, () => U(r, 0, 1)), nx: 5, ny: 4, r: U(r, 0.05, 0.2), steps: 9, sink: U(r, 0.1, 0.5) }), fixed: ['nx', 'ny', 'steps'] },
  { label: 'heatCheckpointed/200', m: 'pde', f: 'heatCheckpointed', args: (r) => ({ u0: F(20, () => U(r, 0, 1)), nx: 5, ny: 4, r: U(r, 0.05, 0.2), steps: 200, sink: U(r, 0.01, 0.05) }), fixed: ['nx', 'ny', 'steps'] },
  { m: 'pde', f: 'smoothInPlace', args: (r) => ({ u: F(6, () => U(r, -1, 1)), r: U(r, 0.1, 0.3), passes: 2 }), fixed: ['passes'], outs: ['u'] },
  // dynamics
  { m: 'dynamics', f: 'sirPeakPlain', args: (r) => ({ beta: U(r, 0.3, 0.5), gamma: U(r, 0.1, 0.2), i0: U(r, 0.01, 0.05), days: 30 }), fixed: ['days'] },
  { m: 'dynamics', f: 'lotkaVolterraFit', args: (r) => ({ alpha: U(r, 0.8, 1.2), beta: U(r, 0.3, 0.5), delta: U(r, 0.2, 0.4), gamma: U(r, 0.8, 1.2), x0: U(r, 1, 2), y0: U(r, 0.5, 1), obs: F(10, () => U(r, 0.5, 2)), dt: 0.05, sub: 4 }), fixed: ['sub'] },
  { m: 'dynamics', f: 'sirPoissonNll', args: (r) => ({ logBeta: Math.log(U(r, 0.3, 0.5)), logGamma: Math.log(U(r, 0.1, 0.2)), i0: U(r, 0.001, 0.01), cases: F(10, () => U(r, 1, 20)), pop: 1000 }) },
  { m: 'dynamics', f: 'lqrCost', args: (r) => ({ k1: U(r, 0.1, 0.5), k2: U(r, 0.2, 0.8), A: Float64Array.of(1, 0.1, 0, 1), B: Float64Array.of(0.005, 0.1), x10: U(r, -1, 1), x20: U(r, -1, 1), q1: U(r, 0.5, 2), q2: U(r, 0.1, 1), rho: U(r, 0.01, 0.1), T: 10 }), fixed: ['T'] },
  { m: 'dynamics', f: 'splineAt', args: (r) => ({ xs: rising(r, 5, 0, 1), ys: F(5, () => U(r, -1, 1)), t: U(r, 1.8, 2.0) }) },
  { m: 'dynamics', f: 'splineFitLoss', args: (r) => ({ knotY: F(5, () => U(r, -1, 1)), knotX: F(5, (_, i) => i), tx: F(6, (_, i) => 0.3 + 0.7 * i), ty: F(6, () => U(r, -1, 1)), lambda: U(r, 0.01, 0.1) }) },
  { m: 'dynamics', f: 'gaussLegendre', args: (r) => ({ k: U(r, 0.5, 2), w: U(r, 0.5, 3), a: U(r, -1.5, -0.5), b: U(r, 0.5, 1.5), panels: 3 }), fixed: ['panels'] },
  // sdf
  { m: 'sdf', f: 'sdRoundBox', args: (r) => ({ px: U(r, -2, 2), py: U(r, -2, 2), pz: U(r, -2, 2), bx: U(r, 0.5, 1), by: U(r, 0.5, 1), bz: U(r, 0.5, 1), rad: U(r, 0.05, 0.3) }), kinks: true },
  { m: 'sdf', f: 'traceDepth', args: (r) => ({ u: U(r, -0.15, 0.15), v: U(r, -0.1, 0.3), r: U(r, 0.4, 0.6), k: U(r, 0.1, 0.3), steps: 12 }), fixed: ['steps'], kinks: true },
  { m: 'sdf', f: 'traceShade', args: (r) => ({ u: U(r, -0.15, 0.15), v: U(r, -0.1, 0.3), r: U(r, 0.4, 0.6), k: U(r, 0.1, 0.3), lx: U(r, -1, 1), ly: U(r, -2, -1), lz: U(r, -1, -0.5) }), kinks: true, tol: 1e-4 },
  { m: 'sdf', f: 'polygonArea', args: (r) => ({ p: pentagon(r) }) },
  { m: 'sdf', f: 'centroidLoss', args: (r) => ({ p: Array.from(pentagon(r)), cx: U(r, -0.5, 0.5), cy: U(r, -0.5, 0.5) }) },
  { m: 'sdf', f: 'isoperimetric', args: (r) => ({ p: pentagon(r), targetArea: U(r, 1.5, 3) }) },
  { m: 'sdf', f: 'softPolygonSdf', args: (r) => ({ p: pentagon(r), qx: U(r, -1.5, 1.5), qy: U(r, -1.5, 1.5), sharp: U(r, 5, 10) }) },
  // recur
  { m: 'recur', f: 'karatsubaLoss', args: (r) => ({ a: L(4, () => U(r, -1, 1)), b: L(4, () => U(r, -1, 1)), target: L(7, () => U(r, -1, 1)) }) },
  { label: 'karatsubaLoss/8', m: 'recur', f: 'karatsubaLoss', args: (r) => ({ a: L(8, () => U(r, -1, 1)), b: L(8, () => U(r, -1, 1)), target: L(15, () => U(r, -1, 1)) }) },
  { m: 'recur', f: 'inversionLoss', args: (r) => ({ scores: F(7, () => U(r, -2, 2)), tau: U(r, 0.3, 1) }) },
  { m: 'recur', f: 'tanhCf', args: (r) => ({ x: U(r, -2, 2), depth: 6 }), fixed: ['depth'] },
  { m: 'recur', f: 'logProduct', args: (r) => ({ c: F(6, () => U(r, 0, 1)), x: U(r, 0.1, 1) }) },
  { m: 'recur', f: 'sigmoidArea', args: (r) => ({ a: U(r, -3, -1), b: U(r, 1, 3), c: U(r, -0.5, 0.5), w: U(r, 0.3, 1) }) },
  // probes
  { m: 'probes', f: 'complexPoly', args: (r) => ({ r: U(r, 0.5, 1.2), t: U(r, -3, 3), c: F(4, () => U(r, -1, 1)) }) },
  { m: 'probes', f: 'softplusSum', args: (r) => ({ xs: L(5, () => U(r, -2, 2)), beta: U(r, 0.5, 3) }) },
  { m: 'probes', f: 'weightedPositions', args: (r) => ({ w: F(6, () => U(r, -1, 1)), decay: U(r, 0.1, 1) }) },
  { m: 'probes', f: 'privateMean', args: (r) => ({ xs: F(6, () => U(r, -1.5, 1.5)) }) },
  { m: 'probes', f: 'maybeWeighted', args: (r) => ({ xs: F(5, () => U(r, -2, 2)), w: F(5, () => U(r, 0, 1)), bias: U(r, -1, 1) }) },
  { label: 'maybeWeighted/left', m: 'probes', f: 'maybeWeighted', args: (r) => ({ xs: F(5, () => U(r, -2, 2)), w: undefined, bias: 0 }), left: ['bias'], optArrays: ['w'] },
  { m: 'probes', f: 'labelledSearch', args: (r) => ({ g: F(16, () => U(r, -1, 2)), n: 4, thresh: U(r, 0.4, 0.6) }), fixed: ['n'], kinks: true },
  ...[0, 1, 3, 4].map((mode) => ({ label: `activation/${mode}`, m: 'probes', f: 'activation', args: (r) => ({ x: U(r, -2, 2), mode, alpha: U(r, 0.05, 0.3) }), fixed: ['mode'], kinks: true })),
  { label: 'activation/default', m: 'probes', f: 'activation', args: (r) => ({ x: U(r, -2, 2), mode: 2, alpha: 0 }), fixed: ['mode'], left: ['alpha'], kinks: true },
  { m: 'probes', f: 'smoothstepNested', args: (r) => ({ x: U(r, -0.5, 1.5), lo: U(r, -0.2, 0.2), hi: U(r, 0.8, 1.2) }), kinks: true },
  { m: 'probes', f: 'mathZoo', args: (r) => ({ x: U(r, -1, 1.5), y: U(r, -1, 1) }), kinks: true },
  { m: 'probes', f: 'windowPeaks', args: (r) => ({ sig: F(12, () => U(r, -1, 1)), width: 3, temps: L(3, () => U(r, 0.5, 2)) }), fixed: ['width'], kinks: true },
  { m: 'probes', f: 'chebyshevSum', args: (r) => ({ c: L(5, () => U(r, -1, 1)), x: U(r, -0.9, 0.9) }) },
  { m: 'probes', f: 'firstCrossing', args: (r) => ({ ys: rising(r, 8, -1, 0.3), level: U(r, 0, 0.8) }), kinks: true },
  { m: 'probes', f: 'robustSum', args: (r) => ({ rs: F(6, () => U(r, -3, 3)), delta: U(r, 0.5, 1.5) }), kinks: true },
  // edges
  { m: 'edges', f: 'defaultFromParam', args: (r) => ({ x: U(r, -2, 2), y: U(r, -2, 2) }) },
  { label: 'defaultFromParam/left', m: 'edges', f: 'defaultFromParam', args: (r) => ({ x: U(r, -2, 2), y: 0 }), left: ['y'] },
  { m: 'edges', f: 'f32Map', args: (r) => ({ v: Float32Array.from({ length: 5 }, () => U(r, -1, 1)), s: U(r, 0.5, 2) }), tol: 2e-3, hvpTol: 2e-3 },
  { m: 'edges', f: 'intStore', args: (r) => ({ x: F(4, () => U(r, -1, 1)), s: U(r, 0.5, 2) }), kinks: true },
  { m: 'edges', f: 'remainderSaw', args: (r) => ({ a: U(r, 1.1, 7.9), b: U(r, 0.7, 1.3) }), kinks: true },
  { m: 'edges', f: 'aliasWindow', args: (r) => ({ x: F(5, () => U(r, -1, 1)), k: U(r, 0.5, 2) }) },
  { m: 'edges', f: 'prefixThenDiff', args: (r) => ({ x: F(5, () => U(r, -1, 1)), c: U(r, 0.3, 1.2) }) },
  // (sorting differentiates since front53)
  { m: 'edges', f: 'sortedWeights', args: (r) => ({ x: F(5, () => U(r, -2, 2)) }), kinks: true },
  { m: 'edges', f: 'switchInLoop', args: (r) => ({ xs: F(8, () => U(r, -1, 1)), k: U(r, 0.5, 2) }), kinks: true },
  { m: 'edges', f: 'aliasLocal', args: (r) => ({ x: U(r, -1, 1), y: U(r, -1, 1) }) },
  { m: 'edges', f: 'aliasObject', args: (r) => ({ x: U(r, -1, 1), y: U(r, -1, 1) }) },
  { m: 'edges', f: 'forOfGrowing', args: (r) => ({ x: U(r, -1, 1) }) },
  { m: 'edges', f: 'forOfRebound', args: (r) => ({ x: F(4, () => U(r, -1, 1)), k: U(r, 0.5, 2) }) },
  { m: 'edges', f: 'carriedEarly', args: (r) => ({ xs: F(6, () => U(r, -1, 1)), level: U(r, -0.2, 0.3) }), kinks: true },
  { m: 'edges', f: 'particles', args: (r) => ({ x0: U(r, -1, 1), v0: U(r, -1, 1), k: U(r, 0.5, 2), n: 8 }), fixed: ['n'] },
];
