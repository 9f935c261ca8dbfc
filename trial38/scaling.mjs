// The cases that were slow (> 3x) at the specs' sizes, timed at a small and a large size, to tell a fixed per-call
// cost from a per-element one. node --import tsgrad/register trial38/scaling.mjs
import { timeCase } from './timing.mjs';
const S = {}, G = {};
for (const m of ['util', 'image', 'spline', 'phylo', 'render', 'ode', 'options']) { S[m] = await import(`./src/${m}.ts`); G[m] = await import(`./gen/${m}.grad.ts`); }
const F = (n, g) => Float64Array.from({ length: n }, g);
const A = (n, g) => Array.from({ length: n }, g);
const img = (w, h) => F(w * h, (_, i) => 0.5 + 0.3 * Math.sin(0.9 * (i % w)) * Math.cos(0.7 * Math.floor(i / w)));
const knots = (n) => A(n, (_, i) => i + 0.3 * Math.sin(i));
const cases = [
  ['util', 'dot', '6', () => [F(6, Math.sin), F(6, Math.cos), undefined], ['a', 'b']],
  ['util', 'dot', '10000', () => [F(10000, Math.sin), F(10000, Math.cos), undefined], ['a', 'b']],
  ['image', 'rofEnergy', '5x4', () => [img(5, 4), img(5, 4), 5, 4, 1, 0.05], ['u', 'f', 'w', 'h', 'lambda', 'eps']],
  ['image', 'rofEnergy', '100x100', () => [img(100, 100), img(100, 100), 100, 100, 1, 0.05], ['u', 'f', 'w', 'h', 'lambda', 'eps']],
  ['image', 'warpLoss', '5x5', () => [img(5, 5), img(5, 5), 5, 5, [1.02, 0.03, -0.02, 0.98, 0.21, 0.17]], ['img', 'target', 'w', 'h', 'affine']],
  ['image', 'warpLoss', '64x64', () => [img(64, 64), img(64, 64), 64, 64, [1.02, 0.03, -0.02, 0.98, 0.21, 0.17]], ['img', 'target', 'w', 'h', 'affine']],
  ['spline', 'splineEval', '6 knots', () => [knots(6), A(6, Math.sin), 2.7], ['xs', 'ys', 't']],
  ['spline', 'splineEval', '400 knots', () => [knots(400), A(400, Math.sin), 201.7], ['xs', 'ys', 't']],
  ['spline', 'splineFitLoss', '5 knots', () => [A(5, Math.sin), knots(5), F(7, (_, i) => 0.3 + 0.5 * i), F(7, Math.cos), 0.01], ['ys', 'xs', 'tq', 'vq', 'smooth']],
  ['spline', 'splineFitLoss', '200 knots', () => [A(200, Math.sin), knots(200), F(400, (_, i) => 0.3 + 0.49 * i), F(400, Math.cos), 0.01], ['ys', 'xs', 'tq', 'vq', 'smooth']],
  ['phylo', 'jcLogLik', '6 sites', () => [F(9, (_, i) => 0.05 + 0.03 * i), Int32Array.from([0, 2, 5, 7]), Int32Array.from([1, 3, 6, 4]), Int32Array.from({ length: 30 }, (_, i) => (i * 7) % 4), 5, 1.1], ['bl', 'left', 'right', 'tips', 'nTips', 'mu']],
  ['phylo', 'jcLogLik', '600 sites', () => [F(9, (_, i) => 0.05 + 0.03 * i), Int32Array.from([0, 2, 5, 7]), Int32Array.from([1, 3, 6, 4]), Int32Array.from({ length: 3000 }, (_, i) => (i * 7) % 4), 5, 1.1], ['bl', 'left', 'right', 'tips', 'nTips', 'mu']],
  ['render', 'composite', '8', () => [A(8, (_, i) => 1 + Math.sin(i)), A(8, (_, i) => 0.5 + 0.4 * Math.cos(i)), A(8, () => 0.1), 0.3], ['sigma', 'color', 'delta', 'background']],
  ['render', 'composite', '5000', () => [A(5000, (_, i) => 0.01 + 0.01 * Math.sin(i) ** 2), A(5000, (_, i) => 0.5 + 0.4 * Math.cos(i)), A(5000, () => 0.1), 0.3], ['sigma', 'color', 'delta', 'background']],
  ['ode', 'duffingRKF45', 'T=2', () => [1, 0.2, 0.1, 1, 0.5, 2, undefined], ['x0', 'v0', 'c', 'k', 'beta', 'T']],
  ['ode', 'duffingRKF45', 'T=200', () => [1, 0.2, 0.1, 1, 0.5, 200, undefined], ['x0', 'v0', 'c', 'k', 'beta', 'T']],
  ['ode', 'chainRK4', 'n=4', () => [F(4, Math.sin), 1, 0.1, 0.05, undefined], ['q0', 'k', 'c', 'dt']],
  ['ode', 'chainRK4', 'n=400', () => [F(400, Math.sin), 1, 0.1, 0.05, undefined], ['q0', 'k', 'c', 'dt']],
  ['options', 'crrPrice', 'call 64', () => [100, 100, 0.02, 0.2, 1, 'call', undefined, undefined], ['S', 'K', 'r', 'sigma', 'T']],
  ['options', 'crrPrice', 'call 1000', () => [100, 100, 0.02, 0.2, 1, 'call', 0, 1000], ['S', 'K', 'r', 'sigma', 'T', 'steps']],
];
for (const [m, f, size, gen, keys] of cases) {
  const args = gen();
  const names = keys;
  let given = args.length; while (given > 0 && args[given - 1] === undefined) given--;
  const t = timeCase(S[m][f], G[m][`${f}_grad`], G[m][`${f}_vjp`], args, given, () => {
    const o = {};
    const r = G[m][`${f}_grad`](...args).grad;
    for (const k of Object.keys(r)) o[k] = typeof r[k] === 'number' ? 0 : new Float64Array(r[k].length);
    return o;
  }, 11);
  void names;
  console.log(JSON.stringify({ scaling: { name: `${m}.${f}`, size, ...t } }));
}
