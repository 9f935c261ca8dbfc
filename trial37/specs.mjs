// Domains of the checked functions: gen(rnd) returns one argument list; `fixed` names parameters that are sizes,
// counts, indices or modes (not differentiated by FD); `outs` names the arrays a writer writes.
const U = (r, a, b) => a + (b - a) * r();
const F = (r, n, a, b) => Float64Array.from({ length: n }, () => U(r, a, b));
const A = (r, n, a, b) => Array.from({ length: n }, () => U(r, a, b));
const I32 = (r, n, m) => Int32Array.from({ length: n }, () => Math.floor(r() * m));
const spd = (r, n) => {
  const B = F(r, n * n, -1, 1), M = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    let s = i === j ? n : 0;
    for (let k = 0; k < n; k++) s += B[i * n + k] * B[j * n + k];
    M[i * n + j] = s;
  }
  return M;
};
// a convex-ish polygon: points on a noisy circle
const poly = (r, n, close = false) => {
  const p = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / (close ? n : n + 1) + 0.2 * r(), rad = U(r, 0.8, 1.2);
    p[2 * i] = rad * Math.cos(a); p[2 * i + 1] = rad * Math.sin(a);
  }
  return p;
};
const sinus = (n, f) => Float64Array.from({ length: n }, (_, k) => 0.6 * Math.sin((2 * Math.PI * f * k) / 8000));

