// trial32: where each exported function is checked. `params` are the parameter names in order; `args(r)` draws
// one point of the function's domain; `fixed` are parameters not moved by finite differences (counts, integers,
// tolerances); `outs` are arrays the function writes (checked through f_jacobian); `enums` have no grad key;
// `refused` is the TSG code I expect when I expect a refusal.
export type Val = number | boolean | string | Float64Array | Int32Array | number[];
export interface Spec {
  file: string;
  name: string;
  params: string[];
  args: (r: () => number) => Val[];
  fixed?: string[];
  outs?: string[];
  enums?: string[];
  refused?: string;
  h?: number; // relative FD step (default 1e-3); smaller where the trip count depends on the data
}
export function rng(seed: number): () => number {
  let s = seed * 2654435761 % 4294967296;
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s / 4294967296;
  };
}
const U = (r: () => number, lo: number, hi: number) => lo + (hi - lo) * r();
const F = (n: number, r: () => number, lo: number, hi: number) => Float64Array.from({ length: n }, () => U(r, lo, hi));
const G = (n: number, r: () => number) => Float64Array.from({ length: n }, () => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r()));
const pick = <T>(r: () => number, xs: T[]): T => xs[Math.floor(r() * xs.length)];
const sorted = (n: number, r: () => number) => { const a = F(n, r, 0, 1); let c = 0; return a.map((v) => (c += 0.2 + v)); };

