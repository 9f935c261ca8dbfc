// --wrt variants, defaults left out, and the build-time grad(f) via tsgrad/register.
import { grad, jvp, hvp } from 'tsgrad';
import * as N from './numerics.ts';
import * as S from './stats.ts';
import * as E from './extras.ts';
import * as R from './robotics.ts';
import * as Ng from './numerics.grad.ts';
import * as Sg from './stats.grad.ts';
import * as Eg from './extras.grad.ts';
import * as Rg from './robotics.grad.ts';
import * as Nw from './gen-wrt/numerics.grad.ts';
import * as Sw from './gen-wrt/stats.grad.ts';
import * as Ew from './gen-wrt/extras.grad.ts';
import * as Oob from './repro/oob.grad.ts';
import * as Sh from './shapes.ts';
import * as Shg from './shapes.grad.ts';

const lines: string[] = [];
const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(a), Math.abs(b));
function report(name: string, cond: boolean, detail: string) {
  lines.push(`${name}\t${cond ? 'ok' : 'WRONG'}\t${cond ? '' : detail}`);
}
function rich(g: (t: number) => number, h = 1e-3): number {
  const d = (s: number) => (g(s) - g(-s)) / (2 * s);
  return (4 * d(h / 2) - d(h)) / 3;
}
function run(name: string, body: () => void) {
  try {
    body();
  } catch (e) {
    lines.push(`${name}\tcrash\t${String(e).slice(0, 200)}`);
  }
}

const A = Float64Array.from([2, 0.3, -0.1, 0.4, 1.5, 0.2, -0.3, 0.1, 1.1]);
const x = Float64Array.from([0.6, -0.4, 0.8]);
run('wrt rayleigh:s,x', () => {
  const full = Ng.rayleigh_grad(A, x, 0.7), w = Nw.rayleigh_grad(A, x, 0.7);
  const keys = Object.keys(w.grad).join();
  const ok = keys === 'x,s' && w.value === full.value && rel(w.grad.s, full.grad.s) < 1e-14 && w.grad.x.every((v, i) => rel(v, full.grad.x[i]) < 1e-14);
  const fd = rich((t) => N.rayleigh(A, x, 0.7 + t));
  report('wrt rayleigh:s,x', ok && rel(fd, w.grad.s) < 1e-7, `keys ${keys} s ${w.grad.s} vs full ${full.grad.s} fd ${fd}`);
  const adj = { x: new Float64Array(3), s: 0 };
  Nw.rayleigh_vjp(A, x, 0.7, adj);
  const hv = Nw.rayleigh_hvp(A, x, 0.7, { s: 1 });
  const fd2 = rich((t) => Nw.rayleigh_grad(A, x, 0.7 + t).grad.s);
  report('wrt rayleigh vjp/hvp', rel(adj.s, w.grad.s) < 1e-14 && rel(hv.hvp.s, fd2) < 1e-6, `adj.s ${adj.s} hvp.s ${hv.hvp.s} fd ${fd2}`);
});
const ys = Float64Array.from([0.3, -0.2, 0.5, 0.1, -0.4, 0.2]);
run('wrt kalmanNLL:q', () => {
  const w = Sw.kalmanNLL_grad(ys, 0.4, 0.3, 0.1, 1.2);
  const fd = rich((t) => S.kalmanNLL(ys, 0.4 + t, 0.3, 0.1, 1.2));
  report('wrt kalmanNLL:q', Object.keys(w.grad).join() === 'q' && rel(fd, w.grad.q) < 1e-8, `${JSON.stringify(w.grad)} fd ${fd}`);
  const j = Sw.kalmanNLL_jvp(ys, 0.4, 0.3, 0.1, 1.2, { q: 1 });
  report('wrt kalmanNLL:q jvp', rel(j.tangent, fd) < 1e-8, `jvp ${j.tangent} fd ${fd}`);
});
const u = Float64Array.from([0.5, -0.3, 0.8, 0.1]);
run('wrt swapLoop:gain (reassigned)', () => {
  const w = Ew.swapLoop_grad(u, 0.3);
  const fd = rich((t) => E.swapLoop(u, 0.3 + t));
  report('wrt swapLoop:gain (reassigned)', Object.keys(w.grad).join() === 'gain' && rel(fd, w.grad.gain) < 1e-8, `${JSON.stringify(w.grad)} fd ${fd}`);
});
run('defaults left out: piecewise', () => {
  for (const kind of [0, 1, 2, 3]) {
    const g = Eg.piecewise_grad(0.6, kind);
    const fd = rich((t) => E.piecewise(0.6 + t, kind));
    report(`default scale=x*0.5 left out, kind ${kind}`, rel(g.grad.x, fd) < 1e-8 && g.grad.scale === 0, `grad.x ${g.grad.x} fd(total) ${fd} scale ${g.grad.scale}`);
    const w = Ew.piecewise_grad(0.6, kind, 1.3);
    const fds = rich((t) => E.piecewise(0.6, kind, 1.3 + t));
    report(`wrt piecewise:scale kind ${kind}`, rel(w.grad.scale, fds) < 1e-8, `${w.grad.scale} fd ${fds}`);
  }
  const adj = { x: 0, kind: 0, scale: 0 };
  const v = Eg.piecewise_vjp(0.6, 0, undefined, adj);
  report('piecewise_vjp with undefined default', v === E.piecewise(0.6, 0) && rel(adj.x, rich((t) => E.piecewise(0.6 + t, 0))) < 1e-8, `adj ${JSON.stringify(adj)}`);
});
run('optional left out: optShift', () => {
  const p = Float64Array.from([0.2, 0.9, -0.4]);
  const g = Eg.optShift_grad(p);
  report('optShift shift left out', g.value === E.optShift(p) && g.grad.shift === 0 && rel(g.grad.p[0], rich((t) => E.optShift(Float64Array.from([0.2 + t, 0.9, -0.4])))) < 1e-8, JSON.stringify(g));
});

