// Points for each function: arguments drawn in the function's domain.
// `fixed` names parameters that are integers/counts (not moved by differences; their gradient must be 0).
// `outs` names the arrays a void function writes (its outputs).

export type Val = number | Float64Array | number[] | Int32Array | Uint8Array;
export type Rng = () => number;

export interface Spec {
  file: string;
  name: string;
  args: (r: Rng, point: number) => Val[];
  fixed?: string[];
  outs?: string[]; // written arrays; with a number returned too, f_jacobian's rows are the value then these

  tol?: number;
}

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const U = (r: Rng, lo: number, hi: number) => lo + (hi - lo) * r();
const F = (r: Rng, n: number, lo = -1, hi = 1) => Float64Array.from({ length: n }, () => U(r, lo, hi));
const L = (r: Rng, n: number, lo = -1, hi = 1) => Array.from({ length: n }, () => U(r, lo, hi));

export const specs: Spec[] = [
  // physics
  {
    file: 'physics', name: 'particleFloorEnergy', fixed: ['steps'],
    args: (r) => {
      const pos = F(r, 6);
      for (let i = 1; i < 6; i += 2) pos[i] = U(r, 0.05, 1);
      return [pos, F(r, 6), 0.05, 3];
    },
  },
  {
    file: 'physics', name: 'floorStep', outs: ['out'],
    args: (r) => {
      const s = new Float64Array(8);
      for (let i = 0; i < 2; i++) {
        s[4 * i] = U(r, -4, 4);
        s[4 * i + 1] = U(r, -0.3, 1);
        s[4 * i + 2] = U(r, -1, 1);
        s[4 * i + 3] = U(r, -1, 1);
      }
      return [s, U(r, 0.05, 0.15), new Float64Array(8)];
    },
  },
  {
    file: 'physics', name: 'ropeEnergy', fixed: ['iters'],
    args: (r) => {
      const x0 = new Float64Array(8);
      for (let i = 0; i < 4; i++) {
        x0[2 * i] = 0.5 * i + U(r, -0.05, 0.05);
        x0[2 * i + 1] = U(r, -0.1, 0.1);
      }
      const xp = Float64Array.from(x0, (v) => v + U(r, -0.01, 0.01));
      return [x0, xp, 0.45, 4];
    },
  },
  { file: 'physics', name: 'pingPongSmooth', fixed: ['passes'], args: (r) => [F(r, 6), 3, 0.2] },
  { file: 'physics', name: 'pingPongParity', fixed: ['passes'], args: (r) => [F(r, 6), 3, 0.2] },
  {
    file: 'physics', name: 'verletStepEnergy', outs: ['xOut', 'vOut'],
    args: (r) => [F(r, 3), F(r, 3), U(r, 0.05, 0.2), new Float64Array(3), new Float64Array(3)],
  },
  {
    file: 'physics', name: 'nbodyStepEnergy',
    args: (r) => [F(r, 9), F(r, 9, -0.3, 0.3), F(r, 3, 0.5, 1.5), U(r, 0.005, 0.02)],
  },
  {
    file: 'physics', name: 'boxFloorPenalty',
    args: (r) => [U(r, -1, 1), U(r, 0.1, 0.5), U(r, -1, 1), 1.2, 0.8, 100],
  },
  // losses
  { file: 'losses', name: 'huberLoss', args: (r) => [L(r, 6), L(r, 6), 0.5] },
  {
    file: 'losses', name: 'focalLoss',
    args: (r) => [F(r, 6, -2, 2), Uint8Array.from([1, 0, 0, 1, 1, 0]), U(r, 1.5, 2.5), U(r, 0.2, 0.4)],
  },
  {
    file: 'losses', name: 'contrastiveLoss', fixed: ['dim'],
    args: (r) => [F(r, 12), 3, Int32Array.from([0, 1, 1, 2, 2, 3, 0, 3]), Uint8Array.from([1, 0, 0, 1]), U(r, 1.2, 2)],
  },
  {
    file: 'losses', name: 'gpNegLogLik',
    args: (r) => [Float64Array.from([-1, -0.4, 0.1, 0.7, 1.3], (v) => v + U(r, -0.1, 0.1)), F(r, 5), U(r, -0.5, 0), U(r, -0.3, 0.3), U(r, -1.5, -0.8)],
  },
  { file: 'losses', name: 'robustLoss', fixed: ['kind'], args: (r, p) => [F(r, 5, -2, 2), [0, 2, 1, 3][p % 4], U(r, 0.5, 1.5)] },
  { file: 'losses', name: 'crossEntropyScratch', fixed: ['target'], args: (r) => [F(r, 5, -2, 2), 2, U(r, 0.05, 0.2)] },
  // recursive
  { file: 'recursive', name: 'hornerRec', args: (r) => [F(r, 6), U(r, -1.2, 1.2)] },
  { file: 'recursive', name: 'pairwiseSum', args: (r) => [F(r, 11, -2, 2)] },
  { file: 'recursive', name: 'adaptiveSimpson', args: (r) => [U(r, -1, -0.2), U(r, 0.3, 1.5), U(r, 0.5, 2)], tol: 1e-5 },
  { file: 'recursive', name: 'tanContinuedFraction', fixed: ['depth'], args: (r) => [U(r, -1.2, 1.2), 10] },
  { file: 'recursive', name: 'powerSeries', args: (r) => [L(r, 5), U(r, -1.1, 1.1)] },
  // stats
  { file: 'stats', name: 'lgamma', args: (r) => [U(r, 0.6, 6)] },
  { file: 'stats', name: 'studentTLogPdf', args: (r) => [U(r, -2, 2), U(r, -1, 1), U(r, 0.5, 2), U(r, 1, 8)] },
  { file: 'stats', name: 'kdeLogLik', args: (r) => [F(r, 8, -2, 2), F(r, 3, -2, 2), U(r, 0.3, 1)] },
  {
    file: 'stats', name: 'logisticL2',
    args: (r) => [F(r, 3), U(r, -0.5, 0.5), F(r, 15, -2, 2), Float64Array.from([1, 0, 1, 1, 0]), 0.1],
  },
  { file: 'stats', name: 'mixtureLogLik', args: (r) => [L(r, 5, -2, 2), L(r, 3, -1.5, 1.5), L(r, 3, -0.7, 0.3), L(r, 3)] },
  // optim
  { file: 'optim', name: 'ackley', args: (r) => [L(r, 4, -2, 2)] },
  { file: 'optim', name: 'rastrigin', args: (r) => [F(r, 5, -2, 2), 10] },
  { file: 'optim', name: 'beale', args: (r) => [U(r, -2, 3), U(r, -1.5, 1.5)] },
  { file: 'optim', name: 'styblinskiTang', args: (r) => [L(r, 4, -4, 4)] },
  { file: 'optim', name: 'extendedRosenbrock', args: (r) => [F(r, 6, -1.5, 1.5)] },
  { file: 'optim', name: 'himmelblauQuadrant', args: (r) => [U(r, -3, 3), U(r, -3, 3)] },
  // geometry
  {
    file: 'geometry', name: 'shoelaceArea',
    args: (r) => {
      const xs = [], ys = [];
      for (let i = 0; i < 5; i++) {
        const t = (2 * Math.PI * i) / 5;
        xs.push(Math.cos(t) + U(r, -0.1, 0.1));
        ys.push(Math.sin(t) + U(r, -0.1, 0.1));
      }
      return [xs, ys];
    },
  },
  { file: 'geometry', name: 'capsuleSdf', args: (r) => [F(r, 3, -2, 2), F(r, 3), F(r, 3), U(r, 0.1, 0.5)] },
  { file: 'geometry', name: 'quatRotate', outs: ['out'], args: (r) => [F(r, 4), F(r, 3), new Float64Array(3)] },
  { file: 'geometry', name: 'quatAlignLoss', args: (r) => [F(r, 4), F(r, 3), F(r, 3)] },
  {
    file: 'geometry', name: 'turningAngle',
    args: (r) => {
      const xs = new Float64Array(5), ys = new Float64Array(5);
      for (let i = 0; i < 5; i++) {
        const t = (2 * Math.PI * i) / 5;
        xs[i] = Math.cos(t) + U(r, -0.1, 0.1);
        ys[i] = Math.sin(t) + U(r, -0.1, 0.1);
      }
      return [xs, ys];
    },
  },
  { file: 'geometry', name: 'perimeter', args: (r) => [L(r, 10, -2, 2)] },
  // shapes
  { file: 'shapes', name: 'polarEnergy', args: (r) => [U(r, -1, 1), U(r, -1, 1), U(r, 0, 2)] },
  { file: 'shapes', name: 'polarEnergyIf', args: (r) => [U(r, -1, 1), U(r, -1, 1), U(r, 0, 2)] },
  { file: 'shapes', name: 'cubeRootNewton', args: (r) => [U(r, 0.5, 5)] },
  { file: 'shapes', name: 'labelledRows', fixed: ['n'], args: (r) => [F(r, 16), 4] },
  { file: 'shapes', name: 'closureMix', args: (r) => [F(r, 5), U(r, 0.5, 2)] },
  { file: 'shapes', name: 'mathZoo', args: (r) => [U(r, -1, 1), U(r, -1, 1)] },
  { file: 'shapes', name: 'fractionalPowers', args: (r) => [L(r, 4, 0.2, 2), U(r, 0.5, 2)] },
  { file: 'shapes', name: 'seriesLog1p', args: (r) => [U(r, -0.5, 0.5)] },
  { file: 'shapes', name: 'pushedFeatures', args: (r) => [U(r, -1, 1), U(r, -1, 1)] },
  { file: 'shapes', name: 'pushedFeaturesOne', args: (r) => [U(r, -1, 1), U(r, -1, 1)] },
  { file: 'shapes', name: 'smoothRamp', args: (r) => [U(r, -0.5, 2), U(r, 0.5, 1.5)] },
  { file: 'shapes', name: 'twoLayerScratch', args: (r) => [F(r, 15), F(r, 8), F(r, 4)] },
  // probes
  { file: 'probes', name: 'bezierValue', args: (r) => [F(r, 5), U(r, 0.1, 0.9)] },
  { file: 'probes', name: 'gaussPolyIntegral', args: (r) => [F(r, 3, -0.8, 0.8), U(r, 0.5, 2)], tol: 1e-5 },
  { file: 'probes', name: 'softmaxTemp', args: (r, p) => (p === 1 ? [L(r, 5, -2, 2)] : [L(r, 5, -2, 2), U(r, 0.5, 2)]) },
  { file: 'probes', name: 'upperGammaCf', args: (r) => [U(r, 0.5, 3), U(r, 2, 6)] },
  { file: 'probes', name: 'springRelax', args: (r) => [F(r, 10, -1.5, 1.5), U(r, 0.3, 1)] },
  { file: 'probes', name: 'refinedSum', fixed: ['levels'], args: (r) => [F(r, 6), 3] },
  {
    file: 'probes', name: 'mixedBag', fixed: ['mode'],
    args: (r, p) => [Float32Array.from([0.5, -0.25, 0.75]) as unknown as Float64Array, L(r, 7), p],
    tol: 1e-6,
  },
  { file: 'probes', name: 'armReach', args: (r) => [F(r, 4), L(r, 4, 0.5, 1.5), U(r, 2, 3), U(r, -1, 1)] },
  { file: 'probes', name: 'keplerAnomaly', args: (r) => [U(r, 0.2, 3), U(r, 0.05, 0.8)] },
  { file: 'probes', name: 'ropeRotate', fixed: ['steps'], args: (r) => [F(r, 6), F(r, 6), U(r, 0.02, 0.08), 7] },
  { file: 'probes', name: 'ropeRotateSkip', fixed: ['steps'], args: (r, p) => [F(r, 6), p === 2 ? new Float64Array(6) : F(r, 6), U(r, 0.02, 0.08), 6] },
  // refusals and their neighbours
  { file: 'refusals', name: 'sumSquaresReduce', args: (r) => [L(r, 4)] },
  { file: 'refusals', name: 'sumSquaresLoop', args: (r) => [L(r, 4)] },
  { file: 'refusals', name: 'mappedNorm', args: (r) => [L(r, 4)] },
  { file: 'refusals', name: 'pointDist', args: () => [] },
  { file: 'refusals', name: 'safeLog', args: (r) => [U(r, 0.5, 2)] },
  { file: 'refusals', name: 'noisy', args: (r) => [U(r, -1, 1)] },
  { file: 'refusals', name: 'localRecursion', args: (r) => [U(r, 0.5, 2), 3] },
  { file: 'refusals', name: 'matrixParam', args: () => [] },
  { file: 'refusals', name: 'stillFine', args: (r) => [U(r, -1, 1), U(r, -1, 1)] },
];
