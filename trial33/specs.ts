// trial33: where each exported function is checked. `args(r)` draws one point of the function's domain (all
// parameters, or a prefix when the rest keep their defaults); `fixed` are parameters the differences do not move
// (counts, depths, indices); `refused` says I expect a refusal (the code I expect, or '' when I hoped it would work);
// `h` a relative difference step other than 1e-3; `pair` names the loop version of a recursive function.
export type Val = number | boolean | string | Float64Array | Int32Array | number[] | object | undefined;
export interface Spec {
  file: string;
  name: string;
  args: (r: () => number) => Val[];
  fixed?: string[];
  refused?: string;
  h?: number;
  pair?: string;
}
export function rng(seed: number): () => number {
  let s = (seed * 2654435761) % 4294967296;
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s / 4294967296;
  };
}
const U = (r: () => number, lo: number, hi: number) => lo + (hi - lo) * r();
const F = (n: number, r: () => number, lo: number, hi: number) => Float64Array.from({ length: n }, () => U(r, lo, hi));
const A = (n: number, r: () => number, lo: number, hi: number) => Array.from({ length: n }, () => U(r, lo, hi));
const asc = (n: number, r: () => number, step: number) => { let t = 0; return Array.from({ length: n }, () => (t += step * (0.5 + r()))); };

// a random expression tree of depth 3 in heap layout (15 nodes): inner ops Add/Mul/Sin/Exp, leaves Const/Var
function exprArgs(r: () => number): Val[] {
  const n = 15;
  const ops = new Int32Array(n), arg = new Int32Array(n), consts = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (i >= 7) { ops[i] = r() < 0.5 ? 0 : 1; arg[i] = Math.floor(r() * 3); consts[i] = U(r, -1, 1); }
    else ops[i] = [2, 3, 2, 4, 3, 5][Math.floor(r() * 6)];
  }
  ops[0] = 2; // keep both subtrees
  return [ops, arg, consts, F(3, r, -0.8, 0.8)];
}
// a block diagram of depth 3: inner nodes series/parallel, 8 leaves over 5 components
function rbdArgs(r: () => number): Val[] {
  const kind = new Int32Array(15), comp = new Int32Array(15);
  for (let i = 0; i < 7; i++) kind[i] = r() < 0.5 ? 1 : 2;
  for (let i = 7; i < 15; i++) { kind[i] = 0; comp[i] = Math.floor(r() * 5); }
  return [F(5, r, 0.6, 0.99), kind, comp];
}
const treeArgs = (r: () => number): Val[] => [F(3, r, -1, 1), F(7 * 3, r, -1, 1), F(7, r, -0.5, 0.5), F(8, r, -2, 2), 3];