// build-time transforms
const q = Float64Array.from([0.3, -0.5, 0.9]);
const L = Float64Array.from([1, 0.8, 0.6]);
run('grad(armTipX) at build time', () => {
  const d = grad(R.armTipX);
  const a = d(q, L), b = Rg.armTipX_grad(q, L);
  report('grad(armTipX) at build time', a.value === b.value && a.grad.q.every((v, i) => v === b.grad.q[i]), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
  const dq = grad(R.armTipX, ['q']);
  const c = dq(q, L);
  report('grad(armTipX, [q]) at build time', Object.keys(c.grad).join() === 'q' && c.grad.q.every((v, i) => v === b.grad.q[i]), JSON.stringify(c));
});
run('jvp/hvp(kalmanNLL) at build time', () => {
  const jf = jvp(S.kalmanNLL);
  const r = jf(ys, 0.4, 0.3, 0.1, 1.2, { r: 1 });
  const fd = rich((t) => S.kalmanNLL(ys, 0.4, 0.3 + t, 0.1, 1.2));
  report('jvp(kalmanNLL) at build time', rel(r.tangent, fd) < 1e-8, `${r.tangent} fd ${fd}`);
  const hf = hvp(S.kalmanNLL);
  const h = hf(ys, 0.4, 0.3, 0.1, 1.2, { q: 1 });
  const fd2 = rich((t) => Sg.kalmanNLL_grad(ys, 0.4 + t, 0.3, 0.1, 1.2).grad.r);
  report('hvp(kalmanNLL) at build time', rel(h.hvp.r, fd2) < 1e-6, `${h.hvp.r} fd ${fd2}`);
});
run('grad(cfSqrt) at build time', () => {
  const d = grad(N.cfSqrt);
  const fd = rich((t) => N.cfSqrt(0.7 + t));
  report('grad(cfSqrt) at build time (recursive helper)', rel(d(0.7).grad.x, fd) < 1e-8, `${d(0.7).grad.x} fd ${fd}`);
});
run('repro/oob fill3: out shorter than the loop writes', () => {
  // writes past a typed array's end are no-ops in JavaScript; the value's gradient does not involve out at all
  const g = Oob.fill3_grad(0.5, new Float64Array(2));
  report('repro/oob fill3: out shorter than the loop writes', g.grad.x === 1, `fill3_grad(0.5, new Float64Array(2)).grad.x = ${g.grad.x}, expected 1 (d x²/dx)`);
});
run('void accumulate_vjp semantics', () => {
  const xv = Float64Array.from([0.3, -0.7, 1.1]), acc = Float64Array.from([0.5, 0.25, -1]);
  const adj = { x: new Float64Array(3), w: 0, acc: Float64Array.from([1, 2, 3]) };
  Shg.accumulate_vjp(xv, 1.5, acc, adj);
  const wantX = [0, 1, 2].map((i) => (i + 1) * 2 * 1.5 * xv[i]);
  const wantW = [0, 1, 2].reduce((s, i) => s + (i + 1) * xv[i] * xv[i], 0);
  const ok = adj.x.every((v, i) => rel(v, wantX[i]) < 1e-14) && rel(adj.w, wantW) < 1e-14 && adj.acc.join() === '1,2,3' && acc.join() === '0.5,0.25,-1';
  report('void accumulate_vjp semantics (in-out array left as found, adj.acc kept)', ok, `adj ${JSON.stringify({ x: Array.from(adj.x), w: adj.w, acc: Array.from(adj.acc) })} acc ${Array.from(acc)}`);
});
run('normalise_jvp writes output tangents', () => {
  const v = Float64Array.from([0.3, -0.7, 1.1]), dv = Float64Array.from([0.2, 0.1, -0.4]);
  const out = new Float64Array(3);
  const t = { v: dv, out: new Float64Array(3) };
  const r = Shg.normalise_jvp(v, out, t);
  const h = 1e-6;
  const op = new Float64Array(3), om = new Float64Array(3);
  const np = Sh.normalise(v.map((x, i) => x + h * dv[i]), op), nm = Sh.normalise(v.map((x, i) => x - h * dv[i]), om);
  const ok = rel(r.tangent, (np - nm) / (2 * h)) < 1e-8 && t.out.every((x, i) => rel(x, (op[i] - om[i]) / (2 * h)) < 1e-8) && out.every((x, i) => x === v[i] / Math.hypot(...v));
  report('normalise_jvp writes output tangents into tangent.out', ok, `${JSON.stringify(r)} t.out ${Array.from(t.out)}`);
});
for (const l of lines) console.log(l);
