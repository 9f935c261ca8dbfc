// Domains of the checked functions: for each exported function, a generator of arguments at a point (r() is uniform
// in [0, 1)). `fixed` names number parameters that are sizes, indices or modes (not moved by differences; their
// gradient must be 0). `writes` names the arrays a function writes (checked through f_jacobian).
const U = (r, a, b) => a + (b - a) * r();
const F = (r, n, a, b) => Float64Array.from({ length: n }, () => U(r, a, b));
const L = (r, n, a, b) => Array.from({ length: n }, () => U(r, a, b));
const sorted = (a) => a.sort((x, y) => x - y);

export const specs = {
  // util
  softplus: { module: 'util', at: [[-35], [-3.3], [0.7], [12], [34]] },
  sigmoid: { module: 'util', gen: (r) => [U(r, -6, 6)] },
  logSumExp: { module: 'util', gen: (r) => [F(r, 5, -3, 3)] },
  lse2: { module: 'util', gen: (r) => [U(r, -3, 3), U(r, -3, 3)] },
  dot: { module: 'util', gen: (r) => [F(r, 4, -2, 2), F(r, 4, -2, 2)] },
  axpy: { module: 'util', writes: ['y'], gen: (r) => [U(r, -2, 2), F(r, 4, -1, 1), F(r, 4, -1, 1)] },
  sumSq: { module: 'util', gen: (r) => [L(r, 5, -2, 2)] },
  clamp: { module: 'util', at: [[-1.7, -1, 1], [0.3, -1, 1], [1.4, -1, 1]] },
  // neuro
  lifSpikeCount: { module: 'neuro', gen: (r) => [F(r, 3, 0.5, 1.5), F(r, 3 * 30, 0, 1), r() < 0.5 ? { tau: 5 } : {}] },
  hhSteadyNa: { module: 'neuro', gen: (r) => [U(r, -80, -5)] },
  hhPeakVoltage: { module: 'neuro', fixed: ['steps'], gen: (r) => [U(r, 100, 130), U(r, 30, 40), U(r, 0.2, 0.4), U(r, 8, 15), 300] },
  synapticDrive: { module: 'neuro', gen: (r) => [Float64Array.from(sorted(L(r, 6, 0, 20))), U(r, 1, 4), U(r, 0.5, 2), U(r, 29.6, 29.9)] },
  poissonGlmNll: { module: 'neuro', gen: (r) => [F(r, 3, -1, 1), U(r, -0.5, 0.5), F(r, 24, -1, 1), Int32Array.from({ length: 8 }, () => Math.floor(4 * r()))] },
  stdpChange: { module: 'neuro', gen: (r) => [sorted(L(r, 4, 0, 50)), sorted(L(r, 5, 0, 50)), U(r, 0.005, 0.02), U(r, 0.005, 0.02), U(r, 10, 30), U(r, 10, 30)] },
  dendriteInputG: { module: 'neuro', fixed: ['node'], gen: (r) => [F(r, 7, 0.1, 1), F(r, 7, 0.5, 2), 0] },
  dendriteInputGLoop: { module: 'neuro', gen: (r) => [F(r, 7, 0.1, 1), F(r, 7, 0.5, 2)] },
  // astro
  keplerE: { module: 'astro', gen: (r) => [U(r, 0.1, 6.2), U(r, 0, 0.75)] },
  radialVelocity: { module: 'astro', gen: (r) => [U(r, 0, 20), U(r, 3, 8), U(r, 10, 50), U(r, 0.05, 0.6), U(r, 0, 6), U(r, 0, 3), U(r, -5, 5)] },
  rvChi2: { module: 'astro', gen: (r) => [Float64Array.of(U(r, 4, 6), U(r, 20, 40), U(r, 0.1, 0.5), U(r, 0, 6), U(r, 0, 2), U(r, -3, 3)), F(r, 10, 0, 20), F(r, 10, -30, 30), F(r, 10, 1, 3)] },
  rvModel: { module: 'astro', writes: ['out'], gen: (r) => [Float64Array.of(U(r, 4, 6), U(r, 20, 40), U(r, 0.1, 0.5), U(r, 0, 6), U(r, 0, 2), U(r, -3, 3)), F(r, 5, 0, 20), new Float64Array(5)] },
  transitFlux: { module: 'astro', gen: (r) => [U(r, -0.2, 0.2), U(r, 0.05, 0.15), U(r, 8, 12), U(r, 1.52, 1.57), U(r, 0.2, 0.5), U(r, 0.1, 0.3), U(r, 3, 4)] },
  transitChi2: { module: 'astro', gen: (r) => [U(r, 0.05, 0.15), U(r, 8, 12), U(r, 1.52, 1.57), U(r, 0.2, 0.5), U(r, 0.1, 0.3), L(r, 12, -0.2, 0.2), L(r, 12, 0.98, 1)] },
  totalMagnitudeRec: { module: 'astro', gen: (r) => [F(r, 7, -1, 8)] },
  totalMagnitudeLoop: { module: 'astro', gen: (r) => [F(r, 7, -1, 8)] },
  planckColor: { module: 'astro', gen: (r) => [U(r, 3000, 10000), U(r, 0.4, 0.45), U(r, 0.5, 0.6)] },
  // em
  dipoleFieldEnergy: { module: 'em', gen: (r) => [U(r, -1, 1), U(r, -1, 1), U(r, -1, 1), U(r, 0.5, 2), U(r, -2, -0.5), U(r, 0.5, 2)] },
  lineReflection: { module: 'em', gen: (r) => [U(r, 30, 100), U(r, 10, 200), U(r, -80, 80), U(r, 0.1, 1.4), U(r, 40, 60)] },
  ladderImpedance: { module: 'em', gen: (r) => [F(r, 5, 1, 10), F(r, 5, 0.1, 1), U(r, 0.5, 3)] },
  biotSavartLocal: {
    module: 'em',
    gen: (r) => [Float64Array.from({ length: 15 }, (_, k) => (k % 3 === 2 ? U(r, -0.1, 0.1) : Math[k % 3 ? 'sin' : 'cos']((2 * Math.PI * Math.floor(k / 3)) / 5) + U(r, -0.1, 0.1))), U(r, -0.3, 0.3), U(r, -0.3, 0.3), U(r, 0.3, 0.8), U(r, 0.5, 2)],
  },
  // (refused when the trial was written: they differentiate since front41; specs added at the merge, the same
  // domain as biotSavartLocal, and a plain array for accumulate)
  biotSavartLoop: {
    module: 'em',
    gen: (r) => [Float64Array.from({ length: 15 }, (_, k) => (k % 3 === 2 ? U(r, -0.1, 0.1) : Math[k % 3 ? 'sin' : 'cos']((2 * Math.PI * Math.floor(k / 3)) / 5) + U(r, -0.1, 0.1))), U(r, -0.3, 0.3), U(r, -0.3, 0.3), U(r, 0.3, 0.8), U(r, 0.5, 2)],
  },
  accumulate: { module: 'refused', gen: (r) => [F(r, 5, -2, 2)] },
  chargePotential: { module: 'em', gen: (r) => [F(r, 4, -1, 1), F(r, 4, -1, 1), F(r, 4, -1, 1), U(r, 1.5, 2), U(r, -2, -1.5), U(r, 0.01, 0.1)] },
  chargeField: { module: 'em', writes: ['out'], gen: (r) => [F(r, 3, -1, 1), F(r, 3, -1, 1), F(r, 3, -1, 1), Float64Array.of(U(r, 1.5, 2), U(r, -2, -1.5), U(r, -2, -1.5), U(r, 1.5, 2)), new Float64Array(4)] },
  // biochem
  michaelisMenten: { module: 'biochem', gen: (r) => [U(r, 1, 10), U(r, 0.1, 5), U(r, 0, 10)] },
  inhibitionNll: { module: 'biochem', gen: (r) => [U(r, 0, 2), U(r, -1, 1), U(r, -1, 1), F(r, 8, 0.1, 10), F(r, 8, 0, 3), F(r, 8, 0.5, 5), ['competitive', 'uncompetitive', 'mixed'][Math.floor(3 * r())]] },
  functionalResponse: { module: 'biochem', fixed: ['type'], gen: (r) => [U(r, 0.2, 2), U(r, 0.1, 1), U(r, 0.1, 5), 1 + Math.floor(3 * r())] },
  mmRhs: { module: 'biochem', writes: ['out'], gen: (r) => [F(r, 3, 0.1, 2), F(r, 5, 0.2, 2), new Float64Array(3)] },
  mmNetworkProduct: { module: 'biochem', fixed: ['steps'], gen: (r) => [F(r, 5, 0.2, 2), F(r, 3, 0.5, 2), 40, U(r, 0.1, 0.3)] },
  predatorPreyLoss: { module: 'biochem', gen: (r) => [U(r, 0.8, 1.2), U(r, 2, 4), U(r, 0.5, 1.5), U(r, 0.2, 0.6), U(r, 0.3, 0.7), U(r, 0.1, 0.3), F(r, 8, 0.5, 2), U(r, 0.05, 0.15)] },
  hillFit: { module: 'biochem', gen: (r) => [U(r, -0.5, 0.5), U(r, 1, 3), L(r, 6, 0.1, 3), L(r, 6, 0, 1)] },
  cascadeOutput: { module: 'biochem', gen: (r) => [F(r, 5, 0.5, 3)] },
  cascadeOutputLoop: { module: 'biochem', gen: (r) => [F(r, 5, 0.5, 3)] },
  turnoverPenalty: { module: 'biochem', gen: (r) => [F(r, 4, 1, 3), F(r, 4, 0.2, 2), U(r, 0.5, 5), U(r, 3, 8)] },
  // nlp
  skipGramLoss: { module: 'nlp', fixed: ['d', 'center', 'context'], gen: (r) => [F(r, 18, -1, 1), F(r, 18, -1, 1), 3, 1, 2, Int32Array.of(3, 2, 5)] },
  crfLogZ: { module: 'nlp', fixed: ['K'], gen: (r) => [F(r, 12, -2, 2), F(r, 9, -1, 1), 3] },
  crfLogZRec: { module: 'nlp', fixed: ['K'], gen: (r) => [F(r, 12, -2, 2), F(r, 9, -1, 1), 3] },
  crfNll: { module: 'nlp', fixed: ['K'], gen: (r) => [F(r, 12, -2, 2), F(r, 9, -1, 1), 3, Int32Array.from({ length: 4 }, () => Math.floor(3 * r()))] },
  viterbiScore: { module: 'nlp', fixed: ['K'], gen: (r) => [F(r, 12, -2, 2), F(r, 9, -1, 1), 3] },
  softmaxXent: { module: 'nlp', fixed: ['target'], gen: (r) => [L(r, 5, -2, 2), 2, U(r, 0, 0.2)] },
  attentionPool: { module: 'nlp', gen: (r) => [F(r, 3, -1, 1), F(r, 12, -1, 1), F(r, 12, -1, 1), U(r, 0.5, 2)] },
  // flow
  carreauViscosity: { module: 'flow', gen: (r) => [U(r, 0.1, 100), U(r, 10, 100), U(r, 0.001, 1), U(r, 0.1, 5), U(r, 0.2, 0.8)] },
  hbStress: { module: 'flow', gen: (r) => [U(r, 0.01, 10), U(r, 1, 10), U(r, 0.5, 5), U(r, 0.3, 1.2), U(r, 50, 200)] },
  hbPipeFlow: { module: 'flow', fixed: ['cells'], // cells is also arithmetic (dr = R / cells): its gradient is not 0
    gen: (r) => [U(r, 800, 1200), U(r, 0.04, 0.06), U(r, 2, 8), U(r, 0.5, 2), U(r, 0.4, 1), 200] },
  manningNormalDepth: { module: 'flow', gen: (r) => [U(r, 5, 50), U(r, 2, 6), U(r, 0.0005, 0.005), U(r, 0.015, 0.04), U(r, 0.5, 2)] },
  gvfDepthAt: { module: 'flow', fixed: ['stations'], gen: (r) => [U(r, 5, 15), U(r, 3, 6), U(r, 0.0005, 0.002), U(r, 0.015, 0.03), U(r, 1.5, 3), U(r, 200, 600), 50] },
  chainLadderReserve: { module: 'flow', fixed: ['n'], gen: (r) => { const n = 5; const tri = new Float64Array(n * n); for (let i = 0; i < n; i++) { let c = U(r, 50, 150); for (let j = 0; j < n; j++) { tri[i * n + j] = c; c *= U(r, 1.05, 1.6); } } return [tri, n]; } },
  bfReserve: { module: 'flow', gen: (r) => [F(r, 5, 100, 200), U(r, 0.5, 0.8), L(r, 4, 1.05, 1.6)] },
  softAssignCost: { module: 'flow', fixed: ['n', 'iters'], gen: (r) => [F(r, 16, 0, 2), 4, U(r, 0.3, 1), 50] },
  // kernels
  expFilterLast: { module: 'kernels', gen: (r) => [F(r, 8, -1, 1), U(r, 2, 8)] },
  fixedFilterLast: { module: 'kernels', gen: (r) => [F(r, 8, -1, 1)] },
  // Float32 parameters: values on a 1/64 grid so that the differences' steps (powers of 2) are exact in single precision
  float32Energy: { module: 'kernels', gen: (r) => [Float32Array.from({ length: 6 }, () => Math.round(U(r, -64, 64)) / 64), U(r, 0.5, 2)] },
  firstPassage: { module: 'kernels', gen: (r) => [U(r, 1.5, 3), U(r, 5, 20), U(r, 0.5, 1.2)] },
  firstClosePair: { module: 'kernels', gen: (r) => [F(r, 10, 0, 3), U(r, 0.8, 1.2)] },
  troughAfterDoses: { module: 'kernels', gen: (r) => [U(r, 1, 2), U(r, 0.05, 0.2), U(r, 6, 12), U(r, 3, 6)] },
  oscEnergyAfter: { module: 'kernels', fixed: ['n'], gen: (r) => [U(r, -1, 1), U(r, -1, 1), U(r, 1, 4), U(r, 0.05, 0.3), 100] },
  tupleWalk: { module: 'kernels', gen: (r) => [F(r, 20, -3, 3), U(r, 0.5, 2)] },
  objectWalk: { module: 'kernels', gen: (r) => [F(r, 20, -3, 3), U(r, 0.5, 2)] },
  windowedCorr: { module: 'kernels', fixed: ['lag'], gen: (r) => [F(r, 12, -1, 1), 3] },
  // advanced
  payloadMiss: { module: 'advanced', fixed: ['n'], gen: (r) => [U(r, -1, 1), U(r, -1, 1), U(r, 2, 6), U(r, 0.1, 0.5), U(r, 0.5, 2), U(r, -0.5, 0.5), U(r, -0.5, 0.5), 200] },
  polyEval: { module: 'advanced', gen: (r) => [F(r, 7, -1, 1), U(r, -1.2, 1.2)] },
  polyHorner: { module: 'advanced', gen: (r) => [F(r, 7, -1, 1), U(r, -1.2, 1.2)] },
  softMaxTree: { module: 'advanced', gen: (r) => [F(r, 7, -2, 2), U(r, 0.3, 1)] },
  ladderInput: { module: 'advanced', gen: (r) => [F(r, 6, 1, 10)] },
  clippedEnergy: { module: 'advanced', fixed: ['rounds'], gen: (r) => [F(r, 5, -3, 3), U(r, -1, -0.5), U(r, 0.5, 1), 3] },
  normalizeInPlace: { module: 'advanced', writes: ['w'], gen: (r) => [F(r, 4, -2, 2)] },
  // (sorting differentiates since front53)
  trimmedMeanSq: { module: 'advanced', fixed: ['trim'], gen: (r) => [L(r, 7, -2, 2), 1] },
  kdeLogLik: { module: 'advanced', gen: (r) => [L(r, 5, -2, 2), L(r, 4, -2, 2), U(r, 0.3, 1)] },
  flaggedSse: { module: 'advanced', gen: (r) => [F(r, 6, -1, 1), F(r, 6, -1, 1), Uint8Array.from({ length: 6 }, () => (r() < 0.3 ? 1 : 0)), r() < 0.5 ? F(r, 6, 0.5, 2) : undefined] },
  lerpClamp: { module: 'advanced', at: [[1, 3, -0.4], [1, 3, 0.3], [-2, 5, 0.8], [0, 1, 1.7]] },
  reynolds: { module: 'advanced', gen: (r) => [U(r, 0.1, 3), U(r, 0.01, 0.2), U(r, 800, 1200), ['water', 'oil', 'glycerol'][Math.floor(3 * r())]] },
  tariff: { module: 'advanced', fixed: ['band'], at: [[1.5, 0], [0.7, 1], [2.2, 2], [0.9, 5]] },
  // edges
  fragmentEnergy: { module: 'edges', gen: (r) => [U(r, 5, 10), U(r, 0.3, 0.45), U(r, 1, 2)] },
  cubicRoot: { module: 'edges', at: [[1.2, 2.3], [-2.2, 0.7], [0.5, 20], [-6, -1]] },
  piecewiseWork: { module: 'edges', gen: (r) => [F(r, 8, -2, 2), Int32Array.from({ length: 8 }, (_, i) => (i + Math.floor(4 * r())) % 5)] },
  tableViscosity: { module: 'edges', gen: (r) => [10 ** U(r, -0.5, 4.5)] },
  foldedProducts: { module: 'edges', gen: (r) => [F(r, 7, -1, 1)] },
  chainedAssign: { module: 'edges', gen: (r) => [U(r, -2, 2), U(r, -2, 2)] },
  gammaVariate: { module: 'edges', at: [[1.5, 3, 2], [0.7, 2.5, undefined], [4, 5, undefined]] },
  powers: { module: 'edges', at: [[-1.3, 0.4], [2, 1], [-0.5, -2]] },
  maxOfSpread: { module: 'edges', at: [[1, 3, 2], [0.5, -1, 0.2], [2.5, 0, 1]] },
  gaussAdaptiveSp: { module: 'edges', fixed: ['tol'], gen: (r) => [U(r, -2, -0.5), U(r, 0.5, 2), U(r, 0.5, 3), 1e-6] },
};

// recursive functions and their loop twins, timed side by side
export const twins = [
  ['dendriteInputG', 'dendriteInputGLoop'],
  ['totalMagnitudeRec', 'totalMagnitudeLoop'],
  ['cascadeOutput', 'cascadeOutputLoop'],
  ['crfLogZRec', 'crfLogZ'],
  ['tupleWalk', 'objectWalk'],
  ['polyEval', 'polyHorner'],
];
