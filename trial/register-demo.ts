// The build-time form: grad(f), jvp(f), hvp(f), jacobian(f) replaced as Node loads this file
// (node --import tsgrad/register trial/register-demo.ts). Checks each against central differences.
import { grad, jvp, hvp, jacobian } from 'tsgrad';
import { bsCall } from './src/finance.js';
import { softDTW } from './src/hmm.js';
import { rotateAboutCentroid } from './src/geometry.js';

const cd = (f: (h: number) => number, h = 1e-5) => (f(h) - f(-h)) / (2 * h);
let bad = 0;
const near = (what: string, a: number, b: number, tol = 1e-6) => {
  const e = Math.abs(a - b) / Math.max(1, Math.abs(a), Math.abs(b));
  if (!(e <= tol)) {
    bad++;
    console.log(`MISMATCH ${what}: ${a} vs ${b}`);
  }
};

const dBs = grad(bsCall);
const g = dBs(100, 95, 1, 0.02, 0.25);
near('bsCall delta', g.grad.S, cd((h) => bsCall(100 + h, 95, 1, 0.02, 0.25)));
near('bsCall vega', g.grad.sigma, cd((h) => bsCall(100, 95, 1, 0.02, 0.25 + h)));
const dBsS = grad(bsCall, ['S', 'sigma']);
const g2 = dBsS(100, 95, 1, 0.02, 0.25);
near('grad(f, keys) delta', g2.grad.S, g.grad.S, 1e-15);

const jBs = jvp(bsCall);
near('jvp(bsCall)', jBs(100, 95, 1, 0.02, 0.25, { S: 1, sigma: 2 }).tangent, g.grad.S + 2 * g.grad.sigma, 1e-12);

const hBs = hvp(bsCall);
const gamma = hBs(100, 95, 1, 0.02, 0.25, { S: 1 }).hvp.S;
near('hvp gamma', gamma, cd((h) => dBs(100 + h, 95, 1, 0.02, 0.25).grad.S), 1e-5);

const a = Float64Array.from([0.1, 0.5, -0.3, 0.2]);
const b = Float64Array.from([0.0, 0.4, -0.1]);
const dDtw = grad(softDTW);
const gd = dDtw(a, b, 0.5);
near('softDTW ∂/∂a[1]', gd.grad.a[1]!, cd((h) => softDTW(Float64Array.from(a, (v, i) => (i === 1 ? v + h : v)), b, 0.5)));

const jRot = jacobian(rotateAboutCentroid);
const p = Float64Array.from([0, 0, 1, 0, 0, 1]);
const J = jRot(p, 0.3, new Float64Array(6));
const outAt = (h: number) => {
  const o = new Float64Array(6);
  rotateAboutCentroid(p, 0.3 + h, o);
  return o[0];
};
// column of theta is column 6 (p has 6 elements, theta next)
near('jacobian ∂out[0]/∂theta', J.jacobian[0 * J.columns + 6]!, cd(outAt));

console.log(bad === 0 ? `register demo: all ${'8'} checks agree` : `register demo: ${bad} mismatches`);
process.exitCode = bad ? 1 : 0;
