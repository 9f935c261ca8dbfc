// Each checked case's domain: args(r) returns the arguments by name, in parameter order (r() is uniform on [0, 1)).
//   fixed: sizes, counts and data the differences do not move (numbers among them keep their grad key)
//   nokey: parameters with no grad key (integer arrays, strings are skipped by type)
//   kinks: piecewise smooth (min/max/abs/branches): smaller difference steps
//   tol / hvpTol: gradient (1e-6) and hvp (1e-5) relative tolerances; nohvp: reason hvp is not compared
//   hbase: the scale of the difference steps (default max(1, |x|))
const U = (r, a, b) => a + (b - a) * r();
const F = (n, g) => Float64Array.from({ length: n }, g);
const pos = (r, n, a = 0.5, b = 1.5) => F(n, () => U(r, a, b));
const sym = (r, n, s = 1) => F(n, () => U(r, -s, s));
const I = (...xs) => Int32Array.from(xs);
// a convex hexagon, jittered
const hexagon = (r) => F(12, (_, k) => { const i = k >> 1, t = (Math.PI * i) / 3; return (k & 1 ? Math.sin(t) : Math.cos(t)) * (1 + U(r, -0.1, 0.1)); });

export const specs = [
  // audio
  { m: 'audio', f: 'biquadLowpassEnergy', args: (r) => ({ x: sym(r, 24), cutoff: U(r, 500, 2000), q: U(r, 0.5, 2), sampleRate: 8000 }) },
  { m: 'audio', f: 'envelopeLoss', args: (r) => ({ x: sym(r, 16), attack: U(r, 0.1, 0.4), release: U(r, 0.8, 0.95), target: pos(r, 16, 0, 0.6) }), kinks: true },
  { m: 'audio', f: 'softClipError', args: (r) => ({ x: sym(r, 12), drive: U(r, 1, 4), makeup: U(r, 0.5, 1.5), ref: sym(r, 12) }) },
  { m: 'audio', f: 'combRms', args: (r) => ({ x: sym(r, 20), feedback: U(r, 0.3, 0.8), damp: U(r, 0.1, 0.5), delay: 4 }), fixed: ['delay'] },
  { m: 'audio', f: 'allpassTail', args: (r) => ({ x: sym(r, 10), g1: U(r, 0.3, 0.7), g2: U(r, -0.7, -0.3), tailStart: 8 }), fixed: ['tailStart'] },
  { m: 'audio', f: 'fmSpectrumLoss', args: (r) => ({ carrier: U(r, 2.5, 3.5), ratio: U(r, 0.4, 0.6), index: U(r, 0.5, 2), targetMag: pos(r, 5, 0, 0.3), n: 32 }), fixed: ['n'] },
  { m: 'audio', f: 'compressorLevel', args: (r) => ({ levelsDb: F(8, (_, i) => -40 + 5 * i + U(r, -1, 1)), threshold: U(r, -22, -18), ratio: U(r, 2, 6), knee: U(r, 5, 7) }), kinks: true },
  // graphics
  { m: 'graphics', f: 'blinnPhongLoss', args: (r) => ({ nx: U(r, 0.1, 0.3), ny: U(r, 0.3, 0.6), nz: U(r, 0.7, 1), kd: U(r, 0.5, 1), ks: U(r, 0.2, 0.5), shininess: U(r, 8, 32), observed: U(r, 0.5, 1) }) },
  { m: 'graphics', f: 'barycentricColor', args: (r) => ({ tri: F(6, (_, k) => [0, 0, 1, 0, 0, 1][k] + U(r, -0.1, 0.1)), colors: pos(r, 3, 0, 1), px: U(r, 0.2, 0.3), py: U(r, 0.2, 0.3) }) },
  { m: 'graphics', f: 'bilinearSample', args: (r) => ({ tex: pos(r, 16, 0, 1), w: 4, h: 4, u: U(r, 0.05, 0.3), v: U(r, 0.4, 0.6) }), fixed: ['w', 'h'], kinks: true },
  { m: 'graphics', f: 'bezierLength', args: (r) => ({ ctrl: F(8, (_, k) => [0, 0, 1, 2, 3, 2, 4, 0][k] + U(r, -0.2, 0.2)), segments: 16 }), fixed: ['segments'] },
  { m: 'graphics', f: 'catmullRomLength', args: (r) => ({ pts: hexagon(r), tension: U(r, 0.3, 0.7), sub: 6 }), fixed: ['sub'] },
  { m: 'graphics', f: 'sdfSceneLoss', args: (r) => ({ radius: U(r, 0.4, 0.6), boxHalf: U(r, 0.3, 0.5), blend: U(r, 0.2, 0.4), probes: sym(r, 18, 1.5) }), kinks: true },
  // robotics
  { m: 'robotics', f: 'diffDriveGoal', args: (r) => ({ left: pos(r, 8, 0.8, 1.2), right: pos(r, 8, 0.9, 1.4), wheelBase: U(r, 0.4, 0.6), wheelRadius: U(r, 0.08, 0.12), gx: U(r, 0, 1), gy: U(r, 0, 1) }) },
  { m: 'robotics', f: 'quatAttitude', args: (r) => ({ wx: sym(r, 10), wy: sym(r, 10), wz: sym(r, 10), dt: U(r, 0.05, 0.1) }) },
  { m: 'robotics', f: 'pidCost', args: (r) => ({ kp: U(r, 1, 3), ki: U(r, 0.2, 1), kd: U(r, 0.01, 0.05), tau: U(r, 0.5, 1), steps: 60, dt: 0.05 }), fixed: ['steps', 'dt'], kinks: true },
  { m: 'robotics', f: 'unicycleTrack', args: (r) => ({ gain: U(r, 1, 3), speed: U(r, 0.5, 1), lookahead: U(r, 0.2, 0.5), steps: 40 }), fixed: ['steps'] },
  { m: 'robotics', f: 'cartPoleCost', args: (r) => ({ k1: U(r, -2, -1), k2: U(r, -3, -2), k3: U(r, -30, -20), k4: U(r, -5, -3), theta0: U(r, 0.05, 0.15), steps: 50 }), fixed: ['steps'] },
  { m: 'robotics', f: 'planarArmReach', args: (r) => ({ q: sym(r, 3), links: pos(r, 3), tx: U(r, 0.5, 1), ty: U(r, 0.5, 1) }) },
  // finance
  { m: 'finance', f: 'bondPrice', args: (r) => ({ coupon: U(r, 2, 6), face: 100, maturity: U(r, 5.1, 5.3), curveT: F(4, (_, i) => [0.5, 2.3, 4.6, 7.4][i] + U(r, -0.1, 0.1)), curveR: pos(r, 4, 0.01, 0.05) }), kinks: true },
  { m: 'finance', f: 'asianCall', args: (r) => ({ s0: U(r, 95, 105), strike: U(r, 95, 105), rate: U(r, 0.01, 0.05), vol: U(r, 0.15, 0.3), maturity: U(r, 0.5, 1), paths: 40, steps: 8 }), fixed: ['paths', 'steps'], kinks: true },
  { m: 'finance', f: 'meanVarianceUtility', args: (r) => { const L = sym(r, 9); const cov = F(9, (_, k) => { const i = Math.floor(k / 3), j = k % 3; let s = 0; for (let q = 0; q < 3; q++) s += L[3 * i + q] * L[3 * j + q]; return s; }); return { logits: sym(r, 3), mu: pos(r, 3, 0, 0.1), cov, riskAversion: U(r, 1, 5) }; } },
  // (sorting and setters differentiate since front53 and this session)
  { m: 'finance', f: 'cvarTail', args: (r) => ({ weights: pos(r, 2, 0.3, 0.7), returns: sym(r, 16, 0.3), scenarios: 8, alpha: 0.7 }), fixed: ['scenarios', 'alpha'], kinks: true },
  { m: 'optim', f: 'simplexProjected', args: (r) => ({ c: F(4, () => U(r, 0, 0.5)), lr: U(r, 0.05, 0.2), steps: 6 }), fixed: ['steps'], kinks: true },
  { m: 'lang', f: 'gainSetter', args: (r) => ({ db: U(r, -12, 20), x: U(r, -1, 1) }), kinks: true },
  { m: 'finance', f: 'americanPut', args: (r) => ({ s0: U(r, 90, 110), strike: 100, rate: U(r, 0.02, 0.06), vol: U(r, 0.15, 0.35), maturity: U(r, 0.5, 1), steps: 20 }), fixed: ['steps'], kinks: true },
  { m: 'finance', f: 'cvarTailInsertion', args: (r) => ({ weights: pos(r, 3, 0.2, 0.5), returns: sym(r, 30, 0.1), scenarios: 10, alpha: 0.75 }), fixed: ['scenarios', 'alpha'], kinks: true },
  // geometry
  { m: 'geometry', f: 'polygonArea', args: (r) => ({ xy: hexagon(r) }) },
  { m: 'geometry', f: 'polygonCentroidX', args: (r) => ({ xy: hexagon(r) }) },
  { m: 'geometry', f: 'pointSegmentDistance', args: (r) => ({ px: U(r, 0.2, 0.8), py: U(r, 0.5, 1), ax: U(r, -0.1, 0.1), ay: U(r, -0.1, 0.1), bx: U(r, 0.9, 1.1), by: U(r, -0.1, 0.1) }) },
  { label: 'pointSegmentDistance/clamped', m: 'geometry', f: 'pointSegmentDistance', args: (r) => ({ px: U(r, 1.3, 1.6), py: U(r, 0.5, 1), ax: U(r, -0.1, 0.1), ay: U(r, -0.1, 0.1), bx: U(r, 0.9, 1.1), by: U(r, -0.1, 0.1) }) },
  { m: 'geometry', f: 'perimeter', args: (r) => ({ xy: hexagon(r) }) },
  { m: 'geometry', f: 'meshQuality', args: (r) => ({ xy: F(8, (_, k) => [0, 0, 1, 0, 1, 1, 0, 1][k] + U(r, -0.1, 0.1)), tris: I(0, 1, 2, 0, 2, 3) }), nokey: ['tris'] },
  { m: 'geometry', f: 'angleBetween', args: (r) => ({ ax: U(r, 0.5, 1), ay: U(r, -0.3, 0.3), bx: U(r, -0.5, 0.5), by: U(r, 0.5, 1) }) },
  { m: 'geometry', f: 'softPolylineDistance', args: (r) => ({ px: U(r, 0.3, 0.7), py: U(r, 0.6, 0.9), line: F(8, (_, k) => [0, 0, 1, 0.2, 2, 0, 3, 0.4][k] + U(r, -0.05, 0.05)), tau: U(r, 0.1, 0.3) }), kinks: true },
  // ecology
  { m: 'ecology', f: 'leslieTotal', args: (r) => ({ fecundity: F(4, (_, i) => (i === 0 ? 0 : U(r, 0.5, 1.5))), survival: pos(r, 3, 0.5, 0.9), n0: pos(r, 4, 10, 50), years: 6 }), fixed: ['years'] },
  { m: 'ecology', f: 'logisticFit', args: (r) => ({ r: U(r, 0.3, 0.7), K: U(r, 80, 120), N0: U(r, 5, 15), times: F(6, (_, i) => 2 * i), counts: F(6, (_, i) => 100 / (1 + 9 * Math.exp(-0.5 * 2 * i)) * U(r, 0.9, 1.1)) }), fixed: ['times', 'counts'] },
  { m: 'ecology', f: 'rickerLogLik', args: (r) => ({ r: U(r, 0.5, 1.5), logSigma: U(r, -1.5, -0.5), n0: U(r, 0.2, 0.5), obs: pos(r, 8, 0.5, 1.5) }) },
  { m: 'ecology', f: 'hollingFit', args: (r) => ({ a: U(r, 0.5, 1.5), h: U(r, 0.2, 0.5), q: U(r, 1.5, 2.5), prey: pos(r, 6, 0.2, 3), eaten: pos(r, 6, 0.1, 2) }) },
  { m: 'ecology', f: 'seirFinalSize', args: (r) => ({ beta: U(r, 0.4, 0.6), sigma: U(r, 0.2, 0.3), gamma: U(r, 0.1, 0.2), i0: U(r, 0.001, 0.01), days: 20 }), fixed: ['days'] },
  // nlp
  { m: 'nlp', f: 'smoothedCrossEntropy', args: (r) => ({ logits: sym(r, 6, 2), target: 2, eps: U(r, 0.05, 0.2) }), fixed: ['target'] },
  { m: 'nlp', f: 'bagCosine', args: (r) => ({ emb: sym(r, 15), dim: 3, tokens: I(0, 2, 4, 2), query: sym(r, 3) }), fixed: ['dim'], nokey: ['tokens'] },
  { m: 'nlp', f: 'skipGramNeg', args: (r) => ({ inVec: sym(r, 4), outVecs: sym(r, 20), dim: 4, pos: I(1, 3), neg: I(0, 2, 4) }), fixed: ['dim'], nokey: ['pos', 'neg'] },
  { m: 'nlp', f: 'bigramPerplexity', args: (r) => ({ logits: sym(r, 16), vocab: 4, seq: I(0, 1, 3, 2, 2, 0, 1) }), fixed: ['vocab'], nokey: ['seq'] },
  { m: 'nlp', f: 'distillKl', args: (r) => ({ student: sym(r, 5, 2), teacher: sym(r, 5, 2), temperature: U(r, 1.5, 4) }) },
  // optim
  { m: 'optim', f: 'unrolledRidge', args: (r) => ({ lr: U(r, 0.05, 0.1), lambda: U(r, 0.01, 0.1), X: sym(r, 12), y: sym(r, 6), Xv: sym(r, 8), yv: sym(r, 4), d: 2, steps: 10 }), fixed: ['d', 'steps'] },
  { m: 'optim', f: 'bilevelNewton', args: (r) => ({ a: U(r, 0.5, 1.5), b: U(r, 0.1, 0.5), target: U(r, 0, 1) }) },
  { m: 'optim', f: 'momentumFinal', args: (r) => ({ lr: U(r, 0.02, 0.04), beta: U(r, 0.5, 0.8), x0: U(r, -1, 1), y0: U(r, -1, 1), steps: 15 }), fixed: ['steps'] },
  { m: 'optim', f: 'adamRosenbrock', args: (r) => ({ lr: U(r, 0.005, 0.01), x0: U(r, -1, -0.5), y0: U(r, 0.5, 1), steps: 10 }), fixed: ['steps'] },
  { m: 'optim', f: 'logregHyper', args: (r) => ({ logDecay: U(r, -3, -1), X: sym(r, 12), y: F(6, (_, i) => i % 2), d: 2, steps: 8 }), fixed: ['d', 'steps', 'y'] },
  // numerics
  { m: 'numerics', f: 'romberg', args: (r) => ({ a: U(r, 0.5, 2), b: U(r, 1, 4) }) },
  { m: 'numerics', f: 'cubeRootNewton', args: (r) => ({ v: U(r, 2, 30) }) },
  { m: 'numerics', f: 'thomasWeighted', args: (r) => ({ lower: sym(r, 6), diag: pos(r, 6, 3, 4), upper: sym(r, 6), rhs: sym(r, 6), weights: sym(r, 6) }) },
  { m: 'numerics', f: 'erfApprox', args: (r) => ({ x: U(r, 0.2, 2) }) },
  { label: 'erfApprox/negative', m: 'numerics', f: 'erfApprox', args: (r) => ({ x: U(r, -2, -0.2) }) },
  { m: 'numerics', f: 'tanhContinued', args: (r) => ({ x: U(r, -2, 2), depth: 8 }), fixed: ['depth'] },
  { m: 'numerics', f: 'dampedArea', args: (r) => ({ k: U(r, 1, 4), c: U(r, 0.1, 1), len: U(r, 2, 4) }) },
  { m: 'numerics', f: 'clenshaw', args: (r) => ({ coefs: sym(r, 6), x: U(r, -0.9, 0.9) }) },
  // lang
  { m: 'lang', f: 'staticHelper', args: (r) => ({ x: U(r, 0.5, 2), y: U(r, -1, 1) }) },
  { m: 'lang', f: 'moduleLetRead', args: (r) => ({ x: U(r, -2, 2) }) },
  { m: 'lang', f: 'arrowExport', args: (r) => ({ x: U(r, -2, 2), y: U(r, -1, 1) }) },
  // compiles since for…in over a constant object does
  { m: 'lang', f: 'forInWeights', args: (r) => ({ x: U(r, -1.5, 1.5) }) },
  { m: 'lang', f: 'closureCapture', args: (r) => ({ w: sym(r, 6), scale: U(r, 0.5, 2) }) },
  { m: 'lang', f: 'optionalChain', args: (r) => ({ x: U(r, -0.6, 0.6), y: U(r, 0.3, 0.8) }), kinks: true },
  { label: 'switchFallthrough/3', m: 'lang', f: 'switchFallthrough', args: (r) => ({ x: U(r, -1, 1), order: 3 }), fixed: ['order'] },
  { label: 'switchFallthrough/1', m: 'lang', f: 'switchFallthrough', args: (r) => ({ x: U(r, -1, 1), order: 1 }), fixed: ['order'] },
  { m: 'lang', f: 'spreadMax', args: (r) => ({ xs: sym(r, 5, 2) }) },
  { m: 'lang', f: 'arrayFromLength', args: (r) => ({ x: U(r, 0.5, 1.5), n: 6 }), fixed: ['n'] },
  { m: 'lang', f: 'reduceIndex', args: (r) => ({ w: sym(r, 5) }) },
  { m: 'lang', f: 'tupleReturn', args: (r) => ({ x: U(r, 0.5, 1.5), y: U(r, -1, 1) }) },
  { m: 'lang', f: 'readonlyParam', args: (r) => ({ xs: Array.from({ length: 5 }, () => U(r, -1, 1)), k: U(r, 0.5, 2) }) },
  { m: 'lang', f: 'float32Input', args: (r) => ({ xs: Float32Array.from({ length: 5 }, () => U(r, -1, 1)), b: U(r, -1, 1) }), tol: 2e-3, hvpTol: 1e-2, hbase: 4 },
  { m: 'lang', f: 'clzTrunc', args: (r) => ({ x: U(r, 1.2, 1.8), n: 37 }), fixed: ['n'], kinks: true },
  { m: 'lang', f: 'signAtZero', args: (r) => ({ x: U(r, 0.5, 1), y: U(r, -1, -0.5) }) },
  { label: 'signAtZero/x=0', m: 'lang', f: 'signAtZero', args: (r) => ({ x: 0, y: U(r, 0.5, 1) }), fixed: ['x'] },
  { label: 'stringSwitch/l1', m: 'lang', f: 'stringSwitch', args: (r) => ({ r: U(r, -2, -0.5), kind: 'l1' }) },
  { label: 'stringSwitch/huber', m: 'lang', f: 'stringSwitch', args: (r) => ({ r: U(r, 0.2, 0.8), kind: 'huber' }) },
  { label: 'labelledBlock/through', m: 'lang', f: 'labelledBlock', args: (r) => ({ x: U(r, 0.5, 2), y: U(r, 0.5, 2) }) },
  { label: 'labelledBlock/early', m: 'lang', f: 'labelledBlock', args: (r) => ({ x: U(r, 0.5, 2), y: U(r, -2, -0.5) }) },
  { m: 'lang', f: 'staticFactory', args: (r) => ({ b: U(r, 50, 150), r: U(r, 0.01, 0.1), years: 5 }), fixed: ['years'] },
  { m: 'lang', f: 'spreadMinMixed', args: (r) => ({ xs: Array.from({ length: 4 }, () => U(r, -1, 1)), a: U(r, 0.2, 0.5) }), kinks: true },
];
