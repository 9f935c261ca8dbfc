// The points of every exported function of trial30/src: arguments drawn from the function's domain.
// fixed: integer/count parameters (never moved by differences; a gradient key they have must be 0).
// nofd: parameters whose derivative I do not compare with differences (a tolerance, a count-like real).
// outs: arrays the function writes (its outputs, after the value if it returns one).

export type Val = number | Float64Array | number[] | Int32Array | undefined;
export type Rng = () => number;

export interface Spec {
  file: string;
  name: string;
  args: (r: Rng, point: number) => Val[];
  fixed?: string[];
  nofd?: string[];
  outs?: string[];
  tol?: number;
  refused?: boolean; // I expect a refusal
}

export function rng(seed: number): Rng {
  // xorshift32, my own, seeded per function and point
  let s = (seed * 2654435761) >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
}

const U = (r: Rng, lo: number, hi: number) => lo + (hi - lo) * r();
const F = (r: Rng, n: number, lo = -1, hi = 1) => Float64Array.from({ length: n }, () => U(r, lo, hi));
const A = (r: Rng, n: number, lo = -1, hi = 1) => Array.from({ length: n }, () => U(r, lo, hi));
const Z = (n: number) => new Float64Array(n);
function spd(r: Rng, n: number): Float64Array {
  const B = F(r, n * n);
  const S = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      let s = i === j ? 0.5 : 0;
      for (let k = 0; k < n; k++) s += B[i * n + k] * B[j * n + k];
      S[i * n + j] = s;
    }
  return S;
}