export const specs: Spec[] = [
  // hydro
  { file: 'hydro', name: 'bucketLoss', params: ['params', 'rain', 'pet', 'qObs', 'mode'],
    args: (r) => [Float64Array.of(U(r, 50, 150), U(r, 0.01, 0.05), U(r, 10, 40)), F(30, r, 0, 40), F(30, r, 0, 5), F(30, r, 0, 10), pick(r, ['linear', 'threshold'])] },
  { file: 'hydro', name: 'bucketLossOpts', params: ['params', 'rain', 'pet', 'qObs', 'opts'],
    args: (r) => [Float64Array.of(U(r, 50, 150), U(r, 0.01, 0.05), U(r, 10, 40)), F(30, r, 0, 40), F(30, r, 0, 5), F(30, r, 0, 10), {} as never] },
  { file: 'hydro', name: 'manningQ', params: ['y', 'bottom', 'side', 'n', 'slope'],
    args: (r) => [U(r, 0.5, 3), U(r, 1, 5), U(r, 0.5, 2), U(r, 0.02, 0.05), U(r, 1e-4, 1e-2)] },
  { file: 'hydro', name: 'normalDepth', params: ['q', 'bottom', 'side', 'n', 'slope', 'tol'], fixed: ['tol'],
    args: (r) => [U(r, 5, 50), U(r, 1, 5), U(r, 0.5, 2), U(r, 0.02, 0.05), U(r, 1e-3, 1e-2), 1e-12] },
  { file: 'hydro', name: 'greenAmpt', params: ['Ks', 'psi', 'dTheta', 't'],
    args: (r) => [U(r, 0.5, 2), U(r, 5, 20), U(r, 0.2, 0.4), U(r, 1, 5)] },
  { file: 'hydro', name: 'muskingum', params: ['inflow', 'K', 'X', 'dt', 'out'], outs: ['out'],
    args: (r) => [F(12, r, 10, 100), U(r, 1, 3), U(r, 0.1, 0.3), U(r, 0.5, 1), new Float64Array(12)] },
  { file: 'hydro', name: 'scsRunoff', params: ['storms', 'cn', 'lambda'],
    args: (r) => [Array.from(F(10, r, 0, 150)), U(r, 60, 90), U(r, 0.1, 0.3)] },
  { file: 'hydro', name: 'uhPeak', params: ['rain', 'tp', 'tb', 'sharp'],
    args: (r) => [F(8, r, 0, 10), U(r, 2, 4), U(r, 6, 10), U(r, 5, 20)] },
  // ecology
  { file: 'ecology', name: 'lotkaVolterraLoss', params: ['theta', 'x0', 'y0', 'obs', 'h', 'every'], fixed: ['every'],
    args: (r) => [Float64Array.of(U(r, 0.9, 1.1), U(r, 0.09, 0.11), U(r, 0.07, 0.08), U(r, 1.4, 1.6)), U(r, 8, 12), U(r, 4, 6), F(16, r, 2, 20), U(r, 0.03, 0.06), 5] },
  { file: 'ecology', name: 'rosenzweigFinalPredators', params: ['r', 'K', 'a', 'hdl', 'e', 'm', 'steps', 'dt'], fixed: ['steps'],
    args: (r) => [U(r, 0.5, 1.5), U(r, 5, 10), U(r, 0.5, 1.5), U(r, 0.2, 0.5), U(r, 0.3, 0.6), U(r, 0.2, 0.4), 400, U(r, 0.01, 0.03)] },
  { file: 'ecology', name: 'shannon', params: ['abund'], args: (r) => [F(6, r, 0.1, 5)] },
  { file: 'ecology', name: 'hillNumber', params: ['abund', 'q'], args: (r) => [Array.from(F(6, r, 0.1, 5)), r() < 0.5 ? U(r, 0.3, 0.8) : U(r, 1.5, 3)] },
  // (refused with TSG1003 in the trial, a local number[][]; compiles since front54: checked)
  { file: 'ecology', name: 'leslieGrowthRate', params: ['fecundity', 'survival', 'iters'], fixed: ['iters'],
    args: (r) => [F(4, r, 0.2, 2), F(4, r, 0.3, 0.9), 200] },
  { file: 'ecology', name: 'leslieGrowthRateFlat', params: ['fecundity', 'survival', 'iters'], fixed: ['iters'],
    args: (r) => [F(4, r, 0.2, 2), F(4, r, 0.3, 0.9), 200] },
  { file: 'ecology', name: 'fisheryValue', params: ['harvest', 'R0', 'b', 'B0', 'price', 'discount'],
    args: (r) => [F(10, r, 0.1, 0.5), U(r, 2, 4), U(r, 0.001, 0.01), U(r, 100, 300), U(r, 0.5, 2), U(r, 0.02, 0.1)] },
  { file: 'ecology', name: 'alleeTime', params: ['N0', 'r', 'K', 'A', 'dt', 'horizon'], fixed: ['horizon'],
    args: (r) => [U(r, 30, 60), U(r, 0.1, 0.5), U(r, 90, 110), U(r, 10, 20), U(r, 0.005, 0.02), 2000] },
  // heat
  { file: 'heat', name: 'rodInverseLoss', params: ['kappa', 'T0', 'target', 'dt', 'steps', 'tLeft', 'tRight'], fixed: ['steps'],
    args: (r) => [F(8, r, 0.5, 2), F(8, r, 0, 1), F(8, r, 0, 1), U(r, 0.05, 0.2), 20, U(r, 0.5, 1.5), U(r, -0.5, 0.5)] },
  { file: 'heat', name: 'finHeat', params: ['h', 'k', 'thick', 'length', 'dT', 'width'],
    args: (r) => [U(r, 10, 50), U(r, 100, 400), U(r, 0.001, 0.005), U(r, 0.02, 0.1), U(r, 20, 80), U(r, 0.5, 1.5)] },
  { file: 'heat', name: 'effectiveness', params: ['ntu', 'cr', 'flow'], args: (r) => [U(r, 0.5, 3), U(r, 0.2, 0.9), pick(r, ['parallel', 'counter', 'cross'])] },
  { file: 'heat', name: 'shieldedRadiation', params: ['T1', 'T2', 'e1', 'e2', 'eShield', 'shields', 'hasShields'], fixed: ['shields'],
    args: (r) => [U(r, 400, 600), U(r, 300, 350), U(r, 0.3, 0.9), U(r, 0.3, 0.9), U(r, 0.05, 0.3), pick(r, [1, 2, 3]), r() < 0.7] },
  { file: 'heat', name: 'ladderResistance', params: ['series', 'shunt'], args: (r) => [F(6, r, 1, 10), F(6, r, 1, 10)] },
  { file: 'heat', name: 'coolingAverage', params: ['T0', 'hA', 'C', 'ambient', 'dt'],
    args: (r) => [U(r, 50, 90), U(r, 1, 5), U(r, 50, 100), F(20, r, 15, 25), U(r, 0.5, 2)] },
  // color
  { file: 'color', name: 'srgbToLab', params: ['rgb', 'out'], outs: ['out'], args: (r) => [F(3, r, 0.1, 0.9), new Float64Array(3)] },
  { file: 'color', name: 'deltaE76', params: ['c1', 'c2'], args: (r) => [F(3, r, 0.05, 0.95), F(3, r, 0.05, 0.95)] },
  { file: 'color', name: 'deltaE94', params: ['c1', 'c2', 'kL', 'K1', 'K2'],
    args: (r) => [F(3, r, 0.05, 0.95), F(3, r, 0.05, 0.95), U(r, 0.8, 2), U(r, 0.03, 0.05), U(r, 0.01, 0.02)] },
  { file: 'color', name: 'contrastRatio', params: ['fg', 'bg'], args: (r) => [F(3, r, 0.0, 1), F(3, r, 0.0, 1)] },
  { file: 'color', name: 'easedBlend', params: ['from', 'to', 'frames', 'smoothMix'], fixed: ['frames'],
    args: (r) => [U(r, 0, 1), U(r, 0, 1), pick(r, [7, 12, 30]), U(r, 0, 1)] },
  { file: 'color', name: 'rampValue', params: ['stops', 'values', 't'], args: (r) => { const s = sorted(5, r); return [s, F(5, r, 0, 1), U(r, s[0] - 0.1, s[4] + 0.1)]; } },
  { file: 'color', name: 'toneMapLoss', params: ['exposure', 'white', 'hdr', 'target', 'gamma'],
    args: (r) => [U(r, 0.5, 2), U(r, 2, 5), F(10, r, 0, 4), F(10, r, 0.2, 0.9), U(r, 1.8, 2.4)] },
  { file: 'color', name: 'acesFilm', params: ['x', 'out', 'a', 'b', 'c', 'd', 'e'], outs: ['out'],
    args: (r) => [F(6, r, 0.05, 2), new Float64Array(6), U(r, 2.4, 2.6), U(r, 0.02, 0.04), U(r, 2.3, 2.5), U(r, 0.5, 0.7), U(r, 0.1, 0.2)] },
  { file: 'color', name: 'paletteSpread', params: ['colors', 'temp'], args: (r) => [F(12, r, 0.1, 0.9), U(r, 1, 5)] },
  // orbit
  { file: 'orbit', name: 'keplerE', params: ['M', 'e', 'tol'], fixed: ['tol'], args: (r) => [U(r, 0.1, 3), U(r, 0.05, 0.7), 1e-14] },
  { file: 'orbit', name: 'trueAnomaly', params: ['M', 'e'], args: (r) => [U(r, 0.1, 3), U(r, 0.05, 0.7)] },
  { file: 'orbit', name: 'hohmannDv', params: ['r1', 'r2', 'mu'], args: (r) => [U(r, 7000, 8000), U(r, 20000, 42000), U(r, 3.9e5, 4e5)] },
  { file: 'orbit', name: 'orbitFitLoss', params: ['el', 'times', 'obs', 'mu'],
    args: (r) => [Float64Array.of(U(r, 0.9, 1.1), U(r, 0.1, 0.3), U(r, 0, 1), U(r, 0, 1)), F(8, r, 0, 6), F(16, r, -1, 1), U(r, 0.9, 1.1)] },
  { file: 'orbit', name: 'targetingMiss', params: ['dv', 'target', 'steps', 'dt', 'mu'], fixed: ['steps'],
    args: (r) => [F(2, r, -0.1, 0.1), F(2, r, -1, 1), 300, U(r, 0.005, 0.015), U(r, 0.9, 1.1)] },
  { file: 'orbit', name: 'energyDrift', params: ['x', 'y', 'vx', 'vy', 'dt', 'steps'], fixed: ['steps'],
    args: (r) => [U(r, 0.9, 1.1), U(r, -0.1, 0.1), U(r, -0.1, 0.1), U(r, 0.9, 1.2), U(r, 0.01, 0.05), 200] },
  { file: 'orbit', name: 'markovNStep', params: ['p', 'q', 'n', 'start0'], fixed: ['n'],
    args: (r) => [U(r, 0.05, 0.5), U(r, 0.05, 0.5), pick(r, [5, 12, 33]), U(r, 0, 1)] },
  { file: 'orbit', name: 'markovNStepConst', params: ['p', 'q', 'n', 'start0'], fixed: ['n'],
    args: (r) => [U(r, 0.05, 0.5), U(r, 0.05, 0.5), pick(r, [5, 12, 33]), U(r, 0, 1)] },
  { file: 'orbit', name: 'decayAfter', params: ['rate', 'a0', 'n'], fixed: ['n'], args: (r) => [U(r, 0.001, 0.01), U(r, 6800, 7200), pick(r, [7, 37, 64])] },
  // mlx
  { file: 'mlx', name: 'tripletLoss', params: ['emb', 'dim', 'margin', 'soft'], fixed: ['dim'],
    args: (r) => [G(36, r), 4, U(r, 0.2, 1), r() < 0.5] },
  { file: 'mlx', name: 'infoNCE', params: ['q', 'keys', 'tau'], args: (r) => [G(5, r), G(30, r), U(r, 0.1, 0.5)] },
  { file: 'mlx', name: 'smoothCE', params: ['logits', 'y', 'eps'], fixed: ['y'], args: (r) => [G(6, r), pick(r, [0, 2, 5]), U(r, 0.05, 0.2)] },
  { file: 'mlx', name: 'fmPredict', params: ['w0', 'w', 'V', 'x'], args: (r) => [U(r, -1, 1), G(5, r), G(15, r), G(5, r)] },
  { file: 'mlx', name: 'rankNet', params: ['scores', 'rel', 'sigma'], args: (r) => [G(6, r), Int32Array.from({ length: 6 }, () => Math.floor(r() * 3)), U(r, 0.5, 2)] },
  { file: 'mlx', name: 'mlpLoss', params: ['W1', 'b1', 'w2', 'b2', 'X', 'Y', 'act'], enums: ['act'],
    args: (r) => [G(12, r), G(4, r), G(4, r), U(r, -1, 1), G(15, r), G(5, r), pick(r, [0, 1, 2])] },
  { file: 'mlx', name: 'adamStep', params: ['w', 'g', 'm', 'v', 't', 'lr', 'b1', 'b2', 'eps'], outs: ['w', 'm', 'v'], fixed: ['t'],
    args: (r) => [G(4, r), G(4, r), G(4, r).map((x) => 0.1 * x), F(4, r, 0.01, 0.1), pick(r, [1, 3, 10]), U(r, 0.001, 0.01), U(r, 0.85, 0.95), U(r, 0.99, 0.999), U(r, 1e-8, 1e-6)] },
  { file: 'mlx', name: 'pseudoHuberMean', params: ['r', 'delta'], refused: 'TSG2002', args: (r) => [G(8, r), U(r, 0.5, 2)] },
  // probes
  { file: 'probes', name: 'splDb', params: ['p', 'weighted', 'gain'], args: (r) => [G(16, r), r() < 0.5, U(r, 0.5, 2)] },
  { file: 'probes', name: 'sabineRT60', params: ['volume', 'areas', 'alphas'], args: (r) => [U(r, 50, 500), Array.from(F(6, r, 5, 40)), Array.from(F(6, r, 0.05, 0.6))] },
  { file: 'probes', name: 'dragRange', params: ['v0', 'angle', 'k', 'dt'], h: 1e-6, args: (r) => [U(r, 10, 40), U(r, 0.3, 1.2), U(r, 0.001, 0.02), U(r, 0.002, 0.01)] },
  { file: 'probes', name: 'cubicArcLength', params: ['c', 'L'], refused: 'TSG2002', args: (r) => [G(4, r), U(r, 0.5, 2)] },
  { file: 'probes', name: 'speedPenalty', params: ['v', 'limit'], refused: 'TSG1008', args: (r) => [F(8, r, 0, 30), U(r, 10, 25)] },
  { file: 'probes', name: 'peakToNorm', params: ['x', 'from', 'to'], fixed: ['from', 'to'], args: (r) => [F(10, r, 0.1, 2), pick(r, [0, 2]), pick(r, [6, 9])] },
  { file: 'probes', name: 'weightedMeanSq', params: ['x', 'w'], args: (r) => [G(6, r), F(6, r, 0.1, 1)] },
  // probes2
  { file: 'probes2', name: 'cubicSpring', params: ['x', 'k1', 'k3'], args: (r) => [U(r, -2, 2), U(r, 0.5, 2), U(r, 0.1, 1)] },
  { file: 'probes2', name: 'creepRate', params: ['stress', 'A', 'n'], args: (r) => [U(r, -3, 3), U(r, 0.1, 1), U(r, 2, 5)] },
  { file: 'probes2', name: 'lucasLike', params: ['p', 'q', 'steps'], fixed: ['steps'], args: (r) => [U(r, 0.5, 1.5), U(r, -1, 1), pick(r, [3, 8, 15])] },
  { file: 'probes2', name: 'firstCrossing', params: ['field', 'nx', 'level'], fixed: ['nx'], args: (r) => [F(12, r, 0, 1), 4, U(r, 0.5, 0.9)] },
  { file: 'probes2', name: 'correctedSum', params: ['x', 'order'], fixed: ['order'], args: (r) => [U(r, -1, 1), pick(r, [0, 1, 2, 3])] },
  { file: 'probes2', name: 'smoothedEnergy', params: ['x', 'alpha'], args: (r) => [G(9, r), U(r, 0.05, 0.3)] },
  { file: 'probes2', name: 'terminalVelocity', params: ['mass', 'cd', 'area'], args: (r) => [U(r, 1, 100), U(r, 0.3, 1.2), U(r, 0.1, 1)] },
  { file: 'probes2', name: 'phaseResidual', params: ['phi', 'target'], args: (r) => [U(r, -20, 20), U(r, -3, 3)] },
  // tree
  { file: 'tree', name: 'treeResistance', params: ['r', 'kind'], args: (r) => [F(7, r, 1, 10), Int32Array.of(2, 1, 2, 0, 0, 0, 0)] },
  { file: 'tree', name: 'polyProduct', params: ['a', 'b', 'out'], outs: ['out'], args: (r) => [G(8, r), G(8, r), new Float64Array(15)] },
  { file: 'tree', name: 'productEnergy', params: ['a', 'b'], args: (r) => [G(8, r), G(8, r)] },
  { file: 'tree', name: 'estrinEval', params: ['c', 'x'], args: (r) => [G(pick(r, [4, 7, 8]), r), U(r, -1.5, 1.5)] },
  { file: 'tree', name: 'kdSplitCost', params: ['xs', 'depth'], fixed: ['depth'], args: (r) => [sorted(16, r), pick(r, [1, 2, 3])] },
  // refusals (and two I expected refused that compile)
  { file: 'refusals', name: 'heatNeeded', params: ['mass', 'dT', 'material'], args: (r) => [U(r, 1, 5), U(r, 5, 50), pick(r, ['water', 'copper', 'air'])] },
  { file: 'refusals', name: 'weightedAbundance', params: ['abund', 'names', 'weights'], refused: 'TSG1003',
    args: (r) => [F(2, r, 0, 1), ['a', 'b'] as never, new Map([['a', 2]]) as never] },
  // (refused when the trial was written: a method assigning this.level differentiates since front41; steps is a count)
  { file: 'refusals', name: 'reservoirOutflow', params: ['level', 'k', 'steps'], fixed: ['steps'], args: (r) => [U(r, 1, 5), U(r, 0.1, 0.5), 10] },
  { file: 'refusals', name: 'gamutPenalty', params: ['rgb'], refused: 'TSG1008', args: (r) => [F(3, r, -0.5, 1.5)] },
  { file: 'refusals', name: 'countedSum', params: ['xs'], args: (r) => [G(7, r)] },
];
