// Points for each exported function: gen(rng) returns the argument list (every parameter given, undefined for "left out").
// discrete: parameter names not moved by differences (data whose derivative I do not check by differences).
const TAU = 2 * Math.PI;
const F = (a) => Float64Array.from(a);
const u = (r, lo, hi) => lo + (hi - lo) * r();
const arr = (r, n, lo, hi) => F(Array.from({ length: n }, () => u(r, lo, hi)));
const logSoftmax = (xs) => { const m = Math.max(...xs); const z = Math.log(xs.reduce((s, x) => s + Math.exp(x - m), 0)) + m; return xs.map((x) => x - z); };

// a fixed binary tree for Felsenstein: 7 leaves, node i has children at larger indices
const TREE = (() => {
  const left = Int32Array.from([1, 3, 5, 7, 9, 11, -1, -1, -1, -1, -1, -1, -1]);
  const right = Int32Array.from([2, 4, 6, 8, 10, 12, -1, -1, -1, -1, -1, -1, -1]);
  const tip = Int32Array.from([0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 0, 0, 1]);
  return { left, right, tip };
})();

export const specs = {
  // ---------- behaviour.ts
  irtLogLik: { module: 'behaviour', gen: (r) => [u(r, -2, 2), arr(r, 6, 0.5, 2), arr(r, 6, -1.5, 1.5), Uint8Array.from([1, 0, 1, 1, 0, 1]), r() < 0.5 ? undefined : arr(r, 6, 0.05, 0.25)] },
  testInformation: { module: 'behaviour', gen: (r) => [u(r, -2, 2), Array.from(arr(r, 5, 0.5, 2)), Array.from(arr(r, 5, -1, 1))] },
  banisterPerformance: { module: 'behaviour', gen: (r) => [arr(r, 30, 0, 100), u(r, 300, 400), u(r, 0.5, 1.5), u(r, 1, 3), u(r, 30, 50), u(r, 5, 15)] },
  banisterFitLoss: { module: 'behaviour', gen: (r) => { const obs = arr(r, 25, 350, 450); obs[3] = NaN; obs[10] = NaN; return [F([u(r, 300, 400), u(r, 0.5, 1.5), u(r, 1, 3), u(r, 30, 50), u(r, 5, 15)]), arr(r, 25, 0, 100), obs]; }, discrete: ['observed'] },
  tuningErrorCents: { module: 'behaviour', gen: (r) => [u(r, 0.98, 1.02), u(r, 200, 500), Int32Array.from([0, 2, 4, 5, 7, 9, 11, 12])] },
  fmSynth: { module: 'behaviour', gen: (r) => [new Float64Array(40), u(r, 200, 600), u(r, 0.5, 3), u(r, 0.5, 5), r() < 0.5 ? undefined : u(r, 6000, 9000), r() < 0.5 ? {} : { decay: u(r, 1, 5), feedback: true }], fdScale: 1e-4 },
  lineBreakCost: { module: 'behaviour', gen: (r) => [arr(r, 9, 2, 6), u(r, 0.8, 1.2), u(r, 0.5, 1), u(r, 14, 18), r() < 0.5 ? undefined : u(r, 0.5, 2)] },
  ratingScaleLogProb: { module: 'behaviour', gen: (r) => [u(r, -2, 2), u(r, -1, 1), Array.from(arr(r, 4, -1.5, 1.5)), Math.floor(r() * 5)], discrete: ['category'] },
  // ---------- control.ts
  hmmLogLik: { module: 'control', gen: (r) => { const K = 3; const logA = new Float64Array(K * K); for (let i = 0; i < K; i++) logSoftmax(Array.from(arr(r, K, -1, 1))).forEach((v, j) => (logA[i * K + j] = v)); return [F(logSoftmax(Array.from(arr(r, K, -1, 1)))), logA, F([-1, 0.5, 2]).map((m) => m + u(r, -0.2, 0.2)), arr(r, K, 0.6, 1.2), arr(r, 12, -2, 3)]; } },
  sinkhornCost: { module: 'control', gen: (r) => { const a = arr(r, 4, 0.5, 1.5); const b = arr(r, 5, 0.5, 1.5); const sa = a.reduce((s, x) => s + x, 0); const sb = b.reduce((s, x) => s + x, 0); return [a.map((x) => x / sa), b.map((x) => x / sb), arr(r, 4, 0, 1), arr(r, 5, 0, 1), u(r, 0.2, 0.5), r() < 0.5 ? {} : { iters: 300, tol: 0 }]; } },
  complementaryFilter: { module: 'control', gen: (r) => [arr(r, 15, -1, 1), arr(r, 15, -0.5, 0.5), arr(r, 15, -0.5, 0.5), u(r, 0.9, 0.99), new Float64Array(15), r() < 0.5 ? undefined : u(r, 0.005, 0.02)] },
  // ---------- earth.ts
  ignitionIntegral: { module: 'earth', gen: (r) => [u(r, 900, 1100), u(r, 100, 300), u(r, 1.2e5, 1.8e5), r() < 0.5 ? undefined : u(r, 1, 3), undefined] },
  dissociationExtent: { module: 'earth', gen: (r) => [u(r, 2500, 3500), u(r, 4.5e5, 5.0e5), u(r, 110, 130), r() < 0.5 ? undefined : u(r, 0.5, 2), r() < 0.5 ? {} : { damped: true, tol: 1e-14 }] },
  headWaveTime: { module: 'earth', gen: (r) => [arr(r, 2, 5, 20), F([u(r, 1.5, 2), u(r, 2.5, 3.5), u(r, 5, 6)]), u(r, 50, 120)] },
  rayTravelTime: { module: 'earth', gen: (r) => [arr(r, 3, 5, 15), F([u(r, 1.5, 2), u(r, 2.5, 3.5), u(r, 4, 5)]), u(r, 10, 40)] },
  waveLength: { module: 'earth', gen: (r) => [u(r, 4, 12), u(r, 3, 30)] },
  waveEnergyFlux: { module: 'earth', gen: (r) => [u(r, 0.5, 3), u(r, 4, 12), u(r, 3, 30), r() < 0.5 ? undefined : u(r, 1000, 1030)] },
  glenSurfaceVelocity: { module: 'earth', gen: (r) => [u(r, 200, 800), u(r, 1, 5), r() < 0.5 ? undefined : u(r, 1e-24, 5e-24), r() < 0.5 ? undefined : u(r, 2.8, 3.2)] },
  hardyWeinbergLogLik: { module: 'earth', gen: (r) => [u(r, 0.2, 0.8), u(r, 0, 0.3), [Math.floor(u(r, 10, 50)), Math.floor(u(r, 10, 50)), Math.floor(u(r, 10, 50))]], discrete: ['counts'] },
  wrightFisherDrift: { module: 'earth', gen: (r) => [u(r, 0.1, 0.9), u(r, -0.05, 0.1), u(r, 1e-4, 1e-3), u(r, 50, 500), 30, [0, 1, 2][Math.floor(r() * 3)]], discrete: ['gens'] },
  // ---------- recursive.ts
  felsensteinLogLik: { module: 'recursive', gen: (r) => [arr(r, 13, 0.05, 0.6), u(r, 0.5, 2), TREE.left, TREE.right, TREE.tip] },
  felsensteinLogLikLoop: { module: 'recursive', gen: (r) => [arr(r, 13, 0.05, 0.6), u(r, 0.5, 2), TREE.left, TREE.right, TREE.tip] },
  softMinimax: { module: 'recursive', gen: (r) => [arr(r, 16, -1, 1), r() < 0.5 ? undefined : u(r, 0.1, 0.5)] },
  softMinimaxLoop: { module: 'recursive', gen: (r) => [arr(r, 16, -1, 1), r() < 0.5 ? undefined : u(r, 0.1, 0.5)] },
  chebSeries: { module: 'recursive', gen: (r) => [arr(r, 12, -1, 1), u(r, 0.5, 2.5), 0, 3] },
  chebSeriesLoop: { module: 'recursive', gen: (r) => [arr(r, 12, -1, 1), u(r, 0.5, 2.5), 0, 3] },
  lesliePopulation: { module: 'recursive', gen: (r) => [F([u(r, 0, 0.5), u(r, 0.8, 1.5), u(r, 0.5, 1)]), F([u(r, 0.4, 0.8), u(r, 0.5, 0.9)]), arr(r, 3, 10, 100), 13], discrete: ['years'] },
  lesliePopulationLoop: { module: 'recursive', gen: (r) => [F([u(r, 0, 0.5), u(r, 0.8, 1.5), u(r, 0.5, 1)]), F([u(r, 0.4, 0.8), u(r, 0.5, 0.9)]), arr(r, 3, 10, 100), 13], discrete: ['years'] },
  logisticGrowth: { module: 'recursive', gen: (r) => [u(r, 0.1, 0.8), u(r, 500, 2000), u(r, 5, 50), u(r, 1, 10)] },
  ellipsePerimeter: { module: 'recursive', gen: (r) => [u(r, 2, 4), u(r, 0.5, 1.9)] },
  ellipsePerimeterLoop: { module: 'recursive', gen: (r) => [u(r, 2, 4), u(r, 0.5, 1.9)] },
  kochAntennaLength: { module: 'recursive', gen: (r) => [u(r, 0.5, 2), u(r, 0.3, 1.2), r() < 0.5 ? undefined : 4], discrete: ['depth'] },
  chainCharPoly: { module: 'recursive', gen: (r) => [arr(r, 9, 1.5, 2.5), arr(r, 8, 0.5, 1), u(r, 0, 4)] },
  chainCharPolyLoop: { module: 'recursive', gen: (r) => [arr(r, 9, 1.5, 2.5), arr(r, 8, 0.5, 1), u(r, 0, 4)] },
  splineFitLoss: { module: 'recursive', gen: (r) => [arr(r, 7, -1, 1), F([0, 1, 2, 3, 4, 5, 6]), arr(r, 20, 0.05, 5.95), arr(r, 20, -1, 1), r() < 0.5 ? undefined : u(r, 0.01, 1)], discrete: ['knots', 'xs'] },
  morseEnergyDrift: { module: 'recursive', gen: (r) => [u(r, -0.3, 0.5), u(r, -0.5, 0.5), u(r, 2, 5), u(r, 0.8, 1.5), r() < 0.5 ? undefined : u(r, 0.02, 0.08), undefined], discrete: ['steps'] },
  morseEnergyDriftLoop: { module: 'recursive', gen: (r) => [u(r, -0.3, 0.5), u(r, -0.5, 0.5), u(r, 2, 5), u(r, 0.8, 1.5), r() < 0.5 ? undefined : u(r, 0.02, 0.08), undefined], discrete: ['steps'] },
  // ---------- objects.ts
  biotSavartField: { module: 'objects', gen: (r) => { const n = 8; const a = new Float64Array(3 * n); for (let k = 0; k < n; k++) { const t = (2 * Math.PI * k) / n; a[3 * k] = Math.cos(t) + u(r, -0.05, 0.05); a[3 * k + 1] = Math.sin(t) + u(r, -0.05, 0.05); a[3 * k + 2] = u(r, -0.05, 0.05); } return [a, u(r, -0.3, 0.3), u(r, -0.3, 0.3), u(r, 0.3, 1)]; } },
  dipoleTorque: { module: 'objects', gen: (r) => [u(r, -1, 1), u(r, -1, 1), u(r, -1, 1), u(r, 0.5, 2), u(r, -1, 1), u(r, 0.5, 2)] },
  borisDriftFlat: { module: 'objects', gen: (r) => [u(r, 0.5, 2), u(r, 0.1, 1), u(r, 1, 3), u(r, -1, 1), undefined, undefined], discrete: ['n'] },
  modalFitLoss: { module: 'objects', gen: (r) => [u(r, 0.8, 1.2), u(r, 0.05, 0.2), u(r, 8, 12), u(r, 30, 40), F([1, 2, 3, 4, 5, 6, 7, 8]), arr(r, 8, 0.05, 0.5)], discrete: ['omegas'] },
  loopClosureError: { module: 'objects', gen: (r) => [arr(r, 15, -0.5, 1), r() < 0.5 ? undefined : u(r, 1, 20)] },
  plumeConcentration: { module: 'objects', gen: (r) => [u(r, 10, 100), u(r, 2, 8), u(r, 20, 60), u(r, 300, 2000), u(r, -50, 50), ['A', 'D', 'F'][Math.floor(r() * 3)]] },
  buoyancyFrequency: { module: 'objects', gen: (r) => [u(r, 15, 20), u(r, 34, 35), u(r, 5, 10), u(r, 35, 36), u(r, 10, 50)] },
  tankOutletDose: { module: 'objects', gen: (r) => [arr(r, 30, 0, 1), u(r, 0.5, 2), u(r, 0.5, 2), r() < 0.5 ? undefined : u(r, 0.05, 0.2)] },
  // ---------- refusals.ts (the probes that compile)
  clampedEnergy: { module: 'refusals', gen: (r) => [u(r, -2, 2), r() < 0.5 ? undefined : u(r, -1.5, -0.5), r() < 0.5 ? undefined : u(r, 0.5, 1.5)] },
  // ---------- workarounds.ts
  pidCostInline: { module: 'workarounds', gen: (r) => [u(r, 1, 4), u(r, 0.2, 1), u(r, 0.05, 0.3), u(r, 0.5, 1.5), 150, [{}, { windup: 'backcalc' }, { windup: 'none', umax: 2 }][Math.floor(r() * 3)]], discrete: ['steps'] },
  pidCostReturned: { module: 'workarounds', gen: (r) => [u(r, 1, 4), u(r, 0.2, 1), u(r, 0.05, 0.3), u(r, 0.5, 1.5), 150], discrete: ['steps'] },
  lqrCostFlat: { module: 'workarounds', gen: (r) => [[1, u(r, 0.05, 0.15), u(r, -0.1, 0.1), u(r, 0.9, 1.1)], [u(r, 0, 0.1), u(r, 0.5, 1.5)], u(r, 0.5, 2), u(r, 0.1, 1), [u(r, -1, 1), u(r, -1, 1)], 25], discrete: ['horizon'] },
  softViterbiFlat: { module: 'workarounds', gen: (r) => { const K = 3; const logA = new Float64Array(K * K); for (let i = 0; i < K; i++) logSoftmax(Array.from(arr(r, K, -1, 1))).forEach((v, j) => (logA[i * K + j] = v)); return [F(logSoftmax(Array.from(arr(r, K, -1, 1)))), logA, arr(r, 6 * K, -3, 0), u(r, 0.1, 0.5)]; } },
  vanDerPolModule: { module: 'workarounds', gen: (r) => [u(r, 0.5, 2), u(r, 0.5, 1.5), 300], discrete: ['steps'] },
  borisDriftInline: { module: 'workarounds', gen: (r) => [u(r, 0.5, 2), u(r, 0.1, 1), u(r, 1, 3), u(r, -1, 1), undefined, undefined] },
  loopClosureErrorNumbers: { module: 'workarounds', gen: (r) => [arr(r, 15, -0.5, 1), r() < 0.5 ? undefined : u(r, 1, 20)] },
  plumeConcentrationIf: { module: 'workarounds', gen: (r) => [u(r, 10, 100), u(r, 2, 8), u(r, 20, 60), u(r, 300, 2000), u(r, -50, 50), ['A', 'D', 'F'][Math.floor(r() * 3)]] },
  // ---------- semantics.ts
  unwrapPhaseLoss: { module: 'semantics', gen: (r) => { const om = u(r, 1, 3); return [F(Array.from({ length: 12 }, (_, i) => ((om * i * 0.5 + u(r, -0.3, 0.3) + Math.PI) % TAU) - Math.PI)), om + u(r, -0.05, 0.05), 0.5]; } },
  closureSeesUpdates: { module: 'semantics', gen: (r) => [u(r, -1, 1), r() < 0.5 ? undefined : 7], discrete: ['n'] },
  packFeatures: { module: 'semantics', gen: (r) => [u(r, 0.2, 2), u(r, -2, 2), new Float64Array(3), r() < 0.5 ? undefined : u(r, 1, 3)] },
  defaultFromEarlier: { module: 'semantics', gen: (r) => [u(r, 0.5, 3), r() < 0.5 ? undefined : u(r, 1, 5)] },
  piecewiseKernel: { module: 'semantics', gen: (r) => [arr(r, 6, -1, 1), [0, 1, 2, 3][Math.floor(r() * 4)], u(r, 0.2, 0.9)], discrete: ['order'] },
  spreadAndWindows: { module: 'semantics', gen: (r) => [arr(r, 5, -1, 1), u(r, 0.3, 0.9)] },
  // target moves the bisection's midpoints by steps (a staircase): its derivative is 0 almost everywhere, as AD gives
  bisectionSteps: { module: 'semantics', gen: (r) => [u(r, 0.1, 1), u(r, 2, 20)], discrete: ['target'] },
  distanceOrZero: { module: 'semantics', gen: (r) => [u(r, 2, 4), u(r, -3, 3), u(r, 0.5, 1.5)] },
  rotateAndSquash: { module: 'semantics', gen: (r) => [u(r, 0.5, 2), u(r, -1, 1), u(r, -0.3, 0.3)] },
};

// recursive twins (for timing rec vs loop)
export const twins = [
  ['felsensteinLogLik', 'felsensteinLogLikLoop'],
  ['softMinimax', 'softMinimaxLoop'],
  ['chebSeries', 'chebSeriesLoop'],
  ['lesliePopulation', 'lesliePopulationLoop'],
  ['ellipsePerimeter', 'ellipsePerimeterLoop'],
  ['chainCharPoly', 'chainCharPolyLoop'],
  ['morseEnergyDrift', 'morseEnergyDriftLoop'],
];
