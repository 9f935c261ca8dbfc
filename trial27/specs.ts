// Points for each function: fresh arguments (name, value) and which parameters are integers/data (skipped by the checker).
export type Arg = [string, unknown];
export interface Spec { mod: string; name: string; args: () => Arg[]; skip?: string[]; outs?: string[]; tol?: number }

let seed = 12345;
export function rng(): number { seed = (seed * 1103515245 + 12345) >>> 0; return seed / 4294967296; }
export function resetRng(s: number): void { seed = s >>> 0; }
const arr = (n: number, lo: number, hi: number) => { const a = new Float64Array(n); for (let i = 0; i < n; i++) a[i] = lo + (hi - lo) * rng(); return a; };
const fix = (xs: number[]) => Float64Array.from(xs);

const S: Spec[] = [];
const add = (mod: string, name: string, args: () => Arg[], extra: Partial<Spec> = {}) => S.push({ mod, name, args, ...extra });

// finance
add('finance', 'binomialCall', () => [['S', 100], ['K', 97.3], ['r', 0.03], ['sigma', 0.25], ['T', 1.1], ['steps', 50]], { skip: ['steps'] });
add('finance', 'binomialAmericanPut', () => [['S', 100], ['K', 103.7], ['r', 0.04], ['sigma', 0.3], ['T', 0.9], ['steps', 40]], { skip: ['steps'] });
add('finance', 'blackScholesCall', () => [['S', 100], ['K', 95], ['r', 0.02], ['sigma', 0.2], ['T', 0.75]]);
add('finance', 'sabrLoss', () => [['alpha', 0.25], ['rho', -0.3], ['nu', 0.6], ['F', 1.0], ['T', 2], ['strikes', fix([0.8, 0.9, 1.05, 1.2, 1.3])], ['vols', fix([0.3, 0.27, 0.24, 0.23, 0.235])]], { skip: ['strikes'] });
add('finance', 'bondYield', () => [['price', 96.5], ['coupon', 4], ['face', 100], ['n', 10], ['iters', 12]], { skip: ['n', 'iters'] });
add('finance', 'presentValue', () => [['fwd', arr(6, 0.01, 0.05)], ['flows', arr(6, 1, 10)], ['dt', 0.5]]);
add('finance', 'realizedVol', () => [['prices', arr(12, 90, 110)], ['mode', 'close'], ['lambda', 0.94]]);
// epi
add('epi', 'sirEuler', () => [['beta', 0.4], ['gamma', 0.12], ['i0', 0.01], ['days', 30], ['dt', 0.1]], { skip: ['days', 'dt'] });
add('epi', 'seirPeak', () => [['beta', 0.9], ['sigma', 0.3], ['gamma', 0.2], ['e0', 0.01], ['steps', 30], ['h', 0.5]], { skip: ['steps'], tol: 1e-5 });
add('epi', 'sirFitLoss', () => [['params', fix([Math.log(0.5), Math.log(0.2), -4])], ['counts', fix([12, 20, 31, 45, 60, 80, 95, 110])], ['substeps', 4]], { skip: ['substeps'] });
add('epi', 'sirStep', () => [['state', fix([0.9, 0.08, 0.02])], ['beta', 0.4], ['gamma', 0.1], ['dt', 0.2], ['out', new Float64Array(3)]], { outs: ['out'] });
add('epi', 'sirvCumulative', () => [['beta', 0.5], ['gamma', 0.1], ['nu', 0.01], ['steps', 20], ['h', 0.25]], { skip: ['steps'] });
// dsp
add('dsp', 'onePoleEnergy', () => [['x', arr(32, -1, 1)], ['cutoff', 2000]]);
add('dsp', 'combEnergy', () => [['x', arr(40, -1, 1)], ['g', 0.6], ['delay', 7]], { skip: ['delay'] });
add('dsp', 'windowedEnergyDb', () => [['x', arr(24, -1, 1)], ['mode', 'hann'], ['floor', 1e-9]]);
add('dsp', 'biquadL1', () => [['x', arr(20, 0.5, 1)], ['b0', 0.2], ['b1', 0.3], ['b2', 0.2], ['a1', -0.5], ['a2', 0.2]]);
add('dsp', 'compressorRms', () => [['x', fix([0.9, -0.5, 0.02, 0.3, -0.8, 0.11, 0.6, 0.05])], ['threshold', -12], ['ratio', 4], ['knee', 6]]);
add('dsp', 'firFilter', () => [['x', arr(10, -1, 1)], ['taps', arr(4, -1, 1)], ['out', new Float64Array(10)]], { outs: ['out'] });
// image
add('image', 'blur3x3', () => [['img', arr(20, 0, 1)], ['w', 5], ['h', 4], ['out', new Float64Array(20)]], { skip: ['w', 'h'], outs: ['out'] });
add('image', 'totalVariation', () => [['img', arr(30, 0, 1)], ['w', 6], ['h', 5], ['eps', 1e-3]], { skip: ['w', 'h'] });
add('image', 'bilinear', () => [['img', arr(20, 0, 1)], ['w', 5], ['h', 4], ['px', 2.3], ['py', 1.6]], { skip: ['w', 'h'] });
add('image', 'sobelEnergy', () => [['img', arr(25, 0, 1)], ['w', 5], ['h', 5]], { skip: ['w', 'h'] });
add('image', 'laplacianEnergy', () => [['img', arr(20, 0, 1)], ['w', 5], ['h', 4]], { skip: ['w', 'h'] });
add('image', 'gammaStretch', () => [['img', arr(12, 0.1, 1)], ['gamma', 2.2], ['out', new Float64Array(12)]], { outs: ['out'] });
// control
add('control', 'pidCost', () => [['kp', 2], ['ki', 0.5], ['kd', 0.05], ['tau', 0.3], ['steps', 200], ['dt', 0.01]], { skip: ['steps'] });
add('control', 'lqrCost', () => [['K', fix([0.8, 1.1])], ['A', fix([1, 0.1, 0, 1])], ['B', fix([0.005, 0.1])], ['x0', fix([1, -0.5])], ['horizon', 30], ['r', 0.1]], { skip: ['horizon'] });
add('control', 'twoLinkStep', () => [['theta', fix([0.3, 0.9])], ['target', fix([0.8, 0.9])], ['alpha', 0.2], ['next', new Float64Array(2)], ['l1', 1], ['l2', 0.7]], { outs: ['next'] });
add('control', 'ikResidual', () => [['theta0', fix([0.3, 0.9])], ['target', fix([0.8, 0.9])], ['alpha', 0.2], ['n', 6]], { skip: ['n'] });
add('control', 'unicycleHeading', () => [['k', 2], ['v', 1], ['gx', 3], ['gy', 2], ['steps', 40]], { skip: ['steps'] });
// ml
add('ml', 'mlpLoss', () => [['W1', arr(12, -0.5, 0.5)], ['b1', arr(4, -0.1, 0.1)], ['W2', arr(12, -0.5, 0.5)], ['b2', arr(3, -0.1, 0.1)], ['X', arr(15, -1, 1)], ['labels', Int32Array.from([0, 2, 1, 1, 0])], ['nin', 3], ['nh', 4], ['nout', 3]], { skip: ['nin', 'nh', 'nout'] });
add('ml', 'gruStep', () => [['h', arr(3, -0.5, 0.5)], ['x', arr(2, -1, 1)], ['W', arr(18, -0.5, 0.5)], ['U', arr(27, -0.5, 0.5)], ['hNext', new Float64Array(3)]], { outs: ['hNext'] });
add('ml', 'attentionNorm', () => [['q', arr(4, -1, 1)], ['K', arr(20, -1, 1)], ['V', arr(20, -1, 1)], ['d', 4]], { skip: ['d'] });
add('ml', 'batchNormLoss', () => [['x', arr(8, -2, 2)], ['gamma', 1.3], ['beta', 0.2], ['target', arr(8, -1, 1)], ['eps', 1e-5]]);
add('ml', 'layerNormGelu', () => [['x', arr(6, -2, 2)], ['g', arr(6, 0.5, 1.5)], ['out', new Float64Array(6)]], { outs: ['out'] });
add('ml', 'logisticLoss', () => [['w', arr(3, -1, 1)], ['X', arr(18, -1, 1)], ['y', fix([0, 1, 1, 0, 1, 0])], ['lambda', 0.01], ['kind', 'log']]);
// physics
add('physics', 'springEnergy', () => [['pos', arr(8, -1, 1)], ['edges', Int32Array.from([0, 1, 1, 2, 2, 3, 3, 0, 0, 2])], ['rest', arr(5, 0.5, 1)], ['k', 3]]);
add('physics', 'pendulumAngle', () => [['theta0', 0.7], ['omega0', 0.1], ['damping', 0.3], ['length', 1.2], ['steps', 150], ['dt', 0.01]], { skip: ['steps'] });
add('physics', 'msdHistory', () => [['m', 1.5], ['c', 0.4], ['k', 8], ['x0', 0.3], ['steps', 60], ['histLen', 8]], { skip: ['steps', 'histLen'] });
add('physics', 'polygonShape', () => [['xy', fix([0, 0, 1.1, 0.1, 1.2, 0.9, 0.1, 1.3])], ['wArea', 1], ['wPerim', 0.1]]);
add('physics', 'dragRange', () => [['speed', 12], ['angle', 0.6], ['drag', 0.02]], { tol: 1e-4 });
add('physics', 'chainStep', () => [['pos', arr(5, -1, 1)], ['prev', arr(5, -1, 1)], ['stiff', 0.5], ['next', new Float64Array(5)]], { outs: ['next'] });
// shapes
add('shapes', 'sortedWeighted', () => [['a', 0.7], ['b', -0.2], ['c', 0.3]]);
add('shapes', 'crossing', () => [['x', fix([0.3, 0.5, 0.8, 0.2])], ['threshold', 0.6]]);
add('shapes', 'closureSum', () => [['x', arr(6, -1, 1)], ['a', 0.7], ['b', -0.4]]);
add('shapes', 'softplusScaled', () => [['x', 0.4], ['beta', 1.7], ['shift', 0.2]]);
add('shapes', 'oddMath', () => [['x', 0.6], ['y', -0.8]]);
add('shapes', 'bucketPoly', () => [['x', 0.9], ['n', 13]], { skip: ['n'] });
add('shapes', 'branchArray', () => [['x', arr(4, -1, 1)], ['y', arr(4, -1, 1)], ['useX', false]]);
add('shapes', 'polarMix', () => [['x', -0.6], ['y', 0.8]]);
add('shapes', 'iteratedAxpy', () => [['x', arr(5, -1, 1)], ['a', 0.8], ['iters', 4]], { skip: ['iters'] });
add('shapes', 'normOf', () => [['x', fix([0.3, -1.7, 0.9, 2.2])], ['mode', 'huber'], ['delta', 1]]);
add('shapes', 'nearestPairGap', () => [['p', fix([0.1, 0.9, 0.45, 1.7])], ['tol', 0.3]]);
add('epi', 'sirvCumulative2', () => [['beta', 0.5], ['gamma', 0.1], ['nu', 0.01], ['steps', 20], ['h', 0.25]], { skip: ['steps'] });
// shapes2
add('shapes2', 'sumSquaresReduce', () => [['xs', [0.3, -0.7, 1.1]], ['w', 0.8]]);
add('shapes2', 'mappedMean', () => [['xs', [0.3, -0.7, 1.1]], ['a', 0.8]]);
add('shapes2', 'frobenius', () => [['M', [[1, 2], [3, 4]]], ['scale', 1]]);
add('shapes2', 'rampArray', () => [['x', 0.7], ['n', 4]], { skip: ['n'] });
add('shapes2', 'newtonSqrt', () => [['a', 2.7]]);
add('shapes2', 'powRec', () => [['x', 1.3], ['n', 7]], { skip: ['n'] });
add('shapes2', 'nestedHelper', () => [['x', arr(5, -1, 1)], ['k', 0.9]]);
add('shapes2', 'spreadMax', () => [['x', fix([0.2, 0.9, -0.4, 0.5])], ['lo', 0.1]]);
add('shapes2', 'labelledSearch', () => [['grid', fix([0.1, 0.2, 0.3, 0.8, 0.4, 0.9, 0.2, 0.1, 0.3])], ['n', 3], ['target', 0.5]], { skip: ['n'] });
add('shapes2', 'kindLoss', () => [['x', fix([0.3, -0.6, 0.9])], ['kind', 1]], { skip: ['kind'] });
add('shapes2', 'float32Dot', () => [['a', Float32Array.from([0.5, -0.25, 0.75])], ['b', fix([0.3, 0.2, -0.9])]], { tol: 1e-3 });
add('shapes2', 'unionSum', () => [['x', [0.3, -0.6, 0.9]], ['c', 1.3]]);
add('shapes2', 'scratchFillSet', () => [['x', arr(5, -1, 1)], ['a', 0.6], ['rounds', 3]], { skip: ['rounds'] });
add('shapes2', 'guardedLog', () => [['x', 0.8], ['y', 1.7]]);
add('shapes2', 'doWhileDecay', () => [['x0', 3.3], ['rate', 0.37]]);
add('shapes2', 'tupleParam', () => [['p', [0.4, 1.2]], ['q', [-0.3, 0.5]]]);
add('shapes2', 'optsScale', () => [['x', arr(3, -1, 1)], ['opts', { scale: 2, bias: 0.1 }]]);
add('shapes2', 'ternaryChain', () => [['x', 0.6]]);
add('shapes2', 'matrixPower', () => [['A', fix([0.9, 0.2, -0.1, 0.3, 0.8, 0.1, 0.05, -0.2, 0.7])], ['k', 5]], { skip: ['k'] });
// refusals' neighbours
add('refusals', 'before', () => [['x', 0.3]]);
add('refusals', 'after', () => [['x', 0.3], ['y', 1.4]]);
for (const n of ['guarded', 'memoFib', 'counted']) add('refusals', n, () => [['x', 0.5], ['n', 3], ['y', 0.2]].slice(0, 1) as Arg[]);
// (refused when written: an object literal whose properties are assigned; supported since front26b)
add('refusals', 'objectState', () => [['x', 0.5], ['y', 0.2]]);

export const SPECS = S;