export const specs = [
  // util
  // (sorting differentiates since front53)
  { m: 'refused2', f: 'trimmedMean', gen: (r) => [F(r, 7, -2, 2)] },
  { m: 'util', f: 'softplus', gen: (r) => [U(r, -3, 3), U(r, 0.5, 4)] },
  { m: 'util', f: 'sigmoid', gen: (r) => [U(r, -4, 4)] },
  { m: 'util', f: 'dot', gen: (r) => [F(r, 5, -1, 1), F(r, 5, -1, 1), 5], fixed: ['n'] },
  { m: 'util', f: 'logSumExp', gen: (r) => [F(r, 6, -3, 3)] },
  { m: 'util', f: 'smin', gen: (r) => [U(r, -1, 1), U(r, -1, 1), U(r, 0.2, 1)] },
  { m: 'util', f: 'clamp', gen: (r) => [U(r, -2, 2), U(r, -1.5, -0.5), U(r, 0.5, 1.5)] },
  { m: 'util', f: 'sqDist2', gen: (r) => [U(r, -2, 2), U(r, -2, 2), U(r, -2, 2), U(r, -2, 2)] },
  // physics
  { m: 'physics', f: 'contactEnergy', gen: (r) => [F(r, 8, 0, 1.5), U(r, 0.3, 0.6), U(r, 1, 5)] },
  { m: 'physics', f: 'simulateParticles', gen: (r) => [F(r, 6, 0.2, 3), F(r, 6, -1, 1), 0.01, 40, U(r, 20, 80)], fixed: ['steps'] },
  { m: 'physics', f: 'chainVerlet', gen: (r) => [Float64Array.from({ length: 6 }, (_, i) => -i * U(r, 0.9, 1.1)), U(r, 0.8, 1.2), U(r, 50, 150), 60], fixed: ['steps'] },
  { m: 'physics', f: 'bouncingBall', gen: (r) => [U(r, 0.5, 1.5), U(r, -1, 1), U(r, 800, 1500), U(r, 1, 5), 250], fixed: ['steps'] },
  { m: 'physics', f: 'springForces', gen: (r) => [F(r, 5, 0, 4), U(r, 1, 3), U(r, 0.5, 1.5), new Float64Array(5)], outs: ['out'] },
  { m: 'physics', f: 'timeToImpact', gen: (r) => [U(r, 1, 3), U(r, -1, 2), U(r, 0.01, 0.2)] },
  // recsys
  ...['mfLoss', 'mfLossFunctional'].map((f) => ({ m: 'recsys', f, gen: (r) => [F(r, 8, -0.5, 0.5), F(r, 10, -0.5, 0.5), F(r, 4, -0.3, 0.3), F(r, 5, -0.3, 0.3), U(r, 2, 4), I32(r, 9, 4), I32(r, 9, 5), F(r, 9, 1, 5), 2, U(r, 0.01, 0.1)], fixed: ['k'] })),
  { m: 'recsys', f: 'bprLoss', gen: (r) => [F(r, 8, -0.5, 0.5), F(r, 10, -0.5, 0.5), I32(r, 7, 4), I32(r, 7, 5), I32(r, 7, 5), 2, U(r, 0.01, 0.1)], fixed: ['k'] },
  { m: 'recsys', f: 'implicitNll', gen: (r) => [F(r, 8, -1, 1), F(r, 10, -1, 1), I32(r, 7, 4), I32(r, 7, 5), Uint8Array.from({ length: 7 }, () => (r() < 0.5 ? 1 : 0)), F(r, 7, 0.5, 2), 2], fixed: ['k'] },
  { m: 'recsys', f: 'scoreMatrix', gen: (r) => [F(r, 6, -1, 1), F(r, 8, -1, 1), 2, new Float64Array(12)], fixed: ['k'], outs: ['out'] },
  { m: 'recsys', f: 'softHitRate', gen: (r) => [F(r, 6, -1, 1), F(r, 10, -1, 1), 2, 1, 3, U(r, 0.3, 2)], fixed: ['k', 'user', 'heldOut'] },
  // gp
  { m: 'gp', f: 'cholesky', gen: (r) => [spd(r, 3), 3, new Float64Array(9)], fixed: ['n'], outs: ['L'] },
  { m: 'gp', f: 'gpNll', gen: (r) => [F(r, 5, -2, 2), F(r, 5, -1, 1), U(r, -0.5, 0.5), U(r, -0.3, 0.3), U(r, -2, -0.5), {}] },
  { m: 'gp', f: 'gpNll', label: 'gpNll/matern32', gen: (r) => [F(r, 5, -2, 2), F(r, 5, -1, 1), U(r, -0.5, 0.5), U(r, -0.3, 0.3), U(r, -2, -0.5), { kernel: 'matern32' }] },
  { m: 'gp', f: 'logDetSpd', gen: (r) => [spd(r, 4), 4], fixed: ['n'] },
  { m: 'gp', f: 'gpPredictMean', gen: (r) => [F(r, 5, -2, 2), F(r, 5, -1, 1), U(r, -1, 1), U(r, -0.5, 0.5), U(r, -0.3, 0.3), U(r, -2, -0.5)] },
  { m: 'gp', f: 'kernelSmoothness', gen: (r) => [A(r, 6, -1, 1), A(r, 6, -2, 2), U(r, 0.5, 1.5)] },
  // render
  { m: 'render', f: 'sceneDistance', gen: (r) => [U(r, -2, 2), U(r, 0.1, 2), U(r, 2, 5), U(r, -0.3, 0.3), U(r, 0.8, 1.2), U(r, 3, 4), U(r, 0.4, 0.8)] },
  { m: 'render', f: 'marchDepth', gen: (r) => [U(r, -0.1, 0.1), U(r, 0.9, 1.1), 0, U(r, -0.05, 0.05), U(r, -0.05, 0.05), 1, U(r, -0.2, 0.2), U(r, 0.9, 1.1), U(r, 3, 4), U(r, 0.5, 0.7)] },
  { m: 'render', f: 'shadePoint', gen: (r) => [U(r, -0.3, 0.3), U(r, 1.2, 1.6), U(r, 2.6, 3), 0, 1, 3.2, 0.6, U(r, -1, 1), U(r, 1, 2), U(r, -2, -1)] },
  { m: 'render', f: 'silhouetteLoss', gen: (r) => [Float64Array.of(U(r, -0.3, 0.3), U(r, -0.3, 0.3), U(r, 0.3, 0.6)), Float64Array.from({ length: 30 }, () => (r() < 0.4 ? 1 : 0)), 6, 5, U(r, 5, 15)], fixed: ['w', 'h'] },
  { m: 'render', f: 'depthImage', gen: (r) => [U(r, -0.2, 0.2), U(r, 0.9, 1.1), U(r, 3, 4), U(r, 0.6, 0.8), 4, new Float64Array(4)], fixed: ['w'], outs: ['out'] },
  // arm
  { m: 'arm', f: 'ikLoss', gen: (r) => [F(r, 4, -1, 1), F(r, 4, 0.5, 1.5), U(r, -2, 2), U(r, -2, 2)] },
  { m: 'arm', f: 'tipXRecursive', gen: (r) => [F(r, 5, -1, 1), F(r, 5, 0.5, 1.5)] },
  { m: 'arm', f: 'tipXLoop', gen: (r) => [F(r, 5, -1, 1), F(r, 5, 0.5, 1.5)] },
  { m: 'arm', f: 'ikObstacle', gen: (r) => [F(r, 4, -1, 1), F(r, 4, 0.5, 1.5), U(r, 1, 2), U(r, 0.5, 2), U(r, -1, 1), U(r, -1, 1), U(r, 0.2, 0.5)] },
  { m: 'arm', f: 'jointPositions', gen: (r) => [F(r, 4, -1, 1), F(r, 4, 0.5, 1.5), new Float64Array(8)], outs: ['out'] },
  { m: 'arm', f: 'manipulability', gen: (r) => [F(r, 4, -1, 1), F(r, 4, 0.5, 1.5)] },
  { m: 'arm', f: 'twoLinkSolve', gen: (r) => [U(r, 0.2, 0.8), U(r, 0.5, 1.2), U(r, 0.8, 1.2), U(r, 0.6, 1), U(r, 0.5, 1.2), U(r, 0.5, 1.2)] },
  // signal
  { m: 'signal', f: 'fmSample', gen: (r) => [U(r, 0, 0.01), U(r, 200, 500), U(r, 50, 200), U(r, 0.5, 3)] },
  { m: 'signal', f: 'fmMatchLoss', gen: (r) => [Float64Array.of(U(r, 400, 480), U(r, 100, 140), U(r, 0.5, 2), U(r, 1000, 3000)), sinus(32, 440), 8000], fixed: ['sampleRate'] },
  { m: 'signal', f: 'onePole', gen: (r) => [F(r, 8, -1, 1), U(r, 0.1, 0.9), new Float64Array(8)], outs: ['out'] },
  { m: 'signal', f: 'adsr', gen: (r) => [U(r, -0.1, 1.2), U(r, 0.05, 0.2), U(r, 0.05, 0.2), U(r, 0.3, 0.8), U(r, 0.2, 0.4), U(r, 0.6, 0.8)] },
  { m: 'signal', f: 'toneRms', gen: (r) => [U(r, 3, 8), U(r, 1, 3), U(r, 0.5, 2), U(r, 0.05, 0.2), 64], fixed: ['n'] },
  { m: 'signal', f: 'localLevelLogLik', gen: (r) => [F(r, 10, -1, 1), U(r, -2, 0), U(r, -2, 0), U(r, -0.5, 0.5), U(r, 0.5, 2)] },
  { m: 'signal', f: 'cvKalmanLogLik', gen: (r) => [Float64Array.from({ length: 10 }, (_, k) => 0.3 * k + U(r, -0.2, 0.2)), U(r, -2, 0), U(r, -2, 0), U(r, 0.5, 1.5)] },
  { m: 'signal', f: 'gaussIntegral', gen: (r) => [U(r, -2, -1), U(r, 1, 2), U(r, 0.5, 3), U(r, -0.5, 0.5)] },
  { m: 'signal', f: 'gaussIntegralLoop', gen: (r) => [U(r, -2, -1), U(r, 1, 2), U(r, 0.5, 3), U(r, -0.5, 0.5), 40], fixed: ['n'] },
  // geom
  { m: 'geom', f: 'polygonArea', gen: (r) => [poly(r, 5, true)] },
  { m: 'geom', f: 'polygonAreaPairs', gen: (r) => [Array.from(poly(r, 5, true))] },
  { m: 'geom', f: 'distToPolyline', gen: (r) => [U(r, -1.5, 1.5), U(r, -1.5, 1.5), poly(r, 4)] },
  { m: 'geom', f: 'softDistToPolyline', gen: (r) => [U(r, -1.5, 1.5), U(r, -1.5, 1.5), poly(r, 4), U(r, 2, 10)] },
  { m: 'geom', f: 'signedDistPolygon', gen: (r) => [U(r, -1.2, 1.2), U(r, -1.2, 1.2), poly(r, 5, true)] },
  { m: 'geom', f: 'bezierRec', gen: (r) => [A(r, 5, -1, 1), U(r, 0, 1)] },
  { m: 'geom', f: 'bezierLoop', gen: (r) => [A(r, 5, -1, 1), U(r, 0, 1)] },
  { m: 'geom', f: 'catmullRomLength', gen: (r) => [poly(r, 6), 8], fixed: ['samplesPerSeg'] },
  { m: 'geom', f: 'pairwiseSumSq', gen: (r) => [F(r, 7, -2, 2)] },
  { m: 'geom', f: 'perimeter', gen: (r) => [poly(r, 5, true)] },
  // oop
  { m: 'oop', f: 'projectileRange', gen: (r) => [U(r, 5, 15), U(r, 0.3, 1.2), U(r, 0.001, 0.05)] },
  { m: 'oop', f: 'waveEnergy', gen: (r) => [Float64Array.from({ length: 12 }, (_, i) => (i === 0 || i === 11 ? 0 : Math.sin((Math.PI * i) / 11) + 0.1 * U(r, -1, 1))), U(r, 0.5, 1.5), 30], fixed: ['steps'] },
  { m: 'oop', f: 'axpyInPlace', gen: (r) => [U(r, -2, 2), F(r, 5, -1, 1), F(r, 5, -1, 1)], outs: ['y'] },
  { m: 'oop', f: 'lineResiduals', gen: (r) => [U(r, -2, 2), U(r, -1, 1), F(r, 6, 0, 3), F(r, 6, -1, 3), new Float64Array(6)], outs: ['res'] },
  { m: 'oop', f: 'mutualSeries', gen: (r) => [U(r, -2, 2), 6], fixed: ['depth'] },
  { m: 'oop', f: 'keplerLike', gen: (r) => [U(r, 0, 3), U(r, 0.1, 0.8)] },
  { m: 'oop', f: 'bandedCost', gen: (r) => [U(r, 0, 3), U(r, 0.1, 0.3), U(r, 0.2, 0.4), U(r, 0.3, 0.5)] },
  { m: 'oop', f: 'softFirstPassage', gen: (r) => [F(r, 12, -1, 1), 3, U(r, 0.5, 2)], fixed: ['rows'] },
  { m: 'oop', f: 'float32Ridge', gen: (r) => [Float32Array.from({ length: 4 }, () => U(r, -1, 1)), F(r, 4, -1, 1), U(r, -1, 1), U(r, 0.1, 1)], tol: 1e-3, note: 'Float32 storage: derivative of the rounding taken as 1 (README), tolerance 1e-3' },
  { m: 'oop', f: 'softmaxMargin', gen: (r) => [A(r, 5, -2, 2), 2], fixed: ['target'] },
  { m: 'oop', f: 'softmaxMargin', label: 'softmaxMargin/margin', gen: (r) => [A(r, 5, -2, 2), 2, U(r, 0, 1)], fixed: ['target'] },
  { m: 'oop', f: 'signedPowerNorm', gen: (r) => [F(r, 5, 0.2, 2).map((v, i) => (i % 2 ? -v : v)), U(r, 1.2, 2.5)] },
  // edge
  { m: 'edge', f: 'shadowing', gen: (r) => [U(r, -2, 2), U(r, -2, 2)] },
  { m: 'edge', f: 'varHoisting', gen: (r) => [F(r, 6, -1.5, 1.5)] },
  { m: 'edge', f: 'varHoisting', label: 'varHoisting/break', gen: (r) => [Float64Array.of(U(r, -1, 1), U(r, 2.2, 3), U(r, -1, 1), U(r, -1, 1))] },
  { m: 'edge', f: 'compoundOps', gen: (r) => [U(r, -2, 2), U(r, -2, 2)] },
  { m: 'edge', f: 'atLast', gen: (r) => [F(r, 5, -1, 1), U(r, 0.2, 0.9)] },
  { m: 'edge', f: 'tableLerp', gen: (r) => [U(r, 0.05, 1.9), U(r, 2, 3)] },
  { m: 'edge', f: 'tupleRecurrence', gen: (r) => [U(r, -1, 1), U(r, -1, 1), U(r, 0.2, 0.9), 7], fixed: ['n'] },
  { m: 'edge', f: 'aliasedHelper', gen: (r) => [F(r, 5, -1, 1), U(r, 0.5, 1.5)] },
  { m: 'edge', f: 'helperEarlyReturn', gen: (r) => [F(r, 6, -1, 1), F(r, 3, -0.8, 0.8)] },
  { m: 'edge', f: 'optionalParam', gen: (r) => [U(r, -1, 1), U(r, 0.5, 3)] },
  { m: 'edge', f: 'optionalParam', label: 'optionalParam/left-out', gen: (r) => [U(r, -1, 1)] },
  { m: 'edge', f: 'truncIndex', gen: (r) => [F(r, 6, -1, 1), U(r, 0.1, 4.9)] },
  { m: 'edge', f: 'whileTrue', gen: (r) => [U(r, -2, 2), U(r, -1, 1)] },
  { m: 'edge', f: 'spreadMax', gen: (r) => [A(r, 4, -1, 1), U(r, -1, 1)] },
  { m: 'edge', f: 'arrowInLoop', gen: (r) => [F(r, 5, -1, 1), U(r, -1, 1)] },
  // refused.ts: the one that compiled
  { m: 'refused', f: 'counterClosure', gen: (r) => [U(r, -2, 2)] },
  // refused2.ts: switch (true) compiles since stop 42 (one case per clause; d > 0)
  { m: 'refused2', f: 'switchTrue', label: 'switchTrueAbove', gen: (r) => [U(r, 1.2, 2), U(r, 0.5, 1)] },
  { m: 'refused2', f: 'switchTrue', label: 'switchTrueBelow', gen: (r) => [U(r, -2, -1.2), U(r, 0.5, 1)] },
  { m: 'refused2', f: 'switchTrue', label: 'switchTrueInside', gen: (r) => [U(r, -0.4, 0.4), U(r, 0.5, 1)] },
  // refused2.ts: compiles since xs.at(i) does (front51)
  { m: 'refused2', f: 'atLast', gen: (r) => [F(r, 5, -1, 1), U(r, 0.2, 0.9)] },
];

// pairs that must agree in value and gradient
export const twins = [['mfLoss', 'mfLossFunctional'], ['tipXRecursive', 'tipXLoop'], ['bezierRec', 'bezierLoop'], ['polygonArea', 'polygonAreaPairs']];
