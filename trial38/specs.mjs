// Domains of the functions I check: gen(r) returns the arguments (r() uniform in [0, 1)).
// fixed: parameters that are sizes, counts or modes (no finite differences on them);
// outs: arrays the function writes (then its Jacobian forms are checked); nokey: numeric parameters with no grad key
// (an enum). A spec may set tol (relative tolerance of the gradient check, default 1e-6).
const U = (r, a, b) => a + (b - a) * r();
const F = (n, g) => Float64Array.from({ length: n }, g);
const A = (n, g) => Array.from({ length: n }, g);
// a cluster of n atoms on a jittered cubic lattice, spacing ~1.12 (no two atoms closer than ~0.8)
const cluster = (r, n, sp = 1.12) => F(3 * n, (_, k) => { const i = Math.floor(k / 3), c = k % 3; return sp * ((c === 0 ? i % 2 : c === 1 ? Math.floor(i / 2) % 2 : Math.floor(i / 4)) ) + U(r, -0.08, 0.08); });
// tree of 5 tips: 5 = (0, 1), 6 = (2, 3), 7 = (5, 6), root 8 = (7, 4)
const LEFT = Int32Array.from([0, 2, 5, 7]), RIGHT = Int32Array.from([1, 3, 6, 4]);
const tips = (r, sites) => Int32Array.from({ length: 5 * sites }, () => Math.floor(4 * r()));
const img = (r, w, h) => F(w * h, (_, i) => 0.5 + 0.3 * Math.sin(0.9 * (i % w)) * Math.cos(0.7 * Math.floor(i / w)) + U(r, -0.05, 0.05));
const knots = (r, n) => { const xs = [0]; for (let i = 1; i < n; i++) xs.push(xs[i - 1] + U(r, 0.5, 1.5)); return xs; };
const games = (r, m, n) => { const w = new Int32Array(m), l = new Int32Array(m); for (let g = 0; g < m; g++) { w[g] = Math.floor(n * r()); l[g] = (w[g] + 1 + Math.floor((n - 1) * r())) % n; } return [w, l]; };
// LP: m random constraints with b - A x > 0 at x
const lp = (r, n, m) => { const x = F(n, () => U(r, -0.5, 0.5)); const Am = F(m * n, () => U(r, -1, 1)); const b = F(m, (_, i) => { let s = 0; for (let j = 0; j < n; j++) s += Am[i * n + j] * x[j]; return s + U(r, 0.3, 1.5); }); return [x, F(n, () => U(r, -1, 1)), Am, b]; };