export const specs: Spec[] = [
  // robotics
  { file: 'robotics', name: 'armReach', args: (r) => [F(r, 4, -1.5, 1.5), F(r, 4, 0.5, 1.5)] },
  { file: 'robotics', name: 'ikLoss', args: (r) => [F(r, 4, -1.5, 1.5), F(r, 4, 0.5, 1.5), U(r, -2, 2), U(r, -2, 2), 1e-3] },
  { file: 'robotics', name: 'forwardKinematics', outs: ['out'], args: (r) => [F(r, 4, -1.5, 1.5), F(r, 4, 0.5, 1.5), Z(8)] },
  { file: 'robotics', name: 'armPotential', args: (r) => [F(r, 4, -1.5, 1.5), F(r, 4, 0.5, 1.5), F(r, 4, 0.5, 3), 9.81] },
  { file: 'robotics', name: 'manipulability2', args: (r) => [U(r, -3, 3), U(r, 0.3, 2.6), U(r, 0.5, 2), U(r, 0.5, 2)] },
  { file: 'robotics', name: 'dhEndHeight', args: (r) => [F(r, 16, -1.5, 1.5)] },
  { file: 'robotics', name: 'jointLimitPenalty', args: (r) => [F(r, 6, -2, 2), F(r, 6, -1.2, -0.8), F(r, 6, 0.8, 1.2), 0.1] },
  { file: 'robotics', name: 'trajectoryCost', fixed: ['nJoints'], args: (r) => [F(r, 12), 3, U(r, 0.05, 0.2)] },
  { file: 'robotics', name: 'armReachPose', refused: true, args: (r) => [F(r, 4), F(r, 4, 0.5, 1.5)] },
  // optics
  { file: 'optics', name: 'snellExitAngle', args: (r) => [U(r, -0.5, 0.5), F(r, 4, 1, 1.8)] },
  { file: 'optics', name: 'fresnelReflectance', args: (r) => [U(r, 0.3, 1), U(r, 1, 1.5), U(r, 1.3, 2)] },
  { file: 'optics', name: 'thinFilmReflectance', args: (r) => [U(r, 0.4, 0.7), U(r, 0.05, 0.3), U(r, 1.3, 2.2), U(r, 1.4, 1.8)] },
  { file: 'optics', name: 'sellmeierIndex', args: (r) => [U(r, 0.4, 1.5), A(r, 3, 0.2, 1.1), A(r, 3, 0.005, 0.1)] },
  { file: 'optics', name: 'bk7FocalLength', args: (r) => [U(r, 0.4, 1.5), U(r, 20, 100), U(r, -100, -20)] },
  {
    file: 'optics', name: 'abcdTrace',
    args: (r) => [Int32Array.from([0, 1, 0, 2, 0, 1, 0]), Float64Array.from([U(r, 5, 30), U(r, 20, 50), U(r, 5, 30), U(r, 0.6, 0.9), U(r, 5, 30), U(r, 20, 50), U(r, 5, 30)]), U(r, -2, 2), U(r, -0.1, 0.1)],
  },
  { file: 'optics', name: 'backFocus', args: (r) => [U(r, 1, 5), U(r, 30, 60), U(r, 30, 60), U(r, 3, 8), U(r, 1.4, 1.7)] },
  { file: 'optics', name: 'beamRadius', args: (r) => [U(r, 0.5, 2), U(r, 0.4, 1), U(r, -5, 5)] },
  { file: 'optics', name: 'braggReflectance', fixed: ['pairs'], args: (r) => [4, U(r, 2, 2.4), U(r, 1.3, 1.5), 1.52, U(r, -0.3, 0.3)] },
  // kinetics
  { file: 'kinetics', name: 'rhsABC', outs: ['out'], args: (r) => [F(r, 4, 0, 1), F(r, 3, 0.1, 2), Z(4)] },
  { file: 'kinetics', name: 'rk4FinalB', nofd: ['steps'], args: (r) => [Float64Array.from([U(r, 0.8, 1.2), U(r, 0, 0.1), 0, 0]), F(r, 3, 0.2, 2), U(r, 0.5, 2), 40] },
  { file: 'kinetics', name: 'adaptiveYieldC', nofd: ['tol'], tol: 1e-5, args: (r) => [Float64Array.from([U(r, 0.8, 1.2), U(r, 0, 0.1), 0, 0]), F(r, 3, 0.2, 2), U(r, 0.5, 2), 1e-5] },
  { file: 'kinetics', name: 'arrhenius', args: (r) => [U(r, 1, 10), U(r, 1e4, 5e4), U(r, 300, 600)] },
  { file: 'kinetics', name: 'michaelisMentenLoss', args: (r) => [U(r, 0.5, 2), U(r, 0.1, 1), F(r, 6, 0.1, 3), F(r, 6, 0, 1)] },
  { file: 'kinetics', name: 'equilibriumExtent', args: (r) => [U(r, 0.5, 5), U(r, 0.5, 2), U(r, 0.5, 2)] },
  { file: 'kinetics', name: 'lotkaVolterraLoss', nofd: ['sub'], args: (r) => [Float64Array.from([1.1, 0.4, 0.1, 0.4].map((v) => v * U(r, 0.8, 1.2))), F(r, 10, 0.5, 2), 0.1, 10] },
  { file: 'kinetics', name: 'implicitEulerError', nofd: ['n'], args: (r) => [U(r, 0.1, 3), U(r, 0.5, 2), U(r, 0.5, 3), 16] },
  { file: 'kinetics', name: 'yieldAtTemperature', refused: true, args: (r) => [U(r, 300, 600), F(r, 3, 1e4, 3e4), F(r, 3, 1e3, 1e4), Float64Array.from([1, 0, 0, 0])] },
  // nn
  { file: 'nn', name: 'gruCell', outs: ['hOut'], args: (r) => [F(r, 2), F(r, 3), F(r, 18), F(r, 27), F(r, 9), Z(3)] },
  { file: 'nn', name: 'gruSequenceLoss', args: (r) => [F(r, 6), F(r, 3), F(r, 18), F(r, 27), F(r, 9), F(r, 3)] },
  { file: 'nn', name: 'lstmCell', outs: ['hOut', 'cOut'], args: (r) => [F(r, 2), F(r, 2), F(r, 2), F(r, 32), F(r, 8), Z(2), Z(2)] },
  { file: 'nn', name: 'batchNormLoss', args: (r) => [F(r, 6), U(r, 0.5, 2), U(r, -1, 1), F(r, 6), 1e-5] },
  { file: 'nn', name: 'layerNorm', outs: ['out'], args: (r) => [F(r, 5), F(r, 5), F(r, 5), Z(5), 1e-5] },
  { file: 'nn', name: 'softKMeans', args: (r) => [F(r, 10), F(r, 6), U(r, 0.5, 3)] },
  { file: 'nn', name: 'crossEntropy', fixed: ['label'], args: (r, p) => [A(r, 5, -2, 2), p % 5] },
  { file: 'nn', name: 'convReluEnergy', args: (r) => [F(r, 8), F(r, 3), U(r, -0.3, 0.3)] },
  { file: 'nn', name: 'mlpLoss', fixed: ['hidden'], args: (r) => [F(r, 16), F(r, 3), U(r, -1, 1), 3] },
  // filters
  { file: 'filters', name: 'gpNegLogMarginal', args: (r) => [Float64Array.from([-2, -1, 0, 1, 2].map((v) => v + U(r, -0.3, 0.3))), F(r, 5), U(r, 0.5, 1.5), U(r, 0.5, 1.5), U(r, 0.1, 0.5)] },
  { file: 'filters', name: 'spdLogDet', fixed: ['n'], args: (r) => [spd(r, 3), 3] },
  { file: 'filters', name: 'kalmanStep', outs: ['xOut', 'POut'], args: (r) => [F(r, 2), spd(r, 2), U(r, -1, 1), U(r, 0.01, 0.5), U(r, 0.1, 1), 0.1, Z(2), Z(4)] },
  { file: 'filters', name: 'kalmanNLL', args: (r) => [F(r, 8), U(r, 0.05, 0.5), U(r, 0.1, 1), 0.1] },
  { file: 'filters', name: 'particleLogEvidence', args: (r) => [F(r, 6, -2, 0), F(r, 6, -2, 2), U(r, -1, 1), U(r, 0.3, 1.5)] },
  { file: 'filters', name: 'effectiveSampleSize', args: (r) => [F(r, 6, -2, 0)] },
  { file: 'filters', name: 'studentTLogLik', args: (r) => [F(r, 5, -3, 3), U(r, -0.5, 0.5), U(r, 0.5, 2), U(r, 0.6, 10)] },
  { file: 'filters', name: 'ewmaLogVariance', args: (r) => [F(r, 8, -0.05, 0.05), U(r, 0.85, 0.97)] },
  // recursive
  { file: 'recursive', name: 'horner', args: (r) => [A(r, 5), U(r, -1.5, 1.5)] },
  { file: 'recursive', name: 'clenshaw', args: (r) => [F(r, 6), U(r, -2, 3), -2, 3] },
  { file: 'recursive', name: 'tanCF', fixed: ['depth'], args: (r) => [U(r, -1.2, 1.2), 10] },
  { file: 'recursive', name: 'tanLentz', args: (r) => [U(r, -1.2, 1.2)] },
  { file: 'recursive', name: 'romberg', fixed: ['levels'], args: (r) => [U(r, -1, 0), U(r, 0.5, 2), U(r, 0.2, 2), U(r, 0.5, 3), 6] },
  { file: 'recursive', name: 'pairwiseNormSq', args: (r) => [F(r, 7)] },
  { file: 'recursive', name: 'softTree', args: (r) => [F(r, 6, -2, 2), F(r, 4), U(r, -1, 1)] },
  { file: 'recursive', name: 'powBySquaring', fixed: ['n'], args: (r, p) => [U(r, 0.5, 1.5), [7, -5, 12][p % 3]] },
  { file: 'recursive', name: 'powIter', fixed: ['n'], args: (r, p) => [U(r, 0.5, 1.5), [11, 6, 1][p % 3]] },
  { file: 'recursive', name: 'nestedRadical', fixed: ['depth'], args: (r) => [U(r, 0.5, 3), 6] },
  { file: 'recursive', name: 'adaptiveSimpson', tol: 1e-5, args: (r) => [U(r, 0.5, 3), U(r, 1, 4)] },
  // geoaudio
  { file: 'geoaudio', name: 'haversine', args: (r) => [U(r, -60, 60), U(r, -170, 170), U(r, -60, 60), U(r, -170, 170), 6371] },
  { file: 'geoaudio', name: 'initialBearing', args: (r) => [U(r, -60, 60), U(r, -170, 170), U(r, -60, 60), U(r, -170, 170)] },
  { file: 'geoaudio', name: 'vincenty', tol: 1e-6, args: (r) => [U(r, -60, 60), U(r, -60, 60), U(r, -60, 60), U(r, -60, 60)] },
  { file: 'geoaudio', name: 'biquadEnergy', refused: true, args: (r) => [F(r, 16), F(r, 10, -0.5, 0.5)] },
  { file: 'geoaudio', name: 'envelopeMean', args: (r) => [F(r, 16), U(r, 0.1, 0.6), U(r, 0.8, 0.99)] },
  { file: 'geoaudio', name: 'compressorGain', args: (r) => [U(r, -40, 0), U(r, -30, -10), U(r, 2, 8), U(r, 2, 10)] },
  { file: 'geoaudio', name: 'combRms', fixed: ['delay'], args: (r) => [F(r, 12), U(r, -0.7, 0.7), 3] },
  { file: 'geoaudio', name: 'rayMarch', tol: 1e-5, args: (r) => [U(r, -0.3, 0.3), U(r, -0.2, 0.2), U(r, -1, 0), U(r, -0.2, 0.2), U(r, -0.3, 0.1), 1, U(r, 0.8, 1.2)] },
  // econ
  { file: 'econ', name: 'cesUtility', args: (r, p) => [F(r, 4, 0.5, 2), F(r, 4, 0.1, 1), p % 2 ? U(r, 0.2, 0.8) : U(r, -2, -0.3)] },
  { file: 'econ', name: 'cobbDouglas', args: (r) => [U(r, 1, 10), U(r, 1, 10), U(r, 0.5, 2), U(r, 0.2, 0.5)] },
  { file: 'econ', name: 'npv', args: (r) => [A(r, 6, -1, 2), U(r, 0.01, 0.2)] },
  { file: 'econ', name: 'annuityPayment', args: (r) => [U(r, 100, 1000), U(r, 0.01, 0.1), U(r, 6, 24)] },
  { file: 'econ', name: 'lifetimeUtility', args: (r, p) => [F(r, 6, 0.5, 2), U(r, 0.9, 0.99), U(r, 0.5, 3), p % 3] },
  { file: 'econ', name: 'portfolioVariance', args: (r) => [F(r, 3), spd(r, 3)] },
  { file: 'econ', name: 'meanVarianceObjective', args: (r) => [F(r, 3), F(r, 3, 0, 0.2), spd(r, 3), 2] },
  { file: 'econ', name: 'cournotProfit', args: (r, p) => [U(r, 0.5, 2), U(r, 0.5, 2), U(r, 8, 10), U(r, 1, 2), p === 1 ? undefined : U(r, 0.1, 0.5)] },
  { file: 'econ', name: 'binomialLogWealth', fixed: ['periods'], args: (r) => [U(r, 0.1, 0.9), U(r, 1.1, 1.5), U(r, 0.6, 0.9), U(r, 0.4, 0.7), 5] },
  { file: 'econ', name: 'gini', args: (r) => [F(r, 5, 1, 10)] },
  { file: 'econ', name: 'solowCapital', tol: 1e-5, args: (r) => [U(r, 0.1, 0.4), U(r, 0.05, 0.15), U(r, 0.25, 0.4), 1] },
  // probes
  { file: 'probes', name: 'dragForce', args: (r, p) => [U(r, -30, 30), U(r, 0.1, 2), ['sphere', 'plate', 'stream'][p % 3] as any] },
  { file: 'probes', name: 'scaled', args: (r) => [U(r, -2, 2), U(r, -1.5, -0.5), U(r, 0.5, 1.5)] },
  { file: 'probes', name: 'crossingTime', args: (r) => [Float64Array.from([0, 1, 2, 3, 4, 5].map((t) => t + U(r, -0.2, 0.2))), Float64Array.from([0, 0.3, 0.7, 1.2, 1.5, 2.2].map((y) => y + U(r, -0.05, 0.05))), U(r, 0.4, 1.4)] },
  { file: 'probes', name: 'polylineDistance', args: (r) => [U(r, -1, 1), U(r, -1, 1), A(r, 10, -2, 2)] },
  { file: 'probes', name: 'windowNorm', fixed: ['from', 'to'], args: (r) => [F(r, 7), 1, 5] },
  { file: 'probes', name: 'dampedOscillator', args: (r, p) => [U(r, 0, 3), U(r, 1, 5), p === 1 ? undefined : U(r, 0.01, 0.5), U(r, 0.5, 2)] },
  { file: 'probes', name: 'swapRecurrence', fixed: ['n'], args: (r) => [U(r, 0.5, 2), U(r, 0.5, 2), 12] },
  { file: 'probes', name: 'welfordStd', args: (r) => [F(r, 7)] },
  { file: 'probes', name: 'recursiveScanLoss', args: (r) => [F(r, 9)] },
  { file: 'probes', name: 'median3Loss', refused: true, args: (r) => [U(r, -1, 1), U(r, -1, 1), U(r, -1, 1)] },
  { file: 'probes', name: 'exponentialLogLik', args: (r) => [U(r, 0.2, 3), F(r, 6, 0.1, 3)] },
  { file: 'probes', name: 'deepChain', fixed: ['depth'], args: (r, p) => [U(r, -1, 1), [500, 50, 2000][p % 3]] },
  { file: 'probes', name: 'pickedEnergy', refused: true, args: (r) => [F(r, 4), F(r, 4), U(r, -1, 1)] },
  // refusals
  { file: 'refusals', name: 'basketCost', refused: true, args: () => [] },
  { file: 'refusals', name: 'weightedByKey', refused: true, args: () => [] },
  { file: 'refusals', name: 'springEnergy', refused: true, args: () => [] },
  { file: 'refusals', name: 'positiveSum', refused: true, args: () => [] },
  { file: 'refusals', name: 'anyAboveSquares', refused: true, args: () => [] },
  { file: 'refusals', name: 'dropoutSum', refused: true, args: () => [] },
  { file: 'refusals', name: 'countedSquare', refused: true, args: () => [] },
  { file: 'refusals', name: 'gaussianMass', refused: true, args: () => [] },
  { file: 'refusals', name: 'frobenius', refused: true, args: () => [] },
  { file: 'refusals', name: 'safeLog', refused: true, args: () => [] },
];
