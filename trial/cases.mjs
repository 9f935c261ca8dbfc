// Points for every exported function of trial/src, in each function's domain.
// Each case: args(r) → argument list (r: the random helpers below); optional:
//   ints: names of number parameters that are counts (not moved by differences),
//   outs: arrays the function writes (void / out-parameter functions),
//   tol:  tolerance of the derivative comparisons (default 1e-6),
//   expectRefused: true when I expect tsgrad to refuse it,
//   noHess: skip the dense Hessian (too many inputs).

export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const U = (lo, hi) => lo + (hi - lo) * next();
  const arr = (n, lo = -1, hi = 1) => Float64Array.from({ length: n }, () => U(lo, hi));
  const list = (n, lo = -1, hi = 1) => Array.from({ length: n }, () => U(lo, hi));
  const ints = (n, lo, hi) => Int32Array.from({ length: n }, () => Math.floor(U(lo, hi)));
  const spd = (n) => {
    const B = arr(n * n);
    const A = new Float64Array(n * n);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        let s = i === j ? n : 0;
        for (let k = 0; k < n; k++) s += B[i * n + k] * B[j * n + k];
        A[i * n + j] = s;
      }
    return A;
  };
  const sortedArr = (n, lo, hi) => Float64Array.from(arr(n, lo, hi)).sort();
  return { next, U, arr, list, ints, spd, sortedArr };
}

// an expression tree: sin(x0 * x1) + exp(x2 / (x0 + 3)) * 0.5
// node: 0 Add(1, 6); 1 Sin(2); 2 Mul(3, 4); 3 Var0; 4 Var1; 6 Mul(7, 12); 7 Exp(8); 8 Div(9, 10);
// 9 Var2; 10 Add(11, 5); 11 Var0; 5 Const 3; 12 Const 0.5
const tree = {
  ops: Int32Array.from([2, 4, 3, 1, 1, 0, 3, 5, 6, 1, 2, 1, 0]),
  left: Int32Array.from([1, 2, 3, 0, 1, 0, 7, 8, 9, 2, 11, 0, 0]),
  right: Int32Array.from([6, 0, 4, 0, 0, 0, 12, 0, 10, 0, 5, 0, 0]),
  consts: Float64Array.from([0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0.5]),
};

const hmmArgs = (r, S = 3, V = 4, T = 6) => {
  const logRow = (n) => {
    const a = r.arr(n, -2, 0);
    return a;
  };
  return [logRow(S), logRow(S * S), logRow(S * V), r.ints(T, 0, V)];
};