export const specs = [
  // util
  { m: 'util', f: 'sq', gen: (r) => [U(r, -3, 3)] },
  { m: 'util', f: 'clamp', gen: (r) => [U(r, -0.5, 1.5), U(r, -0.4, -0.1), U(r, 1.1, 1.3)] },
  { m: 'util', label: 'clamp/defaults', f: 'clamp', gen: (r) => [U(r, 0.05, 0.95)] },
  { m: 'util', f: 'softplus', gen: (r) => [U(r, -4, 4), U(r, 0.5, 3)] },
  { m: 'util', f: 'dot', gen: (r) => [F(6, () => U(r, -1, 1)), A(6, () => U(r, -1, 1))] },
  { m: 'util', f: 'logSumExp', gen: (r) => [A(5, () => U(r, -3, 3))] },
  { m: 'util', f: 'erf', gen: (r) => [U(r, -2, 2)] },
  { m: 'util', f: 'normCdf', gen: (r) => [U(r, -2, 2)] },
  // molecules
  { m: 'molecules', f: 'ljEnergy', gen: (r) => [cluster(r, 6), U(r, 0.8, 1.2), U(r, 0.9, 1.05), U(r, 1.5, 2.2)] },
  { m: 'molecules', label: 'ljEnergy/defaults', f: 'ljEnergy', gen: (r) => [cluster(r, 8)] },
  { m: 'molecules', f: 'morseEnergy', gen: (r) => [Array.from(cluster(r, 5, 1.05)), { depth: 1.5, width: 3 }] },
  { m: 'molecules', label: 'morseEnergy/noopts', f: 'morseEnergy', gen: (r) => [Array.from(cluster(r, 4, 1.0))], nokey: ['opts'] },
  { m: 'molecules', f: 'angleEnergy', gen: (r) => [cluster(r, 5), Int32Array.from([0, 1, 3, 1, 3, 2, 4, 0, 1]), U(r, 50, 100), U(r, 1.5, 2)], fixed: [] },
  { m: 'molecules', f: 'torsionEnergy', gen: (r) => [F(12, (_, k) => [0, 0, 0, 1, 0, 0, 1.5, 1, 0, 2.5, 1, 0.8][k] + U(r, -0.1, 0.1)), U(r, 0.5, 2), U(r, -1, 1), 3] },
  { m: 'molecules', f: 'bondForces', gen: (r) => [cluster(r, 4), Int32Array.from([0, 1, 1, 2, 2, 3, 0, 3]), U(r, 50, 100), U(r, 0.9, 1.1), new Float64Array(12)], outs: ['out'] },
  { m: 'molecules', f: 'bondEnergyFromLengths', gen: (r) => [A(5, () => U(r, 0.8, 1.2)), U(r, 50, 150), U(r, 0.9, 1.1)] },
  { m: 'molecules', f: 'relaxDimer', gen: (r) => [U(r, 1.05, 1.3), U(r, 0.5, 1.5), U(r, 0.002, 0.01), 20], fixed: ['nSteps'] },
  // options
  { m: 'options', f: 'blackScholes', gen: (r) => [U(r, 80, 120), U(r, 90, 110), U(r, 0, 0.05), U(r, 0.1, 0.4), U(r, 0.2, 2), r() < 0.5 ? 'call' : 'put'] },
  { m: 'options', f: 'crrPrice', gen: (r) => [U(r, 80, 120), U(r, 90, 110), U(r, 0, 0.05), U(r, 0.15, 0.4), U(r, 0.5, 2), 'put', 1, 48], fixed: ['steps'], nokey: ['style'], tol: 1e-5 },
  { m: 'options', label: 'crrPrice/european-call', f: 'crrPrice', gen: (r) => [U(r, 80, 120), U(r, 90, 110), U(r, 0, 0.05), U(r, 0.15, 0.4), U(r, 0.5, 2), 'call'], nokey: ['style'] },
  { m: 'options', f: 'crrRecursive', gen: (r) => [U(r, 80, 120), U(r, 90, 110), U(r, 0, 0.05), U(r, 0.15, 0.4), U(r, 0.5, 2), 'call', 8], fixed: ['steps'] },
  { m: 'options', f: 'crrTwoBuffers', gen: (r) => [U(r, 80, 120), U(r, 90, 110), U(r, 0, 0.05), U(r, 0.15, 0.4), U(r, 0.5, 2), 'call', 8], fixed: ['steps'] },
  { m: 'options', f: 'impliedVol', gen: (r) => { const S = U(r, 90, 110), K = U(r, 95, 105), rr = U(r, 0, 0.05), T = U(r, 0.3, 1.5), s = U(r, 0.15, 0.5); return [bsCall(S, K, rr, s, T), S, K, rr, T]; }, tol: 1e-5 },
  { m: 'options', f: 'butterflyValue', gen: (r) => [U(r, 85, 115), U(r, 0.1, 0.4), U(r, 0, 0.05), U(r, 0.2, 1)] },
  { m: 'options', f: 'treePrice', gen: (r) => [U(r, 80, 120), U(r, 90, 110), U(r, 0, 0.05), U(r, 0.15, 0.4), U(r, 0.5, 2), { steps: 24, style: 1 }] },
  // phylo
  { m: 'phylo', f: 'jcProb', gen: (r) => [U(r, 0.01, 1), r() < 0.5, U(r, 0.5, 2)] },
  { m: 'phylo', f: 'jcLogLik', gen: (r) => [F(9, () => U(r, 0.02, 0.5)), LEFT, RIGHT, tips(r, 6), 5, U(r, 0.5, 2)], fixed: ['nTips'] },
  { m: 'phylo', f: 'jcLogLikRec', gen: (r) => [F(9, () => U(r, 0.02, 0.5)), LEFT, RIGHT, tips(r, 3), 5, U(r, 0.5, 2)], fixed: ['nTips'] },
  { m: 'phylo', f: 'k80LogLik', gen: (r) => [F(9, () => U(r, 0.02, 0.5)), U(r, 1, 5), LEFT, RIGHT, tips(r, 6), 5], fixed: ['nTips'] },
  { m: 'phylo', f: 'jcLogPosterior', gen: (r) => [F(9, () => U(r, 0.02, 0.5)), LEFT, RIGHT, tips(r, 4), 5, U(r, 2, 20)], fixed: ['nTips'] },
  // image
  { m: 'image', f: 'rofEnergy', gen: (r) => [img(r, 5, 4), img(r, 5, 4), 5, 4, U(r, 0.5, 2), U(r, 0.01, 0.1)], fixed: ['w', 'h'] },
  { m: 'image', f: 'bilinear', gen: (r) => [img(r, 4, 4), 4, 4, U(r, 0.1, 2.9), U(r, 0.1, 2.9)].map((v, i) => (i >= 3 && Math.abs(v - Math.round(v)) < 0.02 ? v + 0.05 : v)), fixed: ['w', 'h'] },
  { m: 'image', f: 'warpLoss', gen: (r) => [img(r, 5, 5), img(r, 5, 5), 5, 5, [1 + U(r, -0.1, 0.1), U(r, -0.1, 0.1), U(r, -0.1, 0.1), 1 + U(r, -0.1, 0.1), U(r, 0.13, 0.37), U(r, 0.13, 0.37)]], fixed: ['w', 'h'], tol: 1e-5 },
  { m: 'image', f: 'blur', gen: (r) => [img(r, 4, 3), 4, 3, U(r, 0.6, 1.5), new Float64Array(12)], fixed: ['w', 'h', 'radius'], outs: ['out'] },
  { m: 'image', f: 'blurMisfit', gen: (r) => [img(r, 4, 4), img(r, 4, 4), 4, 4, U(r, 0.6, 1.5)], fixed: ['w', 'h'] },
  { m: 'image', f: 'huberTV', gen: (r) => [img(r, 5, 3), 5, 3, U(r, 0.05, 0.2)], fixed: ['w', 'h'] },
  { m: 'image', f: 'heatSmooth', gen: (r) => [img(r, 3, 3), 3, 3, U(r, 0.05, 0.2)], fixed: ['w', 'h', 'steps'], outs: ['u'] },
  // spline
  { m: 'spline', f: 'thomas', gen: (r) => [F(5, () => U(r, -1, 1)), F(5, () => U(r, 3, 4)), F(5, () => U(r, -1, 1)), F(5, () => U(r, -1, 1)), new Float64Array(5)], outs: ['x'] },
  { m: 'spline', f: 'splineMoments', gen: (r) => [knots(r, 6), A(6, () => U(r, -1, 1)), new Float64Array(6)], outs: ['M'] },
  { m: 'spline', f: 'splineEval', gen: (r) => { const xs = knots(r, 6); return [xs, A(6, () => U(r, -1, 1)), U(r, 0.3, xs[5] - 0.3)]; } },
  { m: 'spline', f: 'splineFitLoss', gen: (r) => { const xs = knots(r, 5); return [A(5, () => U(r, -1, 1)), xs, F(7, () => U(r, 0.1, xs[4] - 0.1)), F(7, () => U(r, -1, 1)), U(r, 0.001, 0.1)]; } },
  { m: 'spline', f: 'splineIntegral', gen: (r) => [knots(r, 6), A(6, () => U(r, -1, 1))] },
  { m: 'spline', f: 'tridiagQuadratic', gen: (r) => [F(6, () => U(r, 3, 4)), F(6, () => U(r, -1, 1)), U(r, 0.5, 1)] },
  // ode
  { m: 'ode', f: 'duffingRKF45', gen: (r) => [U(r, 0.5, 1.5), U(r, -0.5, 0.5), U(r, 0.05, 0.3), U(r, 0.5, 2), U(r, 0.1, 1), U(r, 1, 4)], nokey: ['ctl'], tol: 1e-5 },
  { m: 'ode', f: 'chainRK4', gen: (r) => [F(4, () => U(r, -0.5, 0.5)), U(r, 0.5, 2), U(r, 0.05, 0.3), U(r, 0.02, 0.08)] },
  { m: 'ode', f: 'pendulumDrift', gen: (r) => [U(r, -1, 1), U(r, -1, 1), U(r, 5, 12), U(r, 0.005, 0.02), 60], fixed: ['n'] },
  { m: 'ode', f: 'logisticFitLoss', gen: (r) => [U(r, 0.3, 1.5), U(r, 5, 20), A(6, (_, i) => 1 + i * U(r, 0.5, 1.5)), U(r, 0.5, 2)] },
  // render
  { m: 'render', f: 'composite', gen: (r) => [A(8, () => U(r, 0, 3)), A(8, () => U(r, 0, 1)), A(8, () => U(r, 0.05, 0.3)), U(r, 0, 1)] },
  { m: 'render', f: 'renderRay', gen: (r) => [F(8, (_, k) => [U(r, -0.5, 0.5), U(r, 1, 3), U(r, 0.3, 0.8), U(r, 0, 2)][k % 4]), U(r, -0.5, 0.5), U(r, -0.2, 0.2), 32], fixed: ['n'], nokey: ['mode'] },
  { m: 'render', label: 'renderRay/dense', f: 'renderRay', gen: (r) => [F(8, (_, k) => [U(r, -0.3, 0.3), U(r, 1, 3), U(r, 0.5, 0.8), U(r, 5, 7)][k % 4]), U(r, -0.2, 0.2), U(r, -0.1, 0.1), 48], fixed: ['n'], nokey: ['mode'] },
  { m: 'render', label: 'renderRay/additive', f: 'renderRay', gen: (r) => [F(8, (_, k) => [U(r, -0.5, 0.5), U(r, 1, 3), U(r, 0.3, 0.8), U(r, 0, 2)][k % 4]), U(r, -0.5, 0.5), U(r, -0.2, 0.2), 16, 4, 1], fixed: ['n'], nokey: ['mode'] },
  { m: 'render', f: 'imageLoss', gen: (r) => [F(8, (_, k) => [U(r, -0.5, 0.5), U(r, 1, 3), U(r, 0.3, 0.8), U(r, 0, 2)][k % 4]), F(5, () => U(r, 0, 0.6)), U(r, -0.2, 0.2)] },
  { m: 'render', f: 'depthMap', gen: (r) => [F(8, (_, k) => [U(r, -0.5, 0.5), U(r, 1, 3), U(r, 0.3, 0.8), U(r, 0, 2)][k % 4]), new Float64Array(4), 16], fixed: ['n'], outs: ['depth'] },
  { m: 'render', f: 'compositeRec', gen: (r) => [A(8, () => U(r, 0, 3)), A(8, () => U(r, 0, 1)), A(8, () => U(r, 0.05, 0.3)), U(r, 0, 1)] },
  // lp
  { m: 'lp', f: 'barrier', gen: (r) => [...lp(r, 3, 5), U(r, 1, 20)] },
  { m: 'lp', f: 'barrier1dValue', gen: (r) => [U(r, -2, 2), U(r, -1, -0.2), U(r, 0.2, 1), U(r, 0.05, 0.3)], tol: 1e-5 },
  { m: 'lp', f: 'bradleyTerryNll', gen: (r) => [F(5, () => U(r, -1, 1)), ...games(r, 12, 5), U(r, 0.05, 0.5)] },
  { m: 'lp', f: 'eloLogLoss', gen: (r) => [A(5, () => U(r, 1400, 1600)), ...games(r, 10, 5), U(r, 10, 40), U(r, 300, 500)] },
  { m: 'lp', f: 'plackettLuce', gen: (r) => [A(5, () => U(r, -1, 1)), Int32Array.from([3, 1, 4, 0, 2])] },
  // probes
  { m: 'probes', f: 'windowWrite', gen: (r) => [U(r, -2, 2), U(r, -2, 2)] },
  { m: 'probes', f: 'closureLater', gen: (r) => [U(r, -2, 2), U(r, -2, 2)] },
  { m: 'probes', f: 'defaultFromEarlier', gen: (r) => [U(r, -2, 2)] },
  { m: 'probes', label: 'defaultFromEarlier/given', f: 'defaultFromEarlier', gen: (r) => [U(r, -2, 2), U(r, -2, 2), U(r, -2, 2)] },
  { m: 'probes', f: 'weightedSq', gen: (r) => [F(4, () => U(r, -1, 1)), F(4, () => U(r, 0, 2))] },
  { m: 'probes', label: 'weightedSq/nowеights'.replace('е', 'e'), f: 'weightedSq', gen: (r) => [F(4, () => U(r, -1, 1))], optArrays: ['w'] },
  { m: 'probes', f: 'labelledRows', gen: (r) => [F(12, () => U(r, -1, 1)), 3], fixed: ['cols'] },
  { m: 'probes', f: 'chooseArray', gen: (r) => [F(4, () => U(r, -1, 1)), F(4, () => U(r, -1, 1)), r() < 0.5] },
  { m: 'probes', f: 'mapZip', gen: (r) => [A(5, () => U(r, -1, 1)), A(5, () => U(r, -1, 1))] },
  { m: 'probes', f: 'fillActive', gen: (r) => [U(r, 0.5, 1.5)] },
  { m: 'probes', f: 'periodicLerp', gen: (r) => [U(r, -7, 7), A(5, () => U(r, -1, 1))].map((v, i) => (i === 0 && Math.abs(v - Math.round(v)) < 0.01 ? v + 0.03 : v)) },
  { m: 'probes', f: 'cplxPower', gen: (r) => [U(r, 0.5, 1.2), U(r, -1, 1)] },
  { m: 'probes', f: 'spreadNorm', gen: (r) => [F(3, () => U(r, -1, 1)), A(3, () => U(r, -1, 1))] },
  // probes2
  { m: 'probes2', f: 'haarShrinkEnergy', gen: (r) => [F(8, () => U(r, -1, 1)), U(r, 0.05, 0.2)] },
  { m: 'probes2', f: 'tariff', gen: (r) => [U(r, 0, 800), [1, 2, 3, 4][Math.floor(4 * r())]].map((v, i) => (i === 0 && (Math.abs(v - 200) < 2 || Math.abs(v - 500) < 2) ? v + 5 : v)), fixed: ['tier'] },
  { m: 'probes2', f: 'lazyDefaults', gen: (r) => [U(r, 0.2, 2)] },
  { m: 'probes2', label: 'lazyDefaults/given', f: 'lazyDefaults', gen: (r) => [U(r, 0.2, 2), U(r, -2, 2), U(r, 0.5, 2)] },
  { m: 'probes2', f: 'f32Smooth', gen: (r) => [F(6, () => U(r, -1, 1)), U(r, 0.2, 0.8)], tol: 3e-3 },
  { m: 'probes2', f: 'guardedLog', gen: (r) => [U(r, 0.2, 3), U(r, -2, 2)] },
  { m: 'probes2', f: 'loopArrows', gen: (r) => [F(5, () => U(r, -1, 1)), U(r, -1, 1)] },
  // refused.ts: the one that compiles
  { m: 'refused', f: 'reducedMass', gen: (r) => [['H', 'C', 'O'][Math.floor(3 * r())], ['H', 'C', 'O'][Math.floor(3 * r())], U(r, 0.5, 2)] },
  // refused.ts: compiling since front45 (options destructured with defaults; a conditional string argument)
  { m: 'refused', f: 'morseDestructured', gen: (r) => [U(r, 0.8, 1.5), { depth: U(r, 0.5, 2), width: U(r, 2, 6) }] },
  { m: 'refused', label: 'morseDestructured/noopts', f: 'morseDestructured', gen: (r) => [U(r, 0.8, 1.5)], nokey: ['opts'] },
  { m: 'refused', f: 'conditionalString', gen: (r) => [U(r, 105, 120) - (r() < 0.5 ? 25 : 0), U(r, 98, 102), r() < 0.5] },
  // compiles since #private fields do
  // (a value class extending an abstract one, and a generic reducer: compile since this session)
  { m: 'refused', f: 'abstractPotential', gen: (r) => [Float64Array.from({ length: 4 }, () => U(r, -1, 3)), U(r, 0.5, 3)] },
  { m: 'refused', f: 'genericSumBy', gen: (r) => [Array.from({ length: 4 }, () => U(r, -2, 2)), U(r, 0.5, 2)] },
  { m: 'refused', f: 'privateSpring', gen: (r) => [U(r, -2, 2), U(r, 0.5, 3)] },
];

