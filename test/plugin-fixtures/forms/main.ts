import { hvp, jacobian, jvp } from 'tsgrad';
import { energy, normalize, step } from './model.js';

const denergy = jvp(energy);
const henergy = hvp(energy);
const dstep = jvp(step);
const jstep = jacobian(step);
const jnormalize = jacobian(normalize);

interface Check { name: string; analytic: number; numeric: number }

/** Each derivative beside its central difference. */
export function checks(): Check[] {
  const out: Check[] = [];
  const h = 1e-6;
  const w = new Float64Array([0.3, -0.7, 1.1]);
  const v = new Float64Array([0.5, 0.25, -1]);
  const along = (t: number) => Float64Array.from(w, (x, i) => x + t * v[i]);
  // jvp of a scalar function
  const r = denergy(w, 2, { w: v, k: 0.5 });
  const e = (t: number) => energy(along(t), 2 + 0.5 * t);
  out.push({ name: 'jvp(energy)', analytic: r.tangent, numeric: (e(h) - e(-h)) / (2 * h) });
  out.push({ name: 'jvp(energy) value', analytic: r.value, numeric: energy(w, 2) });
  // hvp of a scalar function: the Hessian along (v, 0.5), against central differences of its
  // gradient (written out: k (cos wᵢ · wᵢ + sin wᵢ) for each wᵢ, Σ sin wᵢ · wᵢ for k)
  const gradOf = (x: Float64Array, k: number) => [...Array.from(x, (xi) => k * (Math.cos(xi) * xi + Math.sin(xi))), x.reduce((acc, xi) => acc + Math.sin(xi) * xi, 0)];
  // (this fixture is built without the model's .tsgrad.d.ts, so the gradient's keys are loose here)
  const H = henergy(w, 2, { w: v, k: 0.5 }) as unknown as { hvp: { w: Float64Array; k: number }; grad: { w: Float64Array; k: number } };
  const [gp, gm] = [gradOf(along(h), 2 + 0.5 * h), gradOf(along(-h), 2 - 0.5 * h)];
  for (let i = 0; i < 3; i++) out.push({ name: `hvp(energy).hvp.w[${i}]`, analytic: H.hvp.w[i], numeric: (gp[i] - gm[i]) / (2 * h) });
  out.push({ name: 'hvp(energy).hvp.k', analytic: H.hvp.k, numeric: (gp[3] - gm[3]) / (2 * h) });
  for (let i = 0; i < 3; i++) out.push({ name: `hvp(energy).grad.w[${i}]`, analytic: H.grad.w[i], numeric: gradOf(w, 2)[i] });
  // jvp of a void function: the tangents of what it writes, in tangent.next
  const tangent = { state: v.slice(), dt: 0.3, next: new Float64Array(3) };
  dstep(w, 0.2, new Float64Array(3), tangent);
  const s = (t: number) => { const next = new Float64Array(3); step(along(t), 0.2 + 0.3 * t, next); return next; };
  const [sp, sm] = [s(h), s(-h)];
  for (let i = 0; i < 3; i++) out.push({ name: `jvp(step) next[${i}]`, analytic: tangent.next[i], numeric: (sp[i] - sm[i]) / (2 * h) });
  // jacobian of a void function: rows next[0..2], columns state[0..2], dt, next[0..2]
  const next = new Float64Array(3);
  const J = jstep(w, 0.2, next);
  out.push({ name: 'jacobian(step) shape', analytic: J.rows * 100 + J.columns, numeric: 3 * 100 + 7 });
  for (let j = 0; j < 3; j++) {
    const at = (t: number) => { const x = w.slice(); x[j] += t; const o = new Float64Array(3); step(x, 0.2, o); return o; };
    const [p, m] = [at(h), at(-h)];
    for (let i = 0; i < 3; i++) out.push({ name: `jacobian(step)[${i}][${j}]`, analytic: J.jacobian[i * J.columns + j], numeric: (p[i] - m[i]) / (2 * h) });
  }
  // jacobian of a function with a value and an array output, by rows and by columns
  for (const mode of ['forward', 'reverse'] as const) {
    const N = jnormalize(w, new Float64Array(3), mode);
    out.push({ name: `jacobian(normalize, ${mode}) value`, analytic: N.value, numeric: normalize(w, new Float64Array(3)) });
    for (let j = 0; j < 3; j++) {
      const at = (t: number) => { const x = w.slice(); x[j] += t; const o = new Float64Array(3); return [normalize(x, o), ...o]; };
      const [p, m] = [at(h), at(-h)];
      for (let i = 0; i < 4; i++) out.push({ name: `jacobian(normalize, ${mode})[${i}][${j}]`, analytic: N.jacobian[i * N.columns + j], numeric: (p[i] - m[i]) / (2 * h) });
    }
  }
  return out;
}