export const cases = {
  finance: {
    normCdf: { args: (r) => [r.U(-3, 3)] },
    normPdf: { args: (r) => [r.U(-3, 3)] },
    bsCall: { args: (r) => [r.U(80, 120), r.U(90, 110), r.U(0.2, 2), r.U(0, 0.05), r.U(0.1, 0.5)] },
    bsPut: { args: (r) => [r.U(80, 120), r.U(90, 110), r.U(0.2, 2), r.U(0, 0.05), r.U(0.1, 0.5)] },
    black76: { args: (r) => [r.U(80, 120), r.U(90, 110), r.U(0.2, 2), r.U(0.1, 0.5), r.U(0.9, 1)] },
    binomialAmericanPut: { args: (r) => [r.U(80, 120), r.U(90, 110), r.U(0.2, 2), r.U(0.01, 0.05), r.U(0.1, 0.5), 30], ints: ['steps'], tol: 1e-5 },
    binomialEuroCall: { args: (r) => [r.U(80, 120), r.U(90, 110), r.U(0.2, 2), r.U(0.01, 0.05), r.U(0.1, 0.5)], ints: ['steps'], tol: 1e-5 },
    asianCallMC: { args: (r) => [r.U(90, 110), r.U(80, 95), r.U(0, 0.05), r.U(0.1, 0.4), r.U(0.5, 1.5), r.arr(40, -2, 2), 8], ints: ['paths'] },
    smoothBarrierCall: { args: (r) => [r.U(95, 110), r.U(80, 95), r.U(70, 80), r.U(0, 0.05), r.U(0.1, 0.4), r.U(0.5, 1.5), r.arr(30, -2, 2), 5], ints: ['paths'] },
    smileCalibration: { args: (r) => [r.U(0.15, 0.3), r.U(-0.05, 0.05), r.U(0.1, 0.5), 100, r.U(0.5, 1.5), 0.02, Float64Array.from([85, 95, 100, 105, 115]), r.arr(5, 2, 15)] },
    impliedVol: { args: (r) => [r.U(9, 14), 100, r.U(100, 105), r.U(0.5, 1.5), r.U(0, 0.05)], tol: 1e-5 },
    portfolioValue: { args: (r) => [r.list(4, -1, 1), [90, 95, 105, 110], r.U(95, 105), r.U(0.5, 1.5), r.U(0, 0.05), r.U(0.15, 0.4)] },
    portfolioValue2: { args: (r) => [r.list(4, -1, 1), [90, 95, 105, 110], r.U(95, 105), r.U(0.5, 1.5), r.U(0, 0.05), r.U(0.15, 0.4)] },
    mertonCall: { args: (r) => [r.U(90, 110), r.U(95, 105), r.U(0.5, 1.5), r.U(0, 0.05), r.U(0.15, 0.3), r.U(0.1, 1), r.U(-0.2, 0.1), r.U(0.1, 0.3)] },
  },
  signal: {
    biquadEnergy: { args: (r) => [r.U(0.2, 0.5), r.U(0.1, 0.4), r.U(0, 0.2), r.U(-0.5, 0.5), r.U(0, 0.3), r.arr(24)] },
    biquadFilter: { args: (r) => [Float64Array.from([r.U(0.2, 0.5), r.U(0.1, 0.4), r.U(0, 0.2), r.U(-0.5, 0.5), r.U(0, 0.3)]), r.arr(10), new Float64Array(10)], outs: ['y'] },
    onePoleLast: { args: (r) => [r.U(50, 500), 8000, r.list(16)] },
    dftMagnitude: { args: (r) => [r.arr(16), 3], ints: ['k'] },
    spectralCentroid: { args: (r) => [r.arr(12)] },
    dftSpectrum: { args: (r) => [r.arr(8), new Float64Array(5)], outs: ['mag'] },
    firValid: { args: (r) => [r.arr(3), r.arr(8), new Float64Array(6)], outs: ['out'] },
    envelopeMean: { args: (r) => [r.U(0.1, 0.5), r.U(0.8, 0.99), r.arr(20)] },
    autocorr: { args: (r) => [r.arr(12), 2], ints: ['lag'] },
    softClipRms: { args: (r) => [r.U(0.5, 3), r.arr(16)] },
    preEmphasisPower: { args: (r) => [r.U(0.8, 0.99), r.arr(20)] },
    goertzel: { args: (r) => [r.arr(20), r.U(0.05, 0.45)] },
    leakyIntegrate: { args: (r) => [r.U(2, 6), r.U(0.3, 0.8), r.arr(24, 0, 1)] },
  },
  gp: {
    cholesky: { args: (r) => [r.spd(4), new Float64Array(16), 4], ints: ['n'], outs: ['L'] },
    gpNegLogLik: { args: (r) => [r.U(-0.5, 0.5), r.U(-0.3, 0.3), r.U(-1.5, -0.5), r.sortedArr(6, -2, 2), r.arr(6)] },
    logDetSPD: { args: (r) => [r.spd(4), 4], ints: ['n'] },
    kernelRidgeDual: { args: (r) => [r.arr(6), r.arr(6, -2, 2), r.arr(6), r.U(0.5, 1.5), r.U(0.01, 0.2)] },
    gpPosteriorMean: { args: (r) => [r.U(-1, 1), r.U(0.5, 1.5), r.U(0.05, 0.3), r.arr(5, -2, 2), r.arr(5)] },
    matern32Sum: { args: (r) => [r.arr(10, -1, 1), r.U(0.5, 2)] },
    invQuadForm: { args: (r) => [r.spd(4), r.arr(4)] },
  },
  ode: {
    pendulumRK4: { args: (r) => [r.U(-1, 1), r.U(-1, 1), r.U(0.5, 2), r.U(0, 0.3), 0.01, 50], ints: ['steps'] },
    adaptiveDecay: { args: (r) => [r.U(0.5, 2), r.U(0.5, 2), r.U(1, 3)], tol: 1e-5 },
    nbodyEnergy: { args: (r) => [r.arr(6, -1, 1), r.arr(6, -0.3, 0.3), r.arr(3, 0.5, 1.5), 0.01, 20], ints: ['steps'] },
    particlesInBox: { args: (r) => [r.arr(4, 0.2, 0.8), r.arr(4, -1, 1), 1, r.U(0.6, 0.9), 0.02, 40], ints: ['steps'] },
    diskCollision: { args: (r) => [r.U(-1, -0.5), r.U(0.5, 1), r.U(0.5, 1), r.U(-1, -0.5), r.U(0.5, 2), r.U(0.5, 2), 0.01, 150], ints: ['steps'] },
    springChain: { args: (r) => [r.U(1, 5), r.U(0.1, 0.5), r.arr(4), 0.01, 30, new Float64Array(4)], ints: ['steps'], outs: ['out'] },
    lotkaVolterraLoss: { args: (r) => [r.U(0.8, 1.2), r.U(0.3, 0.6), r.U(0.2, 0.4), r.U(0.8, 1.2), r.arr(8, 0.5, 2), 0.1] },
    dragRange: { args: (r) => [r.U(5, 15), r.U(0.3, 1.2), r.U(0.01, 0.1)], tol: 1e-5 },
    verletAction: { args: (r) => [r.U(-1, 1), r.U(-1, 1), r.U(0, 0.5), 0.05, 40], ints: ['steps'] },
    gaussIntegral: { args: (r) => [r.U(-2, -0.5), r.U(0.5, 2), r.U(0.5, 2)], tol: 1e-5 },
  },
  trees: {
    evalTree: { args: (r) => [tree.ops, tree.left, tree.right, Float64Array.from(tree.consts), r.arr(3)] },
    evalTreeIterative: { args: (r) => [tree.ops, tree.left, tree.right, Float64Array.from(tree.consts), r.arr(3)] },
    bezier: { args: (r) => [r.arr(5), r.U(0, 1)] },
    bezierLength: { args: (r) => [r.arr(4), r.arr(4)], ints: ['samples'] },
    bezierIter: { args: (r) => [r.arr(5), r.U(0, 1)] },
    pairwiseSumSq: { args: (r) => [r.arr(9)], expectRefused: true },
    pairwiseSumSq2: { args: (r) => [r.arr(9)] },
    softmaxTree: { args: (r) => [r.arr(8), r.U(0.2, 1)] },
    polyByRecursion: { args: (r) => [r.U(-1.5, 1.5), r.arr(6)] },
    hornerRecursive: { args: (r) => [r.list(6), r.U(-1.5, 1.5)] },
    tanCF: { args: (r) => [r.U(-1.2, 1.2)] },
  },
  attention: {
    attentionEnergy: { args: (r) => [r.arr(12), r.arr(16, -0.5, 0.5), r.arr(16, -0.5, 0.5), r.arr(16, -0.5, 0.5), 3, 4], ints: ['T', 'D'], noHess: true },
    causalAttentionSum: { args: (r) => [r.arr(12), r.arr(12), r.arr(12), 3, 4], ints: ['T', 'D'] },
    causalAttentionSum2: { args: (r) => [r.arr(12), r.arr(12), r.arr(12), 3, 4], ints: ['T', 'D'] },
    layerNorm: { args: (r) => [r.arr(8), r.arr(4, 0.5, 1.5), r.arr(4), 2, new Float64Array(8)], ints: ['T'], outs: ['out'] },
    mlpBlockLoss: { args: (r) => [r.arr(6), r.arr(24, -0.5, 0.5), r.arr(8, -0.1, 0.1), r.arr(24, -0.5, 0.5), r.arr(3, -0.1, 0.1), r.arr(6), 2], ints: ['T'], noHess: true },
    mlpBlockLossScratch: { args: (r) => [r.arr(6), r.arr(24, -0.5, 0.5), r.arr(8, -0.1, 0.1), r.arr(24, -0.5, 0.5), r.arr(3, -0.1, 0.1), r.arr(6), 2], ints: ['T'], expectRefused: true },
    tiedLogitsCE: { args: (r) => [r.arr(20), r.arr(4), 2], ints: ['label'] },
    ropeDot: { args: (r) => [r.arr(6), r.arr(6), 3, 5], ints: ['m', 'n', 'base'] },
    rmsNormDot: { args: (r) => [r.arr(6), r.arr(6, 0.5, 1.5), r.arr(6)] },
  },
  hmm: {
    hmmForward: { args: (r) => hmmArgs(r) },
    viterbiScore: { args: (r) => hmmArgs(r), expectRefused: true },
    viterbiSpread: { args: (r) => { const [a, b, c, d] = hmmArgs(r); return [Array.from(a), Array.from(b), Array.from(c), Array.from(d)]; }, expectRefused: true },
    softDTW: { args: (r) => [r.arr(5), r.arr(6), r.U(0.3, 1)] },
    crfLogZ: { args: (r) => [r.arr(12), r.arr(9), 4], ints: ['T'] },
    crfNLL: { args: (r) => [r.arr(12), r.arr(9), 4, r.ints(4, 0, 3)], ints: ['T'] },
    smoothAlign: { args: (r) => [r.arr(4), r.arr(5), r.U(0.3, 1)] },
  },
  misc: {
    activate: { args: (r) => [r.U(0.1, 1) * (r.next() < 0.5 ? -1 : 1), Math.floor(r.U(0, 4))], enums: ['kind'] },
    activationSum: { args: (r) => [r.arr(6).map((v) => (Math.abs(v) < 0.05 ? 0.3 : v)), Math.floor(r.U(0, 4))], enums: ['kind'] },
    elementaryCost: { args: (r) => [r.U(0.1, 1), r.U(0.1, 1), r.U(-1, 1)] },
    swapRecurrence: { args: (r) => [r.U(-1, 1), r.U(-1, 1), 7], ints: ['n'] },
    sortedWeighted: { args: (r) => [r.arr(6)] },
    withDefault: { args: (r) => [r.U(-1, 1)], alt: (r) => [r.U(-1, 1), r.U(-1, 1), r.U(-1, 1)] },
    withOptional: { args: (r) => [r.U(-1, 1), r.U(0.5, 2)], alt: (r) => [r.U(-1, 1)] },
    withNullish: { args: (r) => [r.U(-1, 1)], alt: (r) => [r.U(-1, 1), r.U(-1, 1)] },
    nestedHelper: { args: (r) => [r.U(-1, 1), r.U(-1, 1)], expectRefused: true },
    arrowHelper: { args: (r) => [r.U(-1, 1), r.U(0.5, 2)], expectRefused: true },
    moduleConstants: { args: (r) => [r.arr(6)] },
    genericCaller: { args: (r) => [r.arr(4), r.list(3), r.U(0.5, 2)] },
    labelledContinue: { args: (r) => [r.arr(12), 3, 0.6], ints: ['rows'] },
    newtonCbrt: { args: (r) => [r.U(0.2, 5)] },
    piecewise: { args: (r) => [r.U(-0.3, 1.3)] },
    guarded: { args: (r) => [r.U(0.1, 3), r.U(0.5, 2)] },
    bitMix: { args: (r) => [r.arr(8), Math.floor(r.U(1, 1000))], ints: ['seed'] },
    tupleHelper: { args: (r) => [r.U(0.1, 1), r.U(-1, 1)] },
    objectHelper: { args: (r) => [r.U(-1, 1), r.U(-1, 1)] },
    mathDestructure: { args: (r) => [r.U(-1, 1), r.U(-1, 1)] },
    compoundOps: { args: (r) => [r.U(-1, 1), r.U(-1, 1)] },
    arrowExport: { args: (r) => [r.U(-1, 1), r.U(-1, 1)] },
    reduceStyle: { args: (r) => [r.list(5)], expectRefused: true },
  },
  geometry: {
    polygonArea: { args: (r) => [r.arr(10)] },
    polygonPerimeter: { args: (r) => [r.list(10)] },
    isoperimetric: { args: (r) => [Float64Array.from([0, 0, 1, 0.1, 1.2, 1, 0.1, 0.9].map((v) => v + r.U(-0.1, 0.1)))] },
    pointSegmentDistance: { args: (r) => [r.U(-1, 1), r.U(-1, 1), r.U(-1, 0), r.U(-1, 1), r.U(0.2, 1), r.U(-1, 1)] },
    pointPolylineDistance: { args: (r) => [r.U(-1, 1), r.U(-1, 1), r.arr(8)] },
    rotateAboutCentroid: { args: (r) => [r.arr(6), r.U(-3, 3), new Float64Array(6)], outs: ['out'] },
    alignError: { args: (r) => [r.arr(8), r.arr(8), r.U(-3, 3), r.U(-1, 1), r.U(-1, 1)] },
    quatRotate: { args: (r) => [r.U(0.5, 1), r.U(-1, 1), r.U(-1, 1), r.U(-1, 1), r.arr(3)] },
    minTriangleAngle: { args: (r) => [Float64Array.from([0, 0, 1, 0, 0.3, 0.8].map((v) => v + r.U(-0.1, 0.1)))] },
    softChamfer: { args: (r) => [r.arr(6), r.arr(8), r.U(0.3, 1)] },
    roundedBoxSDF: { args: (r) => [r.U(-2, 2), r.U(-2, 2), r.U(0.5, 1), r.U(0.5, 1), r.U(0.05, 0.3)] },
    circumradius: { args: (r) => [r.U(-1, 0), r.U(-1, 0), r.U(0.5, 1), r.U(-1, 0), r.U(-0.3, 0.3), r.U(0.5, 1)] },
    windingAngle: { args: (r) => [Float64Array.from([1, 0, 0, 1, -1, 0, 0, -1].map((v) => v + r.U(-0.2, 0.2)))] },
  },
  losses: {
    huberLoss: { args: (r) => [r.arr(6, -2, 2), r.arr(6, -2, 2)] },
    logCoshLoss: { args: (r) => [r.arr(6, -2, 2), r.arr(6, -2, 2)] },
    focalLoss: { args: (r) => [r.arr(6, -3, 3), Uint8Array.from([1, 0, 1, 1, 0, 0])] },
    pinballLoss: { args: (r) => [r.arr(3), r.U(-1, 1), [0.1, 0.5, 0.9]] },
    tripletLoss: { args: (r) => [r.arr(4), r.arr(4, -0.3, 0.3), r.arr(4, -0.5, 0.5)] },
    smoothCE: { args: (r) => [r.arr(5, -2, 2), 1], ints: ['label'] },
    logisticNLL: { args: (r) => [r.arr(3), r.U(-1, 1), r.arr(15), Float64Array.from({ length: 5 }, (_, i) => i % 2)] },
    infoNCE: { args: (r) => [r.arr(4), r.arr(16), 2, r.U(0.2, 1)], ints: ['positive'] },
    tvDenoise: { args: (r) => [r.arr(8), r.arr(8), r.U(0.1, 1)] },
    svmLoss: { args: (r) => [r.arr(3, -0.3, 0.3), r.arr(15), Float64Array.from([1, -1, 1, -1, 1]), r.next() < 0.5] },
    gaussKL: { args: (r) => [r.arr(5), r.arr(5)] },
    diceLoss: { args: (r) => [r.arr(6, -2, 2), r.arr(6, 0, 1)] },
  },
  stats: {
    weightedVariance: { args: (r) => [r.arr(8), r.arr(8, 0.2, 1)] },
    kdeLogDensity: { args: (r) => [r.U(-1, 1), r.arr(10), r.U(0.2, 1)] },
    logsumexp: { args: (r) => [r.list(6, -3, 3)] },
    welfordStd: { args: (r) => [r.arr(8)] },
    skewness: { args: (r) => [r.arr(8)] },
    pearson: { args: (r) => [r.arr(8), r.arr(8)] },
    ewmaInnovation: { args: (r) => [r.arr(10), r.U(0.5, 0.95)] },
    studentTNLL: { args: (r) => [r.U(-0.5, 0.5), r.U(-0.5, 0.5), r.U(0, 2), r.arr(8, -2, 2)], expectRefused: true },
    studentTNLL2: { args: (r) => [r.U(-0.5, 0.5), r.U(-0.5, 0.5), r.U(0, 2), r.arr(8, -2, 2)] },
    gmm1d: { args: (r) => [r.arr(3), r.arr(3, -2, 2), r.arr(3, -1, 0.5), r.arr(10, -3, 3)] },
    softMedianLoss: { args: (r) => [r.U(-0.5, 0.5), r.arr(9), r.U(0.1, 0.5)] },
  },
  refused: {
    classEnergy: { args: (r) => [r.U(0.5, 2), r.U(-1, 1)], expectRefused: true },
    springEnergy: { args: (r) => [r.U(0.5, 2), r.U(-1, 1)] },
    countingLoss: { args: (r) => [r.U(-1, 1)], expectRefused: true },
    safeLog: { args: (r) => [r.U(0.1, 2)], expectRefused: true },
    noisyObjective: { args: (r) => [r.U(-1, 1)], expectRefused: true },
    objectParam: { args: (r) => [{ a: r.U(-1, 1), b: r.U(-1, 1) }, r.U(-1, 1)], expectRefused: true },
    nestedArrays: { args: (r) => [[[1, 2], [3, 4]], r.U(-1, 1)], expectRefused: true },
    callsRefused: { args: (r) => [r.U(0.1, 2)], expectRefused: true },
    afterRefusals: { args: (r) => [r.U(0.1, 1), r.U(-1, 1)] },
    asyncLoss: { args: (r) => [r.U(-1, 1)], expectRefused: true, notNumber: true },
    returnsObject: { args: (r) => [r.U(-1, 1)], expectRefused: true, notNumber: true },
    byName: { args: (r) => [r.U(-1, 1), r.next() < 0.5 ? 'sq' : 'cube'] },
  },
  tricky: {
    inPlaceScan: { args: (r) => [r.arr(6, -0.9, 0.9)] },
    accumulateInto: { args: (r) => [r.arr(5), r.arr(5)], outs: ['acc'] },
    selfDot: { args: (r) => [r.arr(6)] },
    windowWrite: { args: (r) => [r.arr(5), r.U(0.5, 2)] },
    float32Store: { args: (r) => [r.arr(5), r.U(0.5, 2)], tol: 1e-3 },
    rpnStack: { args: (r) => [r.U(-1, 1), r.U(-1, 1)], expectRefused: true },
    twoIndexReverse: { args: (r) => [r.arr(7)] },
    mutualRec: { args: (r) => [r.U(-0.9, 0.9)] },
    crossModule: { args: (r) => [r.U(90, 110), r.U(0.1, 0.4), r.arr(8)] },
    tableLookup: { args: (r) => [r.arr(6).map((v) => Math.floor(v * 4) / 4 + 0.1)] },
    fracMod: { args: (r) => [r.U(0.1, 3.9), r.U(1.1, 1.9)] },
    logicalAssign: { args: (r) => [r.U(0.2, 1), r.U(-1, 1)] },
    sideEffectIndex: { args: (r) => [r.arr(5)] },
    firstOver: { args: (r) => [r.arr(6), r.U(0.3, 0.6)] },
    chooseArray: { args: (r) => [r.arr(4), r.arr(4), r.U(0.1, 1) * (r.next() < 0.5 ? -1 : 1)] },
    spreadHypot: { args: (r) => [r.list(4), r.U(0.5, 2)] },
    unaryForms: { args: (r) => [r.U(-1, 1), r.U(-1, 1)] },
    longLoop: { args: (r) => [r.U(2.5, 2.9), r.U(0.2, 0.8)], tol: 1e-5 },
    switchInLoop: { args: (r) => [r.arr(8), r.ints(8, 0, 4)] },
    shadowing: { args: (r) => [r.U(-1, 1)] },
    rombergLike: { args: (r) => [r.U(-1, 0), r.U(0.5, 1.5), r.U(0.5, 2)] },
    checkpointed: { args: (r) => [r.U(-1, 1), r.U(0.5, 2), 200], ints: ['steps'] },
    twoOutputs: { args: (r) => [r.arr(4).map((v) => (Math.abs(v) < 0.05 ? 0.5 : v)), r.U(0.5, 2), new Float64Array(4), new Float64Array(4)], outs: ['lo', 'hi'] },
    normalizeInPlace: { args: (r) => [r.arr(4)], outs: ['v'] },
    activePow: { args: (r) => [r.U(0.2, 2), r.U(-1, 2)] },
    negBasePow: { args: (r) => [r.U(-2, 0)] },
    atZero: { args: (r) => [r.U(0.2, 1), r.U(0.2, 1)] },
  },
  names: {
    collide: { args: (r) => [r.U(-1, 1), r.U(-1, 1), r.U(-1, 1), r.U(-1, 1), r.U(-1, 1), r.U(-1, 1)] },
    localNames: { args: (r) => [r.U(-1, 1), r.U(-1, 1)] },
    loss: { args: (r) => [r.U(-1, 5)] },
    loss_grad_manual: { args: (r) => [r.U(-1, 5)] },
    moduleArrows: { args: (r) => [r.U(-1, 1)] },
    constantFn: { args: () => [] },
    varAndComma: { args: (r) => [r.U(-1, 1), r.U(-1, 1)] },
    deepRecursion: { args: (r) => [r.arr(2000)], noHess: true },
    emptyOk: { args: (r) => [new Float64Array(0), r.U(-1, 1)], alt: (r) => [r.arr(3), r.U(-1, 1)] },
    maybeMean: { args: (r) => [r.arr(4)] },
    usesMaybe: { args: (r) => [r.arr(4), r.U(-1, 1)], alt: (r) => [new Float64Array(0), r.U(-1, 1)] },
    intIndex: { args: (r) => [r.arr(6)] },
    argsLength: { args: (r) => [r.U(-1, 1), r.U(-1, 1)], expectRefused: true },
    earlyHelperInLoop: { args: (r) => [r.arr(6), r.arr(3, -0.5, 0.5)] },
    reassignParam: { args: (r) => [r.U(-1, 1), r.U(-1, 1)] },
    rebindParam: { args: (r) => [r.arr(4)] },
    helperMutates: { args: (r) => [r.arr(5)] },
  },
  probe: {
    windowsInLoop: { args: (r) => [r.arr(4), r.arr(3)] },
    iterateWindows: { args: (r) => [r.arr(6)] }, // x.slice(2) refused: I expected it (x.slice() is supported)
    readonlyParams: { args: (r) => [r.list(4), r.list(4), r.U(-1, 1)] },
    readsModuleLet: { args: (r) => [r.U(-1, 1)] },
    restOfMath: { args: (r) => [r.U(-0.9, 0.9), r.U(-0.9, 0.9)] },
    keplerE: { args: (r) => [r.U(0, 3), r.U(0.05, 0.5)], tol: 1e-5 },
    keplerNewton: { args: (r) => [r.U(0, 3), r.U(0.05, 0.8)] },
    pushBackwards: { args: (r) => [r.arr(6), r.U(0.5, 1.2)] },
    truncIndex: { args: (r) => [r.arr(12), 4], ints: ['cols'] },
    doWhileContinue: { args: (r) => [r.arr(6).map((v) => (Math.abs(v) < 0.05 ? 0.3 : v))] },
    float32Param: { args: (r) => [Float32Array.from(r.arr(5)), r.U(0.5, 2)] },
    factoryLoss: { args: (r) => [r.U(-1, 1)] },
    addSquares: { args: (r) => [r.arr(4), r.arr(4)], outs: ['acc'] },
    prefixInPlace: { args: (r) => [r.arr(5), r.U(0.5, 2)], outs: ['v'] },
  },
  rules: {
    tableInterp: { args: (r) => [r.U(0.05, 2.95)] },
    tableInterp_vjp: { args: (r) => [r.U(0.05, 2.95), { x: 0 }], skip: true },
    bisectSqrt: { args: (r) => [r.U(0.2, 4)], tol: 1e-5 },
    bisectSqrt_vjp: { args: (r) => [r.U(0.2, 4), { a: 0 }], skip: true },
    usesRules: { args: (r) => [r.arr(5, 0.05, 2.95)], tol: 1e-5 },
    kernelScore: { args: (r) => [r.arr(12), r.arr(4), r.arr(3)] },
  },
};
