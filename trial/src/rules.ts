// Registered derivatives (g_vjp beside g) and tsgrad's runtime kernels.
import { dot, logsumexp, softmax, matvec, sum, sigmoid } from 'tsgrad/runtime';

const XS = [0, 0.5, 1, 1.5, 2, 2.5, 3];
const YS = [0, 0.2, 0.9, 1.1, 0.7, 0.3, 0.1];

/** Piecewise-linear table lookup with a smooth derivative rule registered (tsgrad must not look inside). */
export function tableInterp(x: number): number {
  let i = 0;
  while (i < XS.length - 2 && XS[i + 1] < x) i++;
  const t = (x - XS[i]) / (XS[i + 1] - XS[i]);
  return YS[i] * (1 - t) + YS[i + 1] * t;
}
export function tableInterp_vjp(x: number, adj: { x: number }, seed = 1): number {
  let i = 0;
  while (i < XS.length - 2 && XS[i + 1] < x) i++;
  adj.x += (seed * (YS[i + 1] - YS[i])) / (XS[i + 1] - XS[i]);
  return tableInterp(x);
}

/** Square root by bisection (an iterative solver) with its derivative registered: 1 / (2 sqrt a). */
export function bisectSqrt(a: number): number {
  let lo = 0;
  let hi = Math.max(1, a);
  for (let k = 0; k < 80; k++) {
    const mid = 0.5 * (lo + hi);
    if (mid * mid > a) hi = mid;
    else lo = mid;
  }
  return 0.5 * (lo + hi);
}
export function bisectSqrt_vjp(a: number, adj: { a: number }, seed = 1): number {
  const r = bisectSqrt(a);
  adj.a += seed / (2 * r);
  return r;
}

/** Calls the registered functions in a loop. */
export function usesRules(x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += tableInterp(x[i]) * bisectSqrt(x[i] + 1);
  return s;
}

/** Runtime kernels: an attention-like score with softmax, matvec, dot, logsumexp, sum, sigmoid. */
export function kernelScore(W: Float64Array, x: Float64Array, q: Float64Array): number {
  const n = q.length;
  const h = new Float64Array(n);
  matvec(W, x, h);
  const p = new Float64Array(n);
  softmax(h, p);
  return dot(p, q) + logsumexp(h) + 0.1 * sum(x) + sigmoid(h[0]);
}
