import * as Q from './lib/index.js';
import { GL5_W, GL5_X, Rule, cumsum, decay2, sp, subdivide } from './lib/index.js';

/** Gauss-Legendre integral of a softplus-shaped rate over [a, b] with imported tables */
export function glIntegral(a: number, b: number, k: number): number {
  let s = 0;
  for (let i = 0; i < GL5_X.length; i++) {
    const x = 0.5 * (b - a) * GL5_X[i] + 0.5 * (a + b);
    s += GL5_W[i] * sp(k * x);
  }
  return 0.5 * (b - a) * s;
}
export function ruleSwitch(a: number, b: number, rule: Rule): number {
  switch (rule) {
    case Rule.Midpoint: return (b - a) * decay2(0.5 * (a + b));
    case Rule.Simpson: return ((b - a) / 6) * (decay2(a) + 4 * decay2(0.5 * (a + b)) + decay2(b));
    default: return Q.GL5_W.reduce((s, w, i) => s + w * decay2(0.5 * (b - a) * Q.GL5_X[i] + 0.5 * (a + b)), 0) * 0.5 * (b - a);
  }
}
export function subdivided(f0: number, f1: number, b: number): number {
  return subdivide(f0, f1, 0, b, 4);
}
export function cumsumEnergy(x: Float64Array): number {
  const c = new Float64Array(x.length);
  cumsum(x, c);
  let e = 0;
  for (const v of c) e += v * v;
  return e;
}
