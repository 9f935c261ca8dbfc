// The points each function is checked at: every parameter, in order (undefined where left out).
// `ints` names number parameters that are counts or codes (not differentiated by differences).
export interface Case {
  file: string;
  fn: string;
  at: (r: () => number) => Record<string, unknown>;
  ints?: string[];
  f32?: boolean; // a Float32Array input: exact power-of-two steps
  tol?: number;
  twin?: (...args: any[]) => number; // differences taken of this float64 twin (f stores into a Float32Array: a staircase)
  voidFn?: boolean; // writes an out-parameter: checked through f_jacobian
  outName?: string; // the array it writes (default out, else y)
  refused?: boolean; // expected to be refused by tsgrad
}

const u = (r: () => number, lo: number, hi: number) => lo + (hi - lo) * r();
const f64 = (r: () => number, n: number, lo = -1, hi = 1) => Float64Array.from({ length: n }, () => u(r, lo, hi));
const arr = (r: () => number, n: number, lo = -1, hi = 1) => Array.from({ length: n }, () => u(r, lo, hi));
// Float32 values on a 1/256 grid so that steps of 2^-8, 2^-9 are exact
const f32 = (r: () => number, n: number, lo = -1, hi = 1) => Float32Array.from({ length: n }, () => Math.round(u(r, lo, hi) * 256) / 256);

function f32LeapfrogTwin(x0: number, v0: number, dt: number, steps: number): number {
  const state = new Float64Array(2);
  state[0] = x0;
  state[1] = v0;
  for (let s = 0; s < steps; s++) {
    state[1] -= dt * Math.sin(state[0]);
    state[0] += dt * state[1];
  }
  return state[0] * state[0] + state[1];
}

