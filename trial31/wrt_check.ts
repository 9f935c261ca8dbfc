// trial31: `--wrt` output (trial31/wrt/, written by run.mjs) against the full gradients.
import * as full from './src/finance.grad.js';
import * as fullT from './src/truss.grad.js';
import * as w from './wrt/finance.grad.js';
import * as wT from './wrt/truss.grad.js';

const report = (extra: string, ok: boolean, notes: string[] = [], bad = 'WRONG') => console.log(JSON.stringify({ extra, status: ok ? 'ok' : bad, notes }));
const keys = (o: object) => Object.keys(o).join(',');

const a = full.crrPut_grad(100, 105, 0.03, 0.25, 1, 32, true);
const b = w.crrPut_grad(100, 105, 0.03, 0.25, 1, 32, true);
report('--wrt crrPut:sigma,r', keys(b.grad) === 'r,sigma' && b.grad.r === a.grad.r && b.grad.sigma === a.grad.sigma && b.value === a.value, [keys(b.grad)]);
const c = full.crrPutRecursive_grad(100, 105, 0.03, 0.25, 1, 6);
const d = w.crrPutRecursive_grad(100, 105, 0.03, 0.25, 1, 6);
report('--wrt crrPutRecursive:sigma (recursive helper)', keys(d.grad) === 'sigma' && Math.abs(d.grad.sigma - c.grad.sigma) < 1e-12 * Math.abs(c.grad.sigma), [keys(d.grad), `${d.grad.sigma} vs ${c.grad.sigma}`]);
const params = Float64Array.from([0.04, 0.01, -0.01, 2]);
const mats = [0.5, 1, 2, 5, 10], ys = [0.02, 0.025, 0.03, 0.035, 0.04];
const e = full.yieldCurveLoss_grad(params, mats, ys);
const f = w.yieldCurveLoss_grad(params, mats, ys);
report('--wrt yieldCurveLoss:params', keys(f.grad) === 'params' && f.grad.params.every((x, i) => x === e.grad.params[i]), [keys(f.grad)]);

// plain --wrt areas over truss.ts
const CONN = Int32Array.from([0, 1, 1, 2, 3, 4, 4, 5, 1, 4, 2, 5, 0, 4, 1, 5, 3, 1]);
const FIXED = Uint8Array.from([1, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0]);
const nodes = Float64Array.from([0, 0, 1, 0, 2, 0, 0, 1, 1, 1, 2, 1]);
const loads = new Float64Array(12); loads[5] = -1; loads[10] = 0.5;
const areas = Float64Array.from([1, 1.2, 0.8, 1.1, 0.9, 1, 1.3, 0.7, 1]);
const g = fullT.compliance_grad(areas, nodes, CONN, FIXED, loads);
const h = wT.compliance_grad(areas, nodes, CONN, FIXED, loads);
report('--wrt areas: compliance', keys(h.grad) === 'areas' && h.grad.areas.every((x, i) => Math.abs(x - g.grad.areas[i]) <= 1e-12 * Math.abs(g.grad.areas[i])), [keys(h.grad)]);
// displacements under --wrt areas: its output u is not asked for, so the forms below have no output to carry
const adj = { areas: new Float64Array(9) };
wT.displacements_vjp(areas, nodes, CONN, FIXED, loads, new Float64Array(8), adj);
const t = { areas: Float64Array.from({ length: 9 }, () => 1) };
wT.displacements_jvp(areas, nodes, CONN, FIXED, loads, new Float64Array(8), t);
const inert = !('displacements_jacobian' in wT) && Array.from(adj.areas).every((x) => x === 0) && !('u' in t);
report('--wrt areas: displacements (void, u not asked for)', !inert, [
  `displacements_jacobian exported: ${'displacements_jacobian' in wT}`,
  `displacements_vjp adj keys: ${keys(adj)}; adds nothing (areas adjoint ${Array.from(adj.areas).every((x) => x === 0) ? 'all 0' : 'nonzero'})`,
  `displacements_jvp tangent keys: ${keys(t)}: no place for du, so it returns nothing`,
  'no diagnostic: the derivative forms of displacements compute nothing under a plain --wrt areas',
], 'diag');
