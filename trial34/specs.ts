// Points for each exported function, drawn from its domain. `twin` names a loop version for timing.
export interface Spec {
  mod: string;
  name: string;
  args: (r: () => number) => any[];
  twin?: string;
  tol?: number;
  hvpTol?: number;
  h?: number;
  points?: number;
  seed?: number;
  expectRefused?: boolean;
  /** the smallest scale of a finite-difference step (default 1e-3): smaller for parameters of order 1e-9 (a diode's saturation current) */
  floor?: number;
  /** integer parameters (sizes, indices, depths): not perturbed; their gradient must be 0 */
  discrete?: string[];
  style?: ('recursive' | 'objects')[];
}
const U = (r: () => number, lo: number, hi: number) => lo + (hi - lo) * r();
const F = (r: () => number, n: number, lo: number, hi: number) => Float64Array.from({ length: n }, () => U(r, lo, hi));
const A = (r: () => number, n: number, lo: number, hi: number) => Array.from({ length: n }, () => U(r, lo, hi));
const I = (r: () => number, n: number, m: number) => Int32Array.from({ length: n }, () => Math.floor(r() * m));
const refused = (mod: string, name: string, style?: Spec['style']): Spec => ({ mod, name, args: () => [], expectRefused: true, style });

export const specs: Spec[] = [
  // ---- energy ----
  { mod: 'energy', name: 'cellCurrent', args: (r) => [U(r, 0.1, 0.55), U(r, 5, 9), U(r, 1e-10, 1e-8), U(r, 0.002, 0.01), U(r, 100, 500), U(r, 1.1, 1.5), U(r, 290, 310), r() < 0.5 ? { method: 'halley' } : {}] },
  // (refused when trial34 ran, finding 1; compiled since front35: given points of their domains)
  { mod: 'energy', name: 'modulePower', args: (r) => [U(r, 6, 33), U(r, 5, 9), U(r, 1e-10, 1e-8), U(r, 0.002, 0.01), U(r, 100, 500), 60], discrete: ['cells'], floor: 1e-12 },
  { mod: 'energy', name: 'softMaxPower', args: (r) => [U(r, 5, 9), U(r, 1e-10, 1e-8), U(r, 0.002, 0.01), U(r, 100, 500), U(r, 0.55, 0.7), 24, 0.02], discrete: ['steps'], floor: 1e-12 },
  { mod: 'energy', name: 'batteryFitLoss', style: ['objects'], args: (r) => [U(r, 0.01, 0.05), U(r, 0.01, 0.03), U(r, 500, 3000), U(r, 2, 3), F(r, 30, 0, 3), F(r, 30, 3.6, 4), 1, U(r, 0.8, 0.95)] },
  { mod: 'energy', name: 'peukertRuntime', args: (r) => [U(r, 50, 100), U(r, 2, 10), U(r, 1.1, 1.3), 20] },
  { mod: 'energy', name: 'deliveredEnergy', style: ['objects'], args: (r) => [U(r, 1, 3), U(r, 0.9, 0.99), F(r, 40, -1, 3), 60] },
  { mod: 'energy', name: 'iceAlbedoEquilibrium', args: (r) => [U(r, 1300, 1400), U(r, 0.6, 0.7), U(r, 280, 290)] },
  { mod: 'energy', name: 'twoLayerMisfit', style: ['objects'], args: (r) => [U(r, 1, 1.5), U(r, 0.5, 0.8), U(r, 7, 9), U(r, 80, 120), A(r, 30, 0, 3), A(r, 30, 0, 1.5)] },
  // ---- colour ----
  { mod: 'colour', name: 'lightness', style: ['objects'], args: (r) => [U(r, 0.05, 0.95), U(r, 0.05, 0.95), U(r, 0.05, 0.95)] },
  { mod: 'colour', name: 'deltaE76', style: ['objects'], args: (r) => A(r, 6, 0.05, 0.95) },
  { mod: 'colour', name: 'ciede2000', args: (r) => [U(r, 20, 80), U(r, -40, 40), U(r, -40, 40), U(r, 20, 80), U(r, -40, 40), U(r, -40, 40)] },
  { mod: 'colour', name: 'paletteLoss', style: ['objects'], args: (r) => [F(r, 12, 0.05, 0.95), F(r, 12, 0.05, 0.95)] },
  { mod: 'colour', name: 'contrastRatio', args: (r) => A(r, 6, 0.05, 0.95) },
  { mod: 'colour', name: 'bradfordAdapt', args: (r) => [F(r, 6, 0.1, 0.9), Float64Array.of(U(r, 0.94, 0.96), 1, U(r, 1.07, 1.1)), Float64Array.of(U(r, 0.95, 0.97), 1, U(r, 0.8, 0.84)), new Float64Array(6)] },
  { mod: 'colour', name: 'hueDistance', args: (r) => [U(r, 0, 360), U(r, 0, 360), U(r, 0.5, 2)] },
  { mod: 'colour', name: 'greyMixError', args: (r) => [A(r, 5, 0.1, 0.9), U(r, 30, 70)] },
  // ---- traffic and ranking ----
  { mod: 'traffic', name: 'idmGapLoss', style: ['objects'], args: (r) => [U(r, 25, 35), U(r, 1, 2), U(r, 0.8, 1.5), U(r, 1.5, 2.5), F(r, 20, 30, 45), 0.5, U(r, 18, 22)] },
  { mod: 'traffic', name: 'ringRoadSpread', args: (r) => [U(r, 25, 33), U(r, 1, 1.8), U(r, 0.8, 1.4), U(r, 1.5, 2.5), Float64Array.from({ length: 10 }, (_, i) => 23 * i + U(r, -3, 3))] },
  { mod: 'traffic', name: 'triangularFdFit', args: (r) => [U(r, 80, 110), U(r, 20, 30), U(r, 120, 160), A(r, 15, 0, 150), A(r, 15, 0, 2500)] },
  { mod: 'traffic', name: 'bradleyTerryLogLik', args: (r) => { const w = I(r, 20, 6); const l = w.map((x) => (x + 1 + Math.floor(r() * 5)) % 6); return [F(r, 6, -1, 1), w, l, 0.1]; } },
  { mod: 'traffic', name: 'eloLogLoss', discrete: ['players'],  args: (r) => { const h = I(r, 30, 6); const a = h.map((x) => (x + 1 + Math.floor(r() * 5)) % 6); return [U(r, 10, 40), U(r, 300, 500), h, a, Float64Array.from({ length: 30 }, () => [0, 0.5, 1][Math.floor(r() * 3)]), 6, U(r, 0, 50)]; } },
  { mod: 'traffic', name: 'plackettLuce', args: (r) => { const o = Int32Array.from([0, 1, 2, 3, 4, 5]); for (let i = 5; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [o[i], o[j]] = [o[j], o[i]]; } return [F(r, 6, -2, 2), o]; } },
  { mod: 'traffic', name: 'mfLoss', discrete: ['k'],  args: (r) => [F(r, 12, -1, 1), F(r, 15, -1, 1), I(r, 15, 4), I(r, 15, 5), F(r, 15, 1, 5), 3, 0.05, { bias: true }] },
  // ---- geostatistics, survival, acoustics ----
  { mod: 'geostat', name: 'variogramFit', args: (r) => [U(r, 0.05, 0.2), U(r, 0.5, 1.5), U(r, 2, 6), F(r, 10, 0.5, 8), F(r, 10, 0.2, 1.5), F(r, 10, 10, 50), (['spherical', 'exponential', 'gaussian'] as const)[Math.floor(r() * 3)]] },
  { mod: 'geostat', name: 'krigingPredict', args: (r) => [F(r, 12, 0, 10), F(r, 6, -1, 1), U(r, 2, 8), U(r, 2, 8), U(r, 0.5, 1.5), U(r, 3, 8), U(r, 0.01, 0.1)] },
  { mod: 'geostat', name: 'coxPartialLogLik', discrete: ['p'],  args: (r) => [F(r, 3, -0.5, 0.5), F(r, 36, -1, 1), Uint8Array.from({ length: 12 }, () => (r() < 0.7 ? 1 : 0)), 3] },
  { mod: 'geostat', name: 'gompertzFrailtySurvival', args: (r) => [U(r, 1e-4, 1e-3), U(r, 0.05, 0.1), U(r, 30, 80), r() < 0.67 ? U(r, 0.1, 0.5) : undefined] },
  { mod: 'geostat', name: 'reverbTime', args: (r) => [U(r, 100, 500), F(r, 6, 10, 60), F(r, 6, 0.05, 0.6), r() < 0.5] },
  // ---- recursion ----
  { mod: 'recursive', name: 'tournamentWin', style: ['recursive'], twin: 'tournamentWinLoop', discrete: ['team'],  args: (r) => [F(r, 8, 0.5, 2), Math.floor(r() * 8)] },
  { mod: 'recursive', name: 'tournamentWinLoop', discrete: ['team'], args: (r) => [F(r, 8, 0.5, 2), Math.floor(r() * 8)] },
  { mod: 'recursive', name: 'nevilleInterp', style: ['recursive'], twin: 'nevilleLoop', args: (r) => [Float64Array.from({ length: 6 }, (_, i) => i + U(r, -0.3, 0.3)), F(r, 6, -1, 1), U(r, 0, 5)] },
  { mod: 'recursive', name: 'nevilleLoop', args: (r) => [Float64Array.from({ length: 6 }, (_, i) => i + U(r, -0.3, 0.3)), F(r, 6, -1, 1), U(r, 0, 5)] },
  { mod: 'recursive', name: 'hermiteSeries', style: ['recursive'], twin: 'hermiteSeriesLoop', args: (r) => [F(r, 8, -1, 1), U(r, -2, 2), U(r, 0.8, 1.2)] },
  { mod: 'recursive', name: 'hermiteSeriesLoop', args: (r) => [F(r, 8, -1, 1), U(r, -2, 2), U(r, 0.8, 1.2)] },
  { mod: 'recursive', name: 'logAbsDetLaplace', style: ['recursive'], twin: 'logAbsDetLU', discrete: ['n'],  args: (r) => [F(r, 25, -1, 1), 5] },
  { mod: 'recursive', name: 'logAbsDetLU', discrete: ['n'], args: (r) => [F(r, 25, -1, 1), 5] },
  { mod: 'recursive', name: 'spnLogLik', style: ['recursive'], twin: 'spnLogLikLoop', discrete: ['dims'],  args: (r) => [F(r, 7, -1, 1), F(r, 7, -1, 1), Int32Array.of(1, 2, 2, 0, 0, 0, 0), Int32Array.of(0, 0, 0, 0, 1, 0, 1), F(r, 8, -1.5, 1.5), 2] },
  { mod: 'recursive', name: 'spnLogLikLoop', discrete: ['dims'], args: (r) => [F(r, 7, -1, 1), F(r, 7, -1, 1), Int32Array.of(1, 2, 2, 0, 0, 0, 0), Int32Array.of(0, 0, 0, 0, 1, 0, 1), F(r, 8, -1.5, 1.5), 2] },
  { mod: 'recursive', name: 'haarDetailEnergy', style: ['recursive'], twin: 'haarDetailEnergyLoop', args: (r) => [F(r, 16, -1, 1), U(r, 0.5, 0.9)] },
  { mod: 'recursive', name: 'haarDetailEnergyLoop', args: (r) => [F(r, 16, -1, 1), U(r, 0.5, 0.9)] },
  { mod: 'recursive', name: 'tanLambert', discrete: ['depth'],  style: ['recursive'], args: (r) => [U(r, -1.2, 1.2), 12] },
  { mod: 'recursive', name: 'phasorReal', discrete: ['depth'],  style: ['recursive'], args: (r) => [U(r, 0.5, 2), U(r, -3, 3), 5] },
  { mod: 'recursive', name: 'rbfFitLoss', style: ['recursive'], args: (r) => [F(r, 5, -1, 1), U(r, 0.5, 1.5), Float64Array.of(-2, -1, 0, 1, 2), F(r, 12, -2.5, 2.5), F(r, 12, -1, 1), 1] },
  { mod: 'recursive', name: 'estrinEval', style: ['recursive'], twin: 'hornerEval', args: (r) => [F(r, 9, -1, 1), U(r, -1, 1)] },
  { mod: 'recursive', name: 'hornerEval', args: (r) => [F(r, 9, -1, 1), U(r, -1, 1)] },
  // ---- objects and classes ----
  // (refused when trial34 ran, class instances; compiled since front36's value classes: given points of their domains)
  { mod: 'objects', name: 'directEnergyClass', style: ['objects'], args: (r) => [U(r, 0, 2), U(r, 0, 2), U(r, 0, 2), U(r, 3, 6), U(r, 3, 6), U(r, 1, 3)] },
  { mod: 'objects', name: 'imageSourceEnergy', style: ['objects'], args: (r) => [U(r, 1, 3), U(r, 1, 3), U(r, 1, 2), U(r, 4, 7), U(r, 3, 5), U(r, 1, 2.5), U(r, 8, 10), U(r, 6, 8), U(r, 3, 4), U(r, 0.2, 0.5)] },
  { mod: 'objects', name: 'absorberAlpha', style: ['objects'], args: (r) => [U(r, 5000, 30000), U(r, 0.02, 0.1), U(r, 200, 2000)] },
  // (refused when trial34 ran, finding 3, an object of objects; compiled since front38's nested objects: given points of its domain)
  { mod: 'objects', name: 'twoLayerAlpha', style: ['objects'], args: (r) => [U(r, 5000, 30000), U(r, 0.02, 0.1), U(r, 5000, 30000), U(r, 0.02, 0.1), U(r, 200, 2000)] },
  { mod: 'objects', name: 'lotkaVolterraMisfit', discrete: ['substeps'],  style: ['objects'], args: (r) => [U(r, 0.9, 1.1), U(r, 0.08, 0.12), U(r, 0.9, 1.1), U(r, 0.08, 0.12), F(r, 8, 8, 12), F(r, 8, 4, 6), 0.1, 5] },
  // (refused when trial34 ran, a state changed in place and a local arrow over objects; compiled since front37: given points of their domains)
  { mod: 'objects', name: 'oscillatorEnergyInPlace', discrete: ['steps'], style: ['objects'], args: (r) => [U(r, 0.5, 3), U(r, 0, 0.5), U(r, -2, 2), 100, U(r, 0.005, 0.02)] },
  { mod: 'objects', name: 'oscillatorEnergy', discrete: ['steps'], style: ['objects'], args: (r) => [U(r, 0.5, 3), U(r, 0, 0.5), U(r, -2, 2), 100, U(r, 0.005, 0.02)] },
  { mod: 'objects', name: 'helmholtzFrequency', style: ['objects'], args: (r) => [U(r, 0.01, 0.03), U(r, 0.02, 0.08), U(r, 0.001, 0.01)] },
  { mod: 'objects', name: 'plateModeFrequency', discrete: ['m', 'n'],  style: ['objects'], args: (r) => [U(r, 0.002, 0.01), U(r, 0.5, 1.5), U(r, 0.5, 1.5), 1, 2] },
  { mod: 'objects', name: 'turbinePower', style: ['objects'], args: (r) => [r() < 0.5 ? U(r, 4, 11) : U(r, 13, 24), U(r, 20, 50), {}] },
  { mod: 'objects', name: 'soundLevelSum', args: (r) => [A(r, 5, 40, 90)] },
  { mod: 'objects', name: 'lowpassGainClass', style: ['objects'], args: (r) => [U(r, 10, 1000), U(r, 1e-4, 1e-2)] },
  // ---- probes ----
  { mod: 'probes', name: 'fleetCo2', args: (r) => [F(r, 6, 4, 9), Int32Array.from({ length: 6 }, () => [0, 1, 5, 7][Math.floor(r() * 4)]), U(r, 5, 15), r() < 0.5 ? F(r, 6, 0.5, 2) : undefined] },
  { mod: 'probes', name: 'websterDelay', args: (r) => [F(r, 3, 0.1, 0.2), F(r, 3, 1.5, 1.9), U(r, 8, 12)] },
  { mod: 'probes', name: 'softTopSum', discrete: ['k'], args: (r) => [F(r, 6, -1, 1), 2, U(r, 0.05, 0.2)] },
  { mod: 'probes', name: 'clampCurrent', args: (r) => [U(r, -15, 15), U(r, 5, 10), U(r, 1, 5)] },
  { mod: 'probes', name: 'fatigueDamage', args: (r) => [F(r, 12, -200, 200), U(r, 2.5, 4), 1e6] },
  { mod: 'probes', name: 'normaliseSpectrum', args: (r) => [F(r, 5, 0.2, 1.5), F(r, 5, 0.1, 1), new Float64Array(5)] },
  { mod: 'probes', name: 'easedChargeLoss', args: (r) => [U(r, 1, 4), F(r, 8, 0, 1), F(r, 8, 0, 1)] },
  { mod: 'probes2', name: 'brakingDistance', args: (r) => [U(r, 15, 30), U(r, 3, 6), U(r, 0.001, 0.01), 0.05] },
  { mod: 'probes2', name: 'polarPathLength', args: (r) => [F(r, 6, 1, 3), Float64Array.from({ length: 6 }, (_, i) => 0.5 * i + U(r, -0.1, 0.1))] },
  { mod: 'probes2', name: 'smoothedRoughness', style: ['recursive'], discrete: ['passes'], args: (r) => [A(r, 8, 0, 5), 3] },
  { mod: 'probes2', name: 'float32Energy', tol: 1e-4, hvpTol: 1e-3, args: (r) => [F(r, 5, 0.2, 1), U(r, 2.5, 3)] },
  // ---- refusals ----
  refused('refusals', 'massFromMap'),
  refused('refusals', 'weightedByKey'),
  // (refused with TSG1008 in the trial, Array.from(x).some(…); compiles since stop 39: arguments added)
  { mod: 'refusals', name: 'saturatedPenalty', args: (r) => [F(r, 6, -1, 1), U(r, 0.2, 0.9)] },
  refused('refusals', 'lastPartialSum'),
  refused('refusals', 'sumOfFields'),
  refused('refusals', 'countedSquare'),
];