export const specs: Spec[] = [
  // pharma
  { file: 'pharma', name: 'batemanConc', args: (r) => [U(r, 50, 200), U(r, 0.8, 2), U(r, 0.05, 0.3), U(r, 10, 50), U(r, 0.5, 12)] },
  { file: 'pharma', name: 'multiDoseConc', args: (r) => [U(r, 50, 200), U(r, 0.8, 2), U(r, 0.05, 0.3), U(r, 10, 50), 8, 6, U(r, 17, 39)], fixed: ['nDoses'] },
  { file: 'pharma', name: 'twoCompAUC', args: (r) => [U(r, 0.1, 0.5), U(r, 0.1, 0.5), U(r, 0.05, 0.3), U(r, 50, 150)] },
  { file: 'pharma', name: 'twoCompAUCRebind', args: (r) => [U(r, 0.1, 0.5), U(r, 0.1, 0.5), U(r, 0.05, 0.3), U(r, 50, 150)], refused: '' },
  { file: 'pharma', name: 'emaxLoss', args: (r) => [[U(r, 80, 120), U(r, 2, 8), U(r, 1, 3)], asc(6, r, 2), A(6, r, 10, 90), { weighting: 'relative' }] },
  { file: 'pharma', name: 'ncaAUC', args: (r) => [asc(7, r, 1.5), F(7, r, 0.5, 10)] },
  { file: 'pharma', name: 'infusionConc', args: (r) => [U(r, 5, 20), U(r, 0.05, 0.3), U(r, 10, 50), U(r, 1, 4), U(r, 0.5, 8)] },
  { file: 'pharma', name: 'scheduleObjective', args: (r) => [F(4, r, 80, 150), U(r, 0.8, 2), U(r, 0.05, 0.2), U(r, 20, 40), 12, U(r, 1, 2), U(r, 5, 8)] },
  { file: 'pharma', name: 'timeToThreshold', args: (r) => [U(r, 5, 10), U(r, 1, 3), U(r, 1, 4), U(r, 0.5, 2)], h: 1e-6 },
  // fluids
  { file: 'fluids', name: 'colebrook', args: (r) => [U(r, 5e3, 1e6), U(r, 1e-5, 1e-2)] },
  { file: 'fluids', name: 'headLoss', args: (r) => [U(r, 0.01, 0.1), U(r, 0.1, 0.3), U(r, 50, 500), U(r, 1e-5, 1e-3)] },
  { file: 'fluids', name: 'seriesHead', args: (r) => [U(r, 0.01, 0.1), A(3, r, 0.1, 0.3), A(3, r, 50, 500), U(r, 1e-5, 1e-3)] },
  { file: 'fluids', name: 'machFromArea', args: (r) => [U(r, 1.2, 4), U(r, 1.2, 1.67), r() < 0.5 ? 'subsonic' : 'supersonic'] },
  { file: 'fluids', name: 'normalShockLoss', args: (r) => [U(r, 1.2, 3), U(r, 1.2, 1.67)] },
  { file: 'fluids', name: 'liftingLineCL', args: (r) => [U(r, 0.02, 0.15), U(r, 5, 12), U(r, 0.3, 1), 6], fixed: ['nModes'] },
  { file: 'fluids', name: 'isaDensity', args: (r) => [U(r, 0, 30000)] },
  { file: 'fluids', name: 'breguetRange', args: (r) => [U(r, 0.3, 0.7), U(r, 0.015, 0.03), U(r, 0.03, 0.06), U(r, 6e5, 8e5), U(r, 4e5, 5.5e5), U(r, 5000, 12000)] },
  { file: 'fluids', name: 'nacaArea', args: (r) => [U(r, 0, 0.06), U(r, 0.2, 0.6), U(r, 0.06, 0.18)] },
  { file: 'fluids', name: 'gradeLine', args: (r) => [U(r, 0.01, 0.05), U(r, 20, 50), F(3, r, 0.1, 0.3), F(3, r, 50, 300), new Float64Array(3)] },
  // recursive (with their loop versions)
  { file: 'recursive', name: 'softTree', args: treeArgs, fixed: ['depth'], pair: 'softTreeLoop' },
  { file: 'recursive', name: 'softTreeLoop', args: treeArgs, fixed: ['depth'] },
  { file: 'recursive', name: 'ellipticK', args: (r) => [U(r, 0.05, 0.95)], pair: 'ellipticKLoop' },
  { file: 'recursive', name: 'ellipticKLoop', args: (r) => [U(r, 0.05, 0.95)] },
  { file: 'recursive', name: 'dcLogSumExp', args: (r) => [F(13, r, -3, 3)], pair: 'logSumExpLoop' },
  { file: 'recursive', name: 'logSumExpLoop', args: (r) => [F(13, r, -3, 3)] },
  { file: 'recursive', name: 'exprTree', args: exprArgs, pair: 'exprTreeLoop' },
  { file: 'recursive', name: 'exprTreeLoop', args: exprArgs },
  { file: 'recursive', name: 'tridiagDet', args: (r) => [F(10, r, 2, 3), F(9, r, -1, 1), F(9, r, -1, 1)], pair: 'tridiagDetLoop' },
  { file: 'recursive', name: 'tridiagDetLoop', args: (r) => [F(10, r, 2, 3), F(9, r, -1, 1), F(9, r, -1, 1)] },
  { file: 'recursive', name: 'chebSeries', args: (r) => [A(9, r, -1, 1), U(r, -0.95, 0.95)], pair: 'chebSeriesLoop' },
  { file: 'recursive', name: 'chebSeriesLoop', args: (r) => [A(9, r, -1, 1), U(r, -0.95, 0.95)] },
  { file: 'recursive', name: 'softplusSS', args: (r) => [U(r, -3, 3), U(r, -1, 1)] },
  { file: 'recursive', name: 'hierSoftmaxNLL', args: (r) => [F(4, r, -1, 1), F(15 * 4, r, -1, 1), Math.floor(r() * 16), 4], fixed: ['target', 'depth'], pair: 'hierSoftmaxNLLLoop' },
  { file: 'recursive', name: 'hierSoftmaxNLLLoop', args: (r) => [F(4, r, -1, 1), F(15 * 4, r, -1, 1), Math.floor(r() * 16), 4], fixed: ['target', 'depth'] },
  { file: 'recursive', name: 'gameValue', args: (r) => [F(8, r, -1, 1), U(r, 0.2, 1), 3], fixed: ['depth'] },
  { file: 'recursive', name: 'siteLogLik', args: (r) => [F(14, r, 0.05, 0.8), Int32Array.from({ length: 8 }, () => (r() < 0.5 ? 0 : 1))] },
  { file: 'recursive', name: 'alternatingMap', args: (r) => [U(r, -1, 1), 7], fixed: ['n'] },
  { file: 'recursive', name: 'pairwiseVariance', args: (r) => [F(9, r, -2, 2)], refused: 'TSG2002' },
  // bodies
  { file: 'bodies', name: 'torqueMagnitude', args: (r) => [U(r, -1, 1), U(r, -1, 1), U(r, -1, 1), U(r, -1, 1), U(r, -1, 1), U(r, -1, 1)], refused: 'TSG1003' },
  { file: 'bodies', name: 'torqueObj', args: (r) => [U(r, -1, 1), U(r, -1, 1), U(r, -1, 1), U(r, -1, 1), U(r, -1, 1), U(r, -1, 1)] },
  { file: 'bodies', name: 'triangleAreaNz', args: (r) => [F(9, r, -1, 1)] },
  { file: 'bodies', name: 'solidAngle', args: (r) => [F(9, r, 0.2, 1.5)] },
  { file: 'bodies', name: 'bicycleMiss', args: (r) => [F(10, r, -0.3, 0.3), F(10, r, -1, 1), U(r, 3, 6), U(r, -1, 1)] },
  { file: 'bodies', name: 'droneCost', args: (r) => [U(r, 2, 8), U(r, 1, 4), U(r, 0.5, 2)] },
  { file: 'bodies', name: 'spinUp', args: (r) => [U(r, 0.01, 0.1), U(r, 2, 3), U(r, 0.01, 0.1), 1, U(r, 1.5, 2.5), 3] },
  { file: 'bodies', name: 'tyreForces', args: (r) => [U(r, -0.1, 0.1), U(r, -0.1, 0.1), U(r, -5, 5)], refused: '' },
  { file: 'bodies', name: 'odometryError', args: (r) => [F(12, r, -0.5, 1), U(r, 1, 3), U(r, -1, 1)], refused: '' },
  { file: 'bodies', name: 'odometryErrorInPlace', args: (r) => [F(12, r, -0.5, 1), U(r, 1, 3), U(r, -1, 1)] },
  { file: 'bodies', name: 'gearTrainTorque', args: (r) => [U(r, 10, 100), A(4, r, 0.5, 3)] },
  { file: 'bodies', name: 'cartSlide', args: (r) => [U(r, -2, 2), U(r, 0.1, 0.5), U(r, -1, 1)] },
  { file: 'bodies', name: 'recordPath', args: (r) => [F(5, r, -0.3, 0.3), U(r, 3, 8), new Float64Array(10)] },
  // agro
  { file: 'agro', name: 'farquharA', args: (r) => [U(r, 40, 100), U(r, 80, 180), U(r, 150, 350), U(r, 200, 1500), { theta: 0.95 }] },
  { file: 'agro', name: 'penmanMonteith', args: (r) => [U(r, 10, 35), U(r, 5, 20), U(r, 0.5, 4), U(r, 30, 90)] },
  { file: 'agro', name: 'degreeDays', args: (r) => [A(7, r, 2, 18), A(7, r, 20, 38)] },
  { file: 'agro', name: 'canopyGPP', args: (r) => [U(r, 1, 6), U(r, 0.4, 0.7), U(r, 500, 2000), U(r, 20, 40), 8, r() < 0.5], fixed: ['layers'] },
  { file: 'agro', name: 'fertiliserProfit', args: (r) => [U(r, 50, 250), U(r, 10, 60)] },
  { file: 'agro', name: 'biomassFit', args: (r) => [new Float64Array([U(r, 8, 12), U(r, 0.05, 0.15), U(r, 40, 60)]), asc(8, r, 12), A(8, r, 0, 10), F(8, r, 0.5, 1.5)] },
  { file: 'agro', name: 'leafTemperature', args: (r) => [U(r, 15, 30), U(r, 300, 600), U(r, 0.5, 2), U(r, 0.1, 0.4), U(r, 0.5, 2)] },
  { file: 'agro', name: 'daysToFlower', args: (r) => [F(40, r, 10, 25), F(40, r, 10, 15), U(r, 150, 250)], h: 1e-6 },
  // ops
  { file: 'ops', name: 'erlangC', args: (r) => [U(r, 2, 5), U(r, 1, 1.5), 6], fixed: ['c'] },
  { file: 'ops', name: 'sojournTime', args: (r) => [U(r, 0.3, 0.8), U(r, 1, 1.5), Math.floor(r() * 3), 2], fixed: ['model', 'c'] },
  { file: 'ops', name: 'staffingCost', args: (r) => [U(r, 1, 2), U(r, 1, 1.5), { servers: 3 }] },
  { file: 'ops', name: 'blockingProb', args: (r) => [U(r, 0.3, 0.9), 5], fixed: ['K'] },
  { file: 'ops', name: 'newsvendorProfit', args: (r) => [U(r, 80, 120), U(r, 90, 110), U(r, 10, 30)] },
  { file: 'ops', name: 'qrCost', args: (r) => [U(r, 200, 600), U(r, 40, 80), U(r, 2000, 5000), U(r, 40, 60), U(r, 5, 15)] },
  { file: 'ops', name: 'systemReliability', args: rbdArgs, pair: 'systemReliabilityLoop' },
  { file: 'ops', name: 'systemReliabilityLoop', args: rbdArgs },
  { file: 'ops', name: 'kOutOfN', args: (r) => [U(r, 0.5, 0.99), 3, 5], fixed: ['k', 'n'] },
  { file: 'ops', name: 'serviceLevel', args: (r) => [F(6, r, 2, 4), U(r, 0.8, 1.2), Int32Array.from({ length: 6 }, () => 6 + Math.floor(r() * 3))] },
  { file: 'ops', name: 'epqCost', args: (r) => [U(r, 100, 500), U(r, 1000, 3000), U(r, 4000, 8000)] },
  { file: 'ops', name: 'peakStaffing', args: (r) => [A(5, r, 1, 5), U(r, 0.5, 2)] },
  // probes
  { file: 'probes', name: 'weightedPower', args: (r) => [F(16, r, -1, 1), F(16, r, 0, 1)], pair: 'weightedPowerLoop' },
  { file: 'probes', name: 'weightedPowerLoop', args: (r) => [F(16, r, -1, 1), F(16, r, 0, 1)] },
  { file: 'probes', name: 'windChill', args: (r) => [U(r, -20, 5), U(r, 5, 40)] },
  { file: 'probes', name: 'callbackMix', args: (r) => [A(6, r, -1, 1), F(6, r, 0.5, 2), U(r, 0.3, 1)] },
  { file: 'probes', name: 'gridNearest', args: (r) => [F(15, r, -1, 1), U(r, -1, 1), U(r, -1, 1), U(r, -1, 1)] },
  { file: 'probes', name: 'fallTime', args: (r) => [U(r, 1, 10), 2], refused: 'TSG2002' },
  { file: 'probes', name: 'fallTimeConst', args: (r) => [U(r, 1, 10), r() < 0.5 ? 1 : 2], fixed: ['units'] },
  { file: 'probes', name: 'crossingOr', args: (r) => [U(r, 2, 5), U(r, 0.1, 1), r() < 0.3 ? 7 : U(r, 0.5, 1.5)] },
  { file: 'probes', name: 'splitVariance', args: (r) => [F(11, r, -2, 2)] },
  { file: 'probes2', name: 'trimmedMean', args: (r) => [F(9, r, -2, 2), 2], fixed: ['k'] },
  { file: 'probes2', name: 'trimmedMeanSort', args: (r) => [A(9, r, -2, 2), 2], fixed: ['k'], refused: 'TSG1008' },
  { file: 'probes2', name: 'quickMedian', args: (r) => [F(9, r, -2, 2)] },
  { file: 'probes2', name: 'closureState', args: (r) => [U(r, 0.3, 2), U(r, 0.3, 2)] },
  { file: 'probes2', name: 'totalDefault', args: (r) => [U(r, 0.3, 2)] },
  { file: 'probes2', name: 'logistic4', args: (r) => [U(r, -2, 2), U(r, -1, 1), U(r, 0.5, 3), { upper: 5 }] },
  // refusals
  { file: 'refusals', name: 'mapRevenue', args: (r) => [U(r, 1, 2), 'corn'], refused: 'TSG2002' },
  { file: 'refusals', name: 'dynamicKey', args: (r) => [{ a: 1 }, 'a', U(r, 1, 2)], refused: 'TSG1003' },
  { file: 'refusals', name: 'frobenius', args: () => [[[1, 2], [3, 4]]], refused: 'TSG1003' },
  { file: 'refusals', name: 'positiveSum', args: (r) => [A(4, r, -1, 1)], refused: 'TSG1008' },
  { file: 'refusals', name: 'guardedLog', args: (r) => [U(r, 1, 2)], refused: 'TSG1001' },
  { file: 'refusals', name: 'methodObject', args: (r) => [U(r, 1, 2), U(r, 1, 2)], refused: 'TSG1003' },
];