export const cases: Case[] = [
  // physics
  { file: 'physics', fn: 'nbodyEnergy', at: (r) => ({ pos: Float64Array.of(0, 0, 1, 0.2, -0.3, 0.9, 0.5, -0.7), vel: f64(r, 8), mass: f64(r, 4, 0.5, 2), eps: u(r, 0.05, 0.3) }) },
  { file: 'physics', fn: 'nbodyAccel', voidFn: true, at: (r) => ({ pos: Float64Array.of(0, 0, 1, 0.2, -0.3, 0.9), mass: f64(r, 3, 0.5, 2), eps: u(r, 0.05, 0.3), out: new Float64Array(6) }) },
  { file: 'physics', fn: 'nbodyShoot', ints: ['steps'], at: (r) => ({ pos: Float64Array.of(0, 0, 1, 0.2, -0.3, 0.9), vel: f64(r, 6, -0.3, 0.3), mass: f64(r, 3, 0.5, 1.5), dt: u(r, 0.01, 0.05), steps: 12, target: f64(r, 6) }) },
  { file: 'physics', fn: 'pendulumChain', ints: ['steps'], at: (r) => ({ theta0: f64(r, 5, -0.8, 0.8), omega0: arr(r, 5, -0.5, 0.5), k: u(r, 0.5, 2), len: u(r, 0.5, 1.5), dt: u(r, 0.01, 0.05), steps: undefined }) },
  { file: 'physics', fn: 'pendulumStep', voidFn: true, at: (r) => ({ theta: f64(r, 3, -0.8, 0.8), omega: f64(r, 3), k: u(r, 0.5, 2), dt: u(r, 0.01, 0.1), out: new Float64Array(6) }) },
  { file: 'physics', fn: 'rigidBody', ints: ['steps'], at: (r) => ({ state: Float64Array.of(u(r, -1, 1), u(r, -1, 1), u(r, -1, 1), u(r, -1, 1), u(r, -1, 1), u(r, -1, 1)), force: f64(r, 2, -5, 5), mass: u(r, 0.5, 2), inertia: u(r, 0.2, 1), dt: u(r, 0.01, 0.05), steps: 15 }) },
  // (refused when written, TSG2002: an object passed to a helper destructuring it; supported since front26b)
  { file: 'physics', fn: 'rigidTipDistance', at: (r) => ({ x: u(r, -1, 1), y: u(r, -1, 1), theta: u(r, -1, 1), arm: undefined }) },
  { file: 'physics', fn: 'rigidClassLoss', refused: true, at: (r) => ({ x: u(r, -1, 1), y: u(r, -1, 1), angle: u(r, -1, 1), torque: u(r, -1, 1) }) },
  // losses
  { file: 'losses', fn: 'huberLoss', at: (r) => ({ pred: f64(r, 6, -3, 3), target: f64(r, 6, -3, 3), delta: undefined }) },
  { file: 'losses', fn: 'focalLoss', at: (r) => ({ logits: arr(r, 6, -3, 3), labels: Uint8Array.of(1, 0, 0, 1, 1, 0), gamma: u(r, 1, 3), alpha: u(r, 0.1, 0.9) }) },
  { file: 'losses', fn: 'tripletLoss', at: (r) => ({ anchor: f64(r, 4), positive: f64(r, 4), negative: f64(r, 4), margin: u(r, 2, 4) }) },
  { file: 'losses', fn: 'contrastiveLoss', at: (r) => ({ a: f64(r, 4, -0.2, 0.2), b: f64(r, 4, -0.2, 0.2), same: false, margin: undefined }) },
  { file: 'losses', fn: 'klDiagGauss', at: (r) => ({ mu1: f64(r, 4), logvar1: f64(r, 4), mu2: f64(r, 4), logvar2: f64(r, 4) }) },
  { file: 'losses', fn: 'klFromObjects', refused: true, at: () => ({}) },
  { file: 'losses', fn: 'linearLoss', refused: true, at: () => ({}) },
  { file: 'losses', fn: 'convLayerLoss', f32: true, ints: ['h', 'w'], at: (r) => ({ img: f64(r, 30), h: 5, w: 6, kernel: f32(r, 9), bias: u(r, -0.5, 0.5) }) },
  { file: 'losses', fn: 'convLayer', voidFn: true, ints: ['h', 'w'], at: (r) => ({ img: f64(r, 20), h: 4, w: 5, kernel: f64(r, 9), out: new Float64Array(6) }) },
  { file: 'losses', fn: 'softmaxXent', ints: ['label'], at: (r) => ({ logits: f64(r, 5, -2, 2), label: 2 }) },
  { file: 'losses', fn: 'logCoshLoss', at: (r) => ({ pred: arr(r, 5, -2, 2), target: arr(r, 5, -2, 2) }) },
  // recursive
  { file: 'recursive', fn: 'gaussCosIntegral', at: (r) => ({ a: u(r, 0.2, 2), b: u(r, 0.5, 3), upper: u(r, 0.5, 2) }) },
  { file: 'recursive', fn: 'bezierDistance', at: (r) => ({ cx: f64(r, 4), cy: f64(r, 4), t: u(r, 0.1, 0.9), px: u(r, 1.5, 2), py: u(r, 1.5, 2) }) },
  { file: 'recursive', fn: 'ipow', ints: ['n'], at: (r) => ({ x: u(r, -1.5, 1.5), n: 7 }) },
  { file: 'recursive', fn: 'polyByPowers', at: (r) => ({ x: u(r, -1.2, 1.2), coeffs: arr(r, 6) }) },
  { file: 'recursive', fn: 'heapTreeSum', at: (r) => ({ a: f64(r, 10) }) },
  { file: 'recursive', fn: 'heapBestPath', at: (r) => ({ a: f64(r, 9), scale: u(r, 0.5, 2) }) },
  { file: 'recursive', fn: 'tanCF', at: (r) => ({ x: u(r, -1.2, 1.2) }) },
  // signal
  { file: 'signal', fn: 'biquadLoss', at: (r) => ({ x: f64(r, 24), coef: Float64Array.of(0.2, 0.3, 0.1, u(r, -0.5, 0.5), u(r, 0, 0.3)), target: f64(r, 24) }) },
  { file: 'signal', fn: 'biquadFilter', voidFn: true, at: (r) => ({ x: f64(r, 6), b0: u(r, 0, 1), b1: u(r, 0, 1), b2: u(r, 0, 1), a1: u(r, -0.5, 0.5), a2: u(r, 0, 0.3), y: new Float64Array(6) }) },
  { file: 'signal', fn: 'dftMagLoss', at: (r) => ({ sig: f64(r, 12), targetMag: f64(r, 6, 0, 2) }) },
  { file: 'signal', fn: 'movingAvgLoss', ints: ['win'], at: (r) => ({ x: f64(r, 20), win: 4 }) },
  { file: 'signal', fn: 'movingAvgScratch', refused: true, at: () => ({}) },
  { file: 'signal', fn: 'emaFilter', voidFn: true, f32: true, at: (r) => ({ x: f32(r, 6), alpha: u(r, 0.1, 0.9), out: new Float64Array(6) }) },
  { file: 'signal', fn: 'tvDenoise', at: (r) => ({ u: f64(r, 10), f: f64(r, 10), lambda: u(r, 0.1, 1) }) },
  // geometry
  { file: 'geometry', fn: 'shoelaceArea', at: (r) => ({ xs: [0, 1, 1.2, 0.1].map((v) => v + 0.1 * r()), ys: [0, 0.1, 1, 0.9].map((v) => v + 0.1 * r()) }) },
  { file: 'geometry', fn: 'polygonPerimeter', at: (r) => ({ pts: Float64Array.from([0, 0, 1, 0.1, 1.2, 1, 0.1, 0.9], (v) => v + 0.1 * r()) }) },
  { file: 'geometry', fn: 'polylineSDF', at: (r) => ({ px: u(r, 0.2, 0.8), py: u(r, 0.3, 0.6), pts: Float64Array.from([0, 0, 1, 0.1, 1.3, 1, 2, 1.2], (v) => v + 0.05 * r()) }) },
  { file: 'geometry', fn: 'circleFitLoss', at: (r) => ({ cx: u(r, -0.2, 0.2), cy: u(r, -0.2, 0.2), r: u(r, 0.8, 1.2), pts: Float64Array.from({ length: 12 }, (_, i) => (i % 2 ? Math.sin : Math.cos)((Math.PI / 3) * (i >> 1)) + 0.1 * r()) }) },
  { file: 'geometry', fn: 'turningAngle', at: (r) => ({ pts: Float64Array.from([0, 0, 1, 0.2, 1.5, 1, 2.5, 1.3, 3, 0.4], (v) => v + 0.05 * r()) }) },
  { file: 'geometry', fn: 'centroidX', at: (r) => ({ xs: [0, 1, 1.2, 0.1].map((v) => v + 0.1 * r()), ys: [0, 0.1, 1, 0.9].map((v) => v + 0.1 * r()) }) },
  // objectives
  { file: 'objectives', fn: 'rastrigin', at: (r) => ({ x: f64(r, 5, -2, 2) }) },
  { file: 'objectives', fn: 'ackley', at: (r) => ({ x: arr(r, 4, -2, 2), a: undefined, b: u(r, 0.1, 0.3), c: undefined }) },
  { file: 'objectives', fn: 'beale', at: (r) => ({ x: u(r, -2, 2), y: u(r, -2, 2) }) },
  { file: 'objectives', fn: 'himmelblau', at: (r) => ({ x: u(r, -4, 4), y: u(r, -4, 4) }) },
  { file: 'objectives', fn: 'styblinskiTang', f32: true, at: (r) => ({ x: f32(r, 4, -3, 3) }) },
  { file: 'objectives', fn: 'penaltyObjective', ints: ['kinds'], at: (r) => ({ x: Float64Array.of(u(r, 0.6, 1.2), u(r, 0.8, 1.2)), kinds: Int32Array.of(0, 1, 2, 7), mu: u(r, 1, 10) }) },
  { file: 'objectives', fn: 'rosenbrockDo', at: (r) => ({ x: arr(r, 5, -1.5, 1.5) }) },
  { file: 'objectives', fn: 'logBarrier', at: (r) => ({ x: u(r, -0.6, 0.6), y: u(r, -0.6, 0.6), t: u(r, 1, 5) }) },
  { file: 'objectives', fn: 'griewankish', at: (r) => ({ x: f64(r, 5, -2, 2) }) },
  // shapes
  { file: 'shapes', fn: 'sumUntil', at: (r) => ({ x: Float64Array.of(0.5, 0.7, -0.6, 0.9, 1.1, 0.3).map((v) => v + 0.05 * r()), limit: 1.6 }) },
  { file: 'shapes', fn: 'piecewise', at: (r) => ({ x: [-1.5, -0.5, 0.5, 2.5][Math.floor(4 * r())] + 0.2 * r(), y: u(r, -1, 1) }) },
  { file: 'shapes', fn: 'activation', ints: ['kind'], at: (r) => ({ x: u(r, -2, 2), kind: Math.floor(5 * r()) }) },
  { file: 'shapes', fn: 'rowsUntilNegative', ints: ['rows', 'cols'], at: (r) => ({ m: Float64Array.from({ length: 12 }, (_, i) => (i === 5 || i === 10 ? -0.5 : u(r, 0, 1))), rows: 3, cols: 4 }) },
  { file: 'shapes', fn: 'mathZoo', at: (r) => ({ x: u(r, 0.25, 0.35), y: u(r, -0.5, -0.3) }) },
  { file: 'shapes', fn: 'clz32Weights', at: (r) => ({ x: f64(r, 6) }) },
  // (refused when written, TSG1005; clz32 is a step with derivative 0 since: checked as a function,
  // away from its jumps, where 1000·x is a power of two)
  { file: 'shapes', fn: 'clz32OnValue', at: (r) => ({ x: u(r, 0.3, 0.45) }) },
  { file: 'shapes', fn: 'closureLoss', at: (r) => ({ w: f64(r, 4), x: f64(r, 4), y: f64(r, 4), b: u(r, -0.5, 0.5) }) },
  { file: 'shapes', fn: 'closureAsValue', refused: true, at: () => ({}) },
  // (refused when written, TSG1008: reduce with an arrow callback; lowered to its loop since front26b)
  { file: 'shapes', fn: 'reduceSquares', at: (r) => ({ x: arr(r, 6) }) },
  { file: 'shapes', fn: 'optionalScale', at: (r) => ({ x: arr(r, 5), scale: r() < 0.5 ? undefined : u(r, 0.5, 2) }) },
  { file: 'shapes', fn: 'f32Dot', f32: true, at: (r) => ({ w: f32(r, 5), x: f64(r, 5) }) },
  { file: 'shapes', fn: 'newtonSqrt', at: (r) => ({ x: u(r, 0.3, 9) }) },
  { file: 'shapes', fn: 'powerIteration', at: (r) => ({ a: u(r, 2, 3), b: u(r, 0.2, 0.8), c: u(r, -1, 0.5) }) },
  { file: 'shapes', fn: 'interiorSmooth', at: (r) => ({ x: Float64Array.of(0.3, -0.6, 0.05, 0.8, -0.02, 0.4).map((v) => v + 0.01 * r()), eps: 0.1 }) },
  { file: 'shapes', fn: 'closureAccumulator', at: (r) => ({ x: f64(r, 5) }) },
  { file: 'shapes', fn: 'genericScale', at: (r) => ({ x: u(r, -1, 1), y: u(r, -1, 1) }) },
  { file: 'shapes', fn: 'scratchNorm', refused: true, at: () => ({}) },
  { file: 'shapes', fn: 'tableInterp', at: (r) => ({ x: [0.3, 1.4, 2.6, 3.5][Math.floor(4 * r())] + 0.1 * r() }) },
  // tricky
  { file: 'tricky', fn: 'doContinue', at: (r) => ({ x: Float64Array.of(0.5, -0.3, 0.8, -0.1, 0.2).map((v) => v + 0.05 * r()) }) },
  { file: 'tricky', fn: 'switchInLoop', ints: ['codes'], at: (r) => ({ x: f64(r, 8), codes: Int32Array.of(1, 0, 2, 3, 1, 2, 0, 9) }) },
  { file: 'tricky', fn: 'firstClosePair', at: (r) => ({ p: Float64Array.of(0.1, 0.9, -0.5, 0.93, 0.4).map((v) => v + 0.005 * r()), tol: 0.1 }) },
  { file: 'tricky', fn: 'whileLabelled', ints: ['cols'], at: (r) => ({ m: Float64Array.from({ length: 12 }, (_, i) => (i === 6 ? 0.95 : u(r, 0, 0.8))), cols: 4 }) },
  { file: 'tricky', fn: 'heatPingPong', ints: ['steps'], at: (r) => ({ u0: f64(r, 8), kappa: u(r, 0.05, 0.3), steps: 7 }) },
  { file: 'tricky', fn: 'sortedWeighted', at: (r) => ({ x: f64(r, 7) }) },
  { file: 'tricky', fn: 'heapTop', ints: ['k'], at: (r) => ({ x: f64(r, 9), k: 4 }) },
  { file: 'tricky', fn: 'firstAbove', at: (r) => ({ xs: arr(r, 6), level: 0.5 }) },
  { file: 'tricky', fn: 'f32Leapfrog', ints: ['steps'], f32: true, tol: 1e-5, twin: f32LeapfrogTwin, at: (r) => ({ x0: Math.round(u(r, -1, 1) * 256) / 256, v0: Math.round(u(r, -1, 1) * 256) / 256, dt: 0.0625, steps: 10 }) },
  { file: 'tricky', fn: 'commaLoop', at: (r) => ({ x: f64(r, 7) }) },
  { file: 'tricky', fn: 'clipSum', at: (r) => ({ x: arr(r, 5, -3, 3), limit: r() < 0.5 ? undefined : u(r, 0.5, 3) }) },
  { file: 'tricky', fn: 'divideConquer', at: (r) => ({ x: f64(r, 11) }) },
  { file: 'tricky', fn: 'spreadMinMax', f32: true, at: (r) => ({ w: f32(r, 5), a: u(r, -1, 1), b: u(r, -1, 1) }) },
  { file: 'tricky', fn: 'rootsAndPowers', at: (r) => ({ x: u(r, -1, 1), y: u(r, -1, 1) }) },
  // objects.ts: follow-ups of hints, more shapes
  { file: 'objects', fn: 'klProps', refused: true, at: () => ({}) },
  { file: 'objects', fn: 'linearBody', refused: true, at: () => ({}) },
  { file: 'objects', fn: 'ringNoFill', refused: true, at: () => ({}) },
  { file: 'objects', fn: 'clzConst', at: (r) => ({ x: u(r, -1, 1) }) },
  { file: 'objects', fn: 'bitwiseActive', at: (r) => ({ x: [0.1203, 0.5404, -0.3302][Math.floor(3 * r())] + 0.0003 * r() }) },
  { file: 'objects', fn: 'switchBreakInWhile', ints: ['codes'], at: (r) => ({ x: f64(r, 7), codes: Int32Array.of(1, 2, 0, 1, 2, 2, 5) }) },
  { file: 'objects', fn: 'labelledBlock', at: (r) => ({ x: u(r, -1, 1), y: u(r, -1, 1) }) },
  { file: 'objects', fn: 'mutual', at: (r) => ({ x: u(r, -0.8, 0.8) }) },
  { file: 'objects', fn: 'aliasedAxpy', at: (r) => ({ v: f64(r, 5), a: u(r, -1, 1) }) },
  { file: 'objects', fn: 'f32Out', voidFn: true, tol: 2e-4, at: (r) => ({ x: f64(r, 4), g: u(r, 0.5, 2), out: new Float32Array(4) }) },
  { file: 'objects', fn: 'optionalAndClosure', at: (r) => ({ x: f64(r, 5), scale: r() < 0.5 ? undefined : u(r, 0.5, 3) }) },
  { file: 'objects', fn: 'logOrZero', at: (r) => ({ x: Float64Array.of(0.5, -0.7, 1.3, -0.2, 2.2).map((v) => v + 0.05 * r()) }) },
  // tricky2
  { file: 'tricky2', fn: 'quickSortedLoss', at: (r) => ({ x: f64(r, 9, -2, 2) }) },
  { file: 'tricky2', fn: 'tableLookup', at: (r) => ({ table: f64(r, 6), x: [0.1, 0.4, 0.75][Math.floor(3 * r())] + 0.02 * r() }) },
  { file: 'tricky2', fn: 'reassignParams', at: (r) => ({ x: u(r, -1, 1), w: f64(r, 5) }) },
  { file: 'tricky2', fn: 'accumulateInto', voidFn: true, outName: 'acc', at: (r) => ({ x: f64(r, 4), k: u(r, -1, 1), acc: f64(r, 4) }) },
  { file: 'tricky2', fn: 'normalizeInto', voidFn: true, at: (r) => ({ x: f64(r, 4), out: new Float64Array(4) }) },
  { file: 'tricky2', fn: 'returnInSwitch', ints: ['codes'], at: (r) => ({ x: f64(r, 6), codes: Int32Array.of(1, 0, 1, 7, 1, 0) }) },
  { file: 'tricky2', fn: 'closureWritesArray', at: (r) => ({ x: f64(r, 5) }) },
  { file: 'tricky2', fn: 'pushedBackwards', at: (r) => ({ x: f64(r, 6) }) },
  { file: 'tricky2', fn: 'modulo', at: (r) => ({ x: u(r, 2.1, 2.9), y: u(r, 0.7, 0.95) }) },
  { file: 'tricky2', fn: 'defaultReads', at: (r) => ({ x: u(r, -1, 1), y: u(r, -1, 1) }) },
  { file: 'tricky2', fn: 'reboundInLoop', at: (r) => ({ a: f64(r, 4), b: f64(r, 4) }) },
  { file: 'tricky2', fn: 'f32Entries', f32: true, at: (r) => ({ w: Float32Array.of(0.5, -0.25, 0.75, 0.95, 0.125), x: Math.round(u(r, 0.2, 0.9) * 256) / 256 }) },
  { file: 'tricky2', fn: 'doWhileMix', ints: ['rounds'], at: (r) => ({ x: Float64Array.of(0.3, -0.2, 0.6, 0.9, -0.9, 0.4).map((v) => v + 0.02 * r()), rounds: 3 }) },
  // checkpointed loops
  { file: 'checkpointed', fn: 'chainCheckpointed', ints: ['steps'], at: (r) => ({ theta0: f64(r, 4, -0.6, 0.6), k: u(r, 0.5, 2), dt: u(r, 0.01, 0.05), steps: 40 }) },
  { file: 'checkpointed', fn: 'logisticMapCheckpointed', ints: ['steps'], at: (r) => ({ x0: u(r, 0.2, 0.8), r: u(r, 2.5, 3.2), steps: 30 }) },
  { file: 'checkpointed', fn: 'logisticMapPlain', ints: ['steps'], at: (r) => ({ x0: u(r, 0.2, 0.8), r: u(r, 2.5, 3.2), steps: 30 }) },
  // refusals.ts: refusals beside functions that must compile
  { file: 'refusals', fn: 'ratioLoss', refused: true, at: () => ({}) },
  { file: 'refusals', fn: 'ratioSum', refused: true, at: () => ({}) },
  { file: 'refusals', fn: 'neighbourOk', at: (r) => ({ x: u(r, 0.2, 1), y: u(r, -1, 1) }) },
  { file: 'refusals', fn: 'noisyLoss', refused: true, at: () => ({}) },
  { file: 'refusals', fn: 'roundTrip', refused: true, at: () => ({}) },
  { file: 'refusals', fn: 'generatorSum', refused: true, at: () => ({}) },
  { file: 'refusals', fn: 'neighbourOk2', at: (r) => ({ w: Float64Array.of(0.3, -0.5, 0.8, -0.9).map((v) => v + 0.1 * r()) }) },
  { file: 'refusals', fn: 'countingLoss', refused: true, at: () => ({}) },
];