function bsCall(S, K, r, s, T) {
  const erf = (x) => { const sg = x < 0 ? -1 : 1, a = Math.abs(x), t = 1 / (1 + 0.3275911 * a); return sg * (1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-a * a)); };
  const N = (x) => 0.5 * (1 + erf(x / Math.SQRT2));
  const d1 = (Math.log(S / K) + (r + 0.5 * s * s) * T) / (s * Math.sqrt(T)), d2 = d1 - s * Math.sqrt(T);
  return S * N(d1) - K * Math.exp(-r * T) * N(d2);
}

// two writings of one function: same values and gradients (args of the first, converted)
export const twins = [
  ['options', 'crrRecursive', 'options', 'crrTwoBuffers', (r) => [U(r, 80, 120), U(r, 90, 110), U(r, 0, 0.05), U(r, 0.15, 0.4), U(r, 0.5, 2), 'call', 8]],
  ['phylo', 'jcLogLik', 'phylo', 'jcLogLikRec', (r) => [F(9, () => U(r, 0.02, 0.5)), LEFT, RIGHT, tips(r, 3), 5, U(r, 0.5, 2)]],
  ['render', 'composite', 'render', 'compositeRec', (r) => [A(8, () => U(r, 0, 3)), A(8, () => U(r, 0, 1)), A(8, () => U(r, 0.05, 0.3)), 0.3]],
];
