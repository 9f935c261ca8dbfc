// SLOW: the functions run.mjs flags slow (vjp/f > 3), timed at their checked size and at a large size, to tell a
// fixed per-call cost (the ratio falls with the size) from a per-element one (it does not).
// Run: node --import tsgrad/register trial36/repro/slow_scaling.run.ts [--no-time]
// Prints one JSON line per case: { repro, reproduces, detail }. At the checked (small) size the ratio is only
// measured (no verdict: at load 15-20 it moves between 2.5x and 6x); at the large size the claim is checked:
// "slow" (vjp/f > 3: bfReserve, inhibitionNll, biotSavartLocal, piecewiseWork) or "fixed cost" (vjp/f <= 3 once
// the primal is long: dot, polyHorner), and reproduces says whether it held.
import { bfReserve } from '../src/flow.js';
import { inhibitionNll } from '../src/biochem.js';
import { biotSavartLocal } from '../src/em.js';
import { piecewiseWork } from '../src/edges.js';
import { dot } from '../src/util.js';
import { polyHorner } from '../src/advanced.js';
import { maxOfSpread } from '../src/edges.js';
import * as FL from '../gen/flow.grad.js';
import * as BI from '../gen/biochem.grad.js';
import * as EM from '../gen/em.grad.js';
import * as ED from '../gen/edges.grad.js';
import * as UT from '../gen/util.grad.js';
import * as AD from '../gen/advanced.grad.js';

if (process.argv.includes('--no-time')) process.exit(0);
const med = (a: number[]) => a.sort((x, y) => x - y)[a.length >> 1];
let sink = 0;
function ratio(label: string, f0: () => unknown, g0: () => unknown, claim?: 'slow' | 'fixed cost') {
  // results go into a sink: V8 may drop a pure primal whose value is unused
  const f = () => { sink += f0() as number; };
  const g = () => { sink += g0() as number; };
  let n = 1;
  for (;;) { const t0 = performance.now(); for (let i = 0; i < n; i++) f(); if (performance.now() - t0 > 10) break; n *= 2; }
  for (let i = 0; i < 3 * n; i++) { f(); g(); }
  const rs: number[] = [], fs: number[] = [];
  for (let r = 0; r < 21; r++) {
    let t0 = performance.now(); for (let i = 0; i < n; i++) f(); const tf = performance.now() - t0;
    t0 = performance.now(); for (let i = 0; i < n; i++) g(); const tg = performance.now() - t0;
    rs.push(tg / tf); fs.push((tf / n) * 1e6);
  }
  const r = med(rs);
  if (sink === 1.2345) console.log('');
  const detail = `f ${med(fs).toFixed(0)} ns, vjp/f ${r.toFixed(2)}${claim ? ` (claim: ${claim})` : ' (measured)'}`;
  console.log(JSON.stringify({ repro: `repro/slow_scaling.run.ts ${label}`, ...(claim ? { reproduces: claim === 'slow' ? r > 3 : r <= 3 } : {}), detail }));
}
const R = (n: number, a: number, b: number) => Float64Array.from({ length: n }, (_, i) => a + (b - a) * ((((Math.sin(i * 12.9898) * 43758.5453) % 1) + 1) % 1));
for (const n of [5, 300]) {
  const prem = R(n, 100, 200), dev = Array.from(R(n - 1, 1.05, 1.6));
  const adj = { premium: new Float64Array(n), elr: 0, devFactors: new Float64Array(n - 1) };
  ratio(`bfReserve n=${n}`, () => bfReserve(prem, 0.7, dev), () => { adj.premium.fill(0); adj.elr = 0; adj.devFactors.fill(0); return FL.bfReserve_vjp(prem, 0.7, dev, adj); }, n > 5 ? 'slow' : undefined);
}
for (const n of [8, 2000]) {
  const s = R(n, 0.1, 10), inh = R(n, 0, 3), v = R(n, 0.5, 5);
  const adj = { logVmax: 0, logKm: 0, logKi: 0, s: new Float64Array(n), inh: new Float64Array(n), v: new Float64Array(n) };
  ratio(`inhibitionNll n=${n}`, () => inhibitionNll(1, 0, 0, s, inh, v, 'mixed'), () => { adj.logVmax = adj.logKm = adj.logKi = 0; adj.s.fill(0); adj.inh.fill(0); adj.v.fill(0); return BI.inhibitionNll_vjp(1, 0, 0, s, inh, v, 'mixed', adj); }, n > 8 ? 'slow' : undefined);
}
for (const n of [5, 2000]) {
  const pts = Float64Array.from({ length: 3 * n }, (_, k) => (k % 3 === 2 ? 0 : Math[k % 3 ? 'sin' : 'cos']((2 * Math.PI * Math.floor(k / 3)) / n)));
  const adj = { pts: new Float64Array(3 * n), px: 0, py: 0, pz: 0, current: 0 };
  ratio(`biotSavartLocal n=${n}`, () => biotSavartLocal(pts, 0.1, 0.2, 0.5, 1), () => { adj.pts.fill(0); adj.px = adj.py = adj.pz = adj.current = 0; return EM.biotSavartLocal_vjp(pts, 0.1, 0.2, 0.5, 1, adj); }, n > 5 ? 'slow' : undefined);
}
for (const n of [8, 5000]) {
  const x = R(n, -2, 2), modes = Int32Array.from({ length: n }, (_, i) => i % 5);
  const adj = { x: new Float64Array(n) };
  ratio(`piecewiseWork n=${n}`, () => piecewiseWork(x, modes), () => { adj.x.fill(0); return ED.piecewiseWork_vjp(x, modes, adj); }, n > 8 ? 'slow' : undefined);
}
for (const n of [4, 20000]) {
  const a = R(n, -1, 1), b = R(n, -1, 1);
  const adj = { a: new Float64Array(n), b: new Float64Array(n) };
  ratio(`dot n=${n}`, () => dot(a, b), () => { adj.a.fill(0); adj.b.fill(0); return UT.dot_vjp(a, b, adj); }, n > 4 ? 'fixed cost' : undefined);
}
for (const n of [7, 3000]) {
  const c = R(n, -1, 1);
  const adj = { c: new Float64Array(n), x: 0 };
  ratio(`polyHorner n=${n}`, () => polyHorner(c, 0.999), () => { adj.c.fill(0); adj.x = 0; return AD.polyHorner_vjp(c, 0.999, adj); }, n > 7 ? 'fixed cost' : undefined); // x < 1 far from 0.5..1 would leave the adjoint stuck at the smallest subnormal
}
{
  const adj = { a: 0, b: 0, c: 0 };
  ratio('maxOfSpread (Math.max(...[a, b, c]))', () => maxOfSpread(1, 3, 2), () => { adj.a = adj.b = adj.c = 0; return ED.maxOfSpread_vjp(1, 3, 2, adj); });
}
