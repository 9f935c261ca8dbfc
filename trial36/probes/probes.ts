// Extra probes (run by run.mjs after compiling probes/*.ts into probes/gen): a recursive multigrid V-cycle writing
// arrays at every level, @checkpoint time loops, and a library of modules (tables, a const enum, a factory-made
// function, a recursive and a @noinline helper, re-exports). One JSON line each: { extra, status, notes }.
import { poissonEnergy, poissonSolve, gsWithResidual } from './mg.js';
import { kLongObj, kLongObjPlain, kHeat } from './ck.js';
import * as S from './uselib.js';
import * as MG from './gen/mg.grad.js';
import * as CK from './gen/ck.grad.js';
import * as UL from './gen/uselib.grad.js';

const out = (extra: string, ok: boolean, notes: string[]) => console.log(JSON.stringify({ extra, status: ok ? 'ok' : 'WRONG', notes }));
const rich = (g: (d: number) => number, h: number) => { const D = (s: number) => (g(s) - g(-s)) / (2 * s); return (4 * D(h / 2) - D(h)) / 3; };
const e = (x: number) => x.toExponential(1);
{
  const n = 15;
  const f = Float64Array.from({ length: n }, (_, i) => Math.sin(0.7 * i) + 0.3);
  const gr = MG.poissonEnergy_grad(f, 3);
  let ge = 0;
  for (let i = 0; i < n; i++) {
    const fd = rich((d) => { const g = f.slice(); g[i] += d; return poissonEnergy(g, 3); }, 1e-3);
    ge = Math.max(ge, Math.abs(fd - gr.grad.f[i]) / Math.max(1e-12, Math.abs(fd)));
  }
  const v = Float64Array.from({ length: n }, (_, i) => Math.cos(i));
  const hv = MG.poissonEnergy_hvp(f, 3, { f: v });
  let he = 0;
  for (let i = 0; i < n; i++) {
    const fd = rich((t) => MG.poissonEnergy_grad(f.map((x, k) => x + t * v[k]), 3).grad.f[i], 1e-3);
    he = Math.max(he, Math.abs(fd - hv.hvp.f[i]) / (Math.abs(fd) + 1e-12));
  }
  out('probe: multigrid V-cycle (recursion writing arrays per level): grad and hvp', gr.value === poissonEnergy(f, 3) && ge < 1e-8 && he < 1e-6, [`grad rel ${e(ge)}, hvp rel ${e(he)}`]);
  const J = MG.poissonSolve_jacobian(f, new Float64Array(n)), Jr = MG.poissonSolve_jacobian(f, new Float64Array(n), 'reverse');
  let je = 0, jr = 0;
  for (let c = 0; c < n; c++) {
    const col = (d: number) => { const g = f.slice(); g[c] += d; const o = new Float64Array(n); poissonSolve(g, o); return o; };
    const p = col(1e-3), m = col(-1e-3);
    for (let r = 0; r < n; r++) {
      je = Math.max(je, Math.abs((p[r] - m[r]) / 2e-3 - J.jacobian[r * J.columns + c]));
      jr = Math.max(jr, Math.abs(Jr.jacobian[r * J.columns + c] - J.jacobian[r * J.columns + c]));
    }
  }
  out('probe: multigrid solve into out: f_jacobian (linear: plain differences)', je < 1e-9 && jr < 1e-12, [`${J.rows}x${J.columns}, abs err ${e(je)}, forward vs reverse ${e(jr)}`]);
  const u0 = Float64Array.from({ length: n }, (_, i) => 0.1 * i);
  const J2 = MG.gsWithResidual_jacobian(u0, f, new Float64Array(n));
  let e2 = 0;
  for (let c = 0; c < 3 * n; c++) {
    const mv = (d: number) => { const u = u0.slice(), ff = f.slice(), rr = new Float64Array(n); if (c < n) u[c] += d; else if (c < 2 * n) ff[c - n] += d; else rr[c - 2 * n] += d; gsWithResidual(u, ff, rr); return [...u, ...rr]; };
    const p = mv(1e-3), m = mv(-1e-3);
    for (let r = 0; r < 2 * n; r++) { const fd = (p[r] - m[r]) / 2e-3; e2 = Math.max(e2, Math.abs(fd - J2.jacobian[r * J2.columns + c]) / Math.max(1, Math.abs(fd))); }
  }
  out('probe: Gauss-Seidel writing two arrays (one read and written): f_jacobian', e2 < 1e-8, [`${J2.rows}x${J2.columns}, rel err ${e(e2)}`]);
}
{
  let worst = 0, hv = 0;
  for (const steps of [1, 7, 2000]) {
    const a = CK.kLongObj_grad(30, 8, steps), b = CK.kLongObjPlain_grad(30, 8, steps);
    const fdg = rich((d) => kLongObj(30 + d, 8, steps), 1e-3);
    worst = Math.max(worst, Math.abs(a.grad.g - b.grad.g) / Math.abs(b.grad.g), Math.abs(a.grad.g - fdg) / Math.abs(fdg));
    const h1 = CK.kLongObj_hvp(30, 8, steps, { g: 1, I: -0.5 }), h2 = CK.kLongObjPlain_hvp(30, 8, steps, { g: 1, I: -0.5 });
    hv = Math.max(hv, Math.abs(h1.hvp.g - h2.hvp.g), Math.abs(h1.hvp.I - h2.hvp.I));
    if (a.value !== kLongObj(30, 8, steps)) worst = Infinity;
  }
  out('probe: @checkpoint loop over a state object (1, 7, 2000 steps) vs the plain loop and differences', worst < 1e-6 && hv === 0, [`rel ${e(worst)}, hvp difference ${hv}`]);
  const u0 = Float64Array.from({ length: 10 }, (_, i) => Math.sin(i));
  const h = CK.kHeat_grad(u0, 0.2, 500);
  const fd = rich((d) => { const u = u0.slice(); u[3] += d; return kHeat(u, 0.2, 500); }, 1e-3);
  const fk = rich((d) => kHeat(u0, 0.2 + d, 500), 1e-4);
  out('probe: @checkpoint heat equation (a copy instead of the refused swap: TSG1009)', Math.abs(h.grad.u0[3] - fd) < 1e-6 * Math.abs(fd) && Math.abs(h.grad.kappa - fk) < 1e-6 * Math.abs(fk), [`du0[3] ${h.grad.u0[3]} vs ${fd}; dkappa ${h.grad.kappa} vs ${fk}`]);
}
{
  const cases: [string, number[]][] = [['glIntegral', [0.2, 1.7, 1.3]], ['ruleSwitch', [0.1, 0.9, 0]], ['ruleSwitch', [0.1, 0.9, 1]], ['ruleSwitch', [0.1, 0.9, 2]], ['subdivided', [1, 0.3, 1.5]]];
  let worst = 0;
  for (const [name, args] of cases) {
    const f = (S as any)[name], g = (UL as any)[`${name}_grad`](...args);
    if (g.value !== f(...args)) worst = Infinity;
    Object.keys(g.grad).forEach((k, p) => {
      if (k === 'rule') return;
      const fd = rich((d) => f(...args.map((a, q) => (q === p ? a + d : a))), 1e-3);
      worst = Math.max(worst, Math.abs(fd - g.grad[k]) / Math.max(1e-12, Math.abs(fd)));
    });
  }
  const x = Float64Array.of(0.3, -1, 2, 0.5);
  const g = UL.cumsumEnergy_grad(x);
  [0, 1, 2, 3].forEach((i) => { const fd = rich((d) => { const y = x.slice(); y[i] += d; return S.cumsumEnergy(y); }, 1e-3); worst = Math.max(worst, Math.abs(fd - g.grad.x[i]) / Math.abs(fd)); });
  out('probe: a library across modules (imported tables, const enum, factory-made function, recursive and @noinline helpers, re-exports)', worst < 1e-8, [`max rel err ${e(worst)}`]);
}
