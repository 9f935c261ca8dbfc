// Points in each function's domain. Each param: a sampler, plus flags.
export type Rng = () => number;
export type P = { gen: (r: Rng) => unknown; fixed?: boolean };

const u = (lo: number, hi: number): P => ({ gen: (r) => lo + (hi - lo) * r() });
const arr = (n: number, lo: number, hi: number): P => ({
  gen: (r) => Float64Array.from({ length: n }, () => lo + (hi - lo) * r()),
});
const list = (n: number, lo: number, hi: number): P => ({
  gen: (r) => Array.from({ length: n }, () => lo + (hi - lo) * r()),
});
const fixed = (v: unknown): P => ({ gen: () => v, fixed: true });
const pick = (...vs: unknown[]): P => ({ gen: (r) => vs[Math.floor(r() * vs.length)], fixed: true });
const around = (base: number[], noise: number, asList = false): P => ({
  gen: (r) => {
    const v = base.map((b) => b + noise * (2 * r() - 1));
    return asList ? v : Float64Array.from(v);
  },
});
const zeros = (n: number): P => ({ gen: () => new Float64Array(n) });

export type Spec = { file: string; fn: string; params: Record<string, P>; outs?: string[]; tag?: string };

export const SPECS: Spec[] = [
  // robotics
  { file: 'robotics', fn: 'armTipX', params: { q: arr(3, -1, 1), L: arr(3, 0.5, 1.5) } },
  { file: 'robotics', fn: 'ikLoss', params: { q: list(3, -1, 1), target: list(2, -1, 1) } },
  { file: 'robotics', fn: 'ikLimited', params: { q: arr(4, -3, 3), tx: u(-1, 1), ty: u(-1, 1), limit: u(2, 2.5) } },
  { file: 'robotics', fn: 'driveHeading', params: { vl: arr(5, 0.5, 1.5), vr: arr(5, 0.5, 1.5), base: u(0.3, 0.6), dt: u(0.05, 0.2) } },
  { file: 'robotics', fn: 'elbowAngle', params: { x: u(0.5, 1), y: u(0.3, 0.8), l1: u(0.8, 1.2), l2: u(0.8, 1.2) } },
  // target out of reach: the clamp is active, the angle is 0 on a neighbourhood, so the gradient is 0
  { file: 'robotics', fn: 'elbowAngle', tag: 'unreachable', params: { x: u(2.2, 2.5), y: u(0.3, 0.8), l1: u(0.8, 1.0), l2: u(0.8, 1.0) } },
  { file: 'robotics', fn: 'fkPositions', params: { q: arr(3, -1, 1), L: arr(3, 0.5, 1.5), out: zeros(6) }, outs: ['out'] },
  // graphics
  { file: 'graphics', fn: 'raySphere', params: { ox: u(-0.2, 0.2), oy: u(-0.2, 0.2), oz: u(-5.5, -4.5), dx: u(-0.1, 0.1), dy: u(-0.1, 0.1), dz: u(0.9, 1.1), r: u(1, 2) } },
  { file: 'graphics', fn: 'softCoverage', params: { tri: around([0, 0, 1, 0, 0, 1], 0.05), px: u(0.1, 0.4), py: u(0.1, 0.4), sharp: u(5, 20) } },
  { file: 'graphics', fn: 'bezierX', params: { ctrl: arr(4, -1, 1), t: u(0.1, 0.9) } },
  { file: 'graphics', fn: 'bspline', params: { c: arr(5, -1, 1), u: pick(0.3, 0.7, 1.4, 1.6, 2.5) } },
  { file: 'graphics', fn: 'phong', params: { n: around([0, 0, 1], 0.2, true), l: around([0.3, 0.2, 1], 0.2, true), v: around([0, 0.1, 1], 0.2, true), shin: u(2, 8) } },
  { file: 'graphics', fn: 'tonemap', params: { x: u(0.1, 2), mode: pick(0, 1, 2) } },
  // finance
  { file: 'finance', fn: 'balanceAfter', params: { principal: u(1000, 2000), rate: u(0.02, 0.08), years: u(5, 10), n: fixed(12) } },
  { file: 'finance', fn: 'bsCall', params: { S: u(80, 120), K: u(90, 110), T: u(0.5, 2), r: u(0, 0.05), sigma: u(0.1, 0.4) } },
  { file: 'finance', fn: 'ivObjective', params: { sigmas: arr(3, 0.15, 0.3), strikes: arr(3, 90, 110), prices: arr(3, 5, 15), S: u(95, 105), T: u(0.5, 1) } },
  { file: 'finance', fn: 'hestonPath', params: { s0: u(90, 110), v0: u(0.03, 0.06), kappa: u(1, 3), theta: u(0.03, 0.06), xi: u(0.1, 0.3), rho: u(-0.7, -0.3) } },
  { file: 'finance', fn: 'npv', params: { cash: list(4, -10, 10), rate: u(0.01, 0.1) } },
  { file: 'finance', fn: 'sharpe', params: { ret: arr(6, -0.05, 0.05), rf: u(0, 0.01) } },
  // physics
  { file: 'physics', fn: 'ljEnergy', params: { pos: around([0, 0, 1.12, 0, 0, 1.12, 1.12, 1.12], 0.05), eps: u(0.5, 1.5), sigma: u(0.9, 1.1) } },
  { file: 'physics', fn: 'verletChain', params: { x0: arr(5, -0.2, 0.2), k: u(1, 5), steps: fixed(5) } },
  { file: 'physics', fn: 'heatCentre', params: { u0: arr(7, 0, 1), alpha: u(0.1, 0.3) } },
  { file: 'physics', fn: 'heatScratch', params: { u0: arr(7, 0, 1), alpha: u(0.1, 0.3) } },
  { file: 'physics', fn: 'pendulum', params: { theta0: u(-1, 1), omega0: u(-1, 1), g: u(9, 10), len: u(0.5, 1.5) } },
  { file: 'physics', fn: 'clothStep', params: { x: arr(6, 0, 2), xprev: arr(6, 0, 2), rest: u(0.5, 1), out: zeros(6) }, outs: ['out'] },
  { file: 'physics', fn: 'softPotential', params: { m: arr(4, 0.5, 2), r: arr(4, 0.5, 2), soft: u(0.1, 0.5) } },
  // stats
  { file: 'stats', fn: 'studentTLL', params: { xs: arr(6, -2, 2), mu: u(-0.5, 0.5), s: u(0.5, 2), nu: pick(2.5, 3.3, 5.5, 7.7) } },
  { file: 'stats', fn: 'mixtureLL', params: { xs: arr(5, -2, 2), means: arr(3, -1, 1), logSig: arr(3, -0.5, 0.5), logits: arr(3, -1, 1) } },
  { file: 'stats', fn: 'kalmanNLL', params: { ys: arr(6, -1, 1), q: u(0.1, 1), r: u(0.1, 1), x0: u(-0.5, 0.5), p0: u(0.5, 2) } },
  { file: 'stats', fn: 'robustScale', params: { v: arr(6, -1, 1), trim: u(0.1, 0.5) } },
  { file: 'stats', fn: 'poissonNLL', params: { beta: arr(2, -0.5, 0.5), X: arr(8, -1, 1), y: arr(4, 0, 3), exposure: u(0.5, 2) } },
  { file: 'stats', fn: 'rollingVarSum', params: { xs: arr(6, -1, 1), win: fixed(3) } },
  // ml
  { file: 'ml', fn: 'conv1dLoss', params: { x: arr(6, -1, 1), w: arr(3, -1, 1), bias: u(-0.5, 0.5) } },
  { file: 'ml', fn: 'conv1dLoss2', params: { x: arr(6, -1, 1), w: arr(3, -1, 1), bias: u(-0.5, 0.5) } },
  { file: 'ml', fn: 'conv1d', params: { x: arr(6, -1, 1), w: arr(3, -1, 1), out: zeros(4) }, outs: ['out'] },
  { file: 'ml', fn: 'layerNorm', params: { x: arr(5, -1, 1), gamma: arr(5, 0.5, 1.5), eps: u(1e-3, 2e-3) } },
  { file: 'ml', fn: 'attention', params: { q: arr(2, -1, 1), K: arr(8, -1, 1), V: arr(4, -1, 1) } },
  { file: 'ml', fn: 'gruFinal', params: { xs: arr(5, -1, 1), W: arr(9, -1, 1), h0: u(-0.5, 0.5) } },
  { file: 'ml', fn: 'gruVec', params: { xs: arr(4, -1, 1), U: arr(6, -1, 1) } },
  { file: 'ml', fn: 'softmaxXent', params: { logits: list(4, -2, 2), label: pick(0, 1, 2, 3) } },
  { file: 'ml', fn: 'logisticL2', params: { w: list(3, -1, 1), x: list(3, -1, 1), y: pick(-1, 1), usePrior: pick(true, false), lam: u(0.05, 0.2) } },
  // numerics
  { file: 'numerics', fn: 'newtonCbrt', params: { a: u(0.5, 5), iters: fixed(8) } },
  { file: 'numerics', fn: 'simpson', params: { c: u(0.5, 2), w: u(1, 3), b: u(1, 3), n: fixed(20) } },
  { file: 'numerics', fn: 'thomasNorm', params: { a: arr(5, -1, 1), b: arr(5, 4, 5), c: arr(5, -1, 1), d: arr(5, -1, 1) } },
  { file: 'numerics', fn: 'horner', params: { coef: list(5, -1, 1), x: u(-1.5, 1.5) } },
  { file: 'numerics', fn: 'cfTan', params: { x: u(-1, 1), depth: fixed(10) } },
  { file: 'numerics', fn: 'cfSqrt', params: { x: u(0.1, 2) } },
  { file: 'numerics', fn: 'secularRoot', params: { d1: u(0, 1), d2: u(2, 3), rho: u(1, 3) } },
  { file: 'numerics', fn: 'arcLength', params: { a: u(0.5, 2), b: u(0.5, 2), n: fixed(16) } },
  { file: 'numerics', fn: 'smoothStuff', params: { v: arr(4, -1, 1), k: u(1, 5) } },
  { file: 'numerics', fn: 'rayleigh', params: { A: arr(9, -1, 1), x: arr(3, 0.2, 1), s: u(-1, 1) } },
  // refused.ts
  { file: 'refused', fn: 'springEnergy', params: { k: u(1, 2), x: u(-1, 1) } },
  { file: 'refused', fn: 'safeLog', params: { x: u(0.5, 2) } },
  { file: 'refused', fn: 'neighbourOk', params: { x: u(-1, 1) } },
  { file: 'refused', fn: 'counted', params: { x: u(-1, 1) } },
  { file: 'refused', fn: 'nestedArr', params: { m: fixed([[1, 2], [3, 4]]) } },
  { file: 'refused', fn: 'objParam', params: { p: fixed({ x: 1, y: 2 }) } },
  { file: 'refused', fn: 'neighbourOk2', params: { x: u(0.5, 2), y: u(0.5, 2) } },
];
SPECS.push(
  { file: 'extras', fn: 'huberish', params: { r: arr(5, -2, 2), scale: u(0.5, 1.5) } },
  { file: 'extras', fn: 'pickWindow', params: { a: arr(4, -1, 1), b: arr(4, -1, 1), useA: pick(true, false), lo: fixed(1), hi: fixed(3) } },
  { file: 'extras', fn: 'rotatedDist', params: { x: u(-1, 1), y: u(-1, 1), th: u(-3, 3), tx: u(-1, 1), ty: u(-1, 1) } },
  { file: 'extras', fn: 'recWindow', params: { v: arr(5, -1, 1) } },
  { file: 'extras', fn: 'piecewise', params: { x: u(0.1, 1), kind: pick(0, 1, 2, 3), scale: u(0.5, 2) } },
  { file: 'extras', fn: 'shrinkTo', params: { x: u(2, 8), target: pick(0.3, 0.7) } },
  { file: 'extras', fn: 'optShift', params: { p: arr(3, -1, 1), shift: u(-0.5, 0.5) } },
  { file: 'extras', fn: 'windowPeaks', params: { xs: arr(6, -1, 1), w: fixed(2) } },
  { file: 'extras', fn: 'mixMath', params: { v: arr(4, -1, 1), t: u(0.2, 1) } },
  { file: 'extras', fn: 'swapLoop', params: { u: arr(4, -1, 1), gain: u(-1, 1) } },
);
SPECS.push(
  { file: 'shapes', fn: 'deBoor', params: { c: arr(6, -1, 1), x: pick(0.3, 0.8, 1.5, 2.2, 2.7) } },
  { file: 'shapes', fn: 'polarChain', params: { rs: arr(4, 0.5, 1.5), ths: arr(4, -3, 3) } },
  { file: 'shapes', fn: 'polarChain2', params: { rs: arr(4, 0.5, 1.5), ths: arr(4, -3, 3) } },
  { file: 'shapes', fn: 'fixedPoint', params: { a: u(0.2, 0.9) } },
  { file: 'shapes', fn: 'firstCrossing', params: { xs: arr(5, -1, 1), level: pick(0.5, 1.5) } },
  { file: 'shapes', fn: 'hypots', params: { v: list(3, -1, 1), w: arr(4, -1, 1) } },
  { file: 'shapes', fn: 'genericNum', params: { x: u(-1, 1), k: u(0.5, 2) } },
  { file: 'shapes', fn: 'smoothPasses', params: { xs: list(5, -1, 1), lam: u(0.1, 0.3) } },
  { file: 'shapes', fn: 'accumulate', params: { x: arr(3, -1, 1), w: u(0.5, 2), acc: arr(3, -1, 1) }, outs: ['acc'] },
  { file: 'shapes', fn: 'normalise', params: { v: arr(3, -1, 1), out: zeros(3) }, outs: ['out'] },
);
