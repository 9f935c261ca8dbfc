// Build-time forms: grad(f), grad(f, keys), jvp(f), hvp(f), jacobian(f), replaced by
// `node --import tsgrad/register` as this module loads. Each checked against my own differences.
import { grad, hvp, jacobian, jvp } from 'tsgrad';
import { ikLoss, armFK } from './robotics.js';
import { kalmanNLL } from './stats.js';
import { bsCall } from './finance.js';
import { tanCFRecursive } from './numerics.js';

const lines: string[] = [];
const rich = (g: (s: number) => number, x: number) => {
  const h = 1e-3 * Math.max(1, Math.abs(x));
  const d = (s: number) => (g(s) - g(-s)) / (2 * s);
  return (4 * d(h / 2) - d(h)) / 3;
};
const close = (a: number, b: number, tol = 1e-6) => Math.abs(a - b) / Math.max(1, Math.abs(a), Math.abs(b)) <= tol;
function report(name: string, ok: boolean, detail = '') {
  lines.push(`${ok ? 'ok     ' : 'WRONG  '} buildtime:${name.padEnd(26)} ${detail}`);
}

// grad(ikLoss) and grad(ikLoss, ['q'])
{
  const q = Float64Array.of(0.3, -0.4, 0.8), L = Float64Array.of(1, 0.8, 0.6);
  const r = grad(ikLoss)(q, L, 1.2, 0.5);
  let ok = r.value === ikLoss(q, L, 1.2, 0.5);
  for (let j = 0; j < 3; j++) ok &&= close(r.grad.q[j], rich((s) => { const p = q.slice(); p[j] += s; return ikLoss(p, L, 1.2, 0.5); }, q[j]));
  ok &&= close(r.grad.tx, rich((s) => ikLoss(q, L, 1.2 + s, 0.5), 1.2));
  report('grad(ikLoss)', ok);
  const rq = grad(ikLoss, ['q'])(q, L, 1.2, 0.5);
  report("grad(ikLoss, ['q'])", Object.keys(rq.grad).join() === 'q' && rq.grad.q.every((v, j) => close(v, r.grad.q[j], 1e-12)), `keys ${Object.keys(rq.grad)}`);
}
// jvp(kalmanNLL)
{
  const ys = Float64Array.of(0.1, -0.3, 0.5, 0.2, 0.9);
  const t = jvp(kalmanNLL)(ys, 0.4, 0.3, 0, 1, { q: 1, r: -0.5 });
  const fd = rich((s) => kalmanNLL(ys, 0.4 + s, 0.3 - 0.5 * s, 0, 1), 0);
  report('jvp(kalmanNLL)', close(t.tangent, fd), `tangent ${t.tangent.toFixed(8)} fd ${fd.toFixed(8)}`);
}
// hvp(bsCall): gamma = ∂²C/∂S²
{
  const h = hvp(bsCall)(100, 105, 1, 0.02, 0.25, { S: 1 });
  const fd = rich((s) => grad(bsCall)(100 + s, 105, 1, 0.02, 0.25).grad.S, 100);
  report('hvp(bsCall) gamma', close(h.hvp.S, fd, 1e-5), `gamma ${h.hvp.S.toExponential(6)} fd ${fd.toExponential(6)}`);
}
// jacobian(armFK)
{
  const out = new Float64Array(2), q = Float64Array.of(0.2, 0.5, -0.3), L = Float64Array.of(1, 1, 0.5);
  const J = jacobian(armFK)(out, q, L);
  let ok = J.rows === 2 && J.columns === 8;
  for (let j = 0; j < 3; j++)
    for (let r = 0; r < 2; r++)
      ok &&= close(J.jacobian[r * J.columns + 2 + j], rich((s) => { const p = q.slice(); p[j] += s; const o = new Float64Array(2); armFK(o, p, L); return o[r]; }, q[j]));
  report('jacobian(armFK)', ok, `${J.rows}×${J.columns}`);
}
// grad of a recursive function
{
  const r = grad(tanCFRecursive)(0.7);
  report('grad(tanCFRecursive)', close(r.grad.x, 1 / Math.cos(0.7) ** 2), `${r.grad.x} vs sec² ${1 / Math.cos(0.7) ** 2}`);
}
for (const l of lines) console.log(l);
