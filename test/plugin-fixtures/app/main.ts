/**
 * A program that uses grad(f) as a user would: f imported from another module, and f in this
 * module. `checks()` compares each gradient with central finite differences.
 */
import { grad } from 'tsgrad';
import { decay, loss } from './model.js';

export function energy(x: number, y: number): number {
  return x * x * y + Math.sin(x * y);
}

export const dloss = grad(loss);
export const ddecay = grad(decay);
export const denergy = grad(energy, ['x']);

export interface Check {
  name: string;
  analytic: number;
  numeric: number;
}

const h = 1e-6;

function central(f: (t: number) => number): number {
  return (f(h) - f(-h)) / (2 * h);
}

export function checks(): Check[] {
  const w = new Float64Array([0.3, -0.2, 0.5]);
  const x = new Float64Array([1.5, 0.7, -1.1]);
  const b = 0.1;
  const y = 1;
  const out: Check[] = [];
  const l = dloss(w, b, x, y);
  out.push({ name: 'loss value', analytic: l.value, numeric: loss(w, b, x, y) });
  for (let i = 0; i < w.length; i++) {
    const shifted = (t: number) => {
      const v = Float64Array.from(w);
      v[i] = v[i]! + t;
      return loss(v, b, x, y);
    };
    out.push({ name: `loss w[${i}]`, analytic: l.grad.w[i]!, numeric: central(shifted) });
  }
  out.push({ name: 'loss b', analytic: l.grad.b, numeric: central((t) => loss(w, b + t, x, y)) });

  const d = ddecay(0.4, 0.8);
  out.push({ name: 'decay x', analytic: d.grad.x!, numeric: central((t) => decay(0.4 + t, 0.8)) });
  out.push({ name: 'decay rate', analytic: d.grad.rate!, numeric: central((t) => decay(0.4, 0.8 + t)) });

  const e = denergy(1.2, -0.7);
  out.push({ name: 'energy x', analytic: e.grad.x, numeric: central((t) => energy(1.2 + t, -0.7)) });
  out.push({ name: 'energy keys', analytic: Object.keys(e.grad).length, numeric: 1 });
  return out;
}
