// A measurement, not a finding: curves.bezierFitLoss (recursive de Casteljau on local number[] levels) is slow in the
// timed run (better of f_grad/f_vjp 3.7-5.8x f). The generated casteljau_rev copies each level's number[] adjoint into a
// fresh Float64Array for the recursive call and back (gen/curves.grad.ts), which looked like waste; a hand-written
// adjoint that records the levels and passes number[] adjoints down (below) costs nearly as much in the same process:
// run with node --import tsgrad/register trial46/probes/slow_casteljau.ts (prints both ratios; "REPRODUCES" would mean
// the generated f_vjp is over 3x f and over 1.5x the hand-written one).
import { bezierFitLoss } from '../src/curves.js';
import { bezierFitLoss_vjp } from '../gen/curves.grad.js';

function levels(ctrl: number[], t: number, out: number[][]): number {
  out.push(ctrl);
  if (ctrl.length === 1) return ctrl[0]!;
  const next: number[] = [];
  for (let i = 0; i + 1 < ctrl.length; i++) next.push((1 - t) * ctrl[i]! + t * ctrl[i + 1]!);
  return levels(next, t, out);
}
// adjoint of casteljau: walk the recorded levels back, the adjoint of each level a number[] passed down directly
function casteljauVjp(ctrl: number[], t: number, seed: number, ctrlAdj: Float64Array, tAdj: { t: number }): number {
  const lv: number[][] = [];
  const y = levels(ctrl, t, lv);
  let up: number[] = [seed];
  for (let l = lv.length - 2; l >= 0; l--) {
    const c = lv[l]!;
    const down = new Array<number>(c.length).fill(0);
    for (let i = 0; i + 1 < c.length; i++) {
      const b = up[i]!;
      down[i]! += (1 - t) * b;
      down[i + 1]! += t * b;
      tAdj.t += b * (c[i + 1]! - c[i]!);
    }
    up = down;
  }
  for (let i = 0; i < ctrl.length; i++) ctrlAdj[i]! += up[i]!;
  return y;
}
function handVjp(ctrl: Float64Array, ts: Float64Array, px: Float64Array, py: Float64Array, adj: { ctrl: Float64Array; ts: Float64Array; px: Float64Array; py: Float64Array }): number {
  const cx: number[] = [], cy: number[] = [];
  for (let i = 0; i < ctrl.length; i += 2) {
    cx.push(ctrl[i]!);
    cy.push(ctrl[i + 1]!);
  }
  const gx = new Float64Array(cx.length), gy = new Float64Array(cy.length);
  let loss = 0;
  for (let k = 0; k < ts.length; k++) {
    const t = ts[k]!;
    const ex = levels(cx, t, []) - px[k]!, ey = levels(cy, t, []) - py[k]!;
    loss += ex * ex + ey * ey;
    const ta = { t: 0 };
    casteljauVjp(cx, t, 2 * ex, gx, ta);
    casteljauVjp(cy, t, 2 * ey, gy, ta);
    adj.ts[k]! += ta.t;
    adj.px[k]! -= 2 * ex;
    adj.py[k]! -= 2 * ey;
  }
  for (let i = 0; i < gx.length; i++) {
    adj.ctrl[2 * i]! += gx[i]!;
    adj.ctrl[2 * i + 1]! += gy[i]!;
  }
  return loss;
}

const n = 8, m = 12;
const ctrl = Float64Array.from({ length: 2 * n }, (_, i) => Math.sin(i * 1.3));
const ts = Float64Array.from({ length: m }, (_, i) => (i + 0.5) / m);
const px = Float64Array.from(ts, (t) => Math.cos(3 * t)), py = Float64Array.from(ts, (t) => Math.sin(2 * t));
const mk = () => ({ ctrl: new Float64Array(2 * n), ts: new Float64Array(m), px: new Float64Array(m), py: new Float64Array(m) });
// the hand-written adjoint agrees with the generated one
const a1 = mk(), a2 = mk();
bezierFitLoss_vjp(ctrl, ts, px, py, a1, 1);
handVjp(ctrl, ts, px, py, a2);
const agree = (['ctrl', 'ts', 'px', 'py'] as const).every((k) => a1[k].every((v, i) => Math.abs(v - a2[k][i]!) <= 1e-12 * Math.max(1, Math.abs(v))));
const adjG = mk(), adjH = mk();
const time = (fn: () => number) => {
  let reps = 64;
  for (;;) { const t0 = performance.now(); for (let i = 0; i < reps; i++) fn(); if (performance.now() - t0 > 5) break; reps *= 2; }
  const t0 = performance.now();
  let sink = 0;
  for (let i = 0; i < reps; i++) sink += fn();
  (globalThis as { sink?: number }).sink = sink;
  return (performance.now() - t0) / reps;
};
const fs = [() => bezierFitLoss(ctrl, ts, px, py), () => bezierFitLoss_vjp(ctrl, ts, px, py, adjG, 1), () => handVjp(ctrl, ts, px, py, adjH)];
for (let i = 0; i < 300; i++) fs.forEach((f) => f());
const rg: number[] = [], rh: number[] = [];
let fNs = 0;
for (let r = 0; r < 15; r++) {
  const [tf, tg, th] = fs.map(time) as [number, number, number];
  rg.push(tg / tf);
  rh.push(th / tf);
  fNs = tf * 1e6;
}
const med = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
const g = med(rg), h = med(rh);
console.log(`${g > 3 && g > 1.5 * h ? 'REPRODUCES' : 'GONE'}: f_vjp ${g.toFixed(2)}x f, hand-written ${h.toFixed(2)}x f (f ${fNs.toFixed(0)} ns, degree ${n - 1}, ${m} points); adjoints agree: ${agree}`);
